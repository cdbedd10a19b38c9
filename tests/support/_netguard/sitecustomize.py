"""Refuse outbound connections to anything but the loopback interface.

Imported by tests/support/fixtures.py for the test process, and put on PYTHONPATH for the
subprocesses the tests start (CLI runs), where Python imports it automatically as
`sitecustomize`.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


class NetworkBlockedError(RuntimeError):
    """A test tried to reach an address outside this machine."""


def is_loopback(address: Any) -> bool:
    """True for loopback hosts and for Unix-domain socket paths (no network involved)."""
    if isinstance(address, str | bytes):
        return True  # AF_UNIX path
    if not isinstance(address, tuple) or not address:
        return False
    host = address[0]
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    host = str(host).split("%", 1)[0]
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check(address: Any) -> None:
    if not is_loopback(address):
        raise NetworkBlockedError(f"tests may not connect to {address!r} (loopback only)")


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection
_real_getaddrinfo = socket.getaddrinfo


def guarded_connect(self: socket.socket, address: Any) -> None:
    check(address)
    return _real_connect(self, address)


def guarded_connect_ex(self: socket.socket, address: Any) -> int:
    check(address)
    return _real_connect_ex(self, address)


def guarded_create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
    check(address)
    return _real_create_connection(address, *args, **kwargs)


def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    """No DNS look-ups of outside names (IP literals pass; `connect` checks those)."""
    if host is not None:
        name = host.decode() if isinstance(host, bytes) else str(host)
        try:
            ipaddress.ip_address(name.split("%", 1)[0])
        except ValueError:
            if name not in LOOPBACK_NAMES:
                raise NetworkBlockedError(
                    f"tests may not look up {name!r} (loopback only)"
                ) from None
    return _real_getaddrinfo(host, *args, **kwargs)


def install() -> None:
    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    socket.create_connection = guarded_create_connection  # type: ignore[assignment]
    socket.getaddrinfo = guarded_getaddrinfo  # type: ignore[assignment]


if os.environ.get("ASSISTANT_TEST_NETGUARD") == "1":
    install()

"""The test-wide network guard: outside addresses refused, loopback allowed."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading

import pytest

from tests.support.fixtures import netguard
from tests.support.helpers import cli_env


@pytest.mark.parametrize(
    "connect",
    [
        lambda: socket.create_connection(("192.0.2.1", 80), timeout=0.1),
        lambda: socket.socket().connect(("192.0.2.1", 80)),
        lambda: socket.socket().connect_ex(("198.51.100.7", 443)),
        lambda: socket.socket(socket.AF_INET6).connect(("2001:db8::1", 443)),
        lambda: socket.create_connection(("example.org", 443), timeout=0.1),
        lambda: socket.getaddrinfo("example.org", 443),
    ],
)
def test_outbound_connections_are_refused(connect) -> None:
    with pytest.raises(netguard.NetworkBlockedError, match="loopback only"):
        connect()


def test_loopback_connections_still_work() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        accepted: list[bytes] = []

        def accept() -> None:
            conn, _ = server.accept()
            with conn:
                accepted.append(conn.recv(5))

        thread = threading.Thread(target=accept)
        thread.start()
        with socket.create_connection(("localhost", port), timeout=5) as client:
            client.sendall(b"hello")
        thread.join(timeout=60)  # a hang guard: the bytes arrive at once, but a busy core lags
    assert accepted == [b"hello"]


def test_subprocesses_get_the_guard_too(tmp_path) -> None:
    code = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), timeout=0.1)\n"
        "except RuntimeError as exc:\n"
        "    print(type(exc).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=cli_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "NetworkBlockedError"

"""Who may reach the web app: a login before it listens beyond this computer, and Host checks.

The app holds members' personal data (their evidence, saved conversations and drafts), so two
doors are kept shut:

- `check_exposure` refuses to listen on any address other than loopback unless a login is set:
  personal logins (`assistant users add`, see `assistant/accounts/`) or the older shared
  username and non-empty password. It is the one place that decides; `gradio_auth` hands
  Gradio the matching login check (personal logins, when there are any, win).
- `HostGuard` answers only requests whose Host header names this app (127.0.0.1, localhost,
  [::1], the configured host, with or without a port). A web page on another site that points
  its own name at 127.0.0.1 (DNS rebinding) sends its own name as Host, so it is refused before
  any Gradio route can read evidence or remove it. An IP address as Host cannot be rebound, so
  when the app listens on every address (0.0.0.0 or ::, behind a login) any IP address is
  accepted too, which is how people on the network reach it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from assistant.accounts import UserStore
from assistant.core.errors import InputError
from assistant.settings import Settings

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ExposureError(InputError):
    """The web app was asked to listen beyond this computer with no login set."""


def is_loopback(host: str) -> bool:
    """True for names and addresses that only this computer can reach."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def login(settings: Settings) -> tuple[str, str] | None:
    """The login the app asks for, or None when none is set (a blank field counts as unset)."""
    username = (settings.ui_username or "").strip()
    password = settings.ui_password.get_secret_value() if settings.ui_password else ""
    return (username, password) if username and password else None


def check_exposure(settings: Settings, host: str) -> tuple[str, str] | None:
    """Return the shared login set for `host` (if any); refuse a non-loopback address when
    there is neither a personal login nor a shared one."""
    found = login(settings)
    if found is None and not is_loopback(host) and not UserStore(settings.users_path).any():
        shown = host or "every address"
        raise ExposureError(
            f"The web app would be open to the network on {shown} with no login: add personal "
            "logins (assistant users add NAME --role admin; see docs/team.md), or set "
            "ASSISTANT_UI_USERNAME and a non-empty ASSISTANT_UI_PASSWORD, or listen on "
            "127.0.0.1 (this computer only)."
        )
    return found


LoginCheck = Callable[[str, str], bool]


def gradio_auth(settings: Settings, host: str) -> LoginCheck | tuple[str, str] | None:
    """What Gradio's `auth` gets: a check of personal logins when any exist (throttled and
    logged, see `accounts/signin.py`), else the shared login, else None (loopback only)."""
    shared = check_exposure(settings, host)
    if not UserStore(settings.users_path).any():
        return shared
    from assistant.accounts.signin import SignIn, SignInPaused

    signin = SignIn(settings)

    def check(name: str, password: str) -> bool:
        from fastapi import HTTPException

        try:
            return signin.check(name, password) is not None
        except SignInPaused as exc:  # a plain reply, not "Incorrect credentials"
            raise HTTPException(status_code=429, detail=str(exc)) from None

    return check


def split_host(header: str) -> tuple[str, int | None] | None:
    """'name:port', '[v6]:port' or a bare name as (lower-case name, port); None if malformed."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        name, rest = value[1:end], value[end + 1 :]
    else:
        name, _, port_text = value.partition(":")
        rest = f":{port_text}" if _ else ""
    if rest and not (rest.startswith(":") and rest[1:].isdigit()):
        return None
    return name, (int(rest[1:]) if rest else None)


def host_allowed(header: str, served: frozenset[str], any_ip: bool) -> bool:
    """Whether a Host header names this app (any port: a proxy may put the app behind another)."""
    parsed = split_host(header)
    if parsed is None or not parsed[0]:
        return False
    name = parsed[0]
    if name in served:
        return True
    if not any_ip:
        return False
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def served_names(host: str) -> frozenset[str]:
    """The Host names the app answers to when it listens on `host`."""
    name = host.strip().strip("[]").lower()
    extra = {name} if name not in WILDCARD_HOSTS else set()
    return LOOPBACK_NAMES | extra


REFUSAL = b"This address is not served here: open the app at the address it printed on start.\n"


class HostGuard:
    """ASGI middleware: refuse a request whose Host header does not name this app (HTTP 400)."""

    def __init__(self, app: ASGIApp, host: str) -> None:
        self.app = app
        self.served = served_names(host)
        self.any_ip = host.strip().strip("[]") in WILDCARD_HOSTS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.allows(scope):
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
        else:
            await send(
                {
                    "type": "http.response.start",
                    "status": 400,
                    "headers": [
                        (b"content-type", b"text/plain; charset=utf-8"),
                        (b"content-length", str(len(REFUSAL)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": REFUSAL})

    def allows(self, scope: Scope) -> bool:
        hosts = [v for k, v in scope.get("headers", []) if k == b"host"]
        if len(hosts) != 1:
            return False
        try:
            header = hosts[0].decode("ascii")
        except UnicodeDecodeError:
            return False
        return host_allowed(header, self.served, self.any_ip)

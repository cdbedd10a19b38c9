"""Signed-in sessions in the web app: ended after `ui_session_hours`, on a password reset or a
removal, and downloads logged.

Gradio keeps each browser's sign-in token (its `access-token` cookies) in `App.tokens` for as
long as the server runs. `Sessions` is ASGI middleware that, before any route runs, forgets a
token that has outlived its time, or whose person has since had their password reset or been
removed (`assistant users`, another program: the users file is read on each request), so the
browser is asked to sign in again and not even a download link still works. It also notes each
download of a Word or Markdown file in the audit log under the signed-in name: downloads are
how a response leaves the app, so they are the exports the log must show.
"""

from __future__ import annotations

import json
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import unquote

from assistant.accounts.audit import AuditLog, Event
from assistant.accounts.sessions import SessionClock, SignInKeys
from assistant.accounts.users import UserStore
from assistant.core.errors import AccountError
from assistant.ui.access import ASGIApp, Receive, Scope, Send

EXPORT_SUFFIXES = (".docx", ".md", ".txt", ".jsonl")
FILE_ROUTE = "/gradio_api/file="
API_ROUTES = "/gradio_api/"  # where an ended session is told why (the page shows the "detail")
ENDED = {
    "signed out: password reset": "Your password was reset, so this sign-in has ended: "
    "reload the page and sign in with the new password.",
    "signed out: login removed": "Your login has been removed, so this sign-in has ended: "
    "ask your organisation's admin if you still need one.",
}
MAX_ENDED = 1000  # ended tokens remembered to say why (a bound, not a limit anyone meets)


class Sessions:
    """ASGI middleware: expire old sign-ins and those of changed logins, log exports."""

    def __init__(
        self, app: ASGIApp, clock: SessionClock, audit: AuditLog, users: UserStore | None = None
    ) -> None:
        self.app, self.clock, self.audit, self.users = app, clock, audit, users
        self.keys = SignInKeys()
        self.ended: dict[str, str] = {}  # token -> why its session ended (a password reset…)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            user = self.signed_in(scope)
            if scope["type"] == "http" and user is None and (why := self.why_ended(scope)):
                await refuse(send, why)
                return
            path = unquote(scope.get("path", ""))
            if scope["type"] == "http" and FILE_ROUTE in path and path.endswith(EXPORT_SUFFIXES):
                name = path.rsplit("/", 1)[-1]
                self.audit.record(user, Event.EXPORT, name)
        await self.app(scope, receive, send)

    def signed_in(self, scope: Scope) -> str | None:
        """The name signed in on this request (None without a login); an expired token is
        forgotten first, so Gradio treats the request as signed out."""
        server: Any = scope.get("app")
        tokens: dict[str, str] | None = getattr(server, "tokens", None)
        cookie_id = getattr(server, "cookie_id", None)
        if tokens is None or cookie_id is None:
            return None
        jar = cookies(scope)
        name = None
        for key in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
            token = jar.get(key)
            if token is None or token not in tokens:
                continue
            if self.clock.expired(token):
                expired = tokens.pop(token, None)
                self.audit.record(expired, Event.SESSION_ENDED, "signed out after its time")
            elif why := self.changed(token, tokens[token]):
                self.clock.forget(token)
                ended = tokens.pop(token, None)
                self.audit.record(ended, Event.SESSION_ENDED, why)
                if len(self.ended) >= MAX_ENDED:
                    self.ended.pop(next(iter(self.ended)))
                self.ended[token] = ENDED[why]
            else:
                name = tokens[token]
        return name

    def changed(self, token: str, name: str) -> str:
        """Why this session must end because its login changed ("" if it need not)."""
        if self.users is None:
            return ""
        try:
            users = self.users.users()
        except AccountError:
            return ""  # an unreadable users file: every action's role check says so
        if not users:
            return ""  # no personal logins: the shared login, if any, stays as it was
        user = next((u for u in users if u.name.lower() == name.lower()), None)
        if self.keys.still_valid(token, user.password_hash if user else None):
            return ""
        return "signed out: login removed" if user is None else "signed out: password reset"

    def why_ended(self, scope: Scope) -> str:
        """The plain reason to answer an API call with when its session was ended by a login
        change ("" otherwise). The page and sign-in routes pass, so the person can sign in."""
        path = scope.get("path", "")
        if not self.ended or API_ROUTES not in path or path.endswith(("/login", "/logout")):
            return ""
        return next((self.ended[t] for t in cookies(scope).values() if t in self.ended), "")


async def refuse(send: Send, why: str) -> None:
    """HTTP 401 with a one-line JSON "detail", which Gradio's page shows as the error."""
    body = json.dumps({"detail": why}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 401, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def cookies(scope: Scope) -> dict[str, str]:
    """The request's cookies by name (a malformed header is no cookies)."""
    jar: SimpleCookie = SimpleCookie()
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except CookieError:
                return {}
    return {k: morsel.value for k, morsel in jar.items()}

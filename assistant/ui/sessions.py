"""Signed-in sessions in the web app: ended after `ui_session_hours`, and downloads logged.

Gradio keeps each browser's sign-in token (its `access-token` cookies) in `App.tokens` for as
long as the server runs. `Sessions` is ASGI middleware that, before any route runs, forgets a
token that has outlived its time (the browser is then asked to sign in again) and notes each
download of a Word or Markdown file in the audit log under the signed-in name: downloads are
how a response leaves the app, so they are the exports the log must show.
"""

from __future__ import annotations

from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import unquote

from assistant.accounts.sessions import SessionClock
from assistant.audit import AuditLog, Event
from assistant.ui.access import ASGIApp, Receive, Scope, Send

EXPORT_SUFFIXES = (".docx", ".md", ".txt", ".jsonl")
FILE_ROUTE = "/gradio_api/file="


class Sessions:
    """ASGI middleware: expire old sign-ins, log exports."""

    def __init__(self, app: ASGIApp, clock: SessionClock, audit: AuditLog) -> None:
        self.app, self.clock, self.audit = app, clock, audit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            user = self.signed_in(scope)
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
            else:
                name = tokens[token]
        return name


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

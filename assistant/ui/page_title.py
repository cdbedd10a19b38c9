"""Every HTML page the app serves has a <title>, the login page included.

Gradio's page sets its title from the app's config once it loads, but the login page (shown
before the config may be read) has none, so a screen reader announces an untitled page and axe
reports it (document-title, serious). This ASGI middleware puts the app's title into the head
of an HTML page that arrives without one; every other response passes untouched.
"""

from __future__ import annotations

from html import escape

from assistant.ui.access import ASGIApp, Message, Receive, Scope, Send


class PageTitle:
    def __init__(self, app: ASGIApp, title: str) -> None:
        self.app = app
        self.tag = f"<title>{escape(title)}</title>".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body: list[bytes] = []

        async def titled(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                if headers.get(b"content-type", b"").startswith(b"text/html"):
                    start = message  # held until the whole body is here
                    return
            elif start is not None and message["type"] == "http.response.body":
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                await self.finish(start, b"".join(body), send)
                return
            await send(message)

        await self.app(scope, receive, titled)

    async def finish(self, start: Message, page: bytes, send: Send) -> None:
        if b"<title" not in page and b"<head>" in page:
            page = page.replace(b"<head>", b"<head>" + self.tag, 1)
        headers = [(k, v) for k, v in start.get("headers", []) if k != b"content-length"]
        headers.append((b"content-length", str(len(page)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": page})

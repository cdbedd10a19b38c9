"""The web app's role check and session middleware, without a server (fakes for Gradio's app).

The real server proves the same in test_ui_team.py; here each rule is pinned quickly.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import gradio as gr
import pytest

from tests.support.helpers import make_settings

from assistant.accounts import Action, Role, UserStore
from assistant.accounts.audit import AuditLog, Event
from assistant.accounts.sessions import SessionClock
from assistant.settings import Settings
from assistant.ui.gate import Gate, action_of, needs, signed_in_line
from assistant.ui.sessions import Sessions

PASSWORD = "a long enough password"


def team(tmp_path: Path) -> Settings:
    settings = make_settings(tmp_path / "data")
    users = UserStore(settings.users_path)
    users.add("rea", "reader", PASSWORD)
    users.add("adm", "admin", PASSWORD)
    return settings


def test_an_unmarked_handler_only_reads_and_needs_returns_the_same_function() -> None:
    def handler(x: str) -> str:
        return x

    assert action_of(handler) is Action.READ
    assert needs(Action.WRITE, handler) is handler
    assert action_of(handler) is Action.WRITE


def test_with_no_users_the_local_person_may_do_everything(tmp_path: Path) -> None:
    gate = Gate(make_settings(tmp_path / "data"))
    assert gate.role_of(None) is Role.ADMIN
    gate.check(None, needs(Action.REMOVE, lambda d: d, "a library document"), ["doc-1"])
    (entry,) = AuditLog(gate.audit.path).entries()
    assert (entry.who, entry.event, entry.detail) == (
        "local",
        Event.REMOVAL,
        "a library document: doc-1",
    )


def test_a_reader_is_refused_in_plain_words_and_the_refusal_logged(tmp_path: Path) -> None:
    gate = Gate(team(tmp_path))
    with pytest.raises(gr.Error, match=r"Your role \(reader\) cannot draft"):
        gate.check("rea", needs(Action.WRITE, lambda: None), [])
    gate.check("rea", lambda: None, [])  # reading is fine
    gate.check("ADM", needs(Action.SEE_EVIDENCE, lambda: None, "the list"), [])
    events = [(e.who, e.event) for e in AuditLog(gate.audit.path).entries()]
    assert events == [("rea", Event.REFUSED), ("ADM", Event.EVIDENCE_VIEW)]


def test_unknown_or_missing_names_are_refused_once_users_exist(tmp_path: Path) -> None:
    gate = Gate(team(tmp_path))
    with pytest.raises(gr.Error, match="login has been removed"):
        gate.check("gone", lambda: None, [])
    with pytest.raises(gr.Error, match="restart it"):
        gate.check(None, lambda: None, [])


# ---- sessions middleware -------------------------------------------------------------------


class FakeServer:
    """What the middleware reads from Gradio's app: the tokens and the cookie id."""

    cookie_id = "abc"

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {"t1": "rea"}


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def run(
    middleware: Sessions,
    server: FakeServer,
    path: str,
    token: str,
    sent: list[Any] | None = None,
) -> list[str]:
    """The paths passed on to the app; what the middleware answered itself goes to `sent`."""
    seen: list[str] = []
    answered = sent if sent is not None else []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["path"])

    async def send(message: Any) -> None:
        answered.append(message)

    middleware.app = inner
    scope = {
        "type": "http",
        "path": path,
        "app": server,
        "headers": [(b"cookie", f"access-token-unsecure-abc={token}".encode())],
    }
    asyncio.run(middleware(scope, None, send))  # type: ignore[arg-type]
    return seen


def test_a_session_past_its_time_is_forgotten_and_downloads_are_logged(tmp_path: Path) -> None:
    clock = Clock()
    audit = AuditLog(tmp_path / "audit.jsonl")
    server = FakeServer()
    middleware = Sessions(None, SessionClock(3600, clock), audit)  # type: ignore[arg-type]
    assert run(middleware, server, "/", "t1") == ["/"]
    run(middleware, server, "/gradio_api/file=/tmp/x/response.docx", "t1")
    clock.now = 3600
    assert run(middleware, server, "/", "t1") == ["/"]  # passed on, now signed out
    assert "t1" not in server.tokens
    entries = [(e.who, e.event, e.detail) for e in audit.entries()]
    assert entries == [
        ("rea", Event.EXPORT, "response.docx"),
        ("rea", Event.SESSION_ENDED, "signed out after its time"),
    ]


def test_a_password_reset_or_a_removal_ends_that_persons_sessions_only(tmp_path: Path) -> None:
    """The users file is changed by another program (`assistant users`); the middleware sees
    it on the next request and forgets the token, so even a download link stops working."""
    users = UserStore(tmp_path / "users.json")
    users.add("rea", "reader", "reader password 1")
    users.add("wri", "writer", "writer password 1")
    audit = AuditLog(tmp_path / "audit.jsonl")
    server = FakeServer()
    server.tokens.update({"t2": "wri", "t3": "rea"})
    middleware = Sessions(None, SessionClock(3600, Clock()), audit, users)  # type: ignore[arg-type]
    for token in ("t1", "t2", "t3"):
        run(middleware, server, "/", token)
    users.set_role("wri", "approver")  # a new role keeps the session: read at each action
    run(middleware, server, "/", "t2")
    assert set(server.tokens) == {"t1", "t2", "t3"}

    users.reset_password("rea", "a new reader password")
    run(middleware, server, "/", "t1")
    assert set(server.tokens) == {"t2", "t3"}  # t3 is rea's second browser: ended on its turn
    sent: list[Any] = []
    assert run(middleware, server, "/gradio_api/file=/tmp/x/response.docx", "t3", sent) == []
    assert set(server.tokens) == {"t2"}
    assert sent[0]["status"] == 401  # the download refused, saying why in one line
    assert "Your password was reset" in json.loads(sent[1]["body"])["detail"]
    assert run(middleware, server, "/", "t3") == ["/"]  # the page passes: it asks to sign in
    server.tokens["t4"] = "rea"  # signed in again, a stale cookie of the old session beside it
    sent.clear()
    assert run(middleware, server, "/gradio_api/queue/join", "t4; old=t3", sent) == [
        "/gradio_api/queue/join"
    ]
    assert sent == [] and set(server.tokens) == {"t2", "t4"}
    users.remove("wri")
    run(middleware, server, "/", "t2")
    assert server.tokens == {"t4": "rea"}
    entries = [(e.who, e.event, e.detail) for e in audit.entries()]
    assert entries == [
        ("rea", Event.SESSION_ENDED, "signed out: password reset"),
        ("rea", Event.SESSION_ENDED, "signed out: password reset"),
        ("wri", Event.SESSION_ENDED, "signed out: login removed"),
    ]


def test_the_login_gradio_gets(tmp_path: Path) -> None:
    from fastapi import HTTPException

    from assistant.ui.access import gradio_auth

    alone = make_settings(tmp_path / "alone")
    assert gradio_auth(alone, "127.0.0.1") is None  # loopback, no users: no login
    shared = make_settings(tmp_path / "shared", ui_username="jo", ui_password="secret")
    assert gradio_auth(shared, "0.0.0.0") == ("jo", "secret")
    settings = team(tmp_path)
    settings = make_settings(settings.data_dir, signin_attempts=2)
    check = gradio_auth(settings, "0.0.0.0")
    assert callable(check)
    assert check("rea", PASSWORD) is True
    assert check("rea", "wrong") is False and check("rea", "wrong") is False
    with pytest.raises(HTTPException) as paused:
        check("rea", PASSWORD)
    assert paused.value.status_code == 429 and "Too many wrong passwords" in paused.value.detail


def test_the_page_says_who_is_signed_in_and_their_role(tmp_path: Path) -> None:
    class Request:
        username = "rea"

    line = signed_in_line(Gate(team(tmp_path)), Request())  # type: ignore[arg-type]
    assert line.startswith("Signed in as **rea** (reader): you can ask questions")
    assert "Sign out" in line


def test_an_html_page_without_a_title_gets_one_and_others_pass_untouched() -> None:
    from assistant.ui.page_title import PageTitle

    def serve(kind: bytes, body: bytes) -> Any:
        async def inner(scope: Any, receive: Any, send: Any) -> None:
            headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body[:10], "more_body": True})
            await send({"type": "http.response.body", "body": body[10:]})

        return inner

    def run_page(kind: bytes, body: bytes) -> tuple[dict[bytes, bytes], bytes]:
        sent: list[Any] = []

        async def send(message: Any) -> None:
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": "/"}
        asyncio.run(PageTitle(serve(kind, body), "A & B")(scope, None, send))  # type: ignore[arg-type]
        start = next(m for m in sent if m["type"] == "http.response.start")
        return dict(start["headers"]), b"".join(m.get("body", b"") for m in sent[1:])

    headers, page = run_page(b"text/html; charset=utf-8", b"<html><head></head><body>x</body>")
    assert page == b"<html><head><title>A &amp; B</title></head><body>x</body>"
    assert headers[b"content-length"] == str(len(page)).encode()
    titled = b"<html><head><title>Own</title></head></html>"
    assert run_page(b"text/html", titled)[1] == titled
    assert run_page(b"application/json", b'{"a": "<head>"}')[1] == b'{"a": "<head>"}'


def test_a_damaged_users_file_is_a_plain_refusal_on_every_event(tmp_path: Path) -> None:
    from assistant.ui.gate import GatedBlocks

    settings = team(tmp_path)
    settings.users_path.write_text("not json", "utf-8")
    with GatedBlocks() as blocks:
        button = gr.Button()
        button.click(lambda: None, None, None, api_name="noop")
    blocks.gate = Gate(settings)
    (fn,) = blocks.fns.values()
    with pytest.raises(gr.Error, match=r"users file .* cannot be read"):
        asyncio.run(blocks.process_api(fn, [], request=None))

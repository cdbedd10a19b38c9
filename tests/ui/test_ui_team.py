"""Personal logins in the real web app on 127.0.0.1: sign-in, throttling, roles and sessions.

The role check must hold for the HTTP API, not only for the page's buttons: a reader signed
in with their own password calls a writer's and an admin's endpoints directly and is refused
with a plain message, while the same calls work for a writer and an admin. A wrong password is
refused, ten in a row pause the name, and every refusal is in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from typing import Any

import pytest

from tests.support.helpers import make_settings
from tests.support.ui_support import CLIENT_TIMEOUT_S, RunningApp, start_app

from assistant.accounts import UserStore
from assistant.accounts.audit import AuditLog, Event

pytestmark = [pytest.mark.server, pytest.mark.network_ok]

PASSWORDS = {
    "rea": "reader password 1",
    "wri": "writer password 1",
    "apr": "approver password 1",
    "adm": "admin password 1",
}
ROLES = {"rea": "reader", "wri": "writer", "apr": "approver", "adm": "admin"}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    settings = make_settings(tmp_path_factory.mktemp("team") / "data", signin_pause_minutes=5)
    users = UserStore(settings.users_path)
    for name, password in PASSWORDS.items():
        users.add(name, ROLES[name], password)
    running = start_app(settings)
    try:
        yield running
    finally:
        running.app.close()


def sign_in(app: RunningApp, name: str, password: str) -> Any:
    import httpx

    return httpx.post(f"{app.url}login", data={"username": name, "password": password}, timeout=30)


def client(app: RunningApp, name: str) -> Any:
    from gradio_client import Client

    return Client(app.url, auth=(name, PASSWORDS[name]), verbose=False, download_files=False)


def refusal_of(page: Any, api_name: str, *args: Any) -> str:
    """The message an endpoint refuses with ("" if it ran)."""
    from gradio_client.exceptions import AppError

    try:
        page.submit(*args, api_name=api_name).result(timeout=CLIENT_TIMEOUT_S)
    except AppError as exc:
        return str(exc)
    return ""


def test_the_page_and_api_ask_for_a_login(app: RunningApp) -> None:
    import httpx

    response = httpx.post(f"{app.url}gradio_api/call/library", json={"data": []}, timeout=30)
    assert response.status_code == 401


def test_a_wrong_password_is_refused_and_a_right_one_accepted(app: RunningApp) -> None:
    wrong = sign_in(app, "wri", "not the password")
    assert wrong.status_code == 400
    right = sign_in(app, "wri", PASSWORDS["wri"])
    assert right.status_code == 200 and right.json() == {"success": True}
    assert any(c.startswith("access-token") for c in right.cookies)


def test_a_reader_cannot_reach_a_writers_or_admins_action_through_the_api(
    app: RunningApp,
) -> None:
    reader = client(app, "rea")
    assert refusal_of(reader, "/library") == ""  # reading is allowed
    said = refusal_of(reader, "/evidence_list")
    assert "Your role (reader) cannot see members' evidence" in said
    said = refusal_of(reader, "/remove", "some-document")
    assert "Your role (reader) cannot remove documents" in said
    said = refusal_of(reader, "/evaluate", [], [])
    assert "Your role (reader) cannot draft, edit or add documents" in said

    writer = client(app, "wri")
    assert refusal_of(writer, "/evidence_list") == ""  # writers see evidence (masked)
    assert "Your role (writer) cannot remove" in refusal_of(writer, "/remove", "some-document")
    assert refusal_of(client(app, "adm"), "/remove", None) == ""  # admin: nothing chosen, said so

    log = AuditLog(app.settings.audit_path).entries()
    refused = [(e.who, e.detail) for e in log if e.event is Event.REFUSED]
    assert ("rea", "see members' evidence") in refused
    assert ("wri", "remove documents, evidence or saved work") in refused
    assert any(e.who == "wri" and e.event is Event.EVIDENCE_VIEW for e in log)
    assert any(e.who == "adm" and e.event is Event.REMOVAL for e in log)


def signed_in_http(app: RunningApp, name: str, password: str) -> Any:
    """A browser-like session: the login's cookie kept for every later request."""
    import httpx

    http = httpx.Client(base_url=app.url, timeout=30)
    assert http.post("login", data={"username": name, "password": password}).status_code == 200
    return http


def test_a_removed_login_ends_its_open_sessions_with_a_plain_message(app: RunningApp) -> None:
    users = UserStore(app.settings.users_path)
    users.add("temp", "writer", "temporary password")
    call = {"data": []}
    with closing(signed_in_http(app, "temp", "temporary password")) as http:
        assert http.post("gradio_api/call/library", json=call).status_code == 200
        users.remove("temp")  # as `assistant users remove temp` does, from another program
        ended = http.post("gradio_api/call/library", json=call)
        assert ended.status_code == 401
        assert "Your login has been removed" in ended.json()["detail"]
    log = AuditLog(app.settings.audit_path).entries()
    assert [e.detail for e in log if e.who == "temp" and e.event is Event.SESSION_ENDED] == [
        "signed out: login removed"
    ]


def test_a_password_reset_ends_every_open_session_of_that_person(app: RunningApp) -> None:
    """Two browsers of one person and one of another: the reset ends both of the person's."""
    users = UserStore(app.settings.users_path)
    users.add("twice", "reader", "the first password")
    call = {"data": []}
    first = signed_in_http(app, "twice", "the first password")
    second = signed_in_http(app, "twice", "the first password")
    other = signed_in_http(app, "wri", PASSWORDS["wri"])
    with closing(first), closing(second), closing(other):
        for http in (first, second, other):
            assert http.post("gradio_api/call/library", json=call).status_code == 200
        users.reset_password("twice", "the second password")
        for http in (first, second):
            ended = http.post("gradio_api/call/library", json=call)
            assert ended.status_code == 401
            assert "Your password was reset" in ended.json()["detail"]
        assert other.post("gradio_api/call/library", json=call).status_code == 200
        assert sign_in(app, "twice", "the first password").status_code == 400
    with closing(signed_in_http(app, "twice", "the second password")) as again:
        assert again.post("gradio_api/call/library", json=call).status_code == 200


def test_ten_wrong_passwords_pause_the_name_with_a_plain_message(app: RunningApp) -> None:
    UserStore(app.settings.users_path).add("guessme", "reader", "the real password")
    for _ in range(10):
        assert sign_in(app, "guessme", "a guess").status_code == 400
    paused = sign_in(app, "guessme", "the real password")
    assert paused.status_code == 429
    assert "Too many wrong passwords" in paused.json()["detail"]
    assert sign_in(app, "wri", PASSWORDS["wri"]).status_code == 200  # others unaffected
    events = [e.event for e in AuditLog(app.settings.audit_path).entries() if e.who == "guessme"]
    assert events.count(Event.SIGN_IN_REFUSED) == 10 and Event.SIGN_IN_PAUSED in events


def test_an_event_the_page_keeps_private_is_checked_too(app: RunningApp) -> None:
    """History's delete has no API name (only its button calls it); called straight through
    Gradio's queue by its index, with a reader's cookie, it is still refused."""
    import json

    import httpx

    from assistant.ui.gate import WHAT

    index = next(
        i
        for i, f in app.app.fns.items()
        if getattr(f.fn, WHAT, "") == "a saved conversation or draft"
    )
    with httpx.Client(base_url=app.url, timeout=30) as http:
        login = http.post("login", data={"username": "rea", "password": PASSWORDS["rea"]})
        assert login.status_code == 200
        joined = http.post(
            "gradio_api/queue/join",
            json={"data": ["some-item"], "fn_index": index, "session_hash": "s1"},
        )
        assert joined.status_code == 200, joined.text
        messages = []
        with http.stream("GET", "gradio_api/queue/data", params={"session_hash": "s1"}) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    messages.append(json.loads(line[5:]))
                    if messages[-1].get("msg") == "process_completed":
                        break
    done = messages[-1]
    assert done["success"] is False
    assert "Your role (reader) cannot remove" in json.dumps(done["output"])


def test_only_an_approver_approves_and_the_approval_names_them(app: RunningApp) -> None:
    from tests.support.history_support import grounded

    from assistant.history import HistoryStore
    from assistant.history.review import Status, current

    store = HistoryStore(app.settings.history_path)
    draft = store.add("draft", None, grounded("Should councils?", "Yes [1].", "draft"), "written")
    item = draft.item_id
    assert "cannot draft" in refusal_of(client(app, "rea"), "/review_in_review", item, "")
    writer = client(app, "wri")
    assert refusal_of(writer, "/review_in_review", item, "") == ""
    said = refusal_of(writer, "/review_approved", item, "")
    assert "Your role (writer) cannot approve answers or send them back" in said
    approver = client(app, "apr")
    trail, _ = approver.submit(item, "", api_name="/review_approved").result(
        timeout=CLIENT_TIMEOUT_S
    )
    assert "Approved by apr" in trail
    now = current(store, store.get(item))
    assert now is not None and (now.status, now.who) == (Status.APPROVED, "apr")
    seen = writer.submit(item, api_name="/review_status").result(timeout=CLIENT_TIMEOUT_S)
    assert "Approved by apr" in seen  # shows in the writer's own session

    store.add(
        "draft", item, grounded("Should councils?", "Yes [1]. And more [1].", "draft"), "edited"
    )
    changes = client(app, "rea").submit(item, 1, 2, api_name="/compare_versions")
    said = changes.result(timeout=CLIENT_TIMEOUT_S)  # reading: a reader may compare
    assert "Version 1 to version 2: 1 sentence added" in said


def test_a_session_ends_after_its_time(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A sign-in lasting two seconds (ui_session_hours): after it, the same cookie is refused.
    The sleep only lets the session run out; nothing here measures time."""
    import time

    import httpx

    hours = 2 / 3600
    settings = make_settings(tmp_path_factory.mktemp("short") / "data", ui_session_hours=hours)
    UserStore(settings.users_path).add("sam", "writer", "sam's long password")
    running = start_app(settings)
    try:
        with httpx.Client(base_url=running.url, timeout=30) as http:
            login = http.post("login", data={"username": "sam", "password": "sam's long password"})
            assert login.status_code == 200
            call = {"data": []}
            assert http.post("gradio_api/call/library", json=call).status_code == 200
            time.sleep(3)
            assert http.post("gradio_api/call/library", json=call).status_code == 401
    finally:
        running.app.close()
    ended = [e for e in AuditLog(settings.audit_path).entries() if e.event is Event.SESSION_ENDED]
    assert [e.who for e in ended] == ["sam"]

"""Personal logins: roles, the users file, password hashes, throttling, sessions and sign-in.

Fast unit tests on a temp data folder (real argon2 hashing, a fake clock for time).
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.support.helpers import make_settings

from assistant.accounts import ROLES, Action, Role, UserStore, can, refusal
from assistant.accounts.audit import AuditLog, Event
from assistant.accounts.passwords import hash_password, verify_password
from assistant.accounts.sessions import SessionClock
from assistant.accounts.signin import SignIn, SignInPaused
from assistant.accounts.throttle import Throttle
from assistant.core.errors import AccountError, InputError

GOOD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ---- roles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.READER, {Action.READ}),
        (Role.WRITER, {Action.READ, Action.WRITE, Action.SEE_EVIDENCE}),
        (Role.APPROVER, {Action.READ, Action.WRITE, Action.SEE_EVIDENCE, Action.APPROVE}),
        (Role.ADMIN, set(Action)),
    ],
)
def test_each_role_may_take_exactly_its_actions(role: Role, allowed: set[Action]) -> None:
    assert {a for a in Action if can(role, a)} == allowed


def test_a_refusal_names_the_role_and_what_is_needed() -> None:
    message = refusal(Role.READER, Action.WRITE)
    assert message.startswith("Your role (reader) cannot draft, edit or add documents")
    assert "writer role or above" in message and "\n" not in message


def test_roles_are_listed_least_first() -> None:
    assert [r.value for r in ROLES] == ["reader", "writer", "approver", "admin"]


# ---- passwords -----------------------------------------------------------------------------


def test_a_password_is_kept_as_an_argon2id_hash() -> None:
    stored = hash_password(GOOD)
    assert stored.startswith("$argon2id$") and GOOD not in stored
    assert verify_password(stored, GOOD)
    assert not verify_password(stored, GOOD + "!")
    assert not verify_password("not a hash", GOOD)


@pytest.mark.parametrize("bad", ["", "short", " " * 12, "x" * 1001])
def test_unusable_passwords_are_refused_in_one_line(bad: str) -> None:
    with pytest.raises(AccountError) as caught:
        hash_password(bad)
    assert "\n" not in str(caught.value) and "password" in str(caught.value)


# ---- the users file ------------------------------------------------------------------------


def store(tmp_path: Path) -> UserStore:
    return UserStore(make_settings(tmp_path / "data").users_path)


def test_add_find_verify_and_the_file_is_private(tmp_path: Path) -> None:
    users = store(tmp_path)
    assert users.users() == [] and not users.any()
    users.add("Jo", "approver", GOOD)
    assert users.any()
    found = users.find("JO")
    assert found is not None and found.name == "Jo" and found.role is Role.APPROVER
    assert users.verify("jo", GOOD) == found
    assert users.verify("jo", "wrong password") is None
    assert users.verify("nobody", GOOD) is None
    assert stat.S_IMODE(users.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(users.path.parent.stat().st_mode) == 0o700
    text = users.path.read_text("utf-8")
    assert GOOD not in text and "$argon2id$" in text


def test_names_are_unique_without_case_and_must_be_plain(tmp_path: Path) -> None:
    users = store(tmp_path)
    users.add("sam", "reader", GOOD)
    with pytest.raises(AccountError, match="already a user called SAM"):
        users.add("SAM", "writer", GOOD)
    for bad in ("", "two words", "-dash", "a" * 65, "tab\there", "名前"):
        with pytest.raises(AccountError, match="cannot be a user name"):
            users.add(bad, "reader", GOOD)
    with pytest.raises(InputError, match=r"no role 'boss'.*reader, writer, approver, admin"):
        users.add("kim", "boss", GOOD)
    assert [u.name for u in users.users()] == ["sam"]


def test_remove_reset_password_and_set_role(tmp_path: Path) -> None:
    users = store(tmp_path)
    users.add("sam", "reader", GOOD)
    users.add("kim", "writer", GOOD)
    users.reset_password("Sam", "a new long password")
    assert users.verify("sam", GOOD) is None
    assert users.verify("sam", "a new long password") is not None
    assert users.set_role("kim", "admin").role is Role.ADMIN
    assert users.remove("SAM").name == "sam"
    assert [u.name for u in users.users()] == ["kim"]
    for change in (lambda: users.remove("sam"), lambda: users.set_role("sam", "reader")):
        with pytest.raises(AccountError, match="no user called 'sam'"):
            change()


def test_a_damaged_users_file_is_a_one_line_error(tmp_path: Path) -> None:
    users = store(tmp_path)
    users.add("sam", "reader", GOOD)
    users.path.write_text('{"users": [{"name": "sam"}]}', "utf-8")
    with pytest.raises(AccountError, match=r"cannot be read.*backup"):
        users.find("sam")


def test_the_file_holds_names_roles_and_hashes_only(tmp_path: Path) -> None:
    users = store(tmp_path)
    users.add("sam", "writer", GOOD)
    (entry,) = json.loads(users.path.read_text("utf-8"))["users"]
    assert set(entry) == {"name", "role", "password_hash", "created"}
    assert entry["role"] == "writer"


# ---- throttling and sessions ---------------------------------------------------------------


def test_ten_wrong_passwords_in_a_row_pause_the_name() -> None:
    clock = Clock()
    throttle = Throttle(limit=10, pause_s=300, clock=clock)
    started = [throttle.failed("Sam") for _ in range(10)]
    assert started == [False] * 9 + [True]
    assert throttle.paused_for("sam") == pytest.approx(300)
    assert throttle.paused_for("kim") == 0  # other names are not held up
    clock.now += 299
    assert throttle.paused_for("SAM") == pytest.approx(1)
    clock.now += 2
    assert throttle.paused_for("sam") == 0
    assert throttle.failed("sam")  # one more wrong password pauses it again at once


def test_a_right_password_clears_the_count() -> None:
    throttle = Throttle(limit=3, pause_s=60, clock=Clock())
    throttle.failed("sam")
    throttle.failed("sam")
    throttle.succeeded("sam")
    assert not throttle.failed("sam") and not throttle.failed("sam")
    assert throttle.paused_for("sam") == 0


def test_a_session_expires_after_its_time() -> None:
    clock = Clock()
    sessions = SessionClock(ttl_s=3600, clock=clock)
    assert not sessions.expired("token-a")  # first seen now
    clock.now += 3599
    assert not sessions.expired("token-a")
    assert not sessions.expired("token-b")
    clock.now += 1
    assert sessions.expired("token-a")
    assert not sessions.expired("token-b")


# ---- signing in ----------------------------------------------------------------------------


def test_sign_in_checks_throttles_and_logs(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", signin_attempts=10)
    UserStore(settings.users_path).add("sam", "writer", GOOD)
    clock = Clock()
    signin = SignIn(settings, Throttle(10, 300, clock))
    user = signin.check(" sam ", GOOD)
    assert user is not None and user.role is Role.WRITER
    for _ in range(10):
        assert signin.check("sam", "guess") is None
    with pytest.raises(SignInPaused, match=r"Too many wrong passwords.*about 5 minutes"):
        signin.check("sam", GOOD)  # even the right password waits out the pause
    clock.now += 301
    assert signin.check("sam", GOOD) is not None
    events = [e.event for e in AuditLog(settings.audit_path).entries()]
    assert events.count(Event.SIGN_IN) == 2
    assert events.count(Event.SIGN_IN_REFUSED) == 10
    assert events.count(Event.SIGN_IN_PAUSED) == 2  # when it started, and the refused try


def test_a_change_made_by_another_program_is_seen_at_the_next_read(tmp_path: Path) -> None:
    """The app keeps the parsed file while it is unchanged; `assistant users` in another
    process changes it, and the very next read sees that."""
    app_side, cli_side = store(tmp_path), store(tmp_path)
    cli_side.add("Jo", "writer", GOOD)
    assert [u.name for u in app_side.users()] == ["Jo"]
    cli_side.add("Sam", "reader", GOOD)
    cli_side.set_role("Jo", "approver")
    assert [(u.name, u.role) for u in app_side.users()] == [
        ("Jo", Role.APPROVER),
        ("Sam", Role.READER),
    ]
    app_side.path.write_text("{ damaged", "utf-8")
    with pytest.raises(AccountError, match="cannot be read"):
        app_side.users()

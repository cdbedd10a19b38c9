"""`assistant users ...` and `assistant audit` over a temp data folder."""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support.helpers import Run

from assistant.accounts import Role, UserStore
from assistant.cli import cli

GOOD = "correct horse battery"


def users(tmp_path: Path) -> UserStore:
    return UserStore(tmp_path / "data" / "users.json")


def with_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_add_list_set_role_reset_and_remove(
    run_main: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_main("users", "list")
    assert code == 0 and "No users yet" in out
    with_stdin(monkeypatch, GOOD + "\n")
    code, out, _ = run_main("users", "add", "jo", "--role", "approver", "--password-stdin")
    assert code == 0 and "Added jo as approver" in out
    assert stat.S_IMODE(users(tmp_path).path.stat().st_mode) == 0o600
    code, out, _ = run_main("users", "list")
    assert code == 0 and out.splitlines()[0].startswith("Logins: 1 person")
    assert [line.split()[:2] for line in out.splitlines()[1:]] == [
        ["name", "role"],
        ["jo", "approver"],
    ]

    code, out, _ = run_main("users", "set-role", "JO", "admin")
    assert code == 0 and users(tmp_path).find("jo").role is Role.ADMIN  # type: ignore[union-attr]

    with_stdin(monkeypatch, "another long password\n")
    code, out, _ = run_main("users", "reset-password", "jo", "--password-stdin")
    assert code == 0 and "New password set for jo" in out
    assert users(tmp_path).verify("jo", "another long password") is not None

    code, out, _ = run_main("users", "remove", "jo")
    assert code == 0 and "Removed jo" in out
    assert not users(tmp_path).any()

    code, out, _ = run_main("audit")
    assert code == 0
    kinds = [line.split("  ")[2] for line in out.splitlines()]
    assert kinds == [
        "user added: jo as approver",
        "role changed: jo to admin",
        "password reset: jo",
        "user removed: jo",
    ]
    assert all("(command line)" in line for line in out.splitlines())


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["users", "add", "two words", "--password-stdin"], GOOD, "cannot be a user name"),
        (["users", "add", "jo", "--password-stdin"], "short", "password is too short"),
        (["users", "remove", "nobody"], "", "no user called 'nobody'"),
        (["users", "reset-password", "nobody"], "", "no user called 'nobody'"),
    ],
)
def test_mistakes_are_one_line_errors(
    run_main: Run, monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str, message: str
) -> None:
    with_stdin(monkeypatch, stdin + "\n")
    code, _, err = run_main(*args)
    assert code != 0 and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_password_is_asked_twice_without_echo(tmp_path: Path) -> None:
    env = {"ASSISTANT_DATA_DIR": str(tmp_path / "data")}
    result = CliRunner().invoke(
        cli, ["users", "add", "sam", "--role", "reader"], input=f"{GOOD}\n{GOOD}\n", env=env
    )
    assert result.exit_code == 0, result.output
    assert GOOD not in result.output  # hidden input is not echoed
    found = users(tmp_path).verify("sam", GOOD)
    assert found is not None and found.role is Role.READER


def test_audit_filters_by_person_and_event(
    run_main: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.accounts.audit import AuditLog, Event

    log = AuditLog(tmp_path / "data" / "audit.jsonl")
    log.record("jo", Event.SIGN_IN)
    log.record("sam", Event.REFUSED, "remove documents")
    log.record("jo", Event.EXPORT, "response.docx")
    code, out, _ = run_main("audit", "--user", "jo")
    assert code == 0 and len(out.splitlines()) == 2 and "sam" not in out
    code, out, _ = run_main("audit", "--event", "refused", "--json")
    assert code == 0 and '"who": "sam"' in out and len(out.splitlines()) == 1
    code, out, _ = run_main("audit", "--user", "nobody")
    assert code == 0 and "No events match" in out

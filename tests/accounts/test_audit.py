"""The audit log: appended to, private, read back in order, filtered, and never fatal."""

from __future__ import annotations

import stat
from pathlib import Path

from assistant.accounts.audit import AuditLog, Event, select


def test_events_are_appended_and_read_back(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "data" / "audit.jsonl")
    assert log.entries() == []
    assert log.record("jo", Event.SIGN_IN) is None
    log.record(None, Event.EXPORT, "response.docx")
    log.record("sam", Event.REFUSED, "remove documents")
    entries = log.entries()
    assert [(e.who, e.event) for e in entries] == [
        ("jo", Event.SIGN_IN),
        ("local", Event.EXPORT),
        ("sam", Event.REFUSED),
    ]
    assert entries[1].line().endswith("local  export: response.docx")
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    first = log.path.read_text("utf-8").splitlines()[0]
    log.record("kim", Event.SIGN_IN)
    assert log.path.read_text("utf-8").splitlines()[0] == first  # appended, never rewritten


def test_select_by_person_kind_and_newest(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    for who in ("jo", "sam", "jo", "jo"):
        log.record(who, Event.SIGN_IN, who)
    log.record("jo", Event.EXPORT)
    entries = log.entries()
    assert len(select(entries, who="JO")) == 4
    assert len(select(entries, event=Event.SIGN_IN)) == 4
    assert [e.event for e in select(entries, who="jo", last=1)] == [Event.EXPORT]


def test_a_damaged_line_is_shown_not_dropped(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.record("jo", Event.SIGN_IN)
    with log.path.open("a", encoding="utf-8") as out:
        out.write("not json\n")
    log.record("jo", Event.EXPORT)
    entries = log.entries()
    assert [e.event for e in entries] == [Event.SIGN_IN, Event.DAMAGED, Event.EXPORT]
    assert "line 2" in entries[1].detail


def test_a_log_that_cannot_be_written_reports_instead_of_raising(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    problem = AuditLog(blocker / "audit.jsonl").record("jo", Event.SIGN_IN)
    assert problem is not None and "could not be written" in problem

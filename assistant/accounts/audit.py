"""The audit log: who signed in, was refused, exported, removed or saw members' evidence.

An organisation answering in its members' name must be able to say who did what. Each event
is one JSON line appended to `audit.jsonl` in the data folder (0600, see `private_files.py`),
under the shared file lock so lines from several processes never interleave. Nothing in the
app rewrites or deletes a line; `assistant audit` reads it. A log that cannot be written never
stops the work it records: the failure is returned, not raised, and the app says so once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from assistant.core.errors import StoreError

LOCAL_USER = "local"  # the one person using an install with no personal logins


class Event(StrEnum):
    SIGN_IN = "sign-in"
    SIGN_IN_REFUSED = "sign-in refused"
    SIGN_IN_PAUSED = "sign-in paused"
    SESSION_ENDED = "session ended"
    REFUSED = "refused"
    EXPORT = "export"
    REMOVAL = "removal"
    EVIDENCE_VIEW = "evidence view"
    USER_ADDED = "user added"
    USER_REMOVED = "user removed"
    PASSWORD_RESET = "password reset"
    ROLE_CHANGED = "role changed"
    DAMAGED = "damaged line"


@dataclass(frozen=True)
class Entry:
    at: str  # ISO 8601, UTC, to the second
    who: str
    event: Event
    detail: str = ""

    def line(self) -> str:
        return f"{self.at}  {self.who}  {self.event.value}" + (
            f": {self.detail}" if self.detail else ""
        )


class AuditLog:
    """One data folder's audit log."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    def record(self, who: str | None, event: Event, detail: str = "") -> str | None:
        """Append one event; returns a one-line problem instead of raising if it cannot."""
        from assistant.core.file_lock import locked
        from assistant.core.private_files import FILE_MODE, private_dir

        entry = Entry(
            datetime.now(UTC).isoformat(timespec="seconds"), who or LOCAL_USER, event, detail
        )
        body = {**asdict(entry), "event": event.value}
        data = (json.dumps(body, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            private_dir(self.path.parent)
            with locked(self.lock_path):
                handle = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
                try:
                    os.write(handle, data)
                finally:
                    os.close(handle)
        except (OSError, StoreError) as exc:
            return f"The audit log {self.path} could not be written ({exc})."
        return None

    def entries(self) -> list[Entry]:
        """Every event, oldest first; a damaged line is shown as such, not dropped silently."""
        try:
            lines = self.path.read_text("utf-8").splitlines()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(f"The audit log {self.path} cannot be read: {exc}") from None
        return [parse(number, line) for number, line in enumerate(lines, 1) if line.strip()]


def parse(number: int, line: str) -> Entry:
    try:
        raw = json.loads(line)
        return Entry(str(raw["at"]), str(raw["who"]), Event(raw["event"]), str(raw["detail"]))
    except (ValueError, KeyError, TypeError):
        return Entry("?", "?", Event.DAMAGED, f"line {number} of the log cannot be read")


def select(
    entries: Iterable[Entry], who: str | None = None, event: Event | None = None, last: int = 0
) -> list[Entry]:
    """The entries by one person and/or of one kind, the newest `last` of them (0: all)."""
    chosen = [
        e
        for e in entries
        if (who is None or e.who.lower() == who.lower()) and (event is None or e.event is event)
    ]
    return chosen[-last:] if last > 0 else chosen

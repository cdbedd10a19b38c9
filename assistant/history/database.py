"""The history file itself: opened, checked, and changed one transaction at a time.

Kept apart from `store.py` (what is saved in it) so the rules about the file (never recreate,
repair or overwrite a file that cannot be read; readable by this user only; each change one
transaction taken before reading, so changes from several processes queue rather than clash)
sit in one place, under the tables they protect. A bad file is a `HistoryError`, in one line.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.core.errors import HistoryError
from assistant.core.private_files import private_file

LOCK_WAIT_S = 2.0  # how long to wait for another program's lock before saying the file is busy

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT, created TEXT NOT NULL,
  updated TEXT NOT NULL, working TEXT);
CREATE TABLE IF NOT EXISTS entries (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  created TEXT NOT NULL, label TEXT NOT NULL, question TEXT NOT NULL, result TEXT NOT NULL,
  PRIMARY KEY (item_id, seq));
CREATE TABLE IF NOT EXISTS reviews (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  status TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL, comment TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS authors (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  who TEXT NOT NULL);
"""


def _problem(path: Path, exc: sqlite3.Error) -> HistoryError:
    """A one-line, plain explanation of why the history file cannot be used."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        why = "it is in use by another program"
    else:
        why = f"it is damaged or not a history file ({text})"
    return HistoryError(
        f"Saved conversations and drafts are unavailable: {path} cannot be opened because {why}. "
        "The file is kept as it is; nothing new is saved until it can be opened."
    )


class HistoryFile:
    """The history file, opened and checked. Safe to share between the app's worker threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            private_file(self.path)  # 0600 before SQLite opens it; its journal copies the mode
            self._db = sqlite3.connect(
                self.path, timeout=LOCK_WAIT_S, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(f"Saved conversations and drafts are unavailable: {exc}") from None
        try:
            self._check()
        except sqlite3.Error as exc:
            self._db.close()
            raise _problem(self.path, exc) from None

    def _check(self) -> None:
        """Read the file before writing anything to it: a bad file stays untouched."""
        (result,) = self._db.execute("PRAGMA quick_check").fetchone()
        if result != "ok":
            raise sqlite3.DatabaseError(f"integrity check: {result}")
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left as is
        with self._write():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, taken before reading so concurrent saves queue rather than clash."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        with self._lock:
            try:
                yield
            except sqlite3.Error as exc:
                raise _problem(self.path, exc) from None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _unknown(self, item_id: str) -> str:
        return (
            f"no saved conversation or draft has the id '{item_id}' "
            "(`assistant history list` shows them)"
        )

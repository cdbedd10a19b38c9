"""History for the app: it opens once, and a file that cannot be used never stops the app.

When the history file is damaged or locked, the app still answers and drafts; every save is
skipped, the problem is said in plain words (`problem`), and the file is left as it is.
"""

from __future__ import annotations

import threading
from pathlib import Path

from assistant.core.errors import AssistantError, HistoryError
from assistant.core.schema import GroundedText
from assistant.history.store import Entry, HistoryStore, Item, Saved


class SafeHistory:
    """The history store, or nothing and a reason why; saving and reading never raise."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._store: HistoryStore | None = None
        self.problem: str | None = None
        self._lock = threading.Lock()

    @property
    def store(self) -> HistoryStore | None:
        """Opened on first use; None (with `problem` set) while it cannot be used."""
        with self._lock:
            if self._store is None and self.problem is None:
                try:
                    self._store = HistoryStore(self.path)
                except HistoryError as exc:
                    self.problem = str(exc)
            return self._store

    def add(
        self,
        kind: str,
        item_id: str | None,
        result: GroundedText,
        label: str,
        author: str | None = None,
    ) -> Entry | None:
        """Save an exchange or a version (a new item if `item_id` is None or was deleted)."""
        store = self.store
        if store is None:
            return None
        try:
            return store.add(kind, item_id, result, label, author)
        except HistoryError as exc:  # locked or damaged since it opened: stop saving, say so
            self.problem = str(exc)
            return None

    def save_draft(
        self, draft_id: str | None, result: GroundedText, label: str, author: str | None = None
    ) -> Entry | None:
        """A version of the open draft; a "write" for a different question starts a new draft."""
        store = self.store
        if label == "written" and draft_id and store is not None:
            try:
                latest = store.latest_question(draft_id)
            except HistoryError as exc:
                self.problem = str(exc)
                return None
            if latest is None or " ".join(latest.split()) != " ".join(result.question.split()):
                draft_id = None
        return self.add("draft", draft_id, result, label, author)

    def keep_working(self, item_id: str | None, text: str) -> None:
        store = self.store
        if store is not None and item_id:
            try:
                store.keep_working(item_id, text)
            except HistoryError as exc:
                self.problem = str(exc)

    def items(self) -> list[Item]:
        store = self.store
        try:
            return [] if store is None else store.items()
        except HistoryError as exc:
            self.problem = str(exc)
            return []

    def find(self, item_id: str | None) -> Saved | None:
        """The saved item, or None if it is gone (deleted in another tab) or history is off."""
        store = self.store
        if store is None or not item_id:
            return None
        try:
            return store.get(item_id)
        except HistoryError as exc:
            self.problem = str(exc)
            return None
        except AssistantError:  # an unknown id: the page simply starts afresh
            return None

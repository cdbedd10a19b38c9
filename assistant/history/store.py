"""Saved conversations and drafts in one SQLite file in the data folder (stdlib sqlite3).

A conversation is a list of exchanges (question, answer, evidence, checks); a draft is a list of
versions (every "write" and every saved edit). Both are rows of `entries` under one row of
`items`, so listing, renaming, exporting and deleting work the same way for both.

Saving never replaces an earlier entry: two browser tabs saving the same draft each add a
version, numbered in the order they arrive. Deleting removes the rows and then rewrites the file
(VACUUM, with secure_delete on), so no trace of the text stays in the file. How the file is
opened, checked and changed safely (never recreated or repaired, readable by this user only,
one transaction per change) is `database.py`; this module is what is kept in it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from assistant.core.errors import InputError, UnknownHistoryItem
from assistant.core.schema import GroundedText
from assistant.history import codec
from assistant.history.database import HistoryFile

MAX_TITLE_CHARS = 200
KINDS = ("conversation", "draft")


@dataclass(frozen=True)
class Item:
    """One saved conversation or draft as a list shows it."""

    id: str
    kind: str  # "conversation" or "draft"
    title: str  # the name the user gave it, else its first question
    created: str  # ISO date and time, local
    updated: str
    entries: int  # exchanges in a conversation, versions of a draft
    working: str | None = None  # a draft's unsaved edit in progress, kept as typed


@dataclass(frozen=True)
class Entry:
    """One exchange of a conversation, or one version of a draft."""

    item_id: str
    seq: int  # 1, 2, 3… in the order saved
    created: str
    label: str  # "asked", "written" or "edited"
    result: GroundedText


@dataclass(frozen=True)
class Saved:
    item: Item
    entries: tuple[Entry, ...]

    @property
    def latest(self) -> GroundedText | None:
        return self.entries[-1].result if self.entries else None


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="microseconds")


class HistoryStore(HistoryFile):
    """What is saved in the history file: items, their entries, reviews and authors."""

    # ---- saving ------------------------------------------------------------------------

    def add(
        self,
        kind: str,
        item_id: str | None,
        result: GroundedText,
        label: str,
        author: str | None = None,
    ) -> Entry:
        """Add an exchange or a version; a new item when `item_id` is None (or was deleted).
        `author`: the signed-in person who made it (None: one person, no logins)."""
        if kind not in KINDS:
            raise InputError(f"unknown kind of saved item: {kind!r}")
        stamp = now()
        with self._guard(), self._write() as db:
            known = (
                item_id and db.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone()
            )
            if not known:
                item_id = secrets.token_hex(4)
                db.execute(
                    "INSERT INTO items (id, kind, created, updated) VALUES (?, ?, ?, ?)",
                    (item_id, kind, stamp, stamp),
                )
            (seq,) = db.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM entries WHERE item_id = ?", (item_id,)
            ).fetchone()
            db.execute(
                "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)",
                (item_id, seq, stamp, label, result.question, codec.dumps(result)),
            )
            db.execute(
                "UPDATE items SET updated = ?, working = NULL WHERE id = ?", (stamp, item_id)
            )
            if author:
                db.execute("INSERT INTO authors VALUES (?, ?, ?)", (item_id, seq, author))
        return Entry(str(item_id), seq, stamp, label, result)

    def keep_working(self, item_id: str, text: str) -> None:
        """Keep a draft's edit in progress (not a version yet) so a reload finds it."""
        with self._guard(), self._write() as db:
            db.execute("UPDATE items SET working = ? WHERE id = ?", (text, item_id))

    def rename(self, item_id: str, title: str) -> Item:
        title = " ".join((title or "").split())[:MAX_TITLE_CHARS]
        if not title:
            raise InputError("give a name with at least one letter or number")
        with self._guard(), self._write() as db:
            changed = db.execute("UPDATE items SET title = ? WHERE id = ?", (title, item_id))
            if not changed.rowcount:
                raise UnknownHistoryItem(self._unknown(item_id))
        return self.get(item_id).item

    def delete(self, item_id: str) -> None:
        """Remove the item and every entry, then rewrite the file so no trace of them stays."""
        with self._guard():
            with self._write() as db:
                db.execute("DELETE FROM entries WHERE item_id = ?", (item_id,))
                db.execute("DELETE FROM reviews WHERE item_id = ?", (item_id,))
                db.execute("DELETE FROM authors WHERE item_id = ?", (item_id,))
                gone = db.execute("DELETE FROM items WHERE id = ?", (item_id,))
                if not gone.rowcount:
                    raise UnknownHistoryItem(self._unknown(item_id))
            self._db.execute("VACUUM")

    def rewrite(self, needle: str, change: Callable[[GroundedText], GroundedText]) -> int:
        """Put `change` through every saved result whose JSON holds `needle` (an evidence id),
        then rewrite the file so the old text leaves no trace; how many results changed."""
        changed = 0
        with self._guard():
            with self._write() as db:
                rows = db.execute(
                    "SELECT item_id, seq, result FROM entries WHERE instr(result, ?) > 0",
                    (needle,),
                ).fetchall()
                for item_id, seq, text in rows:
                    before = codec.loads(text)
                    after = change(before)
                    if after is not before:
                        changed += 1
                        db.execute(
                            "UPDATE entries SET result = ? WHERE item_id = ? AND seq = ?",
                            (codec.dumps(after), item_id, seq),
                        )
            if changed:
                self._db.execute("VACUUM")
        return changed

    # ---- reviews (the rules are in history/review.py) ---------------------------------

    def add_review(self, item_id: str, row: tuple[int, str, str, str, str]) -> None:
        """Keep one status change: (version, status, who, at, comment)."""
        with self._guard(), self._write() as db:
            if not db.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone():
                raise UnknownHistoryItem(self._unknown(item_id))
            db.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?)", (item_id, *row))

    def authors(self, item_id: str) -> dict[int, str]:
        """Who made each version (only those made by a signed-in person)."""
        with self._guard():
            rows = self._db.execute(
                "SELECT seq, who FROM authors WHERE item_id = ?", (item_id,)
            ).fetchall()
        return dict(rows)

    def review_rows(self, item_id: str) -> list[tuple[int, str, str, str, str]]:
        """An item's status changes, oldest first: (version, status, who, at, comment)."""
        with self._guard():
            return self._db.execute(
                "SELECT seq, status, who, at, comment FROM reviews WHERE item_id = ? "
                "ORDER BY rowid",
                (item_id,),
            ).fetchall()

    # ---- reading -----------------------------------------------------------------------

    def items(self, kind: str | None = None, item_id: str | None = None) -> list[Item]:
        """Saved items, the most recently changed first (of one kind, or the one `item_id`)."""
        where = " AND ".join(
            [*(["i.kind = ?"] if kind else []), *(["i.id = ?"] if item_id is not None else [])]
        )
        query = f"""SELECT i.id, i.kind, COALESCE(i.title, (SELECT question FROM entries e
            WHERE e.item_id = i.id ORDER BY seq LIMIT 1), ''), i.created, i.updated,
            (SELECT COUNT(*) FROM entries e WHERE e.item_id = i.id), i.working
            FROM items i {f"WHERE {where}" if where else ""} ORDER BY i.updated DESC, i.id"""
        values = [*([kind] if kind else []), *([item_id] if item_id is not None else [])]
        with self._guard():
            rows = self._db.execute(query, values).fetchall()
        return [Item(*row) for row in rows]

    def latest_question(self, item_id: str) -> str | None:
        """The question of an item's newest entry (None if it has none): enough to tell
        whether a new "write" continues this draft, without loading every version."""
        with self._guard():
            row = self._db.execute(
                "SELECT question FROM entries WHERE item_id = ? ORDER BY seq DESC LIMIT 1",
                (item_id,),
            ).fetchone()
        return row[0] if row else None

    def get(self, item_id: str) -> Saved:
        found = self.items(item_id=(item_id or "").strip())
        if not found:
            raise UnknownHistoryItem(self._unknown(item_id))
        item = found[0]
        with self._guard():
            rows = self._db.execute(
                "SELECT seq, created, label, result FROM entries WHERE item_id = ? ORDER BY seq",
                (item.id,),
            ).fetchall()
        entries = tuple(Entry(item.id, s, c, label, codec.loads(r)) for s, c, label, r in rows)
        return Saved(item, entries)

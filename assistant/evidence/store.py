"""Where our evidence lives: one JSON-lines file in the data folder, rewritten whole on each change.

Why a JSON-lines file and not SQLite: removing an item must remove it completely. SQLite keeps
deleted rows in free pages and its journal until a VACUUM, so a member's removed story could
linger on disk; a file that is written afresh to a temporary name and swapped into place
(`os.replace`, atomic on one filesystem) holds exactly the items that remain, and a crash mid-way
leaves the old file intact. An organisation keeps hundreds of items, not millions, so rewriting
is instant, and the file reads plainly in any editor when someone needs to check it.

The file sits in `settings.data_dir / "evidence"` (a folder only this user can open, the files
0600: `private_files`): never in corpus/, never sent anywhere. Every change reads, changes and
writes the file under one lock (`file_lock`), so changes made at once by several processes all
land, one after another.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.core.errors import EvidenceError, StoreError
from assistant.core.file_lock import locked
from assistant.core.private_files import FILE_MODE, private_dir
from assistant.evidence.model import Consent, EvidenceItem
from assistant.settings import Settings

FILE_NAME = "items.jsonl"
LOCK_NAME = ".lock"


def evidence_dir(settings: Settings) -> Path:
    return settings.data_dir / "evidence"


class EvidenceStore:
    """Add, list, find and remove items; every change is one atomic rewrite of the file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / FILE_NAME

    @classmethod
    def from_settings(cls, settings: Settings) -> EvidenceStore:
        return cls(evidence_dir(settings))

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the evidence folder's lock: for any read-modify-write of its files."""
        with locked(self.folder / LOCK_NAME):
            yield

    def items(self) -> list[EvidenceItem]:
        """Every item, oldest first. A damaged line is named, never skipped silently."""
        if not self.path.is_file():
            return []
        found: list[EvidenceItem] = []
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(f"{self.path}: cannot read our evidence ({exc})") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                found.append(EvidenceItem.from_json(json.loads(line)))
            except (json.JSONDecodeError, KeyError, TypeError, EvidenceError) as exc:
                raise StoreError(f"{self.path}: line {number} is damaged ({exc})") from None
        return found

    def get(self, item_id: str) -> EvidenceItem:
        for item in self.items():
            if item.id == item_id.strip():
                return item
        raise EvidenceError(f"no evidence item {item_id!r} (see `assistant evidence list`)")

    def add(self, *new: EvidenceItem) -> list[EvidenceItem]:
        with self.locked():
            current = self.items()
            taken = {item.id for item in current}
            for item in new:
                if item.id in taken:
                    raise EvidenceError(f"an item {item.id!r} is already stored")
                taken.add(item.id)
            self._write([*current, *new])
        return list(new)

    def remove(self, item_id: str) -> EvidenceItem:
        """Remove one item completely: the items file and the vectors file are rewritten without
        it (see `vectors` for why they are not kept in Chroma). Use
        `history.evidence_removal.remove_item`, which also takes it out of saved drafts."""
        from assistant.evidence import vectors

        with self.locked():
            item = self.get(item_id)
            self._write([i for i in self.items() if i.id != item.id])
            vectors.forget(self.folder, item.id)
        return item

    def set_consent(self, item_id: str, consent: Consent, consent_date: str | None) -> EvidenceItem:
        with self.locked():
            item = self.get(item_id)
            changed = item.with_consent(consent, consent_date)
            self._write([changed if i.id == item.id else i for i in self.items()])
        return changed

    def _write(self, items: list[EvidenceItem]) -> None:
        private_dir(self.folder)
        fd, name = tempfile.mkstemp(dir=self.folder, prefix=".items-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for item in items:
                    handle.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(name, FILE_MODE)  # mkstemp's mode already; said again in case it changes
            os.replace(name, self.path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise

"""A BM25 index derived from the Chroma collection, rebuilt only when the collection changes.

The index is keyed by the store's revision and cached on disk, so a CLI call does not rebuild
it and a long-running app notices another process's ingest.
"""

from __future__ import annotations

import json
import shutil
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bm25s
import Stemmer

from assistant.library.store import Store

_STEMMER = Stemmer.Stemmer("english")


def tokenize(texts: list[str]) -> Any:
    return bm25s.tokenize(texts, stopwords="en", stemmer=_STEMMER, show_progress=False)


def index_text(text: str, metadata: dict[str, Any]) -> str:
    """Title, section and references are indexed with the passage, as for dense vectors."""
    references = metadata.get("references", "")
    indexed = f"{metadata.get('title', '')}\n{metadata.get('section', '')}\n{text}"
    return f"{indexed}\n{references}" if references else indexed


@dataclass
class BM25Index:
    ids: list[str]
    model: bm25s.BM25 | None

    @classmethod
    def build(cls, ids: list[str], texts: list[str]) -> BM25Index:
        if not ids:
            return cls([], None)
        model = bm25s.BM25()
        model.index(tokenize(texts), show_progress=False)
        return cls(list(ids), model)

    def search(self, query: str, n: int) -> list[tuple[str, float]]:
        """(id, score) pairs, best first; passages sharing no term with the query are left out."""
        if self.model is None or not query.strip():
            return []
        tokens = bm25s.tokenize(
            [query], stopwords="en", stemmer=_STEMMER, return_ids=False, show_progress=False
        )
        if not tokens or not tokens[0]:
            return []
        docs, scores = self.model.retrieve(tokens, k=min(n, len(self.ids)), show_progress=False)
        return [
            (self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0
        ]

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            self.model.save(str(folder), show_progress=False)
        (folder / "ids.json").write_text(json.dumps(self.ids))

    @classmethod
    def load(cls, folder: Path) -> BM25Index:
        ids = json.loads((folder / "ids.json").read_text())
        model = bm25s.BM25.load(str(folder), show_progress=False) if ids else None
        return cls(ids, model)


class BM25Cache:
    """Hands out the index for the store's current revision, building it at most once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.root = store.settings.cache_dir / "bm25" / store.settings.collection
        self._lock = threading.Lock()
        self._revision: str | None = None
        self._index: BM25Index | None = None

    def get(self) -> BM25Index:
        revision = self.store.revision()
        with self._lock:
            if self._index is not None and revision == self._revision:
                return self._index
            folder = self.root / revision
            try:
                index = BM25Index.load(folder) if (folder / "ids.json").is_file() else None
            except (OSError, ValueError):
                index = None  # a damaged cache is rebuilt, never trusted
            if index is None:
                items = list(self.store.iter_all())
                index = BM25Index.build(
                    [i.id for i in items], [index_text(i.text, i.metadata) for i in items]
                )
                self._replace_cache(folder, index)
            self._revision, self._index = revision, index
            return index

    def _replace_cache(self, folder: Path, index: BM25Index) -> None:
        """Save atomically. Other processes (or caches) may be saving the same revision now."""
        tmp = folder.with_name(f"{folder.name}.{uuid.uuid4().hex}.tmp")
        try:
            index.save(tmp)
            tmp.rename(folder)
        except OSError:
            # Someone saved this revision first, or the cache is not writable: the index in
            # memory is just as good, and the cache is only a shortcut.
            shutil.rmtree(tmp, ignore_errors=True)
        for old in self.root.iterdir() if self.root.exists() else ():
            if old.name != folder.name and not old.name.startswith(f"{folder.name}."):
                shutil.rmtree(old, ignore_errors=True)

"""Find our evidence relevant to a question, split into what a draft may quote and what may only
steer it.

Only redacted text is ever embedded (`use.shown`), so the vectors never rest on a name or a
phone number. Quotable items come back as numbered `Evidence`, cited [n] like any published
passage, under a label such as "member experience (anonymised, consent given 2026-03)".
Background-only and unconsented items come back only as steering text for the planner: they
shape which sentences are chosen and never appear in a draft.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.core.schema import Evidence
from assistant.evidence import vectors
from assistant.evidence.model import EvidenceItem
from assistant.evidence.store import EvidenceStore
from assistant.evidence.use import indexed_text, shown, source_label

DOC_ID = "our-evidence"
KIND = "our evidence"


@dataclass(frozen=True)
class Hit:
    item: EvidenceItem
    text: str  # redacted as its consent requires
    score: float  # cosine similarity to the question

    @property
    def quote(self) -> str:
        """What a draft cites; a survey figure is kept with its base and who answered."""
        if self.item.figure:
            who = self.item.given_by or "respondents"
            return f"{self.item.figure} ({who}): {self.text}"
        return self.text


@dataclass(frozen=True)
class OurEvidenceFound:
    quotable: tuple[Hit, ...]
    background: tuple[Hit, ...]

    @property
    def steer(self) -> str:
        """Text for the planner's `steer`: background items shape the choice, unquoted."""
        return " ".join(h.text for h in self.background)

    @property
    def empty(self) -> bool:
        return not self.quotable

    def as_evidence(self, first_n: int) -> list[Evidence]:
        """The quotable hits as Evidence numbered from `first_n` (after the published ones)."""
        return [
            Evidence(
                n=first_n + i,
                id=f"{DOC_ID}:{hit.item.id}",
                doc_id=DOC_ID,
                title=source_label(hit.item),
                kind=KIND,
                section=hit.item.given_by,
                paragraphs="",
                quote=hit.quote,
                score=hit.score,
            )
            for i, hit in enumerate(self.quotable)
        ]


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class EvidenceIndex:
    """Vectors for the store's items, brought up to date before each search."""

    def __init__(self, store: EvidenceStore, embeddings: Embeddings) -> None:
        self.store = store
        self.embeddings = embeddings

    def _synced(self, items: Sequence[EvidenceItem]) -> dict[str, np.ndarray]:
        """Embed new or changed items, drop vectors of items no longer stored."""
        saved = vectors.load(self.store.folder)
        texts = {item.id: indexed_text(item) for item in items}
        stale = [i for i, text in texts.items() if saved.get(i, ("", None))[0] != _key(text)]
        fresh = self.embeddings.embed_documents([texts[i] for i in stale]) if stale else []
        entries = {i: saved[i] for i in texts if i in saved and i not in stale}
        for item_id, vector in zip(stale, fresh, strict=True):
            entries[item_id] = (_key(texts[item_id]), np.asarray(vector, dtype=np.float32))
        if stale or set(saved) != set(entries):
            vectors.save(self.store.folder, entries)
        return {i: v for i, (_, v) in entries.items()}

    def scored(self, question: str, min_score: float) -> list[Hit]:
        """Every item at least `min_score` similar to `question`, most similar first."""
        with self.store.locked():  # a removal meanwhile must not have its vector saved back
            items = self.store.items()
            if not items:
                return []
            by_id = self._synced(items)
        matrix = np.stack([by_id[item.id] for item in items])
        query = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(query) or 1.0)
        scores = matrix @ query / np.where(norms == 0, 1.0, norms)
        order = sorted(range(len(items)), key=lambda i: (-scores[i], items[i].id))
        return [
            Hit(items[i], shown(items[i]).text, float(scores[i]))
            for i in order
            if scores[i] >= min_score
        ]

    def search(
        self,
        question: str,
        k: int = 3,
        min_score: float = 0.32,
        keep: Callable[[EvidenceItem], bool] = lambda item: True,
    ) -> OurEvidenceFound:
        """Up to `k` quotable and `k` background items at least `min_score` similar (of those
        `keep` accepts)."""
        hits = [h for h in self.scored(question, min_score) if keep(h.item)]
        return OurEvidenceFound(
            tuple(h for h in hits if h.item.quotable)[:k],
            tuple(h for h in hits if not h.item.quotable)[:k],
        )

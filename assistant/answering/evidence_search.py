"""Finding the evidence for one question: the search, the relevance gate and the coverage check.

The question (with its consultation context) is searched; the best passage must be close enough
to the question, and the passages must mention the question's own names and figures, or there
is nothing to write from and the task says so instead of drafting from unrelated passages (issue
21). A key point that bears on the question brings a few passages of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from assistant.answering.writing.plan import usable
from assistant.checks.citations import build_evidence
from assistant.checks.coverage import missing_terms
from assistant.core.schema import Evidence, Passage
from assistant.library.store import Store
from assistant.search.retrieval import HybridRetriever
from assistant.settings import Settings

POINT_K = 3  # passages searched for a key point that bears on the question (two may join)


@dataclass(frozen=True)
class Query:
    """What to search for, and what the relevance gate judges (they differ for drafts)."""

    question: str  # as the user asked it
    text: str  # the standalone search query
    gate: str  # the text whose relevance decides whether to answer at all
    k: int


@dataclass(frozen=True)
class Retrieved:
    """The numbered evidence, or a refusal when nothing is relevant enough."""

    evidence: tuple[Evidence, ...]
    relevance: float
    refused: bool
    missing: tuple[str, ...] = ()  # the question's names and figures no passage mentions


class EvidenceSearch:
    """The search stage of `Assistant.ask` and `Assistant.draft`, over one library."""

    def __init__(self, retriever: HybridRetriever, store: Store, settings: Settings) -> None:
        self.retriever = retriever
        self.store = store
        self.settings = settings

    def retrieve(
        self,
        query: Query,
        floor: float | None = None,
        points: Sequence[str] = (),
    ) -> Retrieved:
        """The evidence for `query`, or a refusal: the best passage must reach the relevance
        floor (`min_relevance`, or a draft's stricter one) and the passages must mention the
        question's names and figures (`coverage`). A key point that bears on the question adds
        the passages found for the question and the point together."""
        passages = self.retriever.search(query.text[: self.settings.max_query_chars], query.k)
        if query.gate != query.text:  # the passages' scores are for the query: score again
            passages = [replace(p, dense_score=None) for p in passages]
        relevance = self.relevance(query.gate, passages)
        missing = tuple(missing_terms(query.question, [p.text for p in passages]))
        floor = self.settings.min_relevance if floor is None else floor
        relevant = relevance >= floor and not missing
        if relevant:
            passages = self._with_points(passages, query, points)
        evidence = build_evidence(passages) if relevant else ()
        # Passages that give orders to an AI are shown as sources but never built on; if they
        # are all there is, there is nothing to write from.
        return Retrieved(evidence, relevance, not usable(evidence), missing)

    def _with_points(
        self, passages: list[Passage], query: Query, points: Sequence[str]
    ) -> list[Passage]:
        """`passages` and, for each key point, up to two more found for question and point."""
        seen = {p.id for p in passages}
        extra: list[Passage] = []
        for point in points:
            text = f"{query.gate} {point}"[: self.settings.max_query_chars]
            found = [p for p in self.retriever.search(text, POINT_K) if p.id not in seen]
            for passage in found[:2]:
                seen.add(passage.id)
                extra.append(passage)
        return [*passages, *extra]

    def relevance(self, query: str, passages: Sequence[Passage]) -> float:
        """Best cosine similarity between the query and a retrieved passage."""
        scores = [p.dense_score for p in passages if p.dense_score is not None]
        missing = [p.text for p in passages if p.dense_score is None]
        if missing:
            query_vec = np.asarray(self.store.embeddings.embed_query(query))
            vectors = np.asarray(self.store.embeddings.embed_documents(missing))
            scores.extend(float(s) for s in vectors @ query_vec)
        return max(scores, default=-1.0)

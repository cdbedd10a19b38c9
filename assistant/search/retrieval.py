"""Hybrid retrieval: dense (Chroma) and BM25, fused by reciprocal rank, optionally diversified.

Exposed as a LangChain `BaseRetriever` so chains can use it directly, and as `search()` that
returns our own `Passage` objects with ranks and scores.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, PrivateAttr

from assistant.core.errors import InputError
from assistant.core.schema import Passage
from assistant.library.store import Store, StoredChunk
from assistant.search.bm25 import BM25Cache
from assistant.search.query_rewrite import rewrite_query
from assistant.settings import MODES, Settings


def check_query(
    query: str,
    max_chars: int,
    empty_hint: str = "type a question or some key words",
    long_hint: str = "Shorten it to the part you want answered",
) -> str:
    """Reject empty queries and over-long ones with a message the user can act on."""
    query = (query or "").strip()
    if not query:
        raise InputError(f"the question is empty: {empty_hint}")
    if len(query) > max_chars:
        raise InputError(
            f"the question is {len(query):,} characters long; the limit is {max_chars:,}. "
            f"{long_hint}"
        )
    return query


def rrf(rankings: list[tuple[list[str], float]], k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: score = sum(weight / (k + rank))."""
    scores: dict[str, float] = {}
    for ids, weight in rankings:
        for rank, item_id in enumerate(ids, start=1):
            scores[item_id] = scores.get(item_id, 0.0) + weight / (k + rank)
    return scores


def mmr(vectors: np.ndarray, relevance: np.ndarray, k: int, lam: float) -> list[int]:
    """Maximal marginal relevance: pick relevant passages that do not repeat each other."""
    chosen: list[int] = []
    remaining = list(range(len(vectors)))
    similarity = vectors @ vectors.T
    while remaining and len(chosen) < k:
        if not chosen:
            best = max(remaining, key=lambda i: relevance[i])
        else:
            best = max(
                remaining,
                key=lambda i: (
                    lam * relevance[i] - (1 - lam) * max(similarity[i, j] for j in chosen)
                ),
            )
        chosen.append(best)
        remaining.remove(best)
    return chosen


class HybridRetriever(BaseRetriever):
    """Dense, BM25 or hybrid search over the store. Construct once; reuse across queries."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Store
    settings: Settings
    mode: str = "hybrid"
    k: int = 5
    _bm25: BM25Cache = PrivateAttr()

    def model_post_init(self, context: Any) -> None:
        if self.mode not in MODES:
            raise InputError(f"unknown mode '{self.mode}'; choose one of {', '.join(MODES)}")
        if self.k <= 0:
            raise InputError(f"k must be at least 1, got {self.k}")
        self._bm25 = BM25Cache(self.store)

    def search(self, query: str, k: int | None = None, mode: str | None = None) -> list[Passage]:
        """Top passages for a query, ranked 1..k."""
        query = check_query(query, self.settings.max_query_chars)
        k = k or self.k
        mode = mode or self.mode
        if mode not in MODES:
            raise InputError(f"unknown mode '{mode}'; choose one of {', '.join(MODES)}")
        if k <= 0:
            raise InputError(f"k must be at least 1, got {k}")
        self.store.require_content()
        if self.settings.query_rewrite:
            query = rewrite_query(query)
        pool = max(self.settings.candidates, k)
        use_mmr = self.settings.mmr
        dense: list[StoredChunk] = []
        query_vec: list[float] = []
        if mode in ("dense", "hybrid"):
            query_vec = self.store.embeddings.embed_query(query)
        if mode in ("dense", "hybrid"):
            dense = self.store.query(query_vec, pool, with_embeddings=use_mmr)
        lexical = self._bm25.get().search(query, pool) if mode in ("bm25", "hybrid") else []
        dense_sim = {c.id: 1.0 - float(c.distance or 0.0) for c in dense}
        bm25_score = dict(lexical)
        if mode == "dense":
            scores = dense_sim
        elif mode == "bm25":
            scores = bm25_score
        else:
            scores = rrf(
                [
                    ([c.id for c in dense], self.settings.dense_weight),
                    ([i for i, _ in lexical], self.settings.bm25_weight),
                ],
                self.settings.rrf_k,
            )
        # Ties (common in RRF) go to the closer meaning, then the stronger keyword match, so the
        # order never depends on ids (which include where the file lives).
        ordered = sorted(
            scores,
            key=lambda i: (-scores[i], -dense_sim.get(i, -2.0), -bm25_score.get(i, 0.0), i),
        )
        known = {c.id: c for c in dense}
        missing = [i for i in ordered[: max(pool, k)] if i not in known]
        for item in self.store.get(missing, with_embeddings=use_mmr) if missing else []:
            known[item.id] = item
        ordered = [i for i in ordered if i in known]
        if use_mmr and ordered:
            ordered = self._diversify(ordered, scores, known, k)
        return [
            Passage(
                id=item_id,
                text=known[item_id].text,
                metadata=known[item_id].metadata,
                score=scores[item_id],
                rank=rank,
                dense_score=dense_sim.get(item_id),
                bm25_score=bm25_score.get(item_id),
            )
            for rank, item_id in enumerate(ordered[:k], start=1)
        ]

    def _diversify(
        self,
        ordered: list[str],
        scores: dict[str, float],
        known: dict[str, StoredChunk],
        k: int,
    ) -> list[str]:
        pool = ordered[: max(k * 3, k)]
        vectors = np.asarray([known[i].embedding for i in pool], dtype=float)
        raw = np.asarray([scores[i] for i in pool], dtype=float)
        spread = raw.max() - raw.min()
        relevance = (raw - raw.min()) / spread if spread > 0 else np.ones_like(raw)
        picked = mmr(vectors, relevance, k, self.settings.mmr_lambda)
        return [pool[i] for i in picked]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        return [
            LCDocument(
                page_content=p.text,
                id=p.id,
                metadata={**p.metadata, "rank": p.rank, "score": p.score},
            )
            for p in self.search(query)
        ]

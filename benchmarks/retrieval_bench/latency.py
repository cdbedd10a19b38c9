"""Benchmark 1, retrieval latency: p50/p95 of `HybridRetriever.search` in each mode at one
store size, query embedding included (a user waits for it too); one-off costs (insert, BM25
build and load, the first query) are reported apart."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.core.schema import Chunk
from assistant.library.store import Store
from assistant.search.bm25 import BM25Cache
from assistant.search.retrieval import HybridRetriever
from assistant.settings import Settings

from .timing import OtherLoad, log, release_chroma, stats_ms, timed

INSERT_BATCH = 5000  # below Chroma's max batch size (5461)
MODES = ("dense", "bm25", "hybrid", "hybrid+MMR")


def bench_size(
    n: int,
    chunks: list[Chunk],
    vectors: np.ndarray,
    queries: list[str],
    warmup_query: str,
    embeddings: Embeddings,
) -> dict[str, Any]:
    """Insert n passages with their vectors into a fresh store, then time every search mode."""
    wall_start = time.perf_counter()
    result: dict[str, Any] = {"chunks": n}
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix=f"bench-{n}-", ignore_cleanup_errors=True) as tmp:
        settings = Settings(data_dir=Path(tmp), collection="bench", chroma_host=None)
        mmr_settings = Settings(data_dir=Path(tmp), collection="bench", chroma_host=None, mmr=True)
        store = Store(settings, embeddings)  # type: ignore[arg-type]  (any LangChain Embeddings)
        with timed(times, "insert_s"):
            for start in range(0, n, INSERT_BATCH):
                end = min(n, start + INSERT_BATCH)
                store.add(chunks[start:end], vectors[start:end].tolist())
        if store.count() != n:
            raise RuntimeError(f"the store holds {store.count()} chunks, expected {n}")
        log(f"  {n:,}: inserted in {times['insert_s']:.1f} s")

        # BM25: a cold build (read every passage from Chroma, tokenise, index, save to the disk
        # cache), then what a new process pays when the disk cache is already there.
        with timed(times, "bm25_build_s"):
            BM25Cache(store).get()
        with timed(times, "bm25_load_s"):
            BM25Cache(store).get()
        log(
            f"  {n:,}: BM25 built in {times['bm25_build_s']:.2f} s,"
            f" loaded from cache in {times['bm25_load_s']:.2f} s"
        )

        retriever = HybridRetriever(store=store, settings=settings, k=settings.k)
        mmr_retriever = HybridRetriever(store=store, settings=mmr_settings, k=settings.k)
        modes: list[tuple[str, Callable[[str], list[Any]]]] = [
            ("dense", partial(retriever.search, mode="dense")),
            ("bm25", partial(retriever.search, mode="bm25")),
            ("hybrid", partial(retriever.search, mode="hybrid")),
            ("hybrid+MMR", partial(mmr_retriever.search, mode="hybrid")),
        ]
        first: dict[str, float] = {}
        for label, search in modes:  # warm-up, reported but not counted
            start = time.perf_counter()
            search(warmup_query)
            first[label] = (time.perf_counter() - start) * 1000.0

        samples: dict[str, list[float]] = {label: [] for label, _ in modes}
        samples["query embedding only"] = []
        returned: dict[str, list[int]] = {label: [] for label, _ in modes}
        with OtherLoad() as other:
            for qi, query in enumerate(queries):
                start = time.perf_counter()
                embeddings.embed_query(query)
                samples["query embedding only"].append(time.perf_counter() - start)
                rotation = qi % len(modes)  # rotate the order so no mode always runs first
                for label, search in modes[rotation:] + modes[:rotation]:
                    start = time.perf_counter()
                    passages = search(query)
                    samples[label].append(time.perf_counter() - start)
                    returned[label].append(len(passages))

        result.update(
            {
                "insert_s": times["insert_s"],
                "insert_chunks_per_s": n / times["insert_s"],
                "bm25_build_s": times["bm25_build_s"],
                "bm25_load_from_cache_s": times["bm25_load_s"],
                "first_query_ms": first,
                "latency_ms": {label: stats_ms(s) for label, s in samples.items()},
                "other_processes_cores": other.cores,
                "mean_passages_returned": {
                    label: float(np.mean(r)) for label, r in returned.items()
                },
            }
        )
        del modes, retriever, mmr_retriever, store
        release_chroma()
    result["wall_s"] = time.perf_counter() - wall_start
    log(f"  {n:,}: done in {result['wall_s']:.1f} s")
    return result

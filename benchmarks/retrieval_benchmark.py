"""Retrieval latency and ingest throughput of consult-assistant, measured on synthetic data.

Two benchmarks, both through the real library code (`Store`, `HybridRetriever`, `ingest`):

1. Retrieval latency (p50/p95, ms) for dense, BM25, hybrid and hybrid+MMR at several store sizes.
   Each size gets its own temporary data folder and Chroma collection. Embedding 10^5 passages
   with the bundled model would take over an hour on 2 cores, so only a pool of passages is
   embedded for real; every further vector is a normalised random perturbation of a pool vector
   (and its text a reworded copy of that pool passage). Queries are embedded for real on every
   search, so the latency is what a user waits for. BM25 index build time and the first
   ("cold") query are reported separately from the steady-state latency.
2. Ingest throughput (chunks/s) of the real pipeline on ~40 synthetic Markdown files (~300
   chunks): load, chunk, embed and store, end to end; then a re-ingest of the unchanged files.

Run:  .venv/bin/python benchmarks/retrieval_benchmark.py [--sizes 1000,10000,100000]
          [--queries 50] [--out FILE.json]

This file is the command line; the parts live in `retrieval_bench/`: `vocabulary` (words and
queries), `synthetic` (documents chunked by `assistant.library.chunking`, stand-in vectors, Markdown
files), `timing`, `latency` (benchmark 1), `ingest_speed` (benchmark 2) and `report` (tables).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script: find retrieval_bench

from retrieval_bench.ingest_speed import bench_ingest
from retrieval_bench.latency import bench_size
from retrieval_bench.report import print_report
from retrieval_bench.synthetic import (
    POOL_NOISE,
    REWORD_RATE,
    perturbed_vectors,
    synthetic_chunks,
)
from retrieval_bench.timing import OtherLoad, console, log
from retrieval_bench.vocabulary import Vocabulary, make_queries

from assistant.library.ingest import embedding_text
from assistant.settings import Settings


def torch_threads(query_threads: int | None) -> tuple[int | None, int | None]:
    """torch's threads for ingest and the pool, then for queries (set to `query_threads`).
    None when torch is not loaded (the ONNX query model, or fake vectors): it does not matter."""
    torch = sys.modules.get("torch")
    if torch is None:
        return None, None
    default = torch.get_num_threads()
    if query_threads:
        torch.set_num_threads(query_threads)
    return default, torch.get_num_threads()


def parse_sizes(text: str) -> list[int]:
    sizes = [int(float(part)) for part in text.replace("_", "").split(",") if part.strip()]
    if not sizes or min(sizes) <= 0:
        raise argparse.ArgumentTypeError("sizes must be positive integers, e.g. 1000,10000")
    return sorted(set(sizes))


def main(argv: list[str] | None = None, embeddings: Embeddings | None = None) -> int:
    """Run both benchmarks and print the figures. `embeddings`: the bundled model unless given
    (the smoke test passes fast fake vectors; its figures then say nothing about the model)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, default=[1000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=50, help="measured queries per mode")
    parser.add_argument("--pool", type=int, default=2000, help="passages embedded for real")
    parser.add_argument("--ingest-docs", type=int, default=40)
    parser.add_argument(
        "--query-threads",
        type=int,
        help="torch threads while measuring retrieval latency (default: torch's own, one per"
        " core); ingest and pool embedding always use torch's default",
    )
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--out", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.queries < 1 or args.pool < 1 or args.ingest_docs < 1:
        parser.error("--queries, --pool and --ingest-docs must be at least 1")
    if args.query_threads is not None and args.query_threads < 1:
        parser.error("--query-threads must be at least 1")

    run_start = time.perf_counter()
    run_other = OtherLoad().start()
    vocab = Vocabulary()
    defaults = Settings(data_dir=Path(tempfile.gettempdir()), collection="bench")

    import bm25s
    import chromadb

    if embeddings is None:
        from assistant.library.embeddings import BundledEmbeddings

        embeddings = BundledEmbeddings(batch_size=defaults.embed_batch_size)
    start = time.perf_counter()
    embeddings.embed_query("warm up the model")
    model_load_s = time.perf_counter() - start
    log(f"model loaded in {model_load_s:.1f} s")

    log(f"ingest benchmark: {args.ingest_docs} Markdown documents")
    ingest_result = bench_ingest(vocab, args.ingest_docs, args.seed, embeddings)
    log(
        f"  ingested {ingest_result['chunks']} chunks in {ingest_result['ingest_s']:.1f} s;"
        f" re-ingest {ingest_result['reingest_s']:.2f} s"
    )

    biggest = max(args.sizes)
    pool = min(args.pool, biggest)
    log(f"generating {biggest:,} synthetic passages")
    chunks = synthetic_chunks(vocab, biggest, pool, args.seed)
    log(f"embedding a pool of {pool:,} passages with the real model")
    start = time.perf_counter()
    with OtherLoad() as pool_other:
        pool_vectors = np.asarray(
            embeddings.embed_documents([embedding_text(c) for c in chunks[:pool]]),
            dtype=np.float64,
        )
    pool_s = time.perf_counter() - start
    vectors, cosine = perturbed_vectors(pool_vectors, biggest, args.seed + 1)
    log(f"  pool embedded in {pool_s:.1f} s ({pool / pool_s:.1f} passages/s)")

    queries = make_queries(vocab, args.queries + 1, args.seed + 2)
    warmup_query, queries = queries[0], queries[1:]
    default_threads, query_threads = torch_threads(args.query_threads)
    size_results = []
    for n in args.sizes:
        log(f"retrieval benchmark at {n:,} chunks")
        size_results.append(
            bench_size(n, chunks[:n], vectors[:n], queries, warmup_query, embeddings)
        )

    report = {
        "meta": {
            "other_processes_cores": run_other.stop(),
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": f"{platform.system()} {platform.machine()}",
            "cpus": os.cpu_count(),
            "torch_threads": default_threads,
            "query_torch_threads": query_threads,
            "python": platform.python_version(),
            "chromadb": chromadb.__version__,
            "bm25s": bm25s.__version__,
            "seed": args.seed,
            "queries": args.queries,
            "example_queries": queries[:5],
            "settings": {
                key: getattr(defaults, key)
                for key in ("k", "candidates", "rrf_k", "mmr_lambda", "embed_batch_size")
            },
            "percentiles": "numpy linear interpolation over the measured queries",
        },
        "model_load_s": model_load_s,
        "pool": {
            "size": pool,
            "embed_s": pool_s,
            "passages_per_s": pool / pool_s,
            "extrapolated_100k_min": 100_000 / (pool / pool_s) / 60,
            "mean_cosine_to_parent": cosine,
            "other_processes_cores": pool_other.cores,
            "perturbation_std": POOL_NOISE,
            "reword_rate": REWORD_RATE,
            "note": (
                "Vectors beyond the pool are normalised random perturbations of pool vectors; "
                "their texts are reworded copies of the pool passages. Queries use the real model."
            ),
        },
        "ingest": ingest_result,
        "sizes": size_results,
        "total_s": time.perf_counter() - run_start,
    }
    print_report(report)
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        console.print(f"Figures written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

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
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.table import Table

from assistant.bm25 import BM25Cache
from assistant.chunking import Chunk, chunk_document, chunk_id
from assistant.documents import find_files, load_document
from assistant.embeddings import BundledEmbeddings
from assistant.ingest import embedding_text, ingest
from assistant.retrieval import HybridRetriever
from assistant.settings import Settings
from assistant.store import Store

console = Console()

# --- vocabulary ------------------------------------------------------------------------------

# Content words, roughly most to least frequent (sampled with Zipf-like weights).
_CONTENT_TEXT = """
council disabled people consultation funding providers commissioning services support care
local authority government DPULO DPULOs organisations social duty equality response proposals
disability access accessible independent living personal budget budgets assessment eligibility
charging carers housing transport employment benefits welfare reform health NHS integrated
board strategy co-production engagement involvement representation user-led voluntary sector
grant grants contract contracts tender tendering procurement Compact guidance statutory
regulations Act section evidence impact reasonable adjustments deaf blind learning mental
autism autistic wheelchair advocacy safeguarding children young adults older residents survey
focus groups Easy Read BSL deadline weeks respond options savings cuts spending review outcomes
monitoring inspection CQC ombudsman complaints rights UNCRPD convention article inclusion
barriers participation delegation functions commissioners market shaping prevention wellbeing
direct payments employers assistants day centres respite residential nursing homes
reablement hospital discharge community hubs peer networks coalition forum partnership
trust accountability transparency scrutiny committee cabinet members officers decision
report recommendations analysis data needs population demographic census priorities plan
framework pilot evaluation lessons risks mitigation legal challenge judicial review public
sector equality duty PSED due regard protected characteristics discrimination harassment
victimisation infrastructure capacity resilience sustainability core multi-year short-term
commissioned outsourced in-house value money efficiency quality standards fair price cost
uplift inflation minimum wage workforce recruitment retention training volunteers trustees
chair chief executive staff office premises digital online paper formats alternative
timescales twelve six weeks extension summer holiday period responses received published
"""
CONTENT_WORDS = _CONTENT_TEXT.split()

_STOP_TEXT = """
the of and to a in that is for on be by with as are this it was or from at which should
their not have has they an will we would its can more but also all were been these there
who may must any such other than into how what when where our if so only about each most
"""
STOP_WORDS = _STOP_TEXT.split()

SECTIONS = [
    "Background",
    "Summary of proposals",
    "Who we consulted",
    "Funding arrangements",
    "Commissioning approach",
    "Equality impact assessment",
    "What respondents said",
    "Government response",
    "Next steps",
    "Involving disabled people's organisations",
    "Accessibility of the consultation",
    "Costs and savings",
]
KINDS = ["consultation", "government response", "briefing note", "guidance", "article"]
TITLE_TOPICS = [
    "adult social care charging",
    "community equipment services",
    "the local offer for disabled children",
    "independent living support",
    "voluntary sector grants",
    "transport for disabled residents",
    "day opportunities",
    "carers' breaks",
    "advocacy services",
    "housing adaptations",
    "delegation of social care functions",
    "the Better Care Fund",
]
QUESTION_TEMPLATES = [
    "How should the {a} involve {b} in {c}?",
    "What does the {a} say about {b} and {c}?",
    "Is a {a} of six weeks enough for {b} to respond about {c}?",
    "Why were {a} and {b} cut from the {c}?",
    "What evidence is there on {a} {b} for {c}?",
    "Who decides {a} {b} when {c} changes?",
]

CHUNKS_PER_DOC = 8  # synthetic store: passages per document
POOL_NOISE = 0.025  # per-dimension std of the perturbation (cosine to the pool vector ~0.9)
REWORD_RATE = 0.3  # share of words replaced in the text of a derived passage
BUSY_CORES = 0.25  # other processes' load above which the output warns
INSERT_BATCH = 5000  # below Chroma's max batch size (5461)


class Vocabulary:
    """Draws words with Zipf-like frequencies: stop words often, content words less so."""

    def __init__(self) -> None:
        self.words = np.array(CONTENT_WORDS + STOP_WORDS, dtype=object)
        n_content = len(CONTENT_WORDS)
        content = 1.0 / np.arange(1, n_content + 1) ** 0.8
        stop = 1.0 / np.arange(1, len(STOP_WORDS) + 1) ** 0.8
        weights = np.concatenate([content / content.sum() * 0.55, stop / stop.sum() * 0.45])
        self.p = weights / weights.sum()
        self.content_p = content / content.sum()

    def draw(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return rng.choice(len(self.words), size=n, p=self.p)

    def content(self, rng: np.random.Generator, n: int) -> list[str]:
        return [str(CONTENT_WORDS[i]) for i in rng.choice(len(CONTENT_WORDS), n, p=self.content_p)]

    def render(self, indices: np.ndarray, rng: np.random.Generator) -> str:
        """Word indices to sentences of 8-20 words."""
        words = [str(w) for w in self.words[indices]]
        sentences, start = [], 0
        while start < len(words):
            end = min(len(words), start + int(rng.integers(8, 21)))
            if len(words) - end < 4:
                end = len(words)
            sentence = words[start:end]
            sentence[0] = sentence[0][:1].upper() + sentence[0][1:]
            sentences.append(" ".join(sentence) + ".")
            start = end
        return " ".join(sentences)


def make_queries(vocab: Vocabulary, n: int, seed: int) -> list[str]:
    """Half short question sentences, half keyword queries, all from the same vocabulary."""
    rng = np.random.default_rng(seed)
    queries = []
    for i in range(n):
        if i % 2 == 0:
            template = QUESTION_TEMPLATES[int(rng.integers(len(QUESTION_TEMPLATES)))]
            a, b, c = vocab.content(rng, 3)
            queries.append(template.format(a=a, b=b, c=c))
        else:
            queries.append(" ".join(vocab.content(rng, int(rng.integers(3, 9)))))
    return queries


# --- synthetic store ---------------------------------------------------------------------------


def synthetic_chunks(vocab: Vocabulary, n: int, pool: int, seed: int) -> list[Chunk]:
    """n passages of 60-200 words in documents of 8 chunks, with the metadata of real chunks.

    Passage i >= pool is a reworded copy (30% of words replaced) of pool passage i % pool, so its
    perturbed vector and its text stay roughly consistent, as dense and BM25 are on real data.
    """
    rng = np.random.default_rng(seed)
    words: list[np.ndarray] = []
    for i in range(n):
        if i < pool:
            words.append(vocab.draw(rng, int(rng.integers(60, 201))))
        else:
            parent = words[i % pool].copy()
            mask = rng.random(len(parent)) < REWORD_RATE
            parent[mask] = vocab.draw(rng, int(mask.sum()))
            words.append(parent)
    chunks: list[Chunk] = []
    for doc_no, first in enumerate(range(0, n, CHUNKS_PER_DOC)):
        topic = TITLE_TOPICS[doc_no % len(TITLE_TOPICS)]
        kind = KINDS[doc_no % len(KINDS)]
        year = 2010 + doc_no % 15
        title = f"{kind.capitalize()} on {topic} ({year}), no. {doc_no}"
        doc_id = f"bench-doc-{doc_no:06d}"
        provenance = {
            "title": title,
            "author": "Benchmark Borough Council",
            "date": f"{year}-{1 + doc_no % 12:02d}",
            "kind": kind,
            "publisher": "Synthetic benchmark data",
            "source": f"{doc_id}.md",
            "official_url": f"https://example.org/{doc_id}",
            "licence": "Synthetic",
            "sources": "",
        }
        cursor = len(title) + 2
        section = ""
        for index, i in enumerate(range(first, min(n, first + CHUNKS_PER_DOC))):
            if index % 3 == 0:
                section = SECTIONS[int(rng.integers(len(SECTIONS)))]
                cursor += len(section) + 2
            text = vocab.render(words[i], rng)
            start, end = cursor, cursor + len(text)
            cursor = end + 2
            para = index + 1
            metadata = {
                **provenance,
                "doc_id": doc_id,
                "section": section,
                "para_start": para,
                "para_end": para,
                "char_start": start,
                "char_end": end,
                "chunk_index": index,
                "source_path": f"/benchmark/{doc_id}.md",
            }
            chunks.append(
                Chunk(
                    id=chunk_id(doc_id, start, end, text),
                    doc_id=doc_id,
                    text=text,
                    section=section,
                    para_start=para,
                    para_end=para,
                    char_start=start,
                    char_end=end,
                    metadata=metadata,
                )
            )
    return chunks


def perturbed_vectors(pool_vectors: np.ndarray, n: int, seed: int) -> tuple[np.ndarray, float]:
    """The pool vectors, then unit-length perturbations of them up to n rows; and mean cosine."""
    pool = len(pool_vectors)
    if n <= pool:
        return pool_vectors[:n].astype(np.float32), 1.0
    rng = np.random.default_rng(seed)
    parents = pool_vectors[np.arange(pool, n) % pool]
    noisy = parents + rng.normal(0.0, POOL_NOISE, size=parents.shape)
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    cosine = float(np.mean(np.sum(noisy * parents, axis=1)))
    return np.vstack([pool_vectors, noisy]).astype(np.float32), cosine


# --- timing helpers ----------------------------------------------------------------------------


@contextmanager
def timed(into: dict[str, float], key: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    into[key] = time.perf_counter() - start


def _system_busy_s() -> float | None:
    """CPU seconds all processes have spent busy since boot (Linux), or None elsewhere."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


class OtherLoad:
    """How many cores other processes kept busy while a block ran (their CPU time / wall time).

    Another test run or build on a 2-core machine inflates the latency figures; this makes that
    visible instead of silently publishing the inflated numbers.
    """

    def __init__(self) -> None:
        self.cores: float | None = None

    def start(self) -> OtherLoad:
        self._wall, self._own = time.perf_counter(), time.process_time()
        self._busy = _system_busy_s()
        return self

    def stop(self) -> float | None:
        busy = _system_busy_s()
        if busy is not None and self._busy is not None:
            wall = time.perf_counter() - self._wall
            own = time.process_time() - self._own
            self.cores = max(0.0, (busy - self._busy - own) / wall) if wall > 0 else 0.0
        return self.cores

    def __enter__(self) -> OtherLoad:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def stats_ms(samples: list[float]) -> dict[str, float]:
    ms = np.asarray(samples) * 1000.0
    return {
        "n": len(samples),
        "p50": float(np.percentile(ms, 50)),
        "p95": float(np.percentile(ms, 95)),
        "mean": float(ms.mean()),
        "min": float(ms.min()),
        "max": float(ms.max()),
    }


def log(message: str) -> None:
    console.print(f"[dim]{time.strftime('%H:%M:%S')}[/dim] {message}")


# --- benchmark 1: retrieval latency -------------------------------------------------------------


def bench_size(
    n: int,
    chunks: list[Chunk],
    vectors: np.ndarray,
    queries: list[str],
    warmup_query: str,
    embeddings: BundledEmbeddings,
) -> dict[str, Any]:
    wall_start = time.perf_counter()
    result: dict[str, Any] = {"chunks": n}
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix=f"bench-{n}-", ignore_cleanup_errors=True) as tmp:
        settings = Settings(data_dir=Path(tmp), collection="bench", chroma_host=None)
        mmr_settings = Settings(data_dir=Path(tmp), collection="bench", chroma_host=None, mmr=True)
        store = Store(settings, embeddings)
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
        _release_chroma()
    result["wall_s"] = time.perf_counter() - wall_start
    log(f"  {n:,}: done in {result['wall_s']:.1f} s")
    return result


def _release_chroma() -> None:
    """Drop Chroma's per-path client cache so a finished size frees its index memory."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    except Exception:  # best effort: only memory is at stake
        pass
    gc.collect()


# --- benchmark 2: ingest throughput -------------------------------------------------------------


def write_markdown_corpus(folder: Path, vocab: Vocabulary, docs: int, seed: int) -> None:
    """docs Markdown files with front matter; 7 or 8 paragraphs of 60-200 words each."""
    rng = np.random.default_rng(seed)
    for d in range(docs):
        topic = TITLE_TOPICS[d % len(TITLE_TOPICS)]
        kind = KINDS[d % len(KINDS)]
        title = f"{kind.capitalize()} on {topic}, part {d + 1}"
        lines = [
            "---",
            f'id: "ingest-bench-{d:03d}"',
            f'title: "{title}"',
            'author: "Benchmark Borough Council"',
            f'date: "{2012 + d % 12}"',
            f'kind: "{kind}"',
            'publisher: "Synthetic benchmark data"',
            "---",
            f"# {title}",
            "",
        ]
        for p in range(7 + d % 2):
            if p % 3 == 0:
                lines += [f"## {SECTIONS[int(rng.integers(len(SECTIONS)))]}", ""]
            lines += [vocab.render(vocab.draw(rng, int(rng.integers(60, 201))), rng), ""]
        (folder / f"doc-{d:03d}.md").write_text("\n".join(lines), encoding="utf-8")


def bench_ingest(vocab: Vocabulary, docs: int, seed: int) -> dict[str, Any]:
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ingest-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        write_markdown_corpus(folder, vocab, docs, seed)
        settings = Settings(data_dir=Path(tmp) / "data", collection="bench", chroma_host=None)
        with OtherLoad() as other, timed(times, "ingest_s"):
            first = ingest([folder], settings)
        with timed(times, "reingest_s"):
            again = ingest([folder], settings)
        # Where the time goes: the embedding step alone, on the same chunk texts.
        files, _ = find_files([folder])
        chunks = [
            c
            for path in files
            for c in chunk_document(
                load_document(path), settings.chunk_min_words, settings.chunk_max_words
            )
        ]
        embeddings = BundledEmbeddings(batch_size=settings.embed_batch_size)
        with timed(times, "embed_only_s"):
            embeddings.embed_documents([embedding_text(c) for c in chunks])
        _release_chroma()
    if first.failed or again.chunks_added or again.chunks_removed:
        raise RuntimeError(f"unexpected ingest result: {first.summary()} / {again.summary()}")
    return {
        "documents": first.documents,
        "chunks": first.chunks_added,
        "ingest_s": times["ingest_s"],
        "ingest_chunks_per_s": first.chunks_added / times["ingest_s"],
        "embed_only_s": times["embed_only_s"],
        "embed_share": times["embed_only_s"] / times["ingest_s"],
        "reingest_s": times["reingest_s"],
        "reingest_unchanged_documents": again.unchanged,
        "other_processes_cores": other.cores,
    }


# --- output ------------------------------------------------------------------------------------


def print_report(report: dict[str, Any]) -> None:
    meta = report["meta"]
    pool = report["pool"]
    console.rule("consult-assistant retrieval benchmark")
    console.print(
        f"{meta['machine']}; {meta['cpus']} CPUs; torch threads {meta['torch_threads']}"
        f" (ingest, pool) / {meta['query_torch_threads']} (queries);"
        f" Python {meta['python']}, chromadb {meta['chromadb']}, bm25s {meta['bm25s']}"
    )
    s = meta["settings"]
    console.print(
        f"k={s['k']}, candidates={s['candidates']}, rrf_k={s['rrf_k']},"
        f" mmr_lambda={s['mmr_lambda']}; {meta['queries']} queries per mode and size;"
        f" model load {report['model_load_s']:.1f} s (once per process, not counted below)"
    )
    console.print(
        f"[bold yellow]Note:[/bold yellow] only {pool['size']:,} passages were embedded with the"
        f" real model ({pool['embed_s']:.0f} s, {pool['passages_per_s']:.1f} passages/s, i.e."
        f" ~{pool['extrapolated_100k_min']:.0f} min for 100,000). Beyond that, stored vectors are"
        f" normalised random perturbations of pool vectors (mean cosine to their pool vector"
        f" {pool['mean_cosine_to_parent']:.2f}) and their texts reworded copies of pool passages."
        " Queries are embedded with the real model on every search."
    )

    sizes = report["sizes"]
    latency = Table(title="Retrieval latency, ms (p50 / p95), query embedding included")
    latency.add_column("mode")
    for size in sizes:
        latency.add_column(f"{size['chunks']:,} chunks", justify="right")
    for label in ["dense", "bm25", "hybrid", "hybrid+MMR", "query embedding only"]:
        latency.add_row(
            label,
            *(
                f"{size['latency_ms'][label]['p50']:.1f} / {size['latency_ms'][label]['p95']:.1f}"
                for size in sizes
            ),
        )
    console.print(latency)

    setup = Table(title="Per-size setup and warm-up (not in the latency above)")
    setup.add_column("")
    for size in sizes:
        setup.add_column(f"{size['chunks']:,} chunks", justify="right")
    setup.add_row("insert precomputed vectors, s", *(f"{x['insert_s']:.1f}" for x in sizes))
    setup.add_row("  insert rate, chunks/s", *(f"{x['insert_chunks_per_s']:,.0f}" for x in sizes))
    setup.add_row("BM25 index build (cold), s", *(f"{x['bm25_build_s']:.2f}" for x in sizes))
    setup.add_row(
        "BM25 load from disk cache, s", *(f"{x['bm25_load_from_cache_s']:.2f}" for x in sizes)
    )
    for label in ["dense", "bm25", "hybrid", "hybrid+MMR"]:
        setup.add_row(
            f"first {label} query, ms", *(f"{x['first_query_ms'][label]:.0f}" for x in sizes)
        )
    setup.add_row("wall time for this size, s", *(f"{x['wall_s']:.0f}" for x in sizes))
    setup.add_row(
        "other processes' CPU while querying, cores",
        *(_cores(x["other_processes_cores"]) for x in sizes),
    )
    console.print(setup)

    ing = report["ingest"]
    table = Table(title="Ingest (real pipeline: load, chunk, embed, store)")
    table.add_column("")
    table.add_column("value", justify="right")
    table.add_row("documents / chunks", f"{ing['documents']} / {ing['chunks']}")
    table.add_row("first ingest, s", f"{ing['ingest_s']:.1f}")
    table.add_row("throughput, chunks/s", f"{ing['ingest_chunks_per_s']:.1f}")
    table.add_row(
        "  of which embedding alone, s", f"{ing['embed_only_s']:.1f} ({ing['embed_share']:.0%})"
    )
    table.add_row(
        "re-ingest of unchanged files, s",
        f"{ing['reingest_s']:.2f} ({ing['reingest_unchanged_documents']} unchanged)",
    )
    table.add_row("other processes' CPU during ingest, cores", _cores(ing["other_processes_cores"]))
    console.print(table)
    console.print(
        f"Total run time: {report['total_s'] / 60:.1f} min; other processes kept"
        f" {_cores(meta['other_processes_cores'])} cores busy on average meanwhile."
    )
    busy = [x["chunks"] for x in sizes if (x["other_processes_cores"] or 0) > BUSY_CORES]
    if busy or (ing["other_processes_cores"] or 0) > BUSY_CORES:
        where = ", ".join(f"{n:,} chunks" for n in busy) or "ingest"
        console.print(
            f"[bold red]Warning:[/bold red] other processes were using the CPU while this ran"
            f" ({where}); those figures are inflated. Re-run on a quiet machine."
        )


def _cores(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


# --- main --------------------------------------------------------------------------------------


def parse_sizes(text: str) -> list[int]:
    sizes = [int(float(part)) for part in text.replace("_", "").split(",") if part.strip()]
    if not sizes or min(sizes) <= 0:
        raise argparse.ArgumentTypeError("sizes must be positive integers, e.g. 1000,10000")
    return sorted(set(sizes))


def main(argv: list[str] | None = None) -> int:
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
    import torch

    embeddings = BundledEmbeddings(batch_size=defaults.embed_batch_size)
    start = time.perf_counter()
    embeddings.embed_query("warm up the model")
    model_load_s = time.perf_counter() - start
    log(f"model loaded in {model_load_s:.1f} s")

    log(f"ingest benchmark: {args.ingest_docs} Markdown documents")
    ingest_result = bench_ingest(vocab, args.ingest_docs, args.seed)
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
    default_threads = torch.get_num_threads()
    if args.query_threads:
        torch.set_num_threads(args.query_threads)
    query_threads = torch.get_num_threads()
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

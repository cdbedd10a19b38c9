"""The benchmark's figures as tables on the terminal (the JSON file holds the same figures)."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from .latency import MODES
from .timing import BUSY_CORES, console


def print_report(report: dict[str, Any]) -> None:
    """The figures as three tables, with the caveats a reader needs beside them."""
    meta = report["meta"]
    pool = report["pool"]
    console.rule("consult-assistant retrieval benchmark")
    threads = (
        f"torch threads {meta['torch_threads']} (ingest, pool) / {meta['query_torch_threads']}"
        " (queries)"
        if meta["torch_threads"] is not None
        else "torch not loaded (the ONNX model, or fake vectors)"
    )
    console.print(
        f"{meta['machine']}; {meta['cpus']} CPUs; {threads};"
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
    for label in [*MODES, "query embedding only"]:
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
    for label in MODES:
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

"""Evaluation commands: score retrieval (and, later, answers) on question suites."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli.common import err, progress, settings_from
from assistant.errors import InputError
from assistant.settings import MODES


@click.group(name="eval")
def eval_group() -> None:
    """Run evaluation suites."""


@eval_group.command("retrieval")
@click.argument("suites", nargs=-1, type=click.Path(path_type=Path))
@click.option("--modes", default=",".join(MODES), show_default=True, help="Modes to compare.")
@click.option("--markdown", is_flag=True, help="Print the table as Markdown (for the README).")
def eval_retrieval(suites: tuple[Path, ...], modes: str, markdown: bool) -> None:
    """Score retrieval on question suites (default: every suite in evals/retrieval/)."""
    from assistant.evaluation import MEASURES, evaluate_suite, markdown_table
    from assistant.retrieval import HybridRetriever
    from assistant.store import Store

    settings = settings_from()
    chosen = [m.strip() for m in modes.split(",") if m.strip()]
    unknown = [m for m in chosen if m not in MODES]
    if unknown or not chosen:
        raise InputError(f"unknown mode(s) {', '.join(unknown)}; choose from {', '.join(MODES)}")
    paths = list(suites) or sorted(
        (settings.corpus_dir.parent / "evals" / "retrieval").glob("*.jsonl")
    )
    if not paths:
        raise InputError("no evaluation suites found in evals/retrieval/")
    store = Store(settings)
    store.require_content()
    retriever = HybridRetriever(store=store, settings=settings)
    results = []
    with progress("Evaluating") as update:
        for path in paths:
            results.append(evaluate_suite(Path(path), retriever, chosen, progress=update))
    if markdown:
        click.echo(markdown_table(results))
        return
    from rich.console import Console
    from rich.table import Table

    for result in results:
        table = Table(title=f"{result.suite}: {result.questions} questions")
        table.add_column("mode")
        for name in MEASURES:
            table.add_column(name, justify="right")
        for mode, values in result.metrics.items():
            table.add_row(mode, *(f"{values[name]:.3f}" for name in MEASURES))
        Console().print(table)
        for miss in result.unmatched:
            err(f"Warning: gold span found in no passage: {miss}")

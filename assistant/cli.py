"""The `assistant` command: a thin face over the library. Errors become one-line messages."""

from __future__ import annotations

import json
import os
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from assistant.errors import AssistantError, InputError
from assistant.settings import MODES, Settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _settings(**overrides: Any) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def _err(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def _progress(label: str) -> Iterator[Any]:
    """A progress bar on stderr (quiet when stderr is not a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[item]}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=None, item="")

        def update(item: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, item=item)

        yield update


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="consult-assistant")
def cli() -> None:
    """Grounded, cited help for answering government consultations (offline)."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def ingest(paths: tuple[Path, ...]) -> None:
    """Add files or folders to the library (default: the bundled corpus).

    Safe to re-run: unchanged files are skipped, changed ones replaced, removed ones dropped.
    """
    from assistant.ingest import ingest as run_ingest

    settings = _settings()
    targets = list(paths) or [settings.corpus_dir]
    for target in targets:
        if not target.exists():
            raise InputError(f"{target}: no such file or folder")
    with _progress("Ingesting") as update:
        report = run_ingest(
            targets, settings, progress=update, warn=lambda m: _err(f"Warning: {m}")
        )
    click.echo(report.summary())
    unsupported = [t.name for t in targets if t.is_file() and t.name in report.skipped]
    problems = report.failed_names + unsupported
    if problems:
        rest = "the rest were added" if report.documents else "nothing was added"
        raise AssistantError(f"could not add {', '.join(problems)} (see above); {rest}")


def _print_passages(passages: list[Any]) -> None:
    if not passages:
        click.echo("No passage matched. Try other words, or add documents with `assistant ingest`.")
    for p in passages:
        section = f" — {p.section}" if p.section and p.section != p.title else ""
        click.echo(f"{p.rank}. {p.title}{section}  [score {p.score:.4f}]")
        body = textwrap.fill(" ".join(p.text.split()), width=96)
        click.echo(textwrap.indent(body, "   ") + "\n")


@cli.command()
@click.argument("question", required=False)
@click.option("--k", "k", type=int, help="How many passages to show (default 5).")
@click.option("--mode", type=click.Choice(MODES), help="hybrid (default), dense or bm25.")
@click.option(
    "--mmr/--no-mmr", default=None, help="Diversify results (maximal marginal relevance)."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of passages.")
@click.option(
    "--batch",
    type=click.Path(path_type=Path),
    help="File with one question per line; prints one JSON array per line.",
)
def search(
    question: str | None,
    k: int | None,
    mode: str | None,
    mmr: bool | None,
    as_json: bool,
    batch: Path | None,
) -> None:
    """Find the passages that best answer QUESTION."""
    from assistant.retrieval import HybridRetriever
    from assistant.store import Store

    if k is not None and k <= 0:
        raise InputError(f"--k must be at least 1, got {k}")
    settings = _settings(mmr=mmr)
    if batch is None and question is None:
        raise InputError('give a question, e.g. assistant search "who runs DPULOs?"')
    if batch is not None and not batch.is_file():
        raise InputError(f"{batch}: no such file")
    store = Store(settings)
    retriever = HybridRetriever(store=store, settings=settings, mode=mode or settings.mode)
    if batch is not None:
        for line in batch.read_text(encoding="utf-8").splitlines():
            if line.strip():
                results = retriever.search(line, k=k or settings.k)
                click.echo(json.dumps([p.as_dict() for p in results], ensure_ascii=False))
        return
    results = retriever.search(question or "", k=k or settings.k)
    if as_json:
        click.echo(json.dumps([p.as_dict() for p in results], ensure_ascii=False, indent=2))
    else:
        _print_passages(results)


@cli.group()
def corpus() -> None:
    """See, add and remove documents in the library."""


@corpus.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of documents.")
def corpus_list(as_json: bool) -> None:
    """List documents with their kind, date, chunks and provenance."""
    from dataclasses import asdict

    from assistant.corpus import list_documents
    from assistant.store import Store

    documents = list_documents(Store(_settings()))
    if as_json:
        click.echo(json.dumps([asdict(d) for d in documents], ensure_ascii=False, indent=2))
        return
    if not documents:
        click.echo("The library is empty: run `assistant ingest` to add the bundled corpus.")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Library: {len(documents)} documents", show_lines=True)
    for column in ("title", "kind", "date", "chunks", "provenance"):
        table.add_column(column, justify="right" if column == "chunks" else "left")
    for d in documents:
        provenance = "; ".join(
            part for part in (d.publisher, d.official_url, d.licence, f"id: {d.doc_id}") if part
        )
        table.add_row(d.title, d.kind, d.date, str(d.chunks), provenance)
    Console(width=max(120, Console().width)).print(table)


@corpus.command("add")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--title", required=True, help="The title citations will show.")
@click.option(
    "--kind",
    default="user upload",
    show_default=True,
    help="official (official text), note (briefing note), article or upload.",
)
@click.option("--publisher", default="", help="Who published it, e.g. 'HM Government'.")
@click.option("--date", default="", help="Publication date, e.g. 2011-07.")
@click.option("--url", "official_url", default="", help="Official address of the document.")
@click.option("--licence", default="", help="e.g. 'Open Government Licence v3.0'.")
def corpus_add(path: Path, title: str, kind: str, **provenance: str) -> None:
    """Add one file (PDF, DOCX, HTML, MD, TXT) so drafts can cite it by name."""
    from assistant.corpus import add_document

    report = add_document(path, _settings(), title=title, kind=kind, **provenance)
    if report.failed:
        raise AssistantError(report.failed[0])
    click.echo(report.summary())


@corpus.command("remove")
@click.argument("doc_id")
def corpus_remove(doc_id: str) -> None:
    """Remove a document (by the id `assistant corpus list` shows) from the library."""
    from assistant.corpus import remove_document
    from assistant.store import Store

    removed = remove_document(doc_id, Store(_settings()))
    click.echo(f"Removed {doc_id} ({removed} chunks).")


@cli.group(name="eval")
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

    settings = _settings()
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
    with _progress("Evaluating") as update:
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
            _err(f"Warning: gold span found in no passage: {miss}")


def main() -> None:
    """Entry point: run the CLI and turn known errors into one-line messages."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        _err("Stopped. Run the same command again to finish; nothing already saved is lost.")
        sys.exit(130)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "assistant"
        _err(f"Error: {exc.format_message()} (see `{command} --help`)")
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except AssistantError as exc:
        _err(f"Error: {exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _err("Stopped. Run the same command again to finish; nothing already saved is lost.")
        sys.exit(130)
    except Exception as exc:  # last resort: never show a traceback to a user
        if os.environ.get("ASSISTANT_DEBUG"):
            raise
        _err(f"Error: unexpected problem: {exc} (set ASSISTANT_DEBUG=1 to see details)")
        sys.exit(1)

"""Library commands: ingest files, search passages, list/add/remove documents."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import click

from assistant.cli.common import err, print_table, progress, settings_from
from assistant.core.errors import AssistantError, InputError
from assistant.settings import MODES, Settings


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def ingest(paths: tuple[Path, ...]) -> None:
    """Add files or folders to the library (default: the bundled corpus).

    Safe to re-run: unchanged files are skipped, changed ones replaced, removed ones dropped.
    """
    from assistant.library.ingest import ingest as run_ingest

    settings = settings_from()
    targets = list(paths) or [settings.corpus_dir]
    for target in targets:
        if not target.exists():
            raise InputError(f"{target}: no such file or folder")
    with progress("Ingesting") as update:
        report = run_ingest(targets, settings, progress=update, warn=lambda m: err(f"Warning: {m}"))
    click.echo(report.summary())
    _prepare_fast_search(settings)
    unsupported = [t.name for t in targets if not t.is_dir() and t.name in report.skipped]
    problems = report.failed_names + unsupported
    if problems:
        rest = "the rest were added" if report.documents else "nothing was added"
        raise AssistantError(f"could not add {', '.join(problems)} (see above); {rest}")


def _prepare_fast_search(settings: Settings) -> None:
    """Without the ONNX model, ingest has just loaded torch: make the ONNX model now, once."""
    from assistant.library.onnx_embedder import manifest_path

    if manifest_path(settings.models_dir).is_file():
        return
    from assistant.cli.embedder import prepare_embedder_quietly

    try:
        err(prepare_embedder_quietly())
    except Exception as exc:  # search still works without it (sentence-transformers)
        err(f"Warning: the fast query model was not made ({exc}); search will be slower.")


def _print_passages(passages: list[Any]) -> None:
    from assistant.checks.citations import build_evidence
    from assistant.core.display import visible
    from assistant.rendering.sources import describe

    if not passages:
        click.echo("No passage matched. Try other words, or add documents with `assistant ingest`.")
    for p, evidence in zip(passages, build_evidence(passages), strict=True):
        # The citation as every face writes it ("Title (kind), p. 14").
        click.echo(visible(f"{p.rank}. {describe(evidence)}  [score {p.score:.4f}]"))
        body = textwrap.fill(visible(shown(p)), width=96)
        click.echo(textwrap.indent(body, "   ") + "\n")


def shown(passage: Any) -> str:
    """The passage on one line, with "…" where it was cut inside a too-long sentence."""
    text = " ".join(passage.text.split())
    before = "…" if passage.metadata.get("cut_before") else ""
    return f"{before}{text}{'…' if passage.metadata.get('cut_after') else ''}"


@click.command()
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
    from assistant.library.store import Store
    from assistant.search.retrieval import HybridRetriever

    if k is not None and k <= 0:
        raise InputError(f"--k must be at least 1, got {k}")
    settings = settings_from(mmr=mmr)
    if batch is None and question is None:
        raise InputError('give a question, e.g. assistant search "who runs DPULOs?"')
    if batch is not None and not batch.is_file():
        raise InputError(f"{batch}: no such file")
    store = Store(settings)
    retriever = HybridRetriever(store=store, settings=settings, mode=mode or settings.mode)
    if batch is not None:
        from assistant.library.loaders.base import read_text

        for line in read_text(batch).splitlines():  # a named error if it is not UTF-8
            if line.strip():
                results = retriever.search(line, k=k or settings.k)
                click.echo(json.dumps([p.as_dict() for p in results], ensure_ascii=False))
        return
    results = retriever.search(question or "", k=k or settings.k)
    if as_json:
        click.echo(json.dumps([p.as_dict() for p in results], ensure_ascii=False, indent=2))
    else:
        _print_passages(results)


@click.group()
def corpus() -> None:
    """See, add and remove documents in the library."""


@corpus.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of documents.")
def corpus_list(as_json: bool) -> None:
    """List documents with their kind, date, chunks and provenance."""
    from dataclasses import asdict

    from assistant.library.corpus import list_documents
    from assistant.library.store import Store

    documents = list_documents(Store(settings_from()))
    if as_json:
        click.echo(json.dumps([asdict(d) for d in documents], ensure_ascii=False, indent=2))
        return
    if not documents:
        click.echo("The library is empty: run `assistant ingest` to add the bundled corpus.")
        return
    rows = []
    for d in documents:
        provenance = "; ".join(
            part for part in (d.publisher, d.official_url, d.licence, f"id: {d.doc_id}") if part
        )
        chunks = str(d.chunks) if d.complete else f"{d.chunks} (incomplete: run ingest again)"
        if d.flagged:
            chunks += f" ({d.flagged} flagged as instructions)"
        rows.append((d.title, d.kind, d.date, chunks, provenance))
    title = f"Library: {len(documents)} documents"
    print_table(title, ("title", "kind", "date", "chunks", "provenance"), rows, keep=0)


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
    """Add one file (PDF, DOCX, HTML, MD, TXT) so drafts can cite it by name.

    The library keeps its own copy (as for a web upload); `corpus remove` deletes it again.
    """
    from assistant.library.corpus import add_document

    added = add_document(path, settings_from(), store=None, title=title, kind=kind, **provenance)
    if added.problems:
        raise AssistantError(added.problems[0])
    click.echo(added.report.summary())
    if added.twins:
        err(added.twins_note())


@corpus.command("remove")
@click.argument("doc_id")
def corpus_remove(doc_id: str) -> None:
    """Remove a document (by the id `assistant corpus list` shows) from the library, with the
    library's copy of an added file."""
    from assistant.library.corpus import remove_document
    from assistant.library.store import Store

    removed = remove_document(doc_id, Store(settings_from()))
    click.echo(f"Removed {doc_id} ({removed} chunks).")

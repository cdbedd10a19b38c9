"""The Library tab: what the library holds (with provenance), add files, remove your uploads."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.corpus import list_documents, remove_document
from assistant.display import visible
from assistant.documents import SUPPORTED_SUFFIXES
from assistant.errors import AssistantError
from assistant.ingest import ingest
from assistant.parse_worker import load_isolated
from assistant.ui.render import status_html
from assistant.ui.services import Services

HEADERS = ["Title", "Kind", "Date", "Passages", "Provenance"]


def table(services: Services) -> list[list[Any]]:
    rows = []
    for d in list_documents(services.store):
        flagged = f"{d.flagged} passages read as instructions (flagged)" if d.flagged else ""
        provenance = "; ".join(p for p in (d.publisher, d.official_url, d.licence, flagged) if p)
        title = visible(d.title) + ("" if d.complete else " (incomplete: add the file again)")
        rows.append([title, visible(d.kind), visible(d.date), d.chunks, visible(provenance) or "-"])
    return rows


def uploads(services: Services) -> list[tuple[str, str]]:
    """(label, doc_id) for every document not bundled with the app: all of them can be removed,
    whatever kind they claim to be."""
    return [
        (visible(f"{d.title} ({d.doc_id})"), d.doc_id)
        for d in list_documents(services.store)
        if not d.bundled
    ]


def upload_copy(services: Services, path: Path) -> Path:
    """Where an upload is kept: a folder named by its content, so a file with the same name but
    other content (another organisation's, or a new version) is a new document beside it, never
    a silent replacement; the very same file again is the same document."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    folder = services.uploads_dir / digest.hexdigest()[:12]
    folder.mkdir(parents=True, exist_ok=True)
    return folder / path.name


def add_files(
    services: Services, files: list[str] | None, progress: gr.Progress | None = None
) -> tuple[Any, Any, str]:
    """Check each file, copy it into the uploads folder and ingest it; report every failure."""
    if not files:
        return gr.skip(), gr.skip(), status_html("Choose one or more files first.", "error")
    limit = services.settings.max_file_mb * 1024 * 1024
    accepted, problems = [], []
    held = {d.source_path for d in list_documents(services.store) if not d.bundled}
    for file in files:
        path = Path(file)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            problems.append(f"{path.name}: not a supported type ({', '.join(SUPPORTED_SUFFIXES)})")
        elif path.stat().st_size > limit:
            size = path.stat().st_size / 2**20
            problems.append(
                f"{path.name}: {size:.1f} MB is over the {services.settings.max_file_mb} MB limit"
            )
        else:
            target = upload_copy(services, path)
            if not target.exists():
                shutil.copyfile(path, target)
            accepted.append(target)
    added, twins = 0, []
    if accepted:

        def tick(name: str, done: int, total: int) -> None:
            if progress is not None:
                progress((done - 1, total), desc=f"Adding {name}")

        report = ingest(
            accepted, services.settings, services.store, progress=tick, load=load_isolated
        )
        problems += report.failed
        for target in accepted:  # keep the uploads folder to what the library holds
            if target.name in report.failed_names:
                _discard(target)
        added = report.documents
        kept = [t for t in accepted if t.name not in report.failed_names]
        twins = sorted(
            t.name
            for t in kept
            if str(t.resolve()) not in held and any(Path(h).name == t.name for h in held)
        )
    message = f"Added {added} file{'s' * (added != 1)}."
    if twins:
        message += (
            f" A file named {', '.join(twins)} was already in the library; both are kept, "
            "told apart by their ids below (remove the one you do not want)."
        )
    if problems:
        message += " Not added: " + "; ".join(problems)
    kind = "error" if problems else "done"
    choices = uploads(services)
    return table(services), gr.update(choices=choices, value=None), status_html(message, kind)


def _discard(copy: Path) -> None:
    """Delete our copy of an upload and its folder once empty."""
    copy.unlink(missing_ok=True)
    if copy.parent.is_dir() and not any(copy.parent.iterdir()):
        copy.parent.rmdir()


def remove(services: Services, doc_id: str | None) -> tuple[Any, Any, str]:
    if not doc_id:
        return gr.skip(), gr.skip(), status_html("Choose one of your uploads to remove.", "error")
    sources = {d.doc_id: d.source_path for d in list_documents(services.store)}
    try:
        count = remove_document(doc_id, services.store)
    except AssistantError as exc:
        return gr.skip(), gr.skip(), status_html(str(exc), "error")
    copy = Path(sources.get(doc_id) or "")
    if copy.is_file() and copy.resolve().is_relative_to(services.uploads_dir.resolve()):
        _discard(copy)  # our copy of the upload goes too, so nothing re-adds it later
    choices = uploads(services)
    return (
        table(services),
        gr.update(choices=choices, value=None),
        status_html(f"Removed it from the library ({count} passages).", "done"),
    )


def refresh(services: Services) -> tuple[list[list[Any]], Any]:
    """The table and the removable uploads as they are now (run when a page opens)."""
    return table(services), gr.update(choices=uploads(services), value=None)


def build(services: Services) -> tuple[gr.Dataframe, gr.Radio]:
    """Lay out the tab inside the current gr.Blocks context.

    Returns the table and the uploads list, which the app refreshes when a page opens: a
    file added from another page (or before a restart) must be listed and removable here too.
    """
    gr.Markdown(
        "Everything the assistant can quote. Briefing notes are our own summaries of policy "
        "texts; add the official text (PDF, Word, web page, Markdown or text) to cite it directly."
    )
    documents = gr.Dataframe(
        value=table(services),
        headers=HEADERS,
        label="Documents in the library",
        interactive=False,
        wrap=True,
        # Without widths each column takes the page's full width and the table scrolls sideways.
        column_widths=["28%", "11%", "11%", "8%", "42%"],
        elem_id="library-table",
    )
    # No `file_types` here: Gradio would refuse a whole batch with one generic error before
    # add_files runs; add_files instead names each file it cannot take and says why.
    files = gr.File(
        label=(
            "Add files: PDF, Word (.docx), web page (.html), Markdown or text, "
            f"up to {services.settings.max_file_mb} MB each"
        ),
        file_count="multiple",
        elem_id="library-upload",
    )
    add = gr.Button("Add to library", variant="primary", elem_id="library-add")
    status = gr.HTML(status_html("Ready."), elem_id="library-status", elem_classes=["live-status"])
    with gr.Row():
        # Radio buttons rather than a dropdown, for screen readers (see draft_tab's "Writer").
        chosen = gr.Radio(
            choices=uploads(services),
            value=None,
            label="Remove one of your uploads",
            info="Only files you added can be removed.",
            elem_id="library-uploads",
        )
        remove_button = gr.Button("Remove", variant="stop")

    def adder(items: list[str] | None, progress: gr.Progress = gr.Progress()) -> Any:  # noqa: B008 (Gradio's idiom)
        return add_files(services, items, progress)

    add.click(adder, [files], [documents, chosen, status], api_name="upload")
    remove_button.click(
        lambda doc_id: remove(services, doc_id),
        [chosen],
        [documents, chosen, status],
        api_name="remove",
    )
    listing = gr.Button("Refresh the list")
    listing.click(lambda: refresh(services), None, [documents, chosen], api_name="library")
    return documents, chosen

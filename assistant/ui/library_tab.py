"""The Library tab: what the library holds (with provenance), add files, remove your uploads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from assistant.accounts import Action
from assistant.core.display import visible
from assistant.core.errors import AssistantError
from assistant.library.corpus import list_documents, remove_document
from assistant.library.parse_worker import load_isolated
from assistant.library.uploads import add_uploads
from assistant.ui.gate import needs
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


def add_files(
    services: Services, files: list[str] | None, progress: gr.Progress | None = None
) -> tuple[Any, Any, str]:
    """Add the chosen files through the library's one upload path (see uploads.py)."""
    if not files:
        return gr.skip(), gr.skip(), status_html("Choose one or more files first.", "error")

    def tick(name: str, done: int, total: int) -> None:
        if progress is not None:
            progress((done - 1, total), desc=f"Adding {name}")

    added = add_uploads(
        [Path(f) for f in files],
        services.settings,
        services.store,
        progress=tick,
        load=load_isolated,
    )
    kind = "error" if added.problems else "done"
    choices = uploads(services)
    return (
        table(services),
        gr.update(choices=choices, value=None),
        status_html(added.message(), kind),
    )


def remove(services: Services, doc_id: str | None) -> tuple[Any, Any, str]:
    """Remove an upload and the library's copy of it (`corpus.remove_document`)."""
    if not doc_id:
        return gr.skip(), gr.skip(), status_html("Choose one of your uploads to remove.", "error")
    try:
        count = remove_document(doc_id, services.store)
    except AssistantError as exc:
        return gr.skip(), gr.skip(), status_html(str(exc), "error")
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

    add.click(needs(Action.WRITE, adder), [files], [documents, chosen, status], api_name="upload")
    remove_button.click(
        needs(Action.REMOVE, lambda doc_id: remove(services, doc_id), "a library document"),
        [chosen],
        [documents, chosen, status],
        api_name="remove",
    )
    listing = gr.Button("Refresh the list")
    listing.click(lambda: refresh(services), None, [documents, chosen], api_name="library")
    return documents, chosen

"""The History tab: saved conversations and drafts, newest first; open, rename, export, delete.

Everything is done by assistant/history; this file only lays out the page and passes values.
When the history file cannot be used, the tab says why and the rest of the app carries on.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.accounts import Action
from assistant.core.display import visible
from assistant.core.errors import AssistantError
from assistant.core.text import plural
from assistant.history import Item, Saved
from assistant.history.accepted import acceptances
from assistant.history.export import export, file_stem
from assistant.history.review import final_approval
from assistant.ui import downloads, review_box
from assistant.ui.easyread_box import easyread_box, history_text
from assistant.ui.gate import needs
from assistant.ui.render import findings_markdown, md_escape, sources_markdown, status_html
from assistant.ui.reopen import Reopen
from assistant.ui.services import Services

EMPTY = "Nothing saved yet. Questions you ask and drafts you write are saved here."
NONE_CHOSEN = "Choose a conversation or draft from the list first."


def label(item: Item) -> str:
    """ "2026-12-02 14:10 · Conversation · What was the fund? (2 answers)" """
    unit = "answer" if item.kind == "conversation" else "version"
    count = plural(item.entries, unit)
    date = item.updated[:16].replace("T", " ")
    return f"{date} · {item.kind.capitalize()} · {visible(item.title)} ({count})"


def listing(services: Services, chosen: str | None = None) -> tuple[Any, str]:
    """The list (keeping the choice if it is still there) and a status line."""
    items = services.history.items()
    if services.history.problem:
        return gr.Radio(choices=[], value=None), status_html(services.history.problem, "error")
    ids = [i.id for i in items]
    value = chosen if chosen in ids else None
    message = f"{len(items)} saved." if items else EMPTY
    return gr.Radio(choices=[(label(i), i.id) for i in items], value=value), status_html(message)


def _escaped(text: str) -> str:
    return md_escape(visible(text))


def versions_line(saved: Saved, authors: dict[int, str]) -> str:
    """ "Versions: 1 written by sam, 2 edited by jo, 3 edited." (who, when signed in)."""
    parts = [
        f"{e.seq} {e.label}" + (f" by {_escaped(authors[e.seq])}" if e.seq in authors else "")
        for e in saved.entries
    ]
    return f"Versions: {', '.join(parts)}."


def preview(saved: Saved, authors: dict[int, str] | None = None) -> str:
    """The saved text as the page shows it: every exchange, or a draft's latest version (with
    who made each version, when people sign in)."""
    lines = [f"## {_escaped(saved.item.title)}", ""]
    if saved.item.kind == "draft" and saved.latest:
        entry = saved.entries[-1]
        lines += [f"_Version {entry.seq}, saved {entry.created[:16].replace('T', ' ')}._", ""]
        if authors:
            lines += [versions_line(saved, authors), ""]
        lines += [saved.latest.text]
    else:
        for entry in saved.entries:
            lines += [
                f"**You asked:** {_escaped(entry.result.question)}",
                "",
                entry.result.text,
                "",
            ]
    if saved.latest:
        lines += ["", findings_markdown(saved.latest.findings, saved.latest.refused)]
        lines += ["", sources_markdown(saved.latest.evidence)]
    return "\n".join(lines)


def choose(services: Services, item_id: str | None) -> tuple[Any, ...]:
    """Show the chosen item, ready its downloads, and put its name in the rename box."""
    saved = services.history.find(item_id)
    if saved is None:
        off = gr.DownloadButton(value=None, interactive=False)
        return "", off, off, "", status_html(NONE_CHOSEN if not item_id else "It is gone.")
    folder = downloads.new_folder(services.settings, "history")
    files = []
    store = services.history.store
    authors: dict[int, str] = {}
    try:  # a file locked since it opened is said in the status line
        approval = final_approval(store, saved) if store is not None else None
        authors = store.authors(saved.item.id) if store is not None else {}
        accepted = tuple(a.line() for a in acceptances(store, saved)) if store and approval else ()
        for suffix in (".docx", ".md"):  # a team's draft not approved says DRAFT on every page
            path = folder / f"{file_stem(saved)}{suffix}"
            team = services.team()
            files.append(export(saved, path, approval, mark_draft=team, accepted=accepted))
    except AssistantError as exc:
        return (
            preview(saved, authors),
            gr.skip(),
            gr.skip(),
            saved.item.title,
            status_html(str(exc), "error"),
        )
    docx, markdown = (gr.DownloadButton(value=str(f), interactive=True) for f in files)
    return (
        preview(saved, authors),
        docx,
        markdown,
        saved.item.title,
        status_html(f"Showing {label(saved.item)}."),
    )


def rename(services: Services, item_id: str | None, name: str) -> tuple[Any, ...]:
    store = services.history.store
    if store is None or not item_id:
        return gr.skip(), status_html(services.history.problem or NONE_CHOSEN, "error")
    try:
        item = store.rename(item_id, name)
    except AssistantError as exc:
        return gr.skip(), status_html(str(exc), "error")
    radio, _ = listing(services, item_id)
    return radio, status_html(f"Renamed: {item.title}", "done")


def delete(services: Services, item_id: str | None) -> tuple[Any, ...]:
    """Delete for good (rows, then the file rewritten), then show the list without it."""
    store = services.history.store
    hide, off = gr.Row(visible=False), gr.DownloadButton(value=None, interactive=False)
    if store is None or not item_id:
        message = status_html(services.history.problem or NONE_CHOSEN, "error")
        return gr.skip(), gr.skip(), gr.skip(), gr.skip(), hide, message
    try:
        saved = store.get(item_id)
        store.delete(item_id)
    except AssistantError as exc:
        return gr.skip(), gr.skip(), gr.skip(), gr.skip(), hide, status_html(str(exc), "error")
    downloads.clear(services.settings)  # the files made for downloading it, and any others
    radio, _ = listing(services)
    done = f"Deleted “{saved.item.title}” and all its text; nothing of it is kept."
    return radio, "", off, off, hide, status_html(done, "done")


def build(services: Services, tab: Any, tabs: Any, ask: Reopen, draft: Reopen) -> None:
    """Lay out the tab inside the current gr.Blocks context and wire it to Ask and Draft."""
    gr.Markdown(
        "Your conversations (from Ask) and drafts (from Draft, every version kept) are saved on "
        "this computer. Choose one to read it, open it again, rename, download or delete it."
    )
    status = gr.HTML(status_html("Ready."), elem_id="history-status", elem_classes=["live-status"])
    items = gr.Radio([], label="Saved conversations and drafts", elem_id="history-list")
    with gr.Row():
        reopen_button = gr.Button("Open it again", variant="primary", elem_id="history-open")
        docx = gr.DownloadButton("Download Word (.docx)", interactive=False)
        markdown = gr.DownloadButton("Download Markdown (.md)", interactive=False)
    with gr.Row():
        name = gr.Textbox(label="Name", elem_id="history-name", scale=3)
        rename_button = gr.Button("Rename", elem_id="history-rename", scale=1)
    delete_button = gr.Button("Delete…", variant="stop", elem_id="history-delete")
    with gr.Row(visible=False) as confirm:
        gr.Markdown("Delete it for good? Every version and answer goes; this cannot be undone.")
        yes = gr.Button("Yes, delete it", variant="stop", elem_id="history-delete-yes")
        keep = gr.Button("No, keep it", elem_id="history-delete-no")
    shown = gr.Markdown("", elem_id="history-preview", container=True)
    easyread_box(services, items, "history", history_text(services))
    trail, reviewed = review_box.build(services, items, status)

    private: dict[str, Any] = {"api_visibility": "private"}
    tab.select(lambda v: listing(services, v), items, [items, status], **private)
    chosen = [shown, docx, markdown, name, status]
    # `input`: only the user's own choice; a list refreshed after a rename or delete is quiet.
    items.input(lambda v: choose(services, v), items, chosen, **private).then(
        lambda v: review_box.trail_markdown(services, v), items, trail, **private
    )
    for event in reviewed:  # an approval changes what the Word download says
        event.then(lambda v: choose(services, v), items, chosen, **private)
    rename_button.click(
        needs(Action.WRITE, lambda v, n: rename(services, v, n)),
        [items, name],
        [items, status],
        **private,
    )
    delete_button.click(lambda: gr.Row(visible=True), None, confirm, **private)
    keep.click(lambda: gr.Row(visible=False), None, confirm, **private)
    yes.click(
        needs(Action.REMOVE, lambda v: delete(services, v), "a saved conversation or draft"),
        items,
        [items, shown, docx, markdown, confirm, status],
        **private,
    )

    def open_it(item_id: str | None) -> tuple[Any, ...]:
        saved = services.history.find(item_id)
        if saved is None:
            return None, None, gr.skip(), status_html(NONE_CHOSEN, "error")
        to_ask = saved.item.kind == "conversation"
        where = gr.Tabs(selected="ask" if to_ask else "draft")
        return (item_id, None, where, gr.skip()) if to_ask else (None, item_id, where, gr.skip())

    pending_ask, pending_draft = gr.State(None), gr.State(None)
    opened = reopen_button.click(
        open_it, items, [pending_ask, pending_draft, tabs, status], **private
    )
    for pending, face in ((pending_ask, ask), (pending_draft, draft)):
        opened.then(
            lambda i, face=face: face.fill(i) if i else (gr.skip(),) * len(face.outputs),
            pending,
            face.outputs,
            **private,
        )

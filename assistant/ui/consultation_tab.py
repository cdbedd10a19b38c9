"""The Consultation tab: upload a consultation, check its questions, draft every answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr
from pydantic import ValidationError

from assistant.accounts import Action
from assistant.answering.profile import load_profile
from assistant.consultation import Consultation, extract_questions
from assistant.consultation.editing import QuestionItem, QuestionsFile, apply_edits
from assistant.consultation.respond import respond
from assistant.core.errors import AssistantError
from assistant.core.text import plural
from assistant.export import DRAFT_MARK, markdown_of, write_export
from assistant.export.files import write_text
from assistant.history.response_signoff import final_response, save_answers
from assistant.how_read import render
from assistant.how_read.response import response_checks
from assistant.library.documents import SUPPORTED_SUFFIXES
from assistant.ui import downloads
from assistant.ui.easyread_box import easyread_box
from assistant.ui.gate import SIGNED_IN, needs
from assistant.ui.reading import reading_panel, response_sources_html, sources_panel
from assistant.ui.render import status_html
from assistant.ui.services import Services

COLUMNS = ["Number", "Question", "Kind", "Chapter", "Word limit", "Your position"]
KIND_HELP = (
    "Kind: **open** questions are drafted; **choice** questions get a one-line suggested "
    "choice; **about you** questions are listed for you to fill in. Change a kind in the table."
)
FILE_TYPES = list(SUPPORTED_SUFFIXES)
SIGN_OFF = (
    " Each answer is saved in History as a draft named for its question: ask for review and "
    "have an approver approve each one there, then press “Make the final version”."
)


def find(file: str | None) -> tuple[Any, Any, str, str]:
    """Extract the questions into an editable table; say what was found or what went wrong,
    and what the reader was unsure of (shown beside the table)."""
    if not file:
        message = status_html("Choose a consultation document first.", "error")
        return gr.skip(), gr.skip(), message, gr.skip()
    try:
        found = extract_questions(Path(file))
    except AssistantError as exc:
        return gr.skip(), None, status_html(str(exc), "error"), ""
    rows = [[q.number, q.text, q.kind, q.chapter, q.word_limit or "", ""] for q in found.questions]
    closing = f", closing {found.closing_date_text}" if found.closing_date else ""
    message = f"Found {len(rows)} questions in “{found.title}”{closing}. Check them below."
    return rows, found, status_html(message, "done"), notes_markdown(found)


def notes_markdown(found: Consultation) -> str:
    """What to check in the table: numbers made unique, labels left out, possible questions."""
    if not found.notes:
        return f"{KIND_HELP}\n\nNothing uncertain was found."
    notes = "\n".join(f"- {note}" for note in found.notes)
    return f"{KIND_HELP}\n\n**Check these in the table:**\n\n{notes}"


def _edited(found: Consultation, rows: Any) -> Consultation:
    """The consultation with the table as the user left it (rows edited, added or removed)."""
    values = rows.values.tolist() if hasattr(rows, "values") else list(rows or [])
    options = {q.text: q.options for q in found.questions}  # the table does not show them
    items: list[QuestionItem] = []
    for row in values:
        number, text, kind, chapter, limit, stance = (list(row) + [""] * 6)[:6]
        if not str(text or "").strip():
            continue
        items.append(
            QuestionItem(
                number=str(number or len(items) + 1),
                text=str(text),
                chapter=str(chapter or ""),
                kind=str(kind or "").strip() or None,
                options=options.get(str(text), ()),
                word_limit=int(float(limit)) if str(limit or "").strip() else None,
                stance=str(stance).strip() or None,
            )
        )
    return apply_edits(found, QuestionsFile(questions=tuple(items)))


def draft_all(
    services: Services,
    found: Consultation | None,
    rows: Any,
    profile_file: str | None,
    progress: gr.Progress | None = None,
) -> tuple[Any, ...]:
    """(response text, Word file, Markdown file, status, sources that open the documents, the
    response and its answers' drafts in History, kept for its final version, and how each
    answer will be read)."""
    if found is None:
        message = status_html("Find the questions first.", "error")
        return gr.skip(), gr.skip(), gr.skip(), message, gr.skip(), gr.skip(), gr.skip()
    try:
        consultation = _edited(found, rows)
        profile = load_profile(Path(profile_file)) if profile_file else None

        def tick(done: int, total: int, question: Any) -> None:
            if progress is not None:
                progress((done - 1, total), desc=f"Question {done} of {total}")

        response = respond(services.assistant(), consultation, profile, progress=tick)
    except (AssistantError, ValidationError, ValueError) as exc:
        message = status_html(str(exc).splitlines()[0], "error")
        return gr.skip(), gr.skip(), gr.skip(), message, gr.skip(), gr.skip(), gr.skip()
    folder = downloads.new_folder(services.settings, "response")
    team = services.team()
    mark = DRAFT_MARK if team else ""  # approved answer by answer, in History
    drafts = save_answers(services.history, response, SIGNED_IN.get()) if team else ()
    docx = write_export(response, folder / "consultation-response.docx", marking=mark)
    saved = write_export(response, folder / "consultation-response.md", marking=mark)
    flagged = len(response.flagged)
    verb = "has" if flagged == 1 else "have"
    message = f"Drafted {plural(len(response.answers), 'answer')}; {flagged} {verb} checks to make."
    if team:
        message += SIGN_OFF if drafts else " They were not saved in History, so cannot be approved."
    return (
        markdown_of(response),
        gr.update(value=str(docx), interactive=True),
        gr.update(value=str(saved), interactive=True),
        status_html(message, "done"),
        response_sources_html(response),
        (response, drafts) if drafts else None,
        render.response_markdown(response_checks(response)),
    )


def make_final(services: Services, kept: Any) -> tuple[Any, Any, str]:
    """(Word file, Markdown file, status): the response as approved in History, or why not."""
    if not services.team():
        said = "With no users set up nothing needs approving: the downloads are final as they are."
        return gr.skip(), gr.skip(), status_html(said, "done")
    store = services.history.store
    if not kept or store is None:
        why = "Draft every answer first; on a team each answer is then approved in History."
        return gr.skip(), gr.skip(), status_html(why, "error")
    response, drafts = kept
    try:
        approved, closing = final_response(store, response, drafts)
    except AssistantError as exc:
        return gr.skip(), gr.skip(), status_html(str(exc), "error")
    folder = downloads.new_folder(services.settings, "response")
    docx = write_export(approved, folder / "consultation-response.docx", closing=closing)
    saved = write_export(approved, folder / "consultation-response.md", closing=closing)
    message = "The final version, every answer approved, is in both downloads."
    return (
        gr.update(value=str(docx), interactive=True),
        gr.update(value=str(saved), interactive=True),
        status_html(message, "done"),
    )


def _save_markdown(services: Services, text: str) -> str:
    """The Markdown as the user edited it on the page, saved for the download button."""
    folder = downloads.new_folder(services.settings, "response")
    return str(write_text(folder / "consultation-response.md", text))


def build(services: Services) -> None:
    """Lay out the tab inside the current gr.Blocks context."""
    gr.Markdown(
        "Upload a consultation document. The assistant finds its questions; correct the list "
        "if needed (edit, add or delete rows), then draft an answer to every question."
    )
    document = gr.File(label="Consultation document", file_types=FILE_TYPES)
    find_button = gr.Button("Find the questions", elem_id="consult-find")
    status = gr.HTML(status_html("Ready."), elem_id="consult-status", elem_classes=["live-status"])
    with gr.Row():
        with gr.Column(scale=4):
            table = gr.Dataframe(
                headers=COLUMNS,
                label="Questions (you can edit this table)",
                interactive=True,
                wrap=True,
                # Without widths each column takes the page's full width and scrolls sideways.
                column_widths=["8%", "44%", "10%", "16%", "10%", "12%"],
                elem_id="consult-questions",
            )
        with gr.Column(scale=1, min_width=220):
            notes = gr.Markdown(KIND_HELP, elem_id="consult-notes")
    profile = gr.File(label="Your organisation profile (optional)", file_types=[".toml", ".json"])
    draft_button = gr.Button("Draft every answer", variant="primary", elem_id="consult-draft")
    with gr.Row(equal_height=False):
        response = gr.Textbox(
            label="The response (you can edit it; the Markdown download keeps your edits)",
            lines=20,
            buttons=["copy"],
            scale=3,
        )
        # Before sending: how an analyst's first pass will read each drafted answer.
        how_read = gr.Markdown("", elem_id="consult-how-read", container=True, scale=2)
    with gr.Row():
        docx = gr.DownloadButton("Download Word (.docx), as drafted", interactive=False)
        markdown = gr.DownloadButton("Download Markdown (.md)", interactive=False)
    save = gr.Button("Save my edits to the Markdown download")
    final = gr.Button(
        "Make the final version (on a team: every answer approved in History)",
        elem_id="consult-final",
    )
    easyread_box(services, response, "consult")  # the response in Easy Read
    sources = sources_panel("consult-sources")
    reading_panel(services, sources, status, "consult-reading")
    found = gr.State(None)
    kept = gr.State(None)  # the response and its answers' drafts in History

    find_button.click(
        needs(Action.WRITE, find),
        [document],
        [table, found, status, notes],
        api_name="consultation_questions",
    )

    def drafter(f: Any, rows: Any, p: str | None, progress: gr.Progress = gr.Progress()) -> Any:  # noqa: B008
        return draft_all(services, f, rows, p, progress)

    draft_button.click(
        needs(Action.WRITE, drafter),
        [found, table, profile],
        [response, docx, markdown, status, sources, kept, how_read],
        api_name="consultation_respond",
    )
    final.click(
        lambda k: make_final(services, k),
        [kept],
        [docx, markdown, status],
        api_name="consultation_final",
    )
    save.click(
        needs(
            Action.WRITE,
            lambda text: (
                gr.update(value=_save_markdown(services, text or ""), interactive=True),
                status_html("Your edits are in the Markdown download.", "done"),
            ),
        ),
        [response],
        [markdown, status],
        api_visibility="private",
    )

"""The Draft tab: one consultation question in, a cited, checked, editable draft out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.accounts import Action
from assistant.answering.profile import OrganisationProfile, load_profile
from assistant.answering.reading_view import present_documents
from assistant.answering.writing.base import EventKind
from assistant.checks.readability import describe, reading_ease
from assistant.core.errors import AssistantError
from assistant.core.result_facts import Stance
from assistant.core.schema import GroundedText
from assistant.export import DRAFT_MARK, plain_text_of, write_export
from assistant.how_read import how_read, render
from assistant.rendering.checks import flagged_count
from assistant.settings import WRITERS
from assistant.ui import downloads
from assistant.ui.check_box import check_box
from assistant.ui.easyread_box import easyread_box
from assistant.ui.gate import SIGNED_IN, needs
from assistant.ui.reading import reading_panel, result_sources_html, sources_panel
from assistant.ui.render import findings_markdown, not_used_markdown, status_html
from assistant.ui.reopen import BROWSER_SECRET, Reopen
from assistant.ui.services import Services
from assistant.ui.streaming import Done, stream_events

STANCES = [stance.value for stance in Stance]
PROFILE_FIELDS = ("name", "represents", "area", "about", "lived_experience")
WRITING = "Writing the draft in plain English…"


def _profile(values: dict[str, str]) -> OrganisationProfile | None:
    fields = {k: v.strip() for k, v in values.items() if v and v.strip()}
    return OrganisationProfile.model_validate(fields) if fields else None


def _exports(services: Services, result: GroundedText) -> tuple[str, str, str]:
    """Write the Word and Markdown files for download; return their paths and plain text."""
    folder = downloads.new_folder(services.settings, "draft")
    mark = DRAFT_MARK if services.team() else ""  # a team approves it in History first
    docx = write_export(result, folder / "consultation-draft.docx", marking=mark)
    markdown = write_export(result, folder / "consultation-draft.md", marking=mark)
    return str(docx), str(markdown), plain_text_of(result)


def how_read_panel(result: GroundedText) -> str:
    """Beside the draft: how an analyst's first pass will read it (assistant/how_read), or for
    the outline of a question the library does not cover, its reading ease alone."""
    if result.refused:
        return describe(reading_ease(result.written))
    return render.markdown(how_read(result.question, result.text))


def _outputs(services: Services, result: GroundedText, message: str) -> tuple[Any, ...]:
    docx, markdown, plain = _exports(services, result)
    score = how_read_panel(result)
    return (
        result.text,
        score,
        findings_markdown(result.findings, result.refused) + not_used_markdown(result),
        result_sources_html(result),
        status_html(message, "done"),
        gr.update(value=docx, interactive=True),
        gr.update(value=markdown, interactive=True),
        plain,
        result.text,
        result,
    )


def write_draft(services: Services, *args: Any) -> Iterator[tuple[Any, ...]]:
    """Yield the page's outputs: the draft's text as a model writes it, then the checked draft."""
    question, stance, points, words, generator, *profile_values = args
    if not (question or "").strip():
        yield _unchanged(status_html("Type the consultation question first.", "error"))
        return
    yield _unchanged(status_html("Looking in the library…", "busy"))
    written = ""
    try:
        profile = _profile(dict(zip(PROFILE_FIELDS, profile_values, strict=True)))
        key_points = [p.strip() for p in (points or "").splitlines() if p.strip()]
        assistant = services.assistant(generator)
        for item in stream_events(
            lambda on_event: assistant.draft(
                question,
                profile=profile,
                stance=stance,
                key_points=key_points,
                words=int(words or 0),
                on_event=on_event,
            )
        ):
            if isinstance(item, Done):
                result: GroundedText = item.result
            elif item.kind == EventKind.TEXT:
                first = not written
                written += item.text
                status = status_html(WRITING, "busy") if first else gr.skip()
                yield _unchanged(status, view=written.rstrip() + " …")
            elif item.kind == EventKind.STATUS:
                yield _unchanged(status_html(item.text, "busy"))
    except (AssistantError, ValueError) as exc:
        yield _unchanged(status_html(str(exc).splitlines()[0], "error"))
        return
    count = result.draft.words if result.draft else 0
    notices = " ".join(result.notices)
    note = f"{notices} " if notices else ""
    if result.refused:
        yield _outputs(
            services,
            result,
            f"{note}The library does not cover this question: "
            "no draft was written. See the outline.",
        )
        return
    note += f"Draft ready: {count} words, {len(result.evidence)} sources"
    note += f", {flagged_count(result.findings)}."
    yield _outputs(services, result, note)


def recheck(services: Services, edited: str, result: GroundedText | None) -> tuple[Any, ...]:
    """Check the user's edited text against the same evidence, and refresh the downloads."""
    if result is None or not (edited or "").strip():
        return _unchanged(status_html("Write a draft first.", "error"))
    updated = services.assistant().recheck(result, edited)
    flags = len(updated.findings)
    notices = " ".join(updated.notices)
    note = f"{notices} Your edits were checked: {flags} check(s) flagged.".strip()
    return _outputs(services, updated, note)


def _unchanged(status: Any, view: Any = None) -> tuple[Any, ...]:
    """Only the status (and, while a model writes, the formatted view) changes."""
    view = gr.skip() if view is None else view
    return (gr.skip(),) * 4 + (status,) + (gr.skip(),) * 3 + (view, gr.skip())


def load_profile_file(file: str | None) -> tuple[Any, ...]:
    if not file:
        return (gr.skip(),) * 7 + (status_html("No profile file chosen.", "error"),)
    try:
        profile = load_profile(Path(file))
    except AssistantError as exc:
        return (gr.skip(),) * 7 + (status_html(str(exc), "error"),)
    values = [getattr(profile, name) or "" for name in PROFILE_FIELDS]
    return (
        *values,
        profile.stance,
        "\n".join(profile.key_points),
        status_html(f"Profile loaded: {profile.name or 'no name given'}.", "done"),
    )


def keep(services: Services, draft_id: str | None, out: tuple[Any, ...], label: str) -> Any:
    """Save a finished write or a checked edit as a version: (saved note, draft id)."""
    result = out[-1]
    if not isinstance(result, GroundedText):  # still writing, or nothing written or checked
        return gr.skip(), gr.skip()
    entry = services.history.save_draft(draft_id, result, label, SIGNED_IN.get())
    if entry is None:
        return f"**Not saved:** {services.history.problem or 'history is unavailable.'}", draft_id
    return f"Saved in History as version {entry.seq} of this draft.", entry.item_id


def reopen(services: Services, draft_id: str | None) -> tuple[Any, ...]:
    """The saved draft back in the tab: its question, latest version and any unsaved edit."""
    saved = services.history.find(draft_id)
    if saved is None or saved.latest is None:
        return (gr.skip(),) * 12 + (None,)
    result, count = saved.latest, len(saved.entries)
    message = f"Draft reopened: {saved.item.title} (version {count})."
    out = list(_outputs(services, result, message))
    out[3] = result_sources_html(result, present_documents(services.store, result.evidence))
    if saved.item.working and saved.item.working != result.text:
        out[0] = saved.item.working  # typed but not yet checked: kept as typed
        out[4] = status_html(f"{message[:-1]}, with your unsaved edits in the text box.", "done")
    note = f"Version {count} of this draft, saved {saved.entries[-1].created[:16]}."
    return (result.question, *out, note.replace("T", " "), saved.item.id)


def build(services: Services) -> Reopen:
    """Lay out the tab inside the current gr.Blocks context; return how to reopen a draft."""
    gr.Markdown(
        "Paste one consultation question. The draft opens in your organisation's voice, "
        "gives reasons quoted from the sources with numbers like [1], and is checked."
    )
    question = gr.Textbox(label="Consultation question", lines=3, elem_id="draft-question")
    with gr.Accordion("Your organisation (optional)", open=False):
        profile_file = gr.File(
            label="Load a saved profile (TOML or JSON)", file_types=[".toml", ".json"]
        )
        name = gr.Textbox(label="Organisation name", elem_id="draft-name")
        represents = gr.Textbox(label="Who you represent")
        area = gr.Textbox(label="Area")
        about = gr.Textbox(label="About your work", lines=3)
        lived = gr.Textbox(label="Lived experience", lines=3)
    with gr.Row():
        stance = gr.Radio(STANCES, value="no view", label="Your position", elem_id="draft-stance")
        words = gr.Number(value=services.settings.draft_words, precision=0, label="Word limit")
        # Radio buttons, not a dropdown: Gradio's dropdown points aria-controls at a list that
        # is not in the page until it opens, which screen readers (and axe) reject.
        generator = gr.Radio(
            [(writer.label, writer.name) for writer in WRITERS],
            value=services.settings.generator,
            label="Writer",
        )
    points = gr.Textbox(label="Key points to make (one per line)", lines=3)
    write = gr.Button("Write draft", variant="primary", elem_id="draft-button")
    status = gr.HTML(status_html("Ready."), elem_id="draft-status", elem_classes=["live-status"])
    with gr.Row(equal_height=False):
        view = gr.Markdown("", label="Draft", elem_id="draft-view", container=True, scale=3)
        # "How it will be read" (and the reading ease), beside the draft it is about.
        readability = gr.Markdown("", elem_id="draft-how-read", container=True, scale=2)
    with gr.Accordion("Edit the text", open=False, elem_id="draft-edit"):
        draft = gr.Textbox(
            label="Draft (you can edit it)", lines=16, elem_id="draft-text", buttons=["copy"]
        )
        recheck_button = gr.Button("Check my edits and update the downloads")
    with gr.Row():
        docx = gr.DownloadButton("Download Word (.docx)", interactive=False)
        markdown = gr.DownloadButton("Download Markdown (.md)", interactive=False)
    plain = gr.Textbox(label="Plain text to paste into an online form", lines=6, buttons=["copy"])
    with gr.Row():
        checks = gr.Markdown("", elem_id="draft-checks")
        sources = sources_panel("draft-sources")
    reading_panel(services, sources, status, "draft-reading")
    saved_note = gr.Markdown("", elem_id="draft-saved")
    easyread_box(services, draft, "draft")  # the draft's Easy Read version (ui/easyread_box.py)
    check_box(services)  # "Check my own response" (ui/check_box.py)
    last = gr.State(None)
    # The open draft's id (not part of the /draft API), kept in the browser too, so a reload or
    # a restart of the app opens the same draft; its text is in the history file.
    draft_id = gr.State(None)
    remembered = gr.BrowserState(
        None, storage_key="draft-open", secret=BROWSER_SECRET, render=False
    )
    draft_id.change(lambda v: v, draft_id, remembered, api_visibility="private")

    outputs = [draft, readability, checks, sources, status, docx, markdown, plain, view, last]
    kept = [saved_note, draft_id]
    profile_inputs = [name, represents, area, about, lived]

    def handler(*values: Any) -> Iterator[tuple[Any, ...]]:
        *inputs, open_id = values
        for out in write_draft(services, *inputs):
            yield (*out, *keep(services, open_id, out, "written"))

    write.click(
        needs(Action.WRITE, handler),
        [question, stance, points, words, generator, *profile_inputs, draft_id],
        outputs + kept,
        api_name="draft",
    )

    def rechecked(text: str, result: GroundedText | None, open_id: str | None) -> Any:
        out = recheck(services, text, result)
        return (*out, *keep(services, open_id, out, "edited"))

    recheck_button.click(
        needs(Action.WRITE, rechecked),
        [draft, last, draft_id],
        outputs + kept,
        api_visibility="private",
    )
    draft.input(
        needs(Action.WRITE, lambda text, open_id: services.history.keep_working(open_id, text)),
        [draft, draft_id],
        None,
        trigger_mode="always_last",
        show_progress="hidden",
        api_visibility="private",
    )
    profile_file.upload(
        needs(Action.WRITE, load_profile_file),
        [profile_file],
        [*profile_inputs, stance, points, status],
        api_visibility="private",
    )
    return Reopen(
        lambda saved_id: reopen(services, saved_id),
        remembered,
        draft_id,
        [question, *outputs, *kept],
    )

"""The Draft tab: one consultation question in, a cited, checked, editable draft out."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.errors import AssistantError
from assistant.evidence.forget import RULE as REMOVED
from assistant.evidence.forget import still_held
from assistant.evidence.positions import RULE as PAST_POSITION
from assistant.evidence.store import EvidenceStore
from assistant.export import to_plain_text, write_export
from assistant.profile import OrganisationProfile, load_profile
from assistant.readability import describe, flesch_reading_ease
from assistant.schema import GroundedText, Verification
from assistant.settings import GENERATORS
from assistant.ui.render import findings_markdown, sources_markdown, status_html
from assistant.ui.services import Services
from assistant.ui.streaming import Done, stream_events
from assistant.verify import verify

STANCES = ["agree", "disagree", "mixed", "no view"]
PROFILE_FIELDS = ("name", "represents", "area", "about", "lived_experience")
WRITER_LABELS = {
    "local": "Local model (writes prose, ~1-2 min)",
    "extractive": "Quotes only (instant)",
    "ollama": "Ollama model server",
    "openai": "OpenAI-compatible model server",
}
WRITING = "Writing the draft in plain English…"


def _profile(values: dict[str, str]) -> OrganisationProfile | None:
    fields = {k: v.strip() for k, v in values.items() if v and v.strip()}
    return OrganisationProfile.model_validate(fields) if fields else None


def _exports(result: GroundedText) -> tuple[str, str, str]:
    """Write the Word and Markdown files for download; return their paths and plain text."""
    folder = Path(tempfile.mkdtemp(prefix="draft-"))
    docx = write_export(result, folder / "consultation-draft.docx")
    markdown = write_export(result, folder / "consultation-draft.md")
    return str(docx), str(markdown), to_plain_text(result)


def _outputs(result: GroundedText, message: str) -> tuple[Any, ...]:
    docx, markdown, plain = _exports(result)
    score = describe(flesch_reading_ease(result.text))
    return (
        result.text,
        score,
        findings_markdown(result.findings, result.refused),
        sources_markdown(result.evidence),
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
            elif item.kind == "text":
                first = not written
                written += item.text
                status = status_html(WRITING, "busy") if first else gr.skip()
                yield _unchanged(status, view=written.rstrip() + " …")
            elif item.kind == "status":
                yield _unchanged(status_html(item.text, "busy"))
    except (AssistantError, ValueError) as exc:
        yield _unchanged(status_html(str(exc).splitlines()[0], "error"))
        return
    count = result.details.get("words", 0)
    notices = " ".join(str(n) for n in result.details.get("notices", ()))
    note = f"{notices} " if notices else ""
    note += f"Draft ready: {count} words, {len(result.evidence)} sources"
    flags = len(result.findings)
    note += f", {flags} check{'s' * (flags != 1)} flagged." if flags else ", no problems found."
    yield _outputs(result, note)


def recheck(services: Services, edited: str, result: GroundedText | None) -> tuple[Any, ...]:
    """Check the user's edited text against the same evidence, and refresh the downloads."""
    if result is None or not (edited or "").strip():
        return _unchanged(status_html("Write a draft first.", "error"))
    held = {item.id for item in EvidenceStore.from_settings(services.settings).items()}
    # An item of ours removed since the draft was written leaves it, with its sentences.
    kept = still_held(dataclasses.replace(result, text=edited), held)
    checked = verify(
        kept.text,
        kept.evidence,
        services.store.embeddings,
        min_support=services.settings.min_support,
        own_voice=result.task == "draft",
    )
    notes = tuple(f for f in kept.findings if f.rule in (REMOVED, PAST_POSITION))  # not re-run
    verification = Verification(checked.sentences, checked.findings + notes)
    updated = dataclasses.replace(kept, verification=verification)
    flags = len(verification.findings)
    return _outputs(updated, f"Your edits were checked: {flags} check(s) flagged.")


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


def build(services: Services) -> None:
    """Lay out the tab inside the current gr.Blocks context."""
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
            [(WRITER_LABELS.get(name, name), name) for name in GENERATORS],
            value=services.settings.generator,
            label="Writer",
        )
    points = gr.Textbox(label="Key points to make (one per line)", lines=3)
    write = gr.Button("Write draft", variant="primary", elem_id="draft-button")
    status = gr.HTML(status_html("Ready."), elem_id="draft-status", elem_classes=["live-status"])
    view = gr.Markdown("", label="Draft", elem_id="draft-view", container=True)
    readability = gr.Markdown("", elem_id="draft-readability")
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
        sources = gr.Markdown("", elem_id="draft-sources")
    last = gr.State(None)

    outputs = [draft, readability, checks, sources, status, docx, markdown, plain, view, last]
    profile_inputs = [name, represents, area, about, lived]

    def handler(*values: Any) -> Iterator[tuple[Any, ...]]:
        yield from write_draft(services, *values)

    write.click(
        handler,
        [question, stance, points, words, generator, *profile_inputs],
        outputs,
        api_name="draft",
    )
    recheck_button.click(
        lambda text, result: recheck(services, text, result),
        [draft, last],
        outputs,
        api_visibility="private",
    )
    profile_file.upload(
        load_profile_file,
        [profile_file],
        [*profile_inputs, stance, points, status],
        api_visibility="private",
    )

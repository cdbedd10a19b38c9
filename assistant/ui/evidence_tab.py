"""The "Our evidence" tab: record members' experiences and the organisation's own record with
their consent, see every item with its consent and what redaction masked, import a past
response, remove an item. A thin face over `assistant.evidence`, like `assistant evidence`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from assistant.accounts import Action
from assistant.core.errors import AssistantError
from assistant.core.text import plural
from assistant.evidence.listing import (
    CONSENT_LABELS,
    HEADERS,
    choice_label,
    masked_text,
    row,
    split_tags,
)
from assistant.evidence.model import Consent, Kind, check_date, new_item
from assistant.evidence.past import items_from_response
from assistant.evidence.store import EvidenceStore
from assistant.evidence.use import source_label
from assistant.history.evidence_removal import remove_item
from assistant.ui.gate import needs
from assistant.ui.render import status_html
from assistant.ui.services import Services

KINDS = [k.value for k in Kind]
CONSENTS = [(label, c.value) for c, label in CONSENT_LABELS.items()]
INTRO = (
    "Your organisation's own evidence: what members have told you, survey findings, responses "
    "you have already sent, facts about your organisation. It stays on this computer, apart "
    "from published sources. Names, contact details and other personal data are masked before "
    "any use as the consent allows; background-only items are never quoted."
)


def _store(services: Services) -> EvidenceStore:
    return EvidenceStore.from_settings(services.settings)


def refresh(services: Services) -> tuple[list[list[str]], Any]:
    """The list and the removable items as they are now."""
    items = _store(services).items()
    choices = [(choice_label(i), i.id) for i in items]
    return [row(i) for i in items], gr.update(choices=choices, value=None)


def add(services: Services, *form: Any) -> tuple[Any, Any, str]:
    """Record one item from the form; say what was masked, or what is wrong with the form."""
    kind, text, given_by, date, consent, consent_date, tags = form
    try:
        item = new_item(
            kind or "",
            text or "",
            given_by=given_by or "",
            date=date,
            consent=consent,
            consent_date=consent_date,
            tags=split_tags(tags),
        )
        _store(services).add(item)
    except AssistantError as exc:
        return gr.skip(), gr.skip(), status_html(str(exc), "error")
    message = f"Added {item.id}: {source_label(item)}. Masked before use: {masked_text(item)}."
    if item.consent is Consent.NONE_RECORDED:
        message += " No consent recorded: it is kept but never quoted until you record it."
    return *refresh(services), status_html(message, "done")


def import_response(
    services: Services, file: str | None, consultation: str | None, date: str | None
) -> tuple[Any, Any, str]:
    """Each answer of a response already sent becomes a past-response item."""
    if not file:
        return gr.skip(), gr.skip(), status_html("Choose the response file first.", "error")
    try:
        items = items_from_response(Path(file), consultation or "", date=check_date(date))
        _store(services).add(*items)
    except AssistantError as exc:
        return gr.skip(), gr.skip(), status_html(str(exc), "error")
    message = (
        f"Added {plural(len(items), 'answer')} from {Path(file).name} "
        f"as past responses to {items[0].consultation}."
    )
    return *refresh(services), status_html(message, "done")


def remove(services: Services, item_id: str | None) -> tuple[Any, Any, str]:
    if not item_id:
        return gr.skip(), gr.skip(), status_html("Choose an item to remove.", "error")
    try:
        _, problem = remove_item(services.settings, item_id)
    except AssistantError as exc:
        return gr.skip(), gr.skip(), status_html(str(exc), "error")
    message = f"Removed {item_id}; nothing of it is kept, and drafts that cited it drop it."
    if problem:
        return *refresh(services), status_html(f"{message} {problem}", "error")
    return *refresh(services), status_html(message, "done")


def build(services: Services, tab: gr.Tab | None = None) -> None:
    """Lay out the tab inside the current gr.Blocks context; `tab`: refresh it when opened."""
    gr.Markdown(INTRO)
    with gr.Group():
        gr.Markdown("## Add an item")
        kind = gr.Radio(KINDS, value=KINDS[0], label="Kind", elem_id="evidence-kind")
        text = gr.Textbox(
            label="What was said or found",
            lines=4,
            info="As it was given. Personal data is masked before use; the original is kept here.",
            elem_id="evidence-text",
        )
        with gr.Row():
            given_by = gr.Textbox(
                label="Who gave it (a role, not a name)",
                placeholder="member, wheelchair user",
                elem_id="evidence-given-by",
            )
            date = gr.Textbox(
                label="When (YYYY-MM)", placeholder="2026-03", elem_id="evidence-date"
            )
        consent = gr.Radio(
            CONSENTS,
            value=Consent.NONE_RECORDED.value,
            label="Consent: how it may be used",
            elem_id="evidence-consent",
        )
        with gr.Row():
            consent_date = gr.Textbox(
                label="Consent given on (YYYY-MM)", placeholder="2026-03", elem_id="evidence-cdate"
            )
            tags = gr.Textbox(
                label="Topics (separated by commas)",
                placeholder="transport, buses",
                elem_id="evidence-tags",
            )
        add_button = gr.Button("Add to our evidence", variant="primary", elem_id="evidence-add")
    status = gr.HTML(status_html("Ready."), elem_id="evidence-status", elem_classes=["live-status"])
    table = gr.Dataframe(
        value=[],  # filled when the tab opens (a role check and the audit log see it)
        headers=HEADERS,
        label="Our evidence (consent shown on every item)",
        interactive=False,
        wrap=True,
        column_widths=["10%", "10%", "11%", "7%", "15%", "33%", "14%"],
        elem_id="evidence-table",
    )
    with gr.Row():
        chosen = gr.Radio([], value=None, label="Remove an item", elem_id="evidence-items")
        remove_button = gr.Button("Remove", variant="stop", elem_id="evidence-remove")
    with gr.Group():
        gr.Markdown("## Import a response you already sent")
        response = gr.File(
            label="The response: Word (.docx), PDF or Markdown",
            file_count="single",
            elem_id="evidence-response",
        )
        with gr.Row():
            consultation = gr.Textbox(
                label="The consultation it answered", elem_id="evidence-consultation"
            )
            sent = gr.Textbox(label="Sent on (YYYY-MM)", placeholder="2024-05")
        import_button = gr.Button("Import its answers", elem_id="evidence-import")

    form = [kind, text, given_by, date, consent, consent_date, tags]
    outputs = [table, chosen, status]
    add_button.click(
        needs(Action.WRITE, lambda *v: add(services, *v)), form, outputs, api_name="evidence_add"
    )
    remove_button.click(
        needs(Action.REMOVE, lambda i: remove(services, i), "an evidence item"),
        [chosen],
        outputs,
        api_name="evidence_remove",
    )
    import_button.click(
        needs(Action.WRITE, lambda f, c, d: import_response(services, f, c, d)),
        [response, consultation, sent],
        outputs,
        api_name="evidence_import",
    )
    listing = gr.Button("Refresh the list")
    view = needs(Action.SEE_EVIDENCE, lambda: refresh(services), "the list")
    listing.click(view, None, [table, chosen], api_name="evidence_list")
    if tab is not None:
        tab.select(view, None, [table, chosen], api_visibility="private")

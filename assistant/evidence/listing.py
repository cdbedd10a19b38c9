"""Our evidence as people see it in a list: consent on every item, the redacted text, and what
the redaction masked. One place, so the web page and the command line say the same things.
"""

from __future__ import annotations

from assistant.evidence.model import Consent, EvidenceItem
from assistant.evidence.use import shown

HEADERS = ["Id", "Kind", "Given by", "Date", "Consent", "Text (as it may be shown)", "Masked"]
PREVIEW_CHARS = 300

CONSENT_LABELS = {  # what a form offers, in the words a member's consent form would use
    Consent.QUOTE_ANONYMOUSLY: "Quote anonymously (names and contact details masked)",
    Consent.QUOTE_WITH_NAME: "Quote with their name (contact details still masked)",
    Consent.BACKGROUND_ONLY: "Background only (never quoted)",
    Consent.NONE_RECORDED: "Not recorded yet (kept, never quoted)",
}


def consent_text(item: EvidenceItem) -> str:
    """ "quote anonymously, given 2026-03" or "none recorded: never quoted"."""
    if item.consent is Consent.NONE_RECORDED:
        return "none recorded: never quoted"
    given = f", given {item.consent_date}" if item.consent_date else ", date not recorded"
    never = "" if item.quotable else ": never quoted"
    return f"{item.consent.value}{given}{never}"


def masked_text(item: EvidenceItem) -> str:
    """What redaction hid, as kind and first letters ("name: S… J…"), or "nothing"."""
    masked = shown(item).masked
    return "; ".join(f"{m.kind.value}: {m.hint}" for m in masked) or "nothing"


def row(item: EvidenceItem) -> list[str]:
    text = " ".join(shown(item).text.split())
    if len(text) > PREVIEW_CHARS:
        text = text[: PREVIEW_CHARS - 1] + "…"
    if item.figure:
        text = f"{item.figure}: {text}"
    if item.consultation:
        text = f"({item.consultation}, {item.question or 'question not recorded'}) {text}"
    return [
        item.id,
        item.kind.value,
        item.given_by or "-",
        item.date or "-",
        consent_text(item),
        text,
        masked_text(item),
    ]


def choice_label(item: EvidenceItem) -> str:
    """How an item is named where one is chosen (to remove it): id, kind and its first words."""
    words = " ".join(shown(item).text.split()[:8])
    return f"{item.id}: {item.kind.value}, {words}…"


def split_tags(text: str | None) -> list[str]:
    """ "transport, buses; ramps" -> ["transport", "buses", "ramps"]."""
    return [t.strip() for t in (text or "").replace(";", ",").split(",") if t.strip()]

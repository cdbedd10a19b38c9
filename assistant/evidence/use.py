"""What each use of an item may show: the quotable words, the background, the source label.

One place decides, from the consent, what leaves the store: a draft, the sources list, the
retrieval index and the CLI all ask here, so a scope means the same thing everywhere.
"""

from __future__ import annotations

from assistant.evidence.model import Consent, EvidenceItem
from assistant.evidence.redact import Redacted, redact


def shown(item: EvidenceItem) -> Redacted:
    """The item's text as it may be shown to the organisation's own users (always redacted).

    Items that may not be quoted are masked fully, as for an anonymous quote.
    """
    scope = item.consent if item.consent.quotable else Consent.QUOTE_ANONYMOUSLY
    return redact(item.text, scope)


def quotable(item: EvidenceItem) -> Redacted | None:
    """The redacted words a draft may quote, or None: background and unconsented items never."""
    return redact(item.text, item.consent) if item.consent.quotable else None


def source_label(item: EvidenceItem) -> str:
    """How a draft's sources list names the item: "member experience (anonymised, consent
    given 2026-03)", never the person."""
    how = {
        Consent.QUOTE_ANONYMOUSLY: "anonymised",
        Consent.QUOTE_WITH_NAME: "quoted with permission",
        Consent.BACKGROUND_ONLY: "background only",
        Consent.NONE_RECORDED: "no consent recorded",
    }[item.consent]
    given = f", consent given {item.consent_date}" if item.consent_date else ""
    figure = f", {item.figure}" if item.figure else ""
    return f"{item.kind.value} ({how}{given}{figure})"


def indexed_text(item: EvidenceItem) -> str:
    """What the search index embeds: the shown text, after its question for a past response
    (the question says what the answer is about)."""
    text = shown(item).text
    if item.question:
        return f"{redact(item.question, Consent.QUOTE_ANONYMOUSLY).text}\n{text}"
    return text

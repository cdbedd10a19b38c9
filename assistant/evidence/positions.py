"""Consistency with our past positions: a new draft that takes another stance than a response
the organisation already sent on the same topic gets a note among its checks, citing that
answer.

Not an error and never blocking: the organisation may have changed its mind, but it should do
so knowingly (an official reading both responses will notice). Past answers come from the
`past response` items most similar to the question (their question and answer are embedded
together); their stance is read from their opening words (`checks.stance.stance_in`, the
inverse of how a draft states its own), and the new draft's stance is the one it was asked to
take. Background-only items count too: the note is for the organisation's eyes, not a quote.
"""

from __future__ import annotations

from dataclasses import replace

from langchain_core.embeddings import Embeddings

from assistant.checks.stance import stance_in
from assistant.core.schema import Finding, FindingRule, GroundedText, Verification
from assistant.evidence.index import EvidenceIndex, Hit
from assistant.evidence.model import Kind
from assistant.evidence.store import EvidenceStore
from assistant.settings import Settings

RULE = FindingRule.PAST_POSITION
MAX_NOTES = 2  # the closest past answers; more would bury the draft's own checks
QUOTE_CHARS = 240
_SAID = {"agree": "agreed", "disagree": "disagreed", "mixed": "had mixed views"}
_TAKES = {"agree": "agrees", "disagree": "disagrees", "mixed": "has mixed views"}


def differing_positions(
    settings: Settings, embeddings: Embeddings, topic: str, stance: str
) -> tuple[Finding, ...]:
    """A note for each past answer on `topic` whose stance is not `stance`."""
    if stance not in _TAKES:
        return ()  # "no view": nothing to contradict
    index = EvidenceIndex(EvidenceStore.from_settings(settings), embeddings)
    notes = []
    for hit in index.scored(topic, settings.past_position_similarity):
        if hit.item.kind is not Kind.PAST_RESPONSE:
            continue
        past = stance_in(hit.item.text)
        if past is not None and past != stance:
            notes.append(_note(hit, past, stance))
        if len(notes) == MAX_NOTES:
            break
    return tuple(notes)


def _note(hit: Hit, past: str, stance: str) -> Finding:
    item = hit.item
    where = ", ".join(filter(None, [item.question, item.date]))
    source = f"our response to {item.consultation or 'an earlier consultation'}"
    quote = " ".join(hit.text.split())
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1].rstrip() + "…"
    return Finding(
        sentence=quote,
        problem=(
            f"In {source} ({where}; item {item.id}) we {_SAID[past]}; this draft "
            f"{_TAKES[stance]}. Not an error: check you mean to change position, and say why "
            "if you have."
        ),
        rule=RULE,
    )


def with_past_positions(
    result: GroundedText, settings: Settings, embeddings: Embeddings, topic: str
) -> GroundedText:
    """`result` with a note for each past answer that took another stance (none if refused)."""
    stance = str(result.draft.stance) if result.draft else ""
    if result.refused:
        return result
    notes = differing_positions(settings, embeddings, topic, stance)
    if not notes:
        return result
    checked = result.verification
    return replace(result, verification=Verification(checked.sentences, checked.findings + notes))

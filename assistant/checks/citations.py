"""Numbered evidence: the passages an answer cites as [n], with what a reader needs to check."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.core.schema import Evidence, Passage
from assistant.library.injection import SUSPECT_KEY, SUSPECT_PHRASE_KEY, instruction_phrase
from assistant.library.source_kinds import kind_label


def paragraphs_label(start: object, end: object) -> str:
    """ "3" for one paragraph, "3-4" for a run; empty when unknown."""
    if start in (None, "") or end in (None, ""):
        return ""
    return str(start) if str(start) == str(end) else f"{start}-{end}"


def _suspect_phrase(passage: Passage) -> str:
    """Marked at ingest, or (for a library ingested before marking existed) spotted now."""
    if passage.metadata.get(SUSPECT_KEY):
        return str(passage.metadata.get(SUSPECT_PHRASE_KEY, "")) or "instructions"
    return instruction_phrase(passage.text)


def build_evidence(passages: Sequence[Passage]) -> tuple[Evidence, ...]:
    """Number passages 1..k in retrieval order; the numbers are what [n] markers refer to.

    A passage that reads as instructions to an AI or the reader comes with `suspect` set.
    """
    return tuple(
        Evidence(
            n=index,
            id=p.id,
            doc_id=p.doc_id,
            title=p.title,
            kind=str(p.metadata.get("kind", "")),
            section=p.section,
            paragraphs=paragraphs_label(p.metadata.get("para_start"), p.metadata.get("para_end")),
            pages=paragraphs_label(p.metadata.get("page_start"), p.metadata.get("page_end")),
            quote=p.text,
            score=p.score,
            suspect=bool(phrase),
            suspect_phrase=phrase,
            references=str(p.metadata.get("references", "")),
            label=kind_label(str(p.metadata.get("kind", "")), str(p.metadata.get("publisher", ""))),
        )
        for index, p in enumerate(passages, start=1)
        for phrase in (_suspect_phrase(p),)
    )

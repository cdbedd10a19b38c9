"""Numbered evidence: the passages an answer cites as [n], with what a reader needs to check."""

from __future__ import annotations

import re
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


# A heading that opens with a section number ("3.2 Funding", "4. Who we asked") is cited by it;
# a year ("2024 in review") is not a section number.
_NUMBERED = re.compile(r"(?:section\s+)?(\d{1,2}(?:\.\d{1,3})*)\.?(?=\s|$)", re.IGNORECASE)
REMOVED = "document removed"


def section_label(section: str) -> str:
    """ "section 3.2" for a numbered heading, as a reader would cite it; else the heading."""
    found = _NUMBERED.match(section.strip())
    return f"section {found.group(1)}" if found else section


def location(evidence: Evidence) -> str:
    """Where in its document a passage is: "p. 14", "pp. 14-15" for a PDF passage, else
    "section 3.2, paragraph 4" (an unnumbered heading named as it stands); may be empty."""
    if evidence.pages:
        return f"pp. {evidence.pages}" if "-" in evidence.pages else f"p. {evidence.pages}"
    parts = []
    if evidence.section and evidence.section != evidence.title:
        parts.append(section_label(evidence.section))
    if evidence.paragraphs:
        label = "paragraphs" if "-" in evidence.paragraphs else "paragraph"
        parts.append(f"{label} {evidence.paragraphs}")
    return ", ".join(parts)


def describe(evidence: Evidence) -> str:
    """The one way a citation is written, on every face (page, CLI, Markdown, Word):
    "Title (kind), p. 14" for a PDF passage, else "Title (kind), section 3.2, paragraph 4".
    A source removed from the library since it was cited ends "(document removed)": the quote
    saved with the answer is all there is to check it by.
    """
    kind = evidence.label or evidence.kind
    parts = [f"{evidence.title} ({kind})" if kind else evidence.title]
    if where := location(evidence):
        parts.append(where)
    line = ", ".join(parts)
    return f"{line} ({REMOVED})" if evidence.removed else line

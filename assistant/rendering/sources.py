"""The one way a source is written, on every face (the page, the terminal, Markdown, plain
text, Word): where the passage is ("Title (kind), p. 14"), the passage quoted (shortened to
the same length everywhere) and the references it gives.

The terminal, the web page and the exported files once each wrote their sources list in their
own way (the quotation cut at 300 characters, 80 words or 60 words; the references in the
files only). A reader comparing the page with the Word file should see the same source.
"""

from __future__ import annotations

import re

from assistant.core.schema import Evidence
from assistant.core.text import shorten

HEADING = "Sources"
NONE = "No sources were cited."
QUOTE_WORDS = 60  # a longer source passage is shortened to this many words in a sources list

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


def source_quote(evidence: Evidence) -> str:
    """The passage as a sources list quotes it: at most QUOTE_WORDS words."""
    return shorten(evidence.quote, words=QUOTE_WORDS)


def source_line(evidence: Evidence) -> str:
    """ "[n] <where it comes from> — “quoted passage”", then any references it gives."""
    entry = f"[{evidence.n}] {describe(evidence)} — “{source_quote(evidence)}”"
    return f"{entry} {evidence.references}" if evidence.references else entry

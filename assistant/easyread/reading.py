"""The response sentences an Easy Read version is made from, read from a draft's or a whole
response's Markdown or plain text (as `assistant draft`, the consultation export and History
write them).

Only the answer itself is read: the sources list, the checks, the "before sending" notes, the
cover table and the key points left out are for the organisation, not for its members. Each
sentence is numbered from 1 so every Easy Read sentence can say which one it came from.
"""

from __future__ import annotations

import re

from assistant.core.text import split_sentences
from assistant.easyread.model import Source

# Headings (and "Label:" lines) whose section is not part of the answer.
SKIPPED = (
    "sources",
    "sources for this answer",
    "all sources",
    "before sending",
    "how to read this response",
    "checks to make before sending",
    "checks to make before using this",
    "key points not used here",
)
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LABEL = re.compile(r"^\*\*(?P<label>[^*]+?):?\*\*:?\s*(?P<rest>.*)$")
_SOURCE_LINE = re.compile(r"^\s*(?:[-*]\s+)?\[\d+\]\s")  # "[1] Briefing note: …"
_ASIDE = re.compile(r"^\*[^*].*\*$|^\|.*\|$|^```")  # an italic note line, a table row, a fence


def response_sentences(text: str) -> list[Source]:
    """The answer's sentences in order, each with the heading it sits under."""
    sources: list[Source] = []
    heading, skipping = "", False
    for block in _blocks(text):
        kind, body = block
        if kind == "heading":
            name = body.strip().rstrip(":")
            skipping = name.lower() in SKIPPED
            heading = "" if skipping else name
            continue
        if skipping:
            continue
        for sentence in split_sentences(body):
            if sentence.strip():
                sources.append(Source(len(sources) + 1, sentence.strip(), heading))
    return sources


def _blocks(text: str) -> list[tuple[str, str]]:
    """("heading", name) and ("text", paragraph) in order; notes, tables and sources dropped."""
    blocks: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        heading = _HEADING.match(line)
        label = _LABEL.match(line)
        if heading:
            blocks.append(("heading", heading[2].strip("# ")))
        elif label and label["label"].strip().lower() == "question":
            blocks.append(("heading", f"Question: {label['rest'].strip()}"))
        elif label and label["label"].strip().lower() in SKIPPED and label["rest"].strip():
            continue  # "**Before sending:** the check flagged …": a note, not a section
        elif line.rstrip(":").lower() in SKIPPED:
            blocks.append(("heading", line.rstrip(":")))
        elif _dropped(line, label):
            continue
        else:
            blocks.append(("text", raw))
    return _paragraphs(blocks)


def _dropped(line: str, label: re.Match[str] | None) -> bool:
    """A line for the organisation, not the answer: the DRAFT mark, a source, a note, a table
    row, an approval or a check's "in: …" line."""
    if label and label["label"].upper().startswith("DRAFT"):
        return True
    if _SOURCE_LINE.match(line) or _ASIDE.match(line):
        return True
    return line.lower().startswith(("approved by ", "in: "))


def _paragraphs(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Consecutive text lines joined into one paragraph (blank lines and bullets split them,
    as `split_sentences` does)."""
    out: list[tuple[str, str]] = []
    lines: list[str] = []
    for kind, body in [*blocks, ("heading", "")]:
        if kind == "text":
            lines.append(body)
            continue
        if lines:
            out.append(("text", "\n".join(lines)))
            lines = []
        if body:
            out.append((kind, body))
    return out

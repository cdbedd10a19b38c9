"""The one parser from Markdown to the typed text (`written_text.WrittenText`).

Why it exists: results saved before the typed text existed hold only their Markdown, a text the
user edits comes back as Markdown, and the quotes-only writer and the refusals are written as
Markdown. Each is read here, and only here, into sections of sentences, so no stage after the
writer keeps its own patterns for headings, lists or [n] markers.

It reads the small subset of Markdown a drafted answer uses, as the export always did: headings,
paragraphs (lines joined), bulleted and numbered items (an indented line continues the item
above), a rule or blank line between blocks, a leading ">" dropped. What each section is for
comes from the headings the quotes-only writer and the outline use ("## Our reasons", …);
anything else is `default` (`SectionKind.TEXT` unless the caller knows better).
"""

from __future__ import annotations

import re

from assistant.core.written_text import (
    LISTS,
    Form,
    Section,
    SectionKind,
    WrittenText,
    numbered,
    section,
)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
_BULLET = re.compile(r"^\s*[-*+•]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")

# The headings the writers and the outline give their sections (extractive.draft_text,
# asking.not_covered): what follows a heading is for what the heading says.
HEADING_KINDS = {
    "our position": SectionKind.POSITION,
    "our answer": SectionKind.ANSWER,
    "our reasons": SectionKind.REASON,
    "what we recommend": SectionKind.RECOMMENDATION,
    "the library does not cover this question": SectionKind.NOTICE,
    "an outline to write it yourself": SectionKind.NOTICE,
    "to draft it from sources": SectionKind.NOTICE,
}


def read_markdown(text: str, default: SectionKind = SectionKind.TEXT) -> WrittenText:
    """The typed text of a Markdown answer or draft (sentences named s1, s2, … in order)."""
    blocks: list[tuple[Form, str, int, str]] = []  # form, text, heading level, item number
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append((Form.PARAGRAPH, " ".join(lines), 0, ""))
            lines.clear()

    for line in text.splitlines():
        stripped = line.strip().lstrip(">").strip()
        if not stripped or _RULE.match(stripped):
            flush()
        elif found := _HEADING.match(stripped):
            flush()
            blocks.append((Form.HEADING, found[2], len(found[1]), ""))
        elif bullet := _BULLET.match(line):
            flush()
            blocks.append((Form.BULLET, bullet[1].strip(), 0, ""))
        elif number := _NUMBER.match(line):
            flush()
            blocks.append((Form.NUMBER, number[2].strip(), 0, number[1]))
        elif not lines and line[:1].isspace() and blocks and blocks[-1][0] in LISTS:
            form, item, level, n = blocks.pop()  # an indented line continues the item above
            blocks.append((form, f"{item} {stripped}", level, n))
        else:
            lines.append(stripped)
    flush()
    return numbered(_kinded(blocks, default))


def _kinded(blocks: list[tuple[Form, str, int, str]], default: SectionKind) -> list[Section]:
    """Each block as a section, its kind from the top-level heading above it."""
    sections: list[Section] = []
    kind, top = default, 99
    for form, text, level, number in blocks:
        if form == Form.HEADING:
            named = HEADING_KINDS.get(text.strip().rstrip(":").lower())
            if named is not None:
                kind, top = named, level
            elif level <= top:  # a heading the table does not know ends the section above
                kind, top = default, 99
        sections.append(section(kind, text, form, level, number))
    return sections

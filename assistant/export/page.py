"""A document to export as plain data: a title and a run of headings, paragraphs, lists and a
table. Answers, drafts and whole responses are each built into a `Page` once; the Markdown,
plain-text and Word writers each read any `Page`, so every format lays out every document alike.

Also here: reading the small subset of Markdown a drafted answer uses into the same blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
_BULLET = re.compile(r"^\s*[-*+•]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)")
# **bold**, __bold__ and *italic*; a lone * (as in "5 * 3") is left alone.
EMPHASIS = re.compile(r"\*\*(?P<b>.+?)\*\*|__(?P<u>.+?)__|(?<![\w*])\*(?P<i>[^\s*][^*]*?)\*(?!\w)")

LIST_KINDS = ("bullet", "number")


@dataclass(frozen=True)
class Block:
    """One unit of a page.

    kind: "heading" (level 1 and down; the page title is level 0), "para" (may hold **bold**
    and *italic*), "raw" (shown exactly as written: a quoted source may hold a * that is not
    emphasis), "bullet", "number" (consecutive ones are one list) or "table" (label, value rows).
    """

    kind: str
    text: str = ""
    level: int = 0
    number: str = ""
    rows: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Page:
    title: str
    subject: str  # the Word file's subject property
    author: str  # the Word file's author property ("" rather than "python-docx")
    blocks: tuple[Block, ...]
    marking: str = ""  # said on every page (Word's page header) and under the title: "DRAFT…"


def heading(text: str, level: int = 1) -> Block:
    return Block("heading", text, level)


def para(text: str) -> Block:
    return Block("para", text)


def raw(text: str) -> Block:
    return Block("raw", text)


def numbered(items: Iterable[str]) -> list[Block]:
    """A numbered list starting at 1."""
    return [Block("number", item, number=str(i)) for i, item in enumerate(items, 1)]


def text_blocks(text: str, shift: int = 0) -> list[Block]:
    """The small subset of Markdown a drafted answer uses, read into blocks; `shift` moves its
    headings down that many levels (an answer inside a whole response sits under its question).
    """
    blocks: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(para(" ".join(lines)))
            lines.clear()

    for line in text.splitlines():
        stripped = line.strip().lstrip(">").strip()
        if not stripped or _RULE.match(stripped):
            flush()
        elif found := _HEADING.match(stripped):
            flush()  # "#"/"##" -> level 1 under the document title, "###" -> 2, deeper -> 3
            level = min(max(len(found[1]) - 1, 1), 3)
            blocks.append(heading(found[2], level + shift))
        elif bullet := _BULLET.match(line):
            flush()
            blocks.append(Block("bullet", bullet[1].strip()))
        elif number := _NUMBER.match(line):
            flush()
            blocks.append(Block("number", number[2].strip(), number=number[1]))
        elif not lines and line[:1].isspace() and blocks and blocks[-1].kind in LIST_KINDS:
            last = blocks.pop()  # an indented line continues the list item above it
            blocks.append(Block(last.kind, f"{last.text} {stripped}", number=last.number))
        else:
            lines.append(stripped)
    flush()
    return blocks


def without_links(text: str) -> str:
    """[text](url) -> text (url), `code` -> code: what every format shows for them."""
    return LINK.sub(lambda m: f"{m[1]} ({m[2]})", text).replace("`", "")


def plain_text(text: str) -> str:
    """Inline Markdown removed: **bold** -> bold, [text](url) -> text (url), `code` -> code."""
    return EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), without_links(text))


def one_line(text: str) -> str:
    return " ".join(text.split())

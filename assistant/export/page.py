"""A document to export as plain data: a title and a run of headings, paragraphs, lists and a
table. Answers, drafts and whole responses are each built into a `Page` once; the Markdown,
plain-text and Word writers each read any `Page`, so every format lays out every document alike.

A drafted answer's own text goes in as one `written` block holding its typed text
(`written_text.WrittenText`); each writer lays it out with `assistant.rendering`, the views
every face shares, so the text is never read back from Markdown here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from assistant.core.written_text import WrittenText
from assistant.rendering.inline import EMPHASIS, LINK, one_line, plain_text, without_links

__all__ = ["EMPHASIS", "LINK", "Block", "Page", "one_line", "plain_text", "without_links"]

LIST_KINDS = ("bullet", "number")


@dataclass(frozen=True)
class Block:
    """One unit of a page.

    kind: "heading" (level 1 and down; the page title is level 0), "para" (may hold **bold**
    and *italic*), "raw" (shown exactly as written: a quoted source may hold a * that is not
    emphasis), "bullet", "number" (consecutive ones are one list), "table" (label, value rows)
    or "written" (an answer's typed text, its headings `level` levels under the page's own).
    """

    kind: str
    text: str = ""
    level: int = 0
    number: str = ""
    rows: tuple[tuple[str, str], ...] = ()
    written: WrittenText | None = None


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


def written(text: WrittenText, shift: int = 0) -> Block:
    """An answer's typed text; `shift` moves its headings down that many levels (an answer
    inside a whole response sits under its question)."""
    return Block("written", level=shift, written=text)

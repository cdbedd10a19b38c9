"""A consultation document as a sequence of headings and paragraphs, in reading order.

Word and HTML files come through the project's loaders, which already know headings from
paragraphs. PDF, plain text and Markdown are read line by line instead: the loaders join the
lines of a paragraph (right for search passages), but a question list such as "Q1. ... / Q2. ..."
on consecutive lines must stay apart, and a PDF has no blank lines between paragraphs at all.
Errors (a scanned PDF, a locked one, a file that is not UTF-8) are the loaders' own messages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from assistant.consultation import patterns
from assistant.documents import SUPPORTED_SUFFIXES, check_size, load_document
from assistant.errors import DocumentError
from assistant.loaders.base import clean, looks_like_heading, read_text
from assistant.loaders.markdown import FRONT_MATTER, MD_HEADING, load_markdown
from assistant.loaders.pdf import load_pdf
from assistant.schema import Document

_LINE_FORMATS = (".pdf", ".txt", ".md", ".markdown")
_ENDS = (".", "!", "?", ":", ";", ")")  # a line ending so has finished its sentence
PAGE_BREAK = "\f"
_EMPHASIS = re.compile(r"\*\*|__")  # Markdown bold around a label: "**Question 1:** ..."
_RUNNING_MIN_PAGES = 3  # a line at the top or foot of this many pages is a running header


@dataclass(frozen=True)
class Unit:
    """A heading or a paragraph of the document."""

    text: str
    heading: bool


@dataclass(frozen=True)
class ReadDocument:
    title: str
    units: tuple[Unit, ...]


def read_consultation(path: Path) -> ReadDocument:
    """The document's title and its headings and paragraphs; DocumentError if unreadable."""
    path = Path(path)
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"{path.name}: unsupported file type '{path.suffix or '(none)'}'; "
            f"use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    check_size(path)
    if suffix in _LINE_FORMATS:
        title, lines = _lines(path, suffix)
        units = paragraphs_from_lines(lines, markdown=suffix in (".md", ".markdown"))
        if not any(not u.heading for u in units):
            raise DocumentError(f"{path.name}: no text found in this file")
    else:
        document = load_document(path)
        title, units = document.provenance.get("title", ""), _units_from_loader(document)
    first_heading = next((u.text for u in units if u.heading), "")
    return ReadDocument(title or first_heading or path.stem.replace("_", " "), tuple(units))


def _units_from_loader(document: Document) -> list[Unit]:
    """Headings and paragraphs from a loaded document: the text is its pieces joined by blank
    lines, and a piece that does not start a block is a heading."""
    starts = {block.start for block in document.blocks}
    units, offset = [], 0
    for piece in document.text.split("\n\n"):
        units.append(Unit(piece, heading=offset not in starts))
        offset += len(piece) + 2
    return units


def _lines(path: Path, suffix: str) -> tuple[str, list[str]]:
    """(title from the file, the text's lines with a "" for each page break or blank line)."""
    if suffix == ".pdf":
        return _pdf_lines(path)
    raw = read_text(path).replace("\r\n", "\n").replace("\r", "\n")
    if suffix == ".txt":
        return "", raw.split("\n")
    title = load_markdown(path)[2].get("title", "")
    match = FRONT_MATTER.match(raw)
    return title, raw[match.end() :].split("\n") if match else raw.split("\n")


def _pdf_lines(path: Path) -> tuple[str, list[str]]:
    """Page texts split into lines. Anything unreadable is re-read by the PDF loader, whose
    message names the problem (damaged, locked, or no text layer: a scanned document)."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = clean(str(reader.metadata.title or "")) if reader.metadata else ""
    except Exception:  # pypdf raises many types on damaged files; the loader names them
        pages, title = [], ""
    if not any(page.strip() for page in pages):
        load_pdf(path)  # raises the loader's DocumentError
        raise DocumentError(f"{path.name}: no text found in this PDF")
    # A page break ends no paragraph (a question may run on) but a heading may start a page.
    return title, [line for page in _without_running_lines(pages) for line in [*page, PAGE_BREAK]]


def _without_running_lines(pages: list[str]) -> list[list[str]]:
    """Each page's lines, less the running header and footer ("Transport consultation",
    "Page 3 of 20"): a first or last line that recurs, digits aside, on many pages."""
    split = [[line for line in page.split("\n") if line.strip()] for page in pages]

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()).lower())

    ends = Counter(key(line) for lines in split for line in {*lines[:1], *lines[-1:]})
    threshold = max(_RUNNING_MIN_PAGES, len(pages) // 2)
    running = {k for k, count in ends.items() if count >= threshold}
    if not running:
        return split
    return [
        [
            line
            for i, line in enumerate(lines)
            if not (i in (0, len(lines) - 1) and key(line) in running)
        ]
        for lines in split
    ]


def paragraphs_from_lines(lines: list[str], markdown: bool = False) -> list[Unit]:
    """Lines joined into headings and paragraphs.

    A line starts a new paragraph after a blank line, when it is numbered, bulleted or labelled
    ("Question 2:"), or when the line before ended a sentence, unless it reads as part of a
    question above it ("Please explain your answer.", "(maximum 200 words)"). A short line with
    no closing punctuation standing on its own, or "Chapter 2: Funding", is a heading.
    """
    units: list[Unit] = []
    current: list[str] = []
    current_is_question = False

    def flush() -> None:
        nonlocal current_is_question
        if current:
            units.append(Unit(clean(" ".join(current)), heading=False))
            current.clear()
        current_is_question = False

    previous_blank = True
    for index, raw in enumerate(lines):
        if raw == PAGE_BREAK:
            previous_blank = not current or current[-1].rstrip().endswith(_ENDS)
            continue
        line = clean(raw)
        if markdown and (heading := MD_HEADING.match(raw.strip())):
            flush()
            units.append(Unit(clean(heading.group(2).strip("*_ ")), heading=True))
            previous_blank = True
            continue
        line = _EMPHASIS.sub("", line).strip() if markdown else line
        if not line:
            flush()
            previous_blank = True
            continue
        next_blank = index + 1 >= len(lines) or not lines[index + 1].strip()
        starts_item = _starts_item(line)
        part_of_question = current_is_question and bool(patterns.QUESTION_PART.match(line))
        if (
            not starts_item
            and not part_of_question
            and _is_heading_line(line, previous_blank, next_blank, current)
        ):
            flush()
            units.append(Unit(line, heading=True))
            previous_blank = True
            continue
        ended = bool(current) and current[-1].rstrip().endswith(_ENDS)
        continues = current and not starts_item and (not ended or part_of_question)
        if not continues:
            flush()
            current_is_question = bool(
                patterns.QUESTION_LABEL.match(line) or patterns.ASKS.search(line)
            )
        current.append(line)
        previous_blank = False
    flush()
    return units


def _starts_item(line: str) -> bool:
    return bool(
        patterns.QUESTION_LABEL.match(line)
        or patterns.NUMBERED_ITEM.match(line)
        or patterns.BULLET_ITEM.match(line)
    )


def _is_heading_line(line: str, previous_blank: bool, next_blank: bool, current: list[str]) -> bool:
    alone = previous_blank or not current or current[-1].rstrip().endswith(_ENDS)
    if alone and patterns.CHAPTER_LINE.match(line):
        return True
    return (
        alone
        and looks_like_heading(line)
        and line[:1].isupper()
        and not patterns.OPTION_ALONE.match(line)
        and not patterns.OPTION_GROUP.search(line)
        and not patterns.CLOSING_CUE.search(line)
        and not any(patterns.limits_in(line))
        and (next_blank or len(line.split()) <= 8)
    )

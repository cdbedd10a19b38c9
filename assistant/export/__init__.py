"""Answers, drafts and whole consultation responses as files an organisation can edit, send or
paste: Markdown (.md), Word (.docx) or plain text (.txt), chosen by the file name.

How the package is laid out, so each concept has one home:
- `page`: the plain data every document is built into (`Page`, `Block`) and the reading of a
  drafted answer's Markdown into blocks;
- `answer` and `response`: build the `Page` for one answer or draft, or for a whole response;
- `markdown` and `word`: write any `Page` as Markdown, plain text or Word;
- here: the one list of formats (`SUFFIXES`) and the one dispatcher (`write_export`), used by
  the CLI and the UI alike.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.errors import InputError
from assistant.core.schema import GroundedText
from assistant.export.answer import answer_page
from assistant.export.files import write_text
from assistant.export.markdown import to_markdown, to_plain_text
from assistant.export.page import Block, Page
from assistant.export.word import to_docx

if TYPE_CHECKING:
    from assistant.consultation.respond import ConsultationResponse

FORMATS: dict[str, Callable[[Page, Path], Path]] = {
    ".md": lambda page, path: write_text(path, to_markdown(page)),
    ".docx": to_docx,
    ".txt": lambda page, path: write_text(path, to_plain_text(page)),
}
SUFFIXES: tuple[str, ...] = tuple(FORMATS)
# On a team install (personal logins), what no approver has approved says so on every page.
DRAFT_MARK = "DRAFT: not approved for sending"


def check_suffix(path: Path) -> Path:
    """The path when its suffix names a format; an InputError listing them otherwise (checked
    before any model loads, so a typo costs nothing)."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        got = path.suffix or "no suffix"
        raise InputError(
            f"{path}: cannot export to '{got}'; use a file ending in {', '.join(SUFFIXES)}"
        )
    return path


def page_of(item: GroundedText | ConsultationResponse, title: str | None = None) -> Page:
    """The page for an answer or draft (`title` replaces the default one) or a whole response."""
    if isinstance(item, GroundedText):
        return answer_page(item, title)
    from assistant.export.response import response_page  # it imports the consultation package

    return response_page(item)


def write_export(
    item: GroundedText | ConsultationResponse,
    path: Path,
    title: str | None = None,
    marking: str = "",
    closing: tuple[str, ...] = (),
) -> Path:
    """Write the format the file name asks for: .md, .docx or .txt. `marking` is said on every
    page ("DRAFT…"); `closing` paragraphs end the document ("Approved by … on …")."""
    path = check_suffix(path)
    page = page_of(item, title)
    extra = tuple(Block("para", text) for text in closing)
    page = dataclasses.replace(page, marking=marking, blocks=page.blocks + extra)
    return FORMATS[path.suffix.lower()](page, path)


def markdown_of(item: GroundedText | ConsultationResponse, title: str | None = None) -> str:
    """The Markdown to show on the page or print: the same text as a saved .md file."""
    return to_markdown(page_of(item, title))


def plain_text_of(item: GroundedText | ConsultationResponse, title: str | None = None) -> str:
    """The plain text to paste into a web form: the same text as a saved .txt file."""
    return to_plain_text(page_of(item, title))

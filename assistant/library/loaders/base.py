"""What every loader shares: a builder that keeps exact offsets, text reading and paragraphs."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from assistant.core.errors import DocumentError
from assistant.core.schema import Block
from assistant.library.loaders.limits import Limits

# (document text, its blocks, metadata found in the file such as a title)
Loaded = tuple[str, list[Block], dict[str, str]]


class Builder:
    """Accumulates headings and paragraphs into document text with exact offsets."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.section = ""
        self.page = 0  # set by a loader whose format has pages (PDF); stamped on each block

    def _append(self, piece: str) -> int:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start

    def heading(self, text: str) -> None:
        text = clean(text)
        if text:
            self._append(text)
            self.section = text

    def paragraph(self, text: str) -> None:
        text = clean(text)
        if text:
            if self.limits is not None:
                self.limits.paragraphs(len(self.blocks) + 1)
            start = self._append(text)
            self.blocks.append(
                Block(
                    text,
                    self.section,
                    len(self.blocks) + 1,
                    start,
                    start + len(text),
                    page=self.page,
                )
            )

    @property
    def text(self) -> str:
        return "".join(self.parts)


def pieces(text: str, blocks: list[Block] | tuple[Block, ...]) -> list[tuple[str, bool]]:
    """A built text back as (piece, is heading) in reading order: the pieces are joined by
    blank lines, and a piece at which no paragraph block starts is a heading."""
    starts = {block.start for block in blocks}
    found, offset = [], 0
    for piece in text.split("\n\n") if text else []:
        found.append((piece, offset not in starts))
        offset += len(piece) + 2
    return found


def clean(text: str) -> str:
    """Collapse runs of whitespace inside a paragraph (PDF and HTML line breaks)."""
    return re.sub(r"\s+", " ", text).strip()


def read_text(path: Path) -> str:
    """UTF-8 text (or UTF-16 with its byte-order mark, as Windows Notepad may save it)."""
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError(f"{path.name}: damaged UTF-16 text; save it as UTF-8") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path.name}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from None


def looks_like_heading(para: str) -> bool:
    words = para.split()
    return (
        0 < len(words) <= 12
        and "\n" not in para
        and not para.rstrip().endswith((".", "!", "?", ":", ";", ","))
    )


def plain_paragraphs(builder: Builder, text: str) -> None:
    for para in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        stripped = para.strip()
        if looks_like_heading(stripped):
            builder.heading(stripped)
        else:
            builder.paragraph(stripped)

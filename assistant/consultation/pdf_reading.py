"""A PDF's text as lines, page by page, less its running headers and footers.

pypdf gives each page's text in the order it was drawn (a two-column page column by column).
A line at the top or foot of most pages ("Transport consultation", "Page 3 of 20") is a running
header or footer and is dropped; a page break is kept as PAGE_BREAK, which ends no paragraph.
Errors (a scanned PDF, a locked one) are the PDF loader's own messages.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from assistant.errors import DocumentError
from assistant.loaders.base import clean
from assistant.loaders.pdf import load_pdf

PAGE_BREAK = "\f"
_RUNNING_MIN_PAGES = 3  # a line at the top or foot of this many pages is a running header
_RUNNING_MAX_WORDS = 12  # a running header or footer is no longer than this
_RUNNING_LINES = 2  # lines at each end of a page that may be a header or footer


def pdf_lines(path: Path) -> tuple[str, list[str]]:
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

    edge = _RUNNING_LINES
    ends = Counter(
        key_ for lines in split for key_ in {key(line) for line in [*lines[:edge], *lines[-edge:]]}
    )
    # On every page of a short document; on half the pages of a long one (a cover or a
    # chapter's first page often has none).
    threshold = max(min(len(pages), _RUNNING_MIN_PAGES), len(pages) // 2, 2)
    # A header or footer is short and asks nothing: a question repeated in a summary can end
    # a page too.
    running = {
        k
        for k, count in ends.items()
        if count >= threshold and len(k.split()) <= _RUNNING_MAX_WORDS and "?" not in k
    }
    if not running:
        return split
    return [
        [
            line
            for i, line in enumerate(lines)
            if not ((i < edge or i >= len(lines) - edge) and key(line) in running)
        ]
        for lines in split
    ]

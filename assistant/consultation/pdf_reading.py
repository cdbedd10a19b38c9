"""A PDF's text as lines, page by page, less its running headers and footers.

pypdf gives each page's text in the order it was drawn (a two-column page column by column).
A line at the top or foot of most pages ("Transport consultation", "Page 3 of 20") is a running
header or footer and is dropped; a page break is kept as PAGE_BREAK, which ends no paragraph.
The file is opened by the shared PDF reader (`loaders.pdf.read_pdf`), so its errors (a scanned
PDF, a locked one) and limits (pages, time) are the loader's own.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from assistant.library.loaders.limits import Limits
from assistant.library.loaders.pdf import read_pdf

PAGE_BREAK = "\f"
_RUNNING_MIN_PAGES = 3  # a line at the top or foot of this many pages is a running header
_RUNNING_MAX_WORDS = 12  # a running header or footer is no longer than this
_RUNNING_LINES = 2  # lines at each end of a page that may be a header or footer


def pdf_lines(path: Path, limits: Limits | None = None) -> tuple[str, list[str]]:
    """(title, the page texts split into lines), read once by the shared PDF reader, whose
    messages name any problem (damaged, locked, or no text layer: a scanned document)."""
    pages, title = read_pdf(path, limits)
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

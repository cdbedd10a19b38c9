"""A web page as headings and paragraphs, with its bulleted list items marked as bullets.

Read by the shared HTML reader (`loaders.html.read_html`). A consultation page lists a
question's answer choices as a bulleted list ("Less than 4 weeks", "4 to 12 weeks"), so here
each `<ul>` item keeps a "• " mark and is read as a choice, and the page's header is dropped.
Numbered lists (`<ol>`) are left unmarked: under a "Questions" heading their items are numbered
in order.
"""

from __future__ import annotations

from pathlib import Path

from assistant.library.loaders.base import pieces
from assistant.library.loaders.html import DROPPED, read_html
from assistant.library.loaders.limits import Limits


def html_units(path: Path, limits: Limits | None = None) -> tuple[str, list[tuple[str, bool]]]:
    """(title, [(text, is heading)]) in reading order."""
    builder, title = read_html(path, limits, dropped=(*DROPPED, "header"), bullets=True)
    return title, pieces(builder.text, builder.blocks)

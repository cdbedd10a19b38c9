"""A web page as headings and paragraphs, with its bulleted list items marked as bullets.

The shared HTML loader reads a list item as a plain paragraph, which is right for search. A
consultation page lists a question's answer choices as a bulleted list ("Less than 4 weeks",
"4 to 12 weeks"), so here each `<ul>` item keeps a "• " mark and is read as a choice. Numbered
lists (`<ol>`) are left unmarked: under a "Questions" heading their items are numbered in order.
"""

from __future__ import annotations

from pathlib import Path

from assistant.errors import DocumentError
from assistant.loaders.base import Builder, clean, read_text
from assistant.loaders.html import _html_blocks  # the loader's own walk, in reading order

_DROPPED = ["script", "style", "noscript", "template", "nav", "footer", "iframe", "header"]


def html_units(path: Path) -> tuple[str, list[tuple[str, bool]]]:
    """(title, [(text, is heading)]) in reading order."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(read_text(path), "html.parser")
    for tag in soup(_DROPPED):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for item in soup.select("ul > li"):
        item.insert(0, "• ")
    builder = Builder()
    try:
        _html_blocks(soup, builder)
    except RecursionError:
        raise DocumentError(f"{path.name}: the page is nested too deeply to read") from None
    text = "".join(builder.parts)
    starts = {block.start for block in builder.blocks}
    units, offset = [], 0
    for piece in text.split("\n\n") if text else []:
        units.append((piece, offset not in starts))
        offset += len(piece) + 2
    title = ""
    if soup.title and soup.title.get_text(strip=True):
        title = clean(soup.title.get_text())
    elif (h1 := soup.find("h1")) is not None:
        title = clean(h1.get_text(" "))
    return title, units

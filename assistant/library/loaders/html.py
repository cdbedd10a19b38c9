"""HTML pages: headings and block elements in reading order; scripts and navigation dropped.

Hidden text is dropped too (an inline `display:none` or `visibility:hidden`, the `hidden`
attribute, `aria-hidden="true"`, `<template>`, `<noscript>`): a reader never sees it, so a
claim planted there must not become a passage quoted as fact. Style sheets are not applied; a
class hidden by CSS elsewhere stays in, as it would for a screen reader that ignored the CSS.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.core.errors import DocumentError
from assistant.library.loaders.base import Builder, Loaded, clean, read_text
from assistant.library.loaders.limits import Limits

_HTML_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that start a new paragraph; every other tag (<a>, <b>, <span>, <ul>...) is inline.
_HTML_BLOCKS = _HTML_HEADINGS | {
    "p", "li", "blockquote", "pre", "td", "th", "dd", "dt", "div", "section", "article",
    "main", "aside", "header", "figcaption", "caption", "address", "details", "summary",
}  # fmt: skip


DROPPED = ("script", "style", "noscript", "template", "nav", "footer", "iframe")
_HIDING_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))", re.I
)


def hidden(tag: Any) -> bool:
    """Whether the page hides this element from every reader (see the module docstring)."""
    attrs = tag.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).strip().lower() == "true":
        return True
    return bool(_HIDING_STYLE.search(str(attrs.get("style", ""))))


def _html_blocks(root: Any, builder: Builder) -> None:
    """Walk the page in reading order: text between block elements is a paragraph of its own,
    so words straight inside a <div> or before a nested list are kept, once, in order."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    run: list[str] = []

    def flush() -> None:
        builder.paragraph("".join(run))
        run.clear()

    def visit(node: Any) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):  # comments, doctype, CDATA
                continue
            if isinstance(child, NavigableString):
                run.append(str(child))
            elif isinstance(child, Tag) and child.name in {"head", "title"}:
                continue
            elif isinstance(child, Tag) and child.name in _HTML_HEADINGS:
                flush()
                builder.heading(child.get_text())
            elif isinstance(child, Tag) and child.name in _HTML_BLOCKS:
                flush()
                visit(child)
                flush()
            elif isinstance(child, Tag):
                visit(child)

    visit(root)
    flush()


def load_html(path: Path, limits: Limits | None = None) -> Loaded:
    builder, title = read_html(path, limits)
    return builder.text, builder.blocks, {"title": title} if title else {}


def read_html(
    path: Path,
    limits: Limits | None = None,
    *,
    dropped: tuple[str, ...] = DROPPED,
    bullets: bool = False,
) -> tuple[Builder, str]:
    """The page's headings and paragraphs in reading order, and its title ("" if none).

    The one place a web page is read: search passages (`load_html`) and a consultation's
    headings and paragraphs (`consultation.html_reading`, which drops the page header too and
    asks for `bullets`: each `<ul>` item marked "• ", as a question's answer choices are).
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(read_text(path), "html.parser")
    for tag in soup(list(dropped)):
        tag.decompose()
    for tag in [t for t in soup.find_all(True) if hidden(t)]:
        if not tag.decomposed:
            tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    if bullets:
        for item in soup.select("ul > li"):
            item.insert(0, "• ")
    builder = Builder(limits)
    try:
        _html_blocks(soup, builder)
    except RecursionError:
        raise DocumentError(f"{path.name}: the page is nested too deeply to read") from None
    title = ""
    if soup.title and soup.title.get_text(strip=True):
        title = clean(soup.title.get_text())
    elif (h1 := soup.find("h1")) is not None:
        title = clean(h1.get_text(" "))
    return builder, title

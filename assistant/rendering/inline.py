"""Inline Markdown marks a written text may hold (**bold**, *italic*, [links](url), `code`),
and how a view without Markdown writes them out. One home, so the plain-text file, the Word file
and the web page read the same marks the same way."""

from __future__ import annotations

import re

LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)")
# **bold**, __bold__ and *italic*; a lone * (as in "5 * 3") is left alone.
EMPHASIS = re.compile(r"\*\*(?P<b>.+?)\*\*|__(?P<u>.+?)__|(?<![\w*])\*(?P<i>[^\s*][^*]*?)\*(?!\w)")


def without_links(text: str) -> str:
    """[text](url) -> text (url), `code` -> code: what every format shows for them."""
    return LINK.sub(lambda m: f"{m[1]} ({m[2]})", text).replace("`", "")


def plain_text(text: str) -> str:
    """Inline Markdown removed: **bold** -> bold, [text](url) -> text (url), `code` -> code."""
    return EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), without_links(text))


def one_line(text: str) -> str:
    return " ".join(text.split())

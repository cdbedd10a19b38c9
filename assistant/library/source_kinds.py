"""The kinds of source in the library, and the one place each face takes their names from.

A kind is what a document is (an article, our briefing note, the official text, an upload);
readers must be able to tell our summaries from the official wording, so every face (the page's
badge, an extractive answer's "A briefing note says", a citation) names a kind from here.
"""

from __future__ import annotations

from assistant.core.errors import InputError

# What a user may type (`corpus add --kind note`) -> the kind stored with the document.
KINDS: dict[str, str] = {
    "article": "article",
    "briefing note": "briefing note",
    "note": "briefing note",
    "official text": "official text",
    "official": "official text",
    "user upload": "user upload",
    "upload": "user upload",
}

# kind (or label) -> (badge on the page, how a sentence names it)
_NAMES: dict[str, tuple[str, str]] = {
    "article": ("Article", "An article"),
    "blog article": ("Blog article", "A blog article"),
    "briefing note": ("Briefing note (our summary, not the official text)", "A briefing note"),
    "official text": ("Official text", "The official text"),
    "user upload": ("Your upload", "An uploaded document"),
}


def normalise_kind(kind: str) -> str:
    """The stored kind for what a user typed; InputError naming the choices otherwise."""
    try:
        return KINDS[kind.strip().lower()]
    except KeyError:
        choices = ", ".join(sorted(set(KINDS.values())))
        raise InputError(f"unknown kind '{kind}'; choose one of: {choices}") from None


def kind_label(kind: str, publisher: str = "") -> str:
    """The kind as a reader expects it in a citation: an article on a blog is a blog article."""
    if kind == "article" and "blog" in publisher.lower():
        return "blog article"
    return kind


def badge(kind: str) -> str:
    """The kind as a label beside a source on the page ("Official text")."""
    return _NAMES[kind][0] if kind in _NAMES else kind or "Source"


def speaker(kind: str) -> str:
    """The kind as the subject of a sentence ("A briefing note says ...")."""
    return _NAMES[kind][1] if kind in _NAMES else "A source"

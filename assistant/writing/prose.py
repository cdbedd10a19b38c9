"""Tidy what a small model writes, and attach the citation the code chose.

Measured habits of the bundled model (stack-notes): it opens with "The source states …" or "Our
position is that …", uses Markdown lists and headings, writes its own [n] markers (often wrong)
and runs long. Each habit is undone here, in code, rather than fought in the prompt.
"""

from __future__ import annotations

import re

from assistant.text import split_sentences, strip_markers

_OPENERS = re.compile(
    r"^(?:"
    r"(?:the|this|that) (?:source|evidence|passage|text|article|document|note|extract)s? "
    r"(?:clearly |also )?(?:states?|says?|shows?|suggests?|notes?|explains?|argues?|"
    r"highlights?|indicates?|mentions?|tells us)(?: that)?[,:]?"
    r"|according to (?:the|this) (?:source|evidence|passage|text|article|document)s?,?"
    r"|based on (?:the|this) (?:source|evidence|passage|text)s?,?"
    r"|(?:in summary|to summari[sz]e|in conclusion|overall|sure|certainly)[,!:.]?"
    r"|here is (?:a|the|our) [a-z ]{0,40}?:"
    r"|our position is that|it is our position that"
    r")\s*",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^\s*#{1,6}\s")
_MARKDOWN = re.compile(r"^\s*(?:#{1,6}\s+|[-*+•]\s+|\d{1,2}[.)]\s+|>\s*)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_REFERENCE = re.compile(
    r"\s*\((?:source|see|ref|evidence|passage)[^)]{0,60}\)|\s*\[(?:source|evidence)[^\]]*\]", re.I
)
_END = re.compile(r"([.!?]+[\"'’”)]*)$")


def tidy(raw: str) -> str:
    """Plain sentences: no headings, bullets, emphasis, model-written citations or openers."""
    lines = []
    for line in raw.replace("\r", "").splitlines():
        if _HEADING.match(line):
            continue  # a heading is a label, not a sentence
        line = _MARKDOWN.sub("", line).strip()
        if line:  # a list item is a sentence of its own, even without a full stop
            lines.append(line if line.endswith((".", "!", "?", ":")) else f"{line}.")
    text = " ".join(lines)
    text = strip_markers(_REFERENCE.sub("", _EMPHASIS.sub("", text)))
    sentences = []
    for sentence in split_sentences(text):
        sentence = _OPENERS.sub("", sentence).strip(" ,;:")
        if len(sentence.split()) < 3 or sentence.endswith(("?", ":")):
            continue  # fragments, questions back to the reader, and lead-ins to a list
        sentences.append(sentence[0].upper() + sentence[1:])
    return " ".join(sentences)


def sentences_of(text: str) -> list[str]:
    return split_sentences(text)


def cite(sentence: str, n: int) -> str:
    """The sentence with its [n] before the closing full stop: "… providers [3]."."""
    sentence = sentence.strip()
    match = _END.search(sentence)
    if match:
        return f"{sentence[: match.start()]} [{n}]{match.group(1)}"
    return f"{sentence} [{n}]."


def quotation(sentence: str, n: int) -> str:
    """A source sentence quoted word for word, as the quotes writer shows it."""
    return f"“{sentence.strip()}” [{n}]"


def words(text: str) -> int:
    """Words as a consultation form counts them (citation markers are not words)."""
    return len(strip_markers(text).split())


def within(sentences: list[str], limit: int) -> list[str]:
    """The first sentences that fit in `limit` words (at least one, never a cut sentence)."""
    kept: list[str] = []
    for sentence in sentences:
        if kept and words(" ".join([*kept, sentence])) > limit:
            break
        kept.append(sentence)
    return kept

"""Plain-English check: the Flesch reading ease of a draft, with a label a reader understands.

Syllables come from pyphen's hyphenation dictionary (shipped in its wheel, so nothing is
downloaded); the formula is Flesch's (1948). It is an estimate: 60-70 is plain English.

A result is scored from its typed text (`reading_ease`: its sentences, headings counted as
the formula always counted them); a text someone pasted or edited is read into that value by
the one Markdown parser first, so both are split into sentences the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from assistant.core.text import CITATION
from assistant.core.written_markdown import read_markdown
from assistant.core.written_text import WrittenText

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MARKUP = re.compile(rf"{CITATION}|^#+\s*|[*_“”\"]", re.MULTILINE)

BANDS = (
    (80, "very easy to read"),
    (60, "plain English"),
    (50, "fairly hard to read"),
    (30, "hard to read"),
    (float("-inf"), "very hard to read"),
)


@lru_cache(maxsize=1)
def _dictionary() -> Any:  # pyphen.Pyphen; pyphen ships no type annotations
    import pyphen

    return pyphen.Pyphen(lang="en_GB")


def syllables(word: str) -> int:
    return max(1, len(_dictionary().positions(word.lower())) + 1)


def reading_ease(written: WrittenText) -> float | None:
    """206.835 - 1.015 x words per sentence - 84.6 x syllables per word; None for no words."""
    plain = [_MARKUP.sub(" ", s.text) for s in written.sentences]
    words = [word for text in plain for word in _WORD.findall(text)]
    if not words:
        return None
    sentences = max(1, sum(1 for text in plain if _WORD.search(text)))
    total = sum(syllables(w) for w in words)
    return round(206.835 - 1.015 * len(words) / sentences - 84.6 * total / len(words), 1)


def flesch_reading_ease(text: str) -> float | None:
    """The score of a Markdown text (a response someone wrote, an edited draft)."""
    return reading_ease(read_markdown(text))


def describe(score: float | None) -> str:
    if score is None:
        return "No text to score yet."
    label = next(text for floor, text in BANDS if score >= floor)
    shown = min(100.0, max(0.0, score))  # the formula can run past both ends
    return f"Reading ease {shown:.0f} out of 100: {label} (60 or more is plain English)."

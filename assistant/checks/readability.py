"""Plain-English check: the Flesch reading ease of a draft, with a label a reader understands.

Syllables come from pyphen's hyphenation dictionary (shipped in its wheel, so nothing is
downloaded); the formula is Flesch's (1948). It is an estimate: 60-70 is plain English.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from assistant.core.text import CITATION, split_sentences

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


def flesch_reading_ease(text: str) -> float | None:
    """206.835 - 1.015 x words per sentence - 84.6 x syllables per word; None for no words."""
    plain = _MARKUP.sub(" ", text)
    words = _WORD.findall(plain)
    if not words:
        return None
    sentences = max(1, sum(1 for s in split_sentences(text) if _WORD.search(_MARKUP.sub(" ", s))))
    total = sum(syllables(w) for w in words)
    return round(206.835 - 1.015 * len(words) / sentences - 84.6 * total / len(words), 1)


def describe(score: float | None) -> str:
    if score is None:
        return "No text to score yet."
    label = next(text for floor, text in BANDS if score >= floor)
    shown = min(100.0, max(0.0, score))  # the formula can run past both ends
    return f"Reading ease {shown:.0f} out of 100: {label} (60 or more is plain English)."

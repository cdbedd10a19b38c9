"""Fitting a draft to its word limit: how many parts it can hold, and trimming what is over.

A consultation form counts words, so a draft that runs over is cut by whole sentences from its
longest paragraphs (never mid-sentence), and parts the limit cannot hold are left out before any
is written rather than written thin.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answering.writing import prose
from assistant.answering.writing.plan import Part

MIN_PART_WORDS, MAX_PART_WORDS = 20, 90


def fit_parts(parts: Sequence[Part], words_left: int) -> tuple[list[Part], int]:
    """As many parts as the word limit allows, and the words each may use."""
    kept = list(parts)
    while len(kept) > 1 and words_left // len(kept) < MIN_PART_WORDS:
        kept.pop(-2 if kept[-1].role == "recommendation" and len(kept) > 2 else -1)
    per_part = words_left // max(1, len(kept))
    return kept, max(MIN_PART_WORDS, min(MAX_PART_WORDS, per_part))


def trim_to_limit(paragraphs: list[list[str]], words_left: int) -> list[list[str]]:
    """Drop whole sentences from the end of the longest paragraphs until the text fits."""
    body = [list(p) for p in paragraphs]

    def total() -> int:
        return sum(prose.words(" ".join(p)) for p in body)

    while total() > words_left:
        longest = max(range(len(body)), key=lambda i: (len(body[i]), i))
        if len(body[longest]) > 1:
            body[longest].pop()
        elif len(body) > 1:
            body.pop()
        else:
            break
    return body

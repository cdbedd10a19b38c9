"""Cut an over-long run of text (one huge sentence, a one-line page) into capped pieces.

The chunker splits a long paragraph between sentences; a single sentence longer than a passage
may be (a 3 MB sentence, an 8.8 MB page with no full stop) used to become one passage of that
size, which made a quotes-only answer take minutes and print megabytes. Here such a run is cut
at a clause (after a comma, semicolon, colon or dash) in the second half of a window of
`max_words` words, else at a word, else (one "word" longer than `max_chars`) at a character.
Each piece is an exact slice of the text, so quotes and offsets stay true; the cuts are
reported so a face can show them ("…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\S+")
_CLAUSE_END = (",", ";", ":", "—", "–", ")")
CHARS_PER_WORD = 25  # a passage's character cap is max_words times this: no real text reaches it


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    cut_before: bool  # the piece starts inside a sentence
    cut_after: bool  # the piece ends inside a sentence


def over_cap(text: str, start: int, end: int, max_words: int) -> bool:
    """Whether text[start:end] is longer than one passage may be."""
    if end - start > max_words * CHARS_PER_WORD:
        return True
    return len(text[start:end].split()) > max_words


def cut(text: str, start: int, end: int, max_words: int) -> list[Piece]:
    """text[start:end] as pieces of at most `max_words` words and max_words * CHARS_PER_WORD
    characters, in order, cut at clauses where one falls late enough in a window."""
    if max_words <= 0:
        raise ValueError(f"max_words must be positive, got {max_words}")
    max_chars = max_words * CHARS_PER_WORD
    spans: list[tuple[int, int]] = []
    words: list[tuple[int, int]] = []
    for match in _WORD.finditer(text, start, end):
        s, e = match.span()
        if e - s > max_chars:  # one unbroken token (a data blob): cut by characters
            if words:
                spans.append((words[0][0], words[-1][1]))
                words = []
            spans.extend((i, min(i + max_chars, e)) for i in range(s, e, max_chars))
            continue
        if words and (len(words) >= max_words or e - words[0][0] > max_chars):
            last = _clause_end(text, words)
            spans.append((words[0][0], words[last][1]))
            words = words[last + 1 :]
        words.append((s, e))
    if words:
        spans.append((words[0][0], words[-1][1]))
    return [
        Piece(s, e, cut_before=index > 0, cut_after=index < len(spans) - 1)
        for index, (s, e) in enumerate(spans)
    ]


def _clause_end(text: str, words: list[tuple[int, int]]) -> int:
    """The index of the last word in the window's second half that ends a clause, else the
    window's last word."""
    for index in range(len(words) - 1, len(words) // 2 - 1, -1):
        if text[words[index][1] - 1] in _CLAUSE_END or text[slice(*words[index])] in ("-", "—"):
            return index
    return len(words) - 1

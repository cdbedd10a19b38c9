"""A figure that is in its source but said the other way round.

The checks make every figure in a sentence appear in a cited passage; that alone lets through
a figure moved to the opposite side. Seen with the bundled model: the source says "over 1,300
responses, of which about 2% were in favour", and the sentence says "about 2% were against".
So for each figure, the words around it (within its clause) are read for a side:
support or opposition, a rise or a fall. When the sentence gives the figure one side and every
place the source gives the same figure says the other side, it is flagged.

Deliberately narrow: a figure with no side word on either part is not judged, so a fair
paraphrase is never refused here; the support score still judges the sentence as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.checks.claims import figure_spans
from assistant.core.text import strip_markers

WINDOW = 6  # words after a figure that can say what it counts
BEFORE = 3  # and words before it ("fell by 12%")
_CLAUSE_END = re.compile(r"[,;:.!?()]|\b(?:while|whereas|but|and)\b")
_SIDES = {
    "for": r"in favour|supported|support(?:s|ing)?|agreed|welcomed|backed",
    "against": r"against|opposed|oppos(?:e|es|ing)|objected|object(?:s|ing)?|disagreed|rejected",
    "up": r"rose|risen|increased|increases?|grew|grown|higher|went up",
    "down": r"fell|fallen|decreased|decreases?|dropped|declined|lower|went down|cut",
}
_WORDS = {side: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for side, words in _SIDES.items()}
_OPPOSITE = {"for": "against", "against": "for", "up": "down", "down": "up"}


def _around(text: str, start: int, end: int) -> str:
    """The words about a figure: up to BEFORE words before it and WINDOW after it, within its
    clause."""
    rest = text[end:]
    stop = _CLAUSE_END.search(rest)
    after = (rest[: stop.start()] if stop else rest).split()[:WINDOW]
    ends = list(_CLAUSE_END.finditer(text[:start]))
    before = text[ends[-1].end() if ends else 0 : start].split()[-BEFORE:]
    return " ".join([*before, "…", *after])


def sides(clause: str) -> set[str]:
    return {side for side, words in _WORDS.items() if words.search(clause)}


def reversed_figures(sentence: str, passages: Sequence[str]) -> list[tuple[str, str]]:
    """(figure, what the source says of it) for each figure the sentence puts on the side
    opposite to every place the cited passages give the same figure."""
    text = strip_markers(sentence)
    around = [(s, e, keys[0], sides(_around(text, s, e))) for s, e, _, keys in figure_spans(text)]
    judged = [(s, e, key, said) for s, e, key, said in around if said]
    if not judged:
        return []  # most sentences: no figure with a side word, so the passages are not read
    in_source: dict[str, list[tuple[str, str]]] = {}
    for passage in passages:
        for s, e, _, own in figure_spans(passage):
            in_source.setdefault(own[0], []).append((passage[s:e], _around(passage, s, e)))
    flagged = []
    for start, end, key, said in judged:
        places = in_source.get(key, [])
        if not places or not all(sides(clause) for _, clause in places):
            continue
        source_sides = set().union(*(sides(clause) for _, clause in places))
        if source_sides & said or not {_OPPOSITE[s] for s in said} & source_sides:
            continue
        figure, clause = places[0]
        flagged.append((text[start:end], clause.replace("…", figure)))
    return flagged

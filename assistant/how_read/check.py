"""One answer's "How it will be read" check: stance, the four signs, what would add the
missing ones, and the plain-English score, as one typed result.

ThemeFinder counts a response as evidence-rich with two or more of the four signs, so the
check says how many the answer has against that bar. Nothing here blocks anything: the faces
show it beside the answer as advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.readability import describe, flesch_reading_ease
from assistant.how_read.signs import Found, Sign, find_signs
from assistant.how_read.stance import StanceCheck, check_stance
from assistant.how_read.suggest import STANCE_SUGGESTION, suggestion

EVIDENCE_RICH = 2  # signs an analyst's tool needs to mark an answer "evidence-rich"


@dataclass(frozen=True)
class HowRead:
    question: str
    stance: StanceCheck
    found: tuple[Found, ...]  # each sign the answer has, with the words that show it
    missing: tuple[Sign, ...]  # in the order of `Sign`
    suggestions: tuple[str, ...]  # what would add each missing sign (and a stance), in order
    reading_ease: float | None
    reading: str  # the score in words ("Reading ease 62 out of 100: plain English …")

    @property
    def has(self) -> tuple[Sign, ...]:
        return tuple(f.sign for f in self.found)

    @property
    def evidence_rich(self) -> bool:
        return len(self.found) >= EVIDENCE_RICH

    def as_dict(self) -> dict[str, object]:
        """For --json: plain values only."""
        return {
            "stance_asked": self.stance.asked,
            "stance_stated": self.stance.stated,
            "signs": {f.sign.value: f.words for f in self.found},
            "missing": [s.value for s in self.missing],
            "evidence_rich": self.evidence_rich,
            "suggestions": list(self.suggestions),
            "reading_ease": self.reading_ease,
        }


def how_read(question: str, text: str) -> HowRead:
    """Check one answer to `question` (the draft's Markdown or a person's own text)."""
    signs = find_signs(text, question)
    found = tuple(
        Found(sign, words[0] if sign is Sign.FIGURES else _in_context(text, words[0]))
        for sign, words in signs.items()
        if words
    )
    missing = tuple(sign for sign, words in signs.items() if not words)
    stance = check_stance(question, text)
    tips = ([STANCE_SUGGESTION] if stance.missing else []) + [
        suggestion(sign, question) for sign in missing
    ]
    score = flesch_reading_ease(text)
    return HowRead(question, stance, found, missing, tuple(tips), score, describe(score))


SHOWN_WORDS = 8  # the words shown for a sign: what matched and a few after it, to read it by


def _in_context(text: str, words: str) -> str:
    """ "should also seize the opportunities the reform agenda presents" rather than "should
    also seize": the match and the words after it, to the end of its sentence at most."""
    start = text.find(words)
    if start < 0:
        return words
    rest = re.split(r"(?<=[.!?;:])\s|\n|\[\d", text[start:], maxsplit=1)[0]
    shown = rest.split()
    clipped = " ".join(shown[: max(SHOWN_WORDS, len(words.split()))]).rstrip('.,;:!?”"')
    return clipped + ("…" if len(shown) > SHOWN_WORDS else "")

"""The stance an answer opens with ("agree", "disagree", "mixed"), read back from its words.

The inverse of how a draft states its own position (`answering/writing/position.py` writes "We agree
that ..."): our evidence reads a past response's stance to note a draft that departs from it,
"How it will be read" checks that an answer states one, and the argument evaluation scores it.
It sits with the checks, below our evidence and the writers, so each of them can read it
without importing another's stage.
"""

from __future__ import annotations

import re

# How an answer states its stance in its first words, each stance's phrasing most specific
# first: the position sentences the writers write ("We do not agree that ...", "We agree in
# part"), the profile's stance sentences, and a choice written out ("Yes.", "Strongly disagree.").
_STATED = (
    (
        "mixed",
        r"we (?:agree|disagree) in part|we have mixed views|we partly agree|partly\b|"
        r"neither agree nor disagree\b",
    ),
    (
        "disagree",
        r"we do not agree|we don['’]t agree|we disagree|we (?:strongly )?oppose|"
        r"we do not support|we don['’]t support|no(?=[.,;:!]|\s+[-–—])|"
        r"(?:strongly |tend to )?disagree\b",
    ),
    (
        "agree",
        r"we (?:strongly )?agree|we (?:strongly )?support|yes\b|"
        r"(?:strongly |tend to )?agree\b",
    ),
)
_STATED_AT_START = [
    (stance, re.compile(rf"^\W*(?:{pattern})", re.IGNORECASE)) for stance, pattern in _STATED
]


def stance_in(text: str, sentences: int = 3) -> str | None:
    """The stance an answer opens with ("agree", "disagree", "mixed"), or None when none of
    its first sentences takes one (an open answer, or "We do not take a position"). A few
    sentences, not one: an answer may first say who we are or welcome the consultation."""
    for first in re.split(r"(?<=[.!?])\s+|\n+", text.strip())[:sentences]:
        for stance, pattern in _STATED_AT_START:
            if pattern.match(first):
                return stance
    return None

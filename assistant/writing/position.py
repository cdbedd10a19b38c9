"""The first sentence of a draft: our stance, in the words of the question it answers.

A reader (and a consultation analyst) looks for the answer first. "Do you agree that X?" gets
"We agree that X." rather than "We agree with this proposal." The sentence is built by code, so
it can never misstate the organisation's stance; it falls back to the profile's stance sentence
when the question is not a yes/no question we can safely turn round.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.profile import STANCE_SENTENCES

if TYPE_CHECKING:
    from assistant.writing.base import DraftRequest

_AGREE = re.compile(
    r"^\s*(?:\d+[.)]?\s*)?(?:do|would) you (?:agree|support)\s+(?P<link>that|with)\s+"
    r"(?P<rest>[^?]{3,240})\?",
    re.IGNORECASE,
)
_VERB = {
    "agree": "We agree",
    "disagree": "We do not agree",
    "mixed": "We agree in part",
}


_PROPOSAL = re.compile(r"\bproposals?\b", re.IGNORECASE)


def position_sentence(question: str, stance: str) -> str:
    """ "We agree that some contracts should be reserved …" for "Do you agree that …?".

    A question we cannot safely turn round gets the stance alone ("We agree in part."), and
    "this proposal" only when the question speaks of one: "Should public bodies consider social
    value?" proposes nothing, so "We have mixed views on this proposal." would misread it."""
    match = _AGREE.match(question)
    rest = match.group("rest").strip() if match else ""
    safe = rest and not re.search(r"[\d\"“”‘’]|\byour?\b", rest, re.IGNORECASE)
    if not (match and safe and stance in _VERB):
        if stance in _VERB and not _PROPOSAL.search(question):
            return f"{_VERB[stance]}."
        return STANCE_SENTENCES.get(stance, STANCE_SENTENCES["no view"])
    link = match.group("link").lower()
    return f"{_VERB[stance]} {link} {rest.rstrip(' .')}."


# How an answer states its stance in its first words, each stance's phrasing most specific
# first: the position sentences above ("We do not agree that ...", "We agree in part"), the
# profile's stance sentences, and a choice written out ("Yes.", "Strongly disagree.").
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


def lead_with_position(request: DraftRequest) -> list[str]:
    """The opening with our stance first, in the words of the question (see `position`)."""
    stance_line = STANCE_SENTENCES.get(request.stance)
    rest = [s for s in request.opening if s != stance_line]
    if len(rest) == len(request.opening):  # no stance sentence: an open question, keep as is
        return list(request.opening)
    return [position_sentence(request.question, request.stance), *rest]


def stance_words(stance: str) -> str:
    """Our stance as the writing prompts give it to the model."""
    return {
        "agree": "we agree",
        "disagree": "we disagree",
        "mixed": "we have mixed views",
    }.get(stance, "we set out the evidence without taking a side")

"""The first sentence of a draft: our stance, in the words of the question it answers.

A reader (and a consultation analyst) looks for the answer first. "Do you agree that X?" gets
"We agree that X." rather than "We agree with this proposal." The sentence is built by code, so
it can never misstate the organisation's stance; it falls back to the profile's stance sentence
when the question is not a yes/no question we can safely turn round.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answering.profile import STANCE_SENTENCES

if TYPE_CHECKING:
    from assistant.answering.writing.base import DraftRequest

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

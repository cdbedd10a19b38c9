"""The first sentence of a draft: our stance, in the words of the question it answers.

A reader (and a consultation analyst) looks for the answer first. "Do you agree that X?" gets
"We agree that X." rather than "We agree with this proposal." The sentence is built by code, so
it can never misstate the organisation's stance; it falls back to the profile's stance sentence
when the question is not a yes/no question we can safely turn round.
"""

from __future__ import annotations

import re

from assistant.profile import STANCE_SENTENCES

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


def position_sentence(question: str, stance: str) -> str:
    """ "We agree that some contracts should be reserved …" for "Do you agree that …?"."""
    match = _AGREE.match(question)
    rest = match.group("rest").strip() if match else ""
    safe = rest and not re.search(r"[\d\"“”‘’]|\byour?\b", rest, re.IGNORECASE)
    if not (match and safe and stance in _VERB):
        return STANCE_SENTENCES.get(stance, STANCE_SENTENCES["no view"])
    link = match.group("link").lower()
    return f"{_VERB[stance]} {link} {rest.rstrip(' .')}."

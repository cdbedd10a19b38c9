"""A one-line suggested choice for a choice question, with its reason from the evidence.

A choice question ("Do you agree ...? Agree / Disagree / Neither") is the organisation's to
answer. The draft gives only a suggestion: the option that matches the organisation's stance
(the question's own, else the profile's) when the options are a scale of agreement, else the
option whose words best match the evidence found for the question. The reason is one sentence
of the checked draft, with its citation. With no evidence, or no option that the evidence
points to, the line says the choice is for you to make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.claims import citations_in
from assistant.checks.verify import stems
from assistant.consultation.model import ConsultationQuestion
from assistant.core.schema import GroundedText
from assistant.core.text import split_sentences

SUGGESTED = "Suggested choice"
FOR_YOU = "For you to choose"

# The options that say each stance, most direct first.
_FOR_STANCE = {
    "agree": ("agree", "yes", "strongly agree", "tend to agree", "somewhat agree"),
    "disagree": ("disagree", "no", "strongly disagree", "tend to disagree", "somewhat disagree"),
    "mixed": ("neither agree nor disagree", "neither", "partly", "partially", "not sure"),
}
_POLAR = {option for options in _FOR_STANCE.values() for option in options} | {
    "don't know",
    "do not know",
    "unsure",
    "no opinion",
    "no view",
    "other",
    "prefer not to say",
    "maybe",
}


@dataclass(frozen=True)
class Suggestion:
    option: str | None  # None: for you to choose
    reason: str  # one cited sentence of the draft ("" when none)
    line: str  # what the response shows


def suggest(question: ConsultationQuestion, stance: str, result: GroundedText | None) -> Suggestion:
    """The suggested option and its reason; "for you to choose" when the evidence says nothing."""
    choices = " / ".join(question.options)
    sentences = [] if result is None or result.refused else _cited(result.text)
    if not sentences:
        line = f"**{FOR_YOU}:** {choices}. The library holds no evidence on it."
        return Suggestion(None, "", line)
    option = _by_stance(question.options, stance) or _by_evidence(question.options, result)
    if option is None:
        line = f"**{FOR_YOU}:** {choices}. The evidence does not point to one of them."
        return Suggestion(None, "", line)
    reason = _reason(option, question.text, sentences)
    return Suggestion(option, reason, f"**{SUGGESTED}:** {option}. {reason}")


def _cited(text: str) -> list[str]:
    """The draft's sentences that cite a source, without list marks or headings."""
    lines = [line.lstrip("-*• ").strip() for line in text.splitlines()]
    body = " ".join(line for line in lines if line and not line.startswith("#"))
    return [s for s in split_sentences(body) if citations_in(s)]


def _key(option: str) -> str:
    return re.sub(r"\s+", " ", option.lower().replace("’", "'")).strip(" .")


def _by_stance(options: tuple[str, ...], stance: str) -> str | None:
    """The option that says the stance, when the options are a scale of agreement."""
    keys = {_key(option): option for option in options}
    if not keys or not set(keys) <= _POLAR:
        return None
    for wanted in _FOR_STANCE.get(stance, ()):
        if wanted in keys:
            return keys[wanted]
    return None


def _by_evidence(options: tuple[str, ...], result: GroundedText | None) -> str | None:
    """The option sharing most words with the evidence; None on a tie or no overlap."""
    if result is None:
        return None
    evidence = stems(" ".join(e.quote for e in result.evidence))
    scored = sorted(((len(stems(o) & evidence), o) for o in options), reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _reason(option: str, question: str, sentences: list[str]) -> str:
    """The cited sentence sharing most words with the option and the question."""
    wanted = stems(f"{option} {question}")
    return max(sentences, key=lambda s: (len(stems(s) & wanted), -sentences.index(s)))

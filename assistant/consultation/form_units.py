"""Online survey forms and call-for-evidence pages, tidied into plain paragraphs before their
questions are looked for.

A form copied from SurveyMonkey, SmartSurvey, Citizen Space or an engagement hub carries the
platform's furniture: a "Question Title" line before each item, a "*" required marker ("* 1.",
"* Your name:"), a "Q.1" label on its own line, "7% of survey complete." A printed or pasted
questionnaire can also arrive as one run of text ("1. In the past 12 months ... ? None Optional
Once or twice Optional 2. How do you rate ..."). Here the furniture is dropped, the marker
remembered, a lone label joined to its question, and a run-on questionnaire split before each
number that continues the sequence, so the finder sees one item a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from assistant.consultation.reading import Unit

_FURNITURE = re.compile(
    r"^(?:question\s+title|\*|\d{1,3}%\s+of\s+survey\s+complete\.?|required|optional|"
    r"\(maximum\s+selection\s+limit\s*:\s*\d+\))$",
    re.IGNORECASE,
)
# The required marker before a numbered item or a field ("* 1. ...", "* Your name:", "* Sex"),
# not a Markdown bullet before a sentence ("* Do you use a day centre?").
_STAR = re.compile(r"^\*\s*(?=\d{1,3}\s*[.)]|[A-Z][^?*]{0,60}:$|[A-Z][^?*:]{0,40}$|$)")
_LONE_LABEL = re.compile(
    r"^(?:•\s*)?q(?:uestion)?\s*\.?\s*(?P<number>\d{1,3}[a-z]?)\s*[:.)]?$", re.I
)
# "3. a) How ..." / " b) How ...": a number or a letter item inside a run of text.
_RUN_ITEM = re.compile(r"(?<=[?.:!a-z\])]\s)(?=(?:\d{1,3}\s*\.\s*(?:[a-h]\)\s*)?|[a-h]\)\s+)[A-Z])")
RUN_MIN_WORDS = 80  # a paragraph this long with numbered items inside is a pasted form
FORM_MARKERS = 2  # this many markers make a document a form


@dataclass(frozen=True)
class FormUnit:
    """A paragraph of a form: its text without the marker, and whether it was starred."""

    text: str
    heading: bool
    required: bool = False


def tidy(units: Sequence[Unit]) -> tuple[list[FormUnit], int]:
    """The units with the furniture gone, and how many form markers there were (a "Question
    Title" line, a "*" marker, a lone "Q.1" label)."""
    out: list[FormUnit] = []
    markers = 0
    label: str | None = None
    for unit in units:
        text = unit.text.strip()
        required = bool(_STAR.match(text))
        text = _STAR.sub("", text)
        if _FURNITURE.match(text):
            markers += 1
            continue
        if lone := _LONE_LABEL.match(text):  # a "Question 1" heading is GOV.UK's, not a form's
            label, markers = lone["number"], markers + (not unit.heading)
            continue
        markers += required
        if label is not None and not unit.heading:
            text, label = f"{label}. {text}", None
        for piece in _split_run(text):
            out.append(FormUnit(piece, unit.heading, required))
    return out, markers


def _split_run(text: str) -> list[str]:
    """A run of text holding a questionnaire ("1. ... 2. ... 3. a) ... b) ..."), split at each
    item; any other paragraph as it is."""
    if len(text.split()) < RUN_MIN_WORDS:
        return [text]
    cuts = [m.start() for m in _RUN_ITEM.finditer(text)]
    numbers = re.findall(r"(?:^|\s)(\d{1,3})\s*\.\s*[A-Za-z]", text)
    if len(cuts) < 3 or not _sequence([int(n) for n in numbers]):
        return [text]
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _sequence(numbers: list[int]) -> bool:
    """1, 2, 3 ...: at least three numbers that each follow the one before."""
    steps = sum(1 for a, b in pairwise(numbers) if b == a + 1)
    return steps >= 2

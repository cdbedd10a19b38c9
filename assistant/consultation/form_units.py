"""Online survey forms and call-for-evidence pages, tidied into plain paragraphs before their
questions are looked for.

A form copied from SurveyMonkey, SmartSurvey, Citizen Space or an engagement hub carries the
platform's furniture: a "Question Title" line before each item, a "*" required marker ("* 1.",
"* Your name:"), a "Q.1" label on its own line, "7% of survey complete." A printed or pasted
questionnaire can also arrive as one run of text ("1. In the past 12 months ... ? None Optional
Once or twice Optional 2. How do you rate ..."). Here the furniture is dropped, the marker
remembered, a lone label joined to its question, and a run-on questionnaire split before each
number that continues the sequence, so the finder sees one item a paragraph. A numbered question
run on from the sentence before it, as a PDF's text often gives it ("... from your home. 1.
Overall, how satisfied ..."), is split off too; lettered sub-questions ("3. a) How ... b) What
...") are numbered 3a, 3b, a stem that only introduces them ("4. Thinking of times when ...:")
kept as the first one's preamble; an answer box ("[Type here]") is dropped and remembered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from assistant.consultation.reading import Unit

_FURNITURE = re.compile(
    r"^(?:question\s+title|\*|\d{1,3}%\s+of\s+survey\s+complete\.?|required|optional|"
    r"skip\s+to\s+(?:main\s+)?content|menu|"
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
# A numbered question run on from the sentence before it: "... from your home. 1. Overall, how".
_RUN_ON_ASK = re.compile(
    r"(?<=[.?!]\s)(?=\d{1,3}\s*\.\s+(?:overall,?\s+|in\s+general,?\s+)?(?:how|what|which|why|"
    r"do|does|did|are|is|have|has|would|could|should|please|to\s+what\s+extent)\b)",
    re.IGNORECASE,
)
_STEM = re.compile(r"^(?P<number>\d{1,3})\s*\.\s*(?P<text>.*)$", re.DOTALL)
_LETTER = re.compile(r"^\(?(?P<mark>[a-h])[.)]\s+(?P<text>\S.*)$", re.DOTALL)
_LETTER_ASKS = re.compile(
    r"\?|^(?:what|which|how|why|where|when|who|do|does|did|are|is|have|has|would|could|can|"
    r"will|should|please|to\s+what\s+extent)\b",
    re.IGNORECASE,
)
# An answer box a Word or ODT form leaves for the respondent: "[Type here]", "[Enter text]".
ANSWER_BOX = re.compile(
    r"\s*\[(?:type|enter|insert|click)\b[^\]]{0,30}\]|\s*_{5,}\s*$|\s*\.{8,}\s*$", re.IGNORECASE
)
_SCALE_WORDS = re.compile(
    r"^(?:very|fairly|strongly|neither|nor|agree|disagree|satisfied|dissatisfied|neutral|"
    r"none|of|the|time|rarely|some|often|all|poor|good|fair|excellent|important|unimportant|"
    r"likely|unlikely|choice|1st|2nd|3rd|comment|\(optional\)|statement|service|not|at|"
    r"applicable|don't|know|never|sometimes|always|usually|occasionally|average|below|above|"
    r"somewhat|extremely|slightly|moderately|definitely|probably|relevant|irrelevant|highly|"
    r"little|much|well|\d|[|/-])$",
    re.IGNORECASE,
)
_NO_VIEW = re.compile(r"\bno\s+opinion\b|\bto\s+a\s+great\s+extent\b", re.IGNORECASE)
YN_ROW = re.compile(r"\(y/n\)\s*$", re.IGNORECASE)
RUN_MIN_WORDS = 80  # a paragraph this long with numbered items inside is a pasted form
FORM_MARKERS = 2  # this many markers make a document a form


@dataclass(frozen=True)
class FormUnit:
    """A paragraph of a form: its text without the marker, and whether it was starred."""

    text: str
    heading: bool
    required: bool = False
    box: bool = False  # an answer box ("[Type here]") followed the text


def is_scale(text: str) -> bool:
    """A grid's header: every word a scale word ("Strongly agree Agree Neutral ...")."""
    # a PDF's table header can run its words together: "Strongly agreeAgreeNeither ..."
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text.replace("|", " "))
    words = _NO_VIEW.sub(" ", spaced).split()
    return bool(words) and all(_SCALE_WORDS.match(w) for w in words)


def tidy(units: Sequence[Unit]) -> tuple[list[FormUnit], int]:
    """The units with the furniture gone, and how many form markers there were (a "Question
    Title" line, a "*" marker, a lone "Q.1" label). The same document is tidied several times
    (the rules and each of the trained scorer's passes), so the last few are remembered."""
    tidied, markers = _tidy(tuple(units))
    return list(tidied), markers


@lru_cache(maxsize=4)
def _tidy(units: tuple[Unit, ...]) -> tuple[tuple[FormUnit, ...], int]:
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
        box = bool(ANSWER_BOX.search(text))
        text, markers = ANSWER_BOX.sub("", text).strip() or text, markers + box
        pieces = _scale_apart(_split_run(text))
        markers += FORM_MARKERS * (len(pieces) > 2 or _run_on(pieces))
        heading = unit.heading and not box  # a label with an answer box is a field
        out += [FormUnit(piece, heading, required, box) for piece in pieces]
    return tuple(_lettered(out)), markers


SCALE_TAIL_WORDS = 20  # a grid's scale header run on to the paragraph above is this short


def _scale_apart(pieces: list[str]) -> list[str]:
    """A grid's scale header a PDF ran on to the instruction above it ("... in your views
    Strongly agreeAgreeNeither ... disagree") as a paragraph of its own."""
    last = pieces[-1]
    words = last.split()
    for start in range(max(4, len(words) - SCALE_TAIL_WORDS), len(words) - 2):
        tail, head = " ".join(words[start:]), words[start - 1]
        if head.endswith(("?", ":", ".")) or "/" in tail or "|" in tail:
            continue  # choices written after their question ("? Agree / Disagree") stay with it
        if is_scale(tail) and re.search(r"agree|satisf|likely|important", tail, re.IGNORECASE):
            return [*pieces[:-1], " ".join(words[:start]), tail]
    return pieces


def _run_on(pieces: list[str]) -> bool:
    """Two or more numbered questions split off the sentences they ran on from."""
    return sum(1 for p in pieces[1:] if _STEM.match(p)) >= 2


def _lettered(units: list[FormUnit]) -> list[FormUnit]:
    """ "b) What additional hours ...?" after "3. a) ..." becomes "3b. What ..."; a stem that
    only introduces its lettered questions ("4. Thinking of times ...:") becomes the first
    one's preamble. Letters that do not ask ("a) Effective") stay answer choices."""
    out: list[FormUnit] = []
    stem: tuple[str, str, int | None] | None = None  # number, its text, where it stands in out
    for unit in units:
        numbered, letter = _STEM.match(unit.text), _LETTER.match(unit.text)
        if numbered and not letter:
            stem = (numbered["number"], numbered["text"].strip(), len(out))
        elif letter and stem and _LETTER_ASKS.search(letter["text"][:200]):
            number, body, at = stem
            text = letter["text"].strip()
            introduces = not _LETTER.match(body) and not body.rstrip().endswith("?")
            if at is not None and at == len(out) - 1 and introduces:
                out.pop()
                text = f"{body} {text}".strip()
            stem = (number, body, None)
            out.append(replace(unit, text=f"{number}{letter['mark'].lower()}. {text}"))
            continue
        elif unit.heading:
            stem = None
        out.append(unit)
    return out


def _split_run(text: str) -> list[str]:
    """A run of text holding a questionnaire ("1. ... 2. ... 3. a) ... b) ..."), split at each
    item; numbered questions run on from the sentence before them split off; any other
    paragraph as it is."""
    if len(text.split()) < RUN_MIN_WORDS:
        return _split_asks(text)
    cuts = [m.start() for m in _RUN_ITEM.finditer(text) if not _after_number(text, m.start())]
    numbers = re.findall(r"(?:^|\s)(\d{1,3})\s*\.\s*[A-Za-z]", text)
    if len(cuts) < 3 or not _sequence([int(n) for n in numbers]):
        return _split_asks(text)
    return _cut(text, cuts)


def _split_asks(text: str) -> list[str]:
    return _cut(text, [m.start() for m in _RUN_ON_ASK.finditer(text)])


def _after_number(text: str, at: int) -> bool:
    """The cut would fall between "3." and its "a)": keep them together."""
    return bool(re.search(r"(?:^|\s)\d{1,3}\s*\.\s*$", text[:at]))


def _cut(text: str, cuts: list[int]) -> list[str]:
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

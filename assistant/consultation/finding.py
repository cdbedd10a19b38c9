"""Where a question starts and which paragraphs after it belong to it.

The rules, strongest first: a labelled question ("Question 3:", "Q3", "Q 3 -"); a numbered
item that asks something ("3)", "1a.", "1.2"); a bare number in a table's first column with
its question beside it; under a "Questions" heading or a plain "Questions:" line, any numbered
or bulleted item or sentence that asks. A short capitalised label ("1. FAIR TO CHARGE?") is
not itself the question: the question is the paragraph that follows. In documents with no
labelled questions, a paragraph that is one question and nothing else ("Please tell us how
... .", "Which of the following best describes you:") is a question too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.consultation import patterns
from assistant.consultation.form_units import is_scale
from assistant.consultation.kinds import field_label
from assistant.consultation.reading import Unit

MAX_PARTS = 4  # paragraphs after a question that may still belong to it
PART_MAX_WORDS = 60  # ... each no longer than this
STANDALONE_MAX_WORDS = 60  # a paragraph longer than this is prose, even if it ends in "?"
OPENER_MAX_WORDS = 40  # a numbered question without its "?" is this short
LABEL_MAX_WORDS = 8  # "FAIR TO CHARGE?" is a label; a longer line is a question
OPTION_MAX_WORDS = 12  # a listed answer choice is short

# A line that opens a list of questions inside a section: "Questions:", "Consultation questions".
QUESTIONS_LINE = re.compile(
    r"^(?:consultation\s+|key\s+)?questions?\s*:?$|"
    r"^(?=.{0,200}:$).*\b(?:the\s+following|these)\s+(?:\w+\s+)?questions?\b|"
    r"^(?=.{0,200}:$)\s*the\s+key\s+questions?\b",
    re.IGNORECASE,
)  # also "We would welcome answers to the following questions:", "... an answer to the
# following question:", "The key questions the Committee will seek to answer on this theme is:"
# A question that ends in "." or ":" starts like a question or an instruction to the reader.
# A question written without "?": "How could centres be made ... , in 200 words.", "Which of
# the following best describes you:" (not "How we will use your information.").
_ASKING_START = re.compile(
    r"^(?:(?:what|which|how|why|where|when|who)\s+(?:could|should|would|can|do|does|did|is|are|"
    r"will|might|may|much|many|far|often|long|well|strongly|easy|important|of\s+the\s+following|"
    r"of\s+these))\b",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"^please\s+(?:tell|let|explain|describe|give|provide|set\s+out|outline|comment|share|"
    r"list|indicate|state|say|suggest|rank|rate)\b",
    re.IGNORECASE,
)
# Prose that only looks like a question: how to contact the team, or how to respond.
_NOT_A_QUESTION = re.compile(
    r"@|\bif\s+you\s+have\s+(?:any\s+)?questions\b|\bcontact\s+us\b|\bwe\s+asked\b|"
    r"\bhave\s+your\s+say\b|^which\s+is\s+why\b|"
    r"\b(?:be\s+(?:a\s+)?part\s+of|take\s+part\s+in|join)\s+(?:our|the|this)\b",
    re.I,
)
# A form's prompt for the answer: "Please enter here:", "Your answer:", "Comments".
ANSWER_BOX = re.compile(
    r"^(?:please\s+(?:enter|type|write|give)\s+(?:your\s+(?:answer|response|comments?|views?)\s+)?"
    r"(?:here|below|in\s+the\s+box(?:\s+below)?)|(?:your\s+)?(?:answer|response|comments?))"
    r"\s*[:.]?$",
    re.IGNORECASE,
)
# A list of choices follows: "Which of the following ...", "... best describes you:".
_CHOICES_FOLLOW = re.compile(
    r":\s*$|\bwhich\s+of\s+(?:the\s+following|these)\b|\b(?:tick|select|choose)\s+(?:one|all)",
    re.IGNORECASE,
)


@dataclass
class Found:
    """A question while it is being read: its parts are joined once it is complete."""

    number: str | None  # None: no number in the document
    parts: list[str]
    chapter: str
    context: str
    options: list[str] = field(default_factory=list)
    sub: bool = False  # a sub-question of a stem ("(i) What works well?")
    borrowed: bool = False  # its number is that of the numbered paragraph above it
    scale: bool = False  # a rating scale follows it ("very little 1 2 3 4 5 very much")

    @property
    def text(self) -> str:
        return " ".join(p for p in self.parts if p).strip()


def labelled(units: Sequence[Unit]) -> bool:
    """Does the document label its questions ("Question 1:", "Q1.")? Then only labelled and
    numbered questions are taken, and other question-like paragraphs are only mentioned."""
    return any(
        question_start(u, False, True) and patterns.QUESTION_LABEL.match(u.text) for u in units
    )


def question_start(unit: Unit, in_list: bool, labels: bool) -> tuple[str | None, str] | None:
    """(number or None, text) when this unit starts a question; text "" when the question is
    the next paragraph ("Question 5" alone, or "5" in a table's first column)."""
    text = unit.text
    if label := patterns.QUESTION_LABEL.match(text):
        rest = label["text"].strip()
        # "Question 3 asks whether..." in running text is not a label; "Question 3: ..." is.
        if label["sep"].strip() or not rest or patterns.ASKS.search(rest):
            return _number(label["number"]), rest
    if not unit.heading and (bare := patterns.BARE_NUMBER.match(text)):
        return _number(bare["number"]), ""
    if item := patterns.NUMBERED_ITEM.match(text):
        body = item["text"].strip()
        field = field_label(body)  # "1. Name of Council", read as a heading when it is short
        asks = asks_at_end(body) or standalone(body) or field
        if (asks and (not unit.heading or "?" in text or field)) or (in_list and not unit.heading):
            return _number(item["number"]), body
        return None
    if unit.heading:
        return None
    if in_list:
        if bullet := patterns.BULLET_ITEM.match(text):
            return None, bullet["text"].strip()
        if patterns.ASKS.search(text) and not patterns.OPTION_ALONE.match(text):
            return None, patterns.unquoted(text)
    return None


def _number(written: str) -> str:
    """ "1(a)" -> "1a": one way to write a sub-number."""
    written = re.sub(r"\s+", "", written)  # "ST 2" -> "ST2"
    return re.sub(r"\(([a-z]+)\)$", r"\1", written, flags=re.IGNORECASE)


def asks_at_end(text: str) -> bool:
    """A numbered paragraph asks something when it ends with its question (perhaps followed by
    choices, a limit or "Please explain"), or is an instruction ("Please describe ...");
    "2.4 Why does this matter? Because ..." is a paragraph of the argument, not a question."""
    if "?" not in text:
        last = re.split(r"(?<=[.!:])\s+", text.strip())[-1]
        clauses = re.split(r",\s+", last)  # "If you answered yes, which events did you go to"
        opener = len(text.split()) <= OPENER_MAX_WORDS and any(
            patterns.QUESTION_OPENER.match(c) for c in clauses
        )
        return bool(patterns.ASKS.match(text) or (opener and not last.endswith(".")))
    tail = text.rsplit("?", 1)[1].strip()
    return not tail or bool(patterns.QUESTION_PART.match(tail) or any(patterns.limits_in(tail)))


def standalone(text: str) -> bool:
    """A paragraph that is a question and nothing else: short, and ending in "?", or an
    instruction ending in "." ("Please tell us how ..."), or a question ending in ":" or "."."""
    words = text.split()
    asks = text.count("?")
    limit = STANDALONE_MAX_WORDS * (2 if asks >= 3 else 1)  # a call's paragraph of questions
    if not words or len(words) > limit or _NOT_A_QUESTION.search(text):
        return False
    if patterns.closing_date_in(text):  # "Tell us what you think by 10 April."
        return False
    end = text.rstrip()[-1]
    if "?" in text:  # "Do you agree? Yes / No", "Should it? Please explain."
        sentences = len(re.findall(r"[.!?](?:\s|$)", text))
        dense = asks >= 2 and sentences - asks <= 1  # "... self-employed. Why? How ...? What ...?"
        return (sentences <= 3 or dense) and not text.startswith("(") and asks_at_end(text)
    if _INSTRUCTION.match(text) and end in ".:":
        return True
    return bool(_ASKING_START.match(text)) and end in ".:" and len(words) >= 5


def is_label(text: str) -> bool:
    """A short heading-like label before the real question: "FAIR TO CHARGE?", "Eligibility"."""
    words = text.split()
    if not words or len(words) > LABEL_MAX_WORDS:
        return False
    letters = [c for c in text if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    asks = patterns.ASKS.search(text) or patterns.QUESTION_OPENER.match(text)
    return shouting or not (asks or text.rstrip().endswith((".", ":")))


def starts_item(text: str) -> bool:
    return bool(
        patterns.QUESTION_LABEL.match(text)
        or patterns.NUMBERED_ITEM.match(text)
        or patterns.BULLET_ITEM.match(text)
    )


def take_parts(units: Sequence[Unit], index: int, question: Found, labels: bool = True) -> int:
    """Add the paragraphs after a question that belong to it; return the index after them.
    In a document without labels, a paragraph that is a question of its own ("Please describe
    ...") starts the next question rather than adding to this one."""
    taken = 0
    while index < len(units) and taken < MAX_PARTS:
        unit = units[index]
        text = unit.text
        if unit.heading:
            break
        if ANSWER_BOX.match(text):
            index += 1  # the form's answer box, not part of the question
            continue
        if question.text and is_scale(text) and any(c.isdigit() for c in text):
            question.scale = True  # "not at all 1 2 3 4 5 very well no opinion": pick a point
            index += 1
            continue
        if option := patterns.OPTION_ALONE.match(text):
            question.options.append(option["option"])
            index += 1
            continue  # a list of choices may be long; it does not count as a part
        choice = _listed_choice(text)
        if choice and (
            _CHOICES_FOLLOW.search(question.text)
            or (patterns.BULLET_ITEM.match(text) and question.text.rstrip().endswith("?"))
        ):
            question.options.append(choice)
            index += 1
            continue
        if question.sub and (sub := patterns.SUB_ITEM.match(text)) and "?" in sub["text"]:
            break  # the next sub-question of the same stem
        if not question.text and not starts_item(text):
            question.parts.append(text)  # the label stood alone: this is the question
        elif starts_item(text) and not patterns.SUB_PART.match(text):
            break  # the next question
        elif len(text.split()) > PART_MAX_WORDS:
            break  # a paragraph of its own
        elif not labels and _own_question(text) and patterns.ASKS.search(question.text):
            break
        elif (
            patterns.SUB_PART.match(text)
            or patterns.QUESTION_PART.match(text)
            or any(patterns.limits_in(text))
            or (not patterns.ASKS.search(question.text) and patterns.ASKS.search(text))
        ):
            question.parts.append(text)
        else:
            break
        index += 1
        taken += 1
    return index


_FOLLOW_UP = re.compile(r"\b(?:answer|reasons?|why|examples?|evidence|views?)\b", re.IGNORECASE)


def _own_question(text: str) -> bool:
    """ "Please describe anything that would ..." asks a question of its own; "Please explain
    your answer" and "Please give reasons" add to the one above."""
    return standalone(text) and len(text.split()) > 8 and not _FOLLOW_UP.search(text)


# A bullet written as a question that lost its question mark: five words or more, starting as a
# question does ("Are there changes which would help committees ...").
_ASKS_WITHOUT_MARK = re.compile(
    r"^(?:are|is|do|does|did|has|have|can|could|would|should|will|what|which|how|why|where|"
    r"when|who)\s+(?!not\b)\S+(?:\s+\S+){3,}",
    re.IGNORECASE,
)


def _listed_choice(text: str) -> str | None:
    """ "a) A user-led organisation" or "• A charity" as an answer choice (short, not asking)."""
    match = patterns.SUB_ITEM.match(text) or patterns.BULLET_ITEM.match(text)
    if not match or "?" in text or len(text.split()) > OPTION_MAX_WORDS:
        return None
    if _ASKS_WITHOUT_MARK.match(match["text"]):
        return None  # "• Are there changes which would help ... scrutiny." asks, it is no choice
    return match["text"].strip().rstrip(";,.")

"""Reading a document paragraph by paragraph: what each one is, given what came before.

The reader keeps the chapter it is in, whether it is inside a list of questions, a numbered
label still waiting for its question ("2. THE PRICE" ... "How reasonable is ...?"), and a
stem whose lettered sub-items are questions ("Question 3: Thinking about ...:" then "(i)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.consultation import finding, patterns
from assistant.consultation.kinds import field_label
from assistant.consultation.reading import Unit

PENDING_UNITS = 3  # a numbered label's question must follow within this many paragraphs


@dataclass
class Reading:
    """What the reader knows at one point of the document."""

    chapter: str = ""
    in_list: bool = False
    recent: list[str] = field(default_factory=list)  # prose of this chapter, for context
    pending: str | None = None  # the number of a label whose question has not come yet
    pending_age: int = 0
    pending_label: str = ""  # the label the pending number came with ("" for a paragraph)
    stem: str | None = None  # the number of a stem ("Question 4: Thinking about ...:")
    notes: list[str] = field(default_factory=list)
    possible: list[str] = field(default_factory=list)


def question_at(
    unit: Unit, following: Unit | None, state: Reading, labels: bool
) -> tuple[str | None, str, str] | None:
    """(number, text, how) if `unit` starts a question ("how" is "sub" for a stem's
    sub-question, "borrowed" for a number taken from the paragraph above, else ""); also
    notes stems, labels and near-misses."""
    start = finding.question_start(unit, state.in_list, labels)
    text = unit.text
    if start is not None:
        number, body = start
        if not body and not asks_next(following):
            return None  # a bare number with no question beside it (a page number)
        if number is not None and _stem(body, following):
            state.stem, state.pending = number, None
            return None
        label = finding.is_label(body) and not field_label(body)  # "1. Name of Council" asks
        if number is not None and body and label and not asks_next(following):
            state.pending, state.pending_age = number, 0  # its question comes a little later
            state.pending_label = body
            return None
        state.stem = None if patterns.NUMBERED_ITEM.match(text) or number else state.stem
        return number, body, ""
    if unit.heading:
        return None
    if state.stem and (sub := patterns.SUB_ITEM.match(text)) and patterns.ASKS.search(text):
        return f"{state.stem}{sub['mark'].lower()}", sub["text"].strip(), "sub"
    if finding.standalone(text) and not finding.starts_item(text):
        if not labels and state.pending:
            if state.pending_label:
                state.notes.append(label_note(state.pending_label, state.pending))
            return state.pending, text, "" if state.pending_label else "borrowed"
        if not labels:
            return None, text, ""
        if text.rstrip().endswith("?"):
            state.possible.append(text)
    return None


def label_note(label: str, number: str) -> str:
    return f"Question {number}: the label “{label}” was left out of its text."


def _stem(body: str, following: Unit | None) -> bool:
    """ "Question 4: Thinking about the changes:" followed by "(i) What ...?" sub-questions."""
    if following is None or body.rstrip().endswith("?"):
        return False
    sub = patterns.SUB_ITEM.match(following.text)
    return bool(sub and patterns.ASKS.search(sub["text"]))


def asks_next(unit: Unit | None) -> bool:
    return bool(
        unit is not None
        and not unit.heading
        and not finding.starts_item(unit.text)
        and patterns.ASKS.search(unit.text)
    )


def read_other(unit: Unit, state: Reading, title: str) -> None:
    """A heading or paragraph that is not a question: chapter, list, label bookkeeping."""
    text = unit.text
    if unit.heading:
        state.chapter = "" if _same(text, title) else text
        state.in_list = bool(patterns.QUESTIONS_HEADING.search(text)) and not bool(
            patterns.NOT_QUESTIONS_HEADING.search(text)
        )
        state.recent, state.pending, state.stem = [], None, None
        numbered = patterns.NUMBERED_ITEM.match(text)  # "2. THE PRICE": its question follows
        if numbered and re.fullmatch(r"\d{1,3}", numbered["number"]):
            state.pending, state.pending_age = numbered["number"], 0
            state.pending_label = numbered["text"] if finding.is_label(numbered["text"]) else ""
        return
    if finding.QUESTIONS_LINE.match(text):
        state.in_list = True
        return
    state.recent.append(text)
    item = patterns.NUMBERED_ITEM.match(text)
    if item and re.fullmatch(r"\d{1,3}", item["number"]):
        state.pending, state.pending_age = item["number"], 0  # background with a section number
        state.pending_label = item["text"] if finding.is_label(item["text"]) else ""
    elif state.pending:
        state.pending_age += 1
        if state.pending_age >= PENDING_UNITS:
            state.pending = None


def _same(a: str, b: str) -> bool:
    return _normalise(a) == _normalise(b)


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()

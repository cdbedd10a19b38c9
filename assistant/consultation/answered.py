"""A response already sent: each question it answered, paired with the answer that follows it.

A past response is laid out like the consultation it answers ("Question 3: Do you agree ...?"
then the organisation's paragraphs), so the same reader and question finder that read a
consultation (`reading`, `layout`, `finding`) find its questions here; the paragraphs after a
question, up to the next question or the next chapter heading, are its answer. A question
with no answer under it (left blank in the form) is skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.consultation import finding, patterns
from assistant.consultation.finding import Found
from assistant.consultation.layout import Reading, question_at, read_other
from assistant.consultation.numbering import next_number
from assistant.consultation.reading import Unit, read_consultation
from assistant.core.errors import InputError


@dataclass(frozen=True)
class AnsweredQuestion:
    number: str
    question: str
    answer: str  # the answer's paragraphs, separated by blank lines

    @property
    def label(self) -> str:
        return f"Question {self.number}: {self.question}"


@dataclass
class _Open:
    found: Found
    answer: list[str] = field(default_factory=list)


def read_answers(path: Path) -> tuple[str, list[AnsweredQuestion]]:
    """(document title, its answered questions) from a DOCX, PDF, Markdown or text response.

    DocumentError for an unreadable file (the readers' own message); InputError when no
    answered question is found.
    """
    document = read_consultation(Path(path))
    answered = answers_from_units(document.units, document.title)
    if not answered:
        raise InputError(
            f"{Path(path).name}: no answered questions found. A past response needs its "
            "questions labelled or numbered ('Question 1: ...?', '1. ...?') with the answer "
            "below each"
        )
    return document.title, answered


def answers_from_units(units: Sequence[Unit], title: str) -> list[AnsweredQuestion]:
    """Each question found in `units`, with the paragraphs after it that answer it."""
    state = Reading()
    labels = finding.labelled(units)
    opened: list[_Open] = []
    current: _Open | None = None
    index = 0
    while index < len(units):
        unit = units[index]
        following = units[index + 1] if index + 1 < len(units) else None
        start = question_at(unit, following, state, labels)
        if start is None:
            read_other(unit, state, title)
            if current is not None and unit.heading:
                current = None  # a new chapter: what follows answers nothing asked above
            elif current is not None and not finding.QUESTIONS_LINE.match(unit.text):
                current.answer.append(unit.text)
            index += 1
            continue
        number, text, _how = start
        state.pending = None
        question = Found(number, [text], state.chapter, "")
        index = finding.take_parts(units, index + 1, question, labels)
        current = _Open(question)
        if len(question.options) == 1:  # "Agree" alone under the question: the choice made
            current.answer.append(question.options[0] + ".")
        # In a consultation "Yes. ..." under a question is one of its parts; here it answers.
        asking = [p for p in question.parts[1:] if _asks(p)]
        current.answer += [p for p in question.parts[1:] if not _asks(p)]
        question.parts[1:] = asking
        opened.append(current)
    return _numbered(opened)


def _asks(part: str) -> bool:
    """A part of the question ("Please explain your answer.", "(250 words)"), not an answer."""
    return bool(patterns.ASKS.search(part) or any(patterns.limits_in(part)))


def _numbered(opened: list[_Open]) -> list[AnsweredQuestion]:
    answered, last = [], ""
    for item in opened:
        number = item.found.number or next_number(last)
        last = number
        answer = "\n\n".join(p.strip() for p in item.answer if p.strip())
        question = item.found.text
        if answer and question:
            answered.append(AnsweredQuestion(number, question, answer))
    return answered

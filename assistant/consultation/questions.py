"""Find the questions a consultation document asks, in order, with their numbers and limits.

A question is a paragraph that is labelled ("Question 1:", "Q2."), a numbered item that asks
something ("5) Should fares be capped?", "1.2 Please explain ..."), or, under a heading such as
"Consultation questions", any numbered or bulleted item or any sentence ending in "?". The lines
after it that belong to it ("Please explain your answer.", "(maximum 250 words)", "Yes / No")
are kept with it. What is found is a draft for the user to correct, not a final list: the
report says what was assumed (questions numbered by position, repeats left out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.consultation import patterns
from assistant.consultation.model import Consultation, ConsultationQuestion
from assistant.consultation.reading import Unit, read_consultation
from assistant.errors import InputError

CONTEXT_WORDS = 150  # the document's own words kept as a question's context
MAX_PARTS = 4  # paragraphs after a question that may still belong to it
PART_MAX_WORDS = 60  # ... each no longer than this

SEARCHED = (
    "labels such as 'Question 1:' or 'Q1.'; numbered items ('5)', '5.', '1.2') that end in '?' "
    "or ask you to explain or describe; and, under a heading containing 'Questions', numbered "
    "or bulleted items and sentences ending in '?'"
)


@dataclass
class _Found:
    """A question while it is being read: its parts are joined once it is complete."""

    number: str | None  # None: no number in the document
    parts: list[str]
    chapter: str
    context: str
    options: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(p for p in self.parts if p).strip()


def extract_questions(path: Path) -> Consultation:
    """Read a consultation document (PDF, DOCX, HTML, MD, TXT) and find its questions.

    Raises DocumentError for an unreadable file (a scanned PDF has no text to read) and
    InputError when no questions are found, naming what was looked for.
    """
    path = Path(path)
    document = read_consultation(path)
    consultation = questions_from_units(document.units, document.title, source=str(path))
    if not consultation.questions:
        raise InputError(
            f"{path.name}: no questions found. Looked for {SEARCHED}. If the questions are in "
            "a table or a picture, write them in a questions file and use `--questions`"
        )
    return consultation


def questions_from_units(units: Sequence[Unit], title: str, source: str = "") -> Consultation:
    """The questions in a sequence of headings and paragraphs (see the module's docstring)."""
    found: list[_Found] = []
    chapter, in_list = "", False
    recent: list[str] = []  # prose of the current chapter so far, for a question's context
    prose: dict[str, list[str]] = {}
    every_answer: tuple[int | None, int | None] = (None, None)
    index = 0
    while index < len(units):
        unit = units[index]
        start = _question_start(unit, in_list)
        if start is None:
            if unit.heading:
                chapter = "" if _same(unit.text, title) else unit.text
                in_list = bool(patterns.QUESTIONS_HEADING.search(unit.text)) and not bool(
                    patterns.NOT_QUESTIONS_HEADING.search(unit.text)
                )
                recent = []
            else:
                recent.append(unit.text)
                prose.setdefault(chapter, []).append(unit.text)
                if patterns.EVERY_ANSWER.search(unit.text) and any(patterns.limits_in(unit.text)):
                    every_answer = patterns.limits_in(unit.text)
            index += 1
            continue
        number, text = start
        question = _Found(number, [text], chapter, _last_words(recent, CONTEXT_WORDS))
        index = _take_parts(units, index + 1, question)
        found.append(question)
    consultation = _finish(found, title, source, prose, every_answer)
    # The closing date may be in any paragraph, even one read as a heading ("Closing date: ...").
    closing = patterns.closing_date_in("\n".join(unit.text for unit in units))
    return replace(consultation, closing_date=closing)


def _question_start(unit: Unit, in_list: bool) -> tuple[str | None, str] | None:
    """(number or None, text) when this unit starts a question."""
    text = unit.text
    if label := patterns.QUESTION_LABEL.match(text):
        rest = label["text"].strip()
        # "Question 3 asks whether..." in running text is not a label; "Question 3: ..." is.
        if label["sep"].strip() or not rest or patterns.ASKS.search(rest):
            return label["number"], rest
    if item := patterns.NUMBERED_ITEM.match(text):
        asks = _asks_at_end(item["text"])
        if (asks and (not unit.heading or "?" in text)) or (in_list and not unit.heading):
            return item["number"], item["text"].strip()
    if unit.heading or not in_list:
        return None
    if bullet := patterns.BULLET_ITEM.match(text):
        return None, bullet["text"].strip()
    if patterns.ASKS.search(text) and not patterns.OPTION_ALONE.match(text):
        return None, text
    return None


def _asks_at_end(text: str) -> bool:
    """A numbered paragraph asks something when it ends with its question (perhaps followed by
    choices, a limit or "Please explain"), or is an instruction ("Please describe ...");
    "2.4 Why does this matter? Because ..." is a paragraph of the argument, not a question."""
    if "?" not in text:
        return bool(patterns.ASKS.match(text))
    tail = text.rsplit("?", 1)[1].strip()
    return not tail or bool(patterns.QUESTION_PART.match(tail) or any(patterns.limits_in(tail)))


def _take_parts(units: Sequence[Unit], index: int, question: _Found) -> int:
    """Add the paragraphs after a question that belong to it; return the index after them."""
    taken = 0
    while index < len(units) and taken < MAX_PARTS:
        unit = units[index]
        text = unit.text
        if unit.heading:
            break
        if option := patterns.OPTION_ALONE.match(text):
            question.options.append(option["option"])
            index += 1
            continue  # a list of choices may be long; it does not count as a part
        elif not question.text and not _starts_item(text):
            question.parts.append(text)  # the label stood alone: this is the question
        elif _starts_item(text) and not patterns.SUB_PART.match(text):
            break  # the next question
        elif len(text.split()) > PART_MAX_WORDS:
            break  # a paragraph of its own
        elif (
            patterns.SUB_PART.match(text)
            or patterns.QUESTION_PART.match(text)
            or (not patterns.ASKS.search(question.text) and patterns.ASKS.search(text))
        ):
            question.parts.append(text)
        else:
            break
        index += 1
        taken += 1
    return index


def _starts_item(text: str) -> bool:
    return bool(
        patterns.QUESTION_LABEL.match(text)
        or patterns.NUMBERED_ITEM.match(text)
        or patterns.BULLET_ITEM.match(text)
    )


def _finish(
    found: list[_Found],
    title: str,
    source: str,
    prose: dict[str, list[str]],
    every_answer: tuple[int | None, int | None],
) -> Consultation:
    """Number, de-duplicate and describe the questions found."""
    notes: list[str] = []
    questions: list[ConsultationQuestion] = []
    seen: dict[str, str] = {}  # number -> normalised text
    texts: set[str] = set()
    unnumbered: list[str] = []
    repeats: list[str] = []
    last = ""
    for item in found:
        text = item.text
        if not text:
            continue
        key = _normalise(text)
        if key in texts or (item.number in seen and _similar(seen[item.number], key)):
            repeats.append(item.number or text[:40])
            continue
        number = item.number
        if number is None:
            number = _next_number(last)
            unnumbered.append(number)
        elif number in seen:
            notes.append(f"Question {number} appears twice with different wording; both kept.")
        seen[number], last = key, number
        texts.add(key)
        words, chars = patterns.limits_in(text)
        questions.append(
            ConsultationQuestion(
                number=number,
                text=text,
                chapter=item.chapter,
                word_limit=words or (None if chars else every_answer[0]),
                char_limit=chars or (None if words else every_answer[1]),
                options=_options(text, item.options),
                position=len(questions) + 1,
                context=item.context,
            )
        )
    if unnumbered:
        were = "were" if len(unnumbered) > 1 else "was"
        notes.append(
            f"{_count(unnumbered, 'question')} had no number in the document and {were} "
            f"numbered in order: {', '.join(unnumbered)}."
        )
    if repeats:
        notes.append(
            f"{_count(repeats, 'question')} appeared again later in the document (often in a "
            "summary of questions); the repeats were left out."
        )
    if any(every_answer):
        limit = f"{every_answer[0]} words" if every_answer[0] else f"{every_answer[1]} characters"
        notes.append(f"The document asks for at most {limit} per answer where no limit is given.")
    return Consultation(
        title=title,
        closing_date=None,
        questions=tuple(questions),
        source=source,
        notes=tuple(notes),
        chapter_context={c: _first_words(p, CONTEXT_WORDS) for c, p in prose.items() if c},
    )


def _options(text: str, listed: list[str]) -> tuple[str, ...]:
    """Answer choices written in the question ("Yes/No", "☐ Agree") or listed below it."""
    found: list[str] = []
    for group in patterns.OPTION_GROUP.finditer(text):
        found += re.split(r"\s*[/|]\s*", group["group"])
    found += [m["option"] for m in patterns.OPTION_BOX.finditer(text)]
    found += listed
    options: dict[str, str] = {}
    for option in found:
        cleaned = " ".join(option.split())
        options.setdefault(cleaned.lower(), cleaned[:1].upper() + cleaned[1:])
    return tuple(options.values()) if len(options) > 1 else ()


def _next_number(last: str) -> str:
    """The number after `last`: "3" -> "4", "1.2" -> "1.3", "" -> "1"."""
    if not last:
        return "1"
    digits = re.match(r"^(.*?)(\d+)[a-z]?$", last)
    if not digits:
        return "1"
    return f"{digits[1]}{int(digits[2]) + 1}"


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _similar(a: str, b: str) -> bool:
    return a == b or a.startswith(b) or b.startswith(a)


def _same(a: str, b: str) -> bool:
    return _normalise(a) == _normalise(b)


def _last_words(paragraphs: list[str], limit: int) -> str:
    """The last `limit` words of the paragraphs (the text nearest the question)."""
    words = " ".join(paragraphs).split()
    return " ".join(words[-limit:])


def _first_words(paragraphs: list[str], limit: int) -> str:
    return " ".join(" ".join(paragraphs).split()[:limit])


def _count(items: Sequence[str], noun: str) -> str:
    return f"{len(items)} {noun}{'s' if len(items) != 1 else ''}"

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
from dataclasses import replace

from assistant.consultation import finding, patterns
from assistant.consultation.finding import Found
from assistant.consultation.form_finder import answered_heading
from assistant.consultation.kinds import question_kind
from assistant.consultation.layout import Reading, asks_next, label_note, question_at, read_other
from assistant.consultation.model import Consultation, ConsultationQuestion
from assistant.consultation.numbering import next_number, unique_numbers
from assistant.consultation.reading import Unit
from assistant.core.text import plural, shorten

CONTEXT_WORDS = 150  # the document's own words kept as a question's context
MAX_NOTED = 5  # possible questions named in the notes

SEARCHED = (
    "labels such as 'Question 1:' or 'Q1.'; numbered items ('5)', '5.', '1a.', '1.2') that ask "
    "something or ask you to explain or describe; questions in table rows; and, under a "
    "heading or line containing 'Questions', numbered or bulleted items and sentences that ask"
)


def questions_from_units(units: Sequence[Unit], title: str, source: str = "") -> Consultation:
    """The questions in a sequence of headings and paragraphs (see `finding`)."""
    found: list[Found] = []
    state = Reading()
    labels = finding.labelled(units)
    prose: dict[str, list[str]] = {}
    every_answer: tuple[int | None, int | None] = (None, None)
    index = 0
    while index < len(units):
        unit = units[index]
        following = units[index + 1] if index + 1 < len(units) else None
        start = question_at(unit, following, state, labels)
        if start is None:
            read_other(unit, state, title)
            if not unit.heading:
                prose.setdefault(state.chapter, []).append(unit.text)
                if patterns.EVERY_ANSWER.search(unit.text) and any(patterns.limits_in(unit.text)):
                    every_answer = patterns.limits_in(unit.text)
            index += 1
            continue
        number, text, how = start
        if number is None and following and answered_heading(text, following.text):
            read_other(unit, state, title)  # "What is a consultation?" above its answer
            index += 1
            continue
        state.pending = None
        if number is not None and text and finding.is_label(text) and asks_next(following):
            state.notes.append(label_note(text, number))
            text = ""
        question = Found(number, [text], state.chapter, _last_words(state.recent, CONTEXT_WORDS))
        question.sub, question.borrowed = how == "sub", how == "borrowed"
        index = finding.take_parts(units, index + 1, question, labels)
        found.append(question)
    consultation = _finish(found, title, source, prose, every_answer, state)
    # The closing date may be in any paragraph, even one read as a heading ("Closing date: ...").
    closing = patterns.closing_date_in("\n".join(unit.text for unit in units))
    return replace(consultation, closing_date=closing)


def _finish(
    found: list[Found],
    title: str,
    source: str,
    prose: dict[str, list[str]],
    every_answer: tuple[int | None, int | None],
    state: Reading,
) -> Consultation:
    """Number, de-duplicate and describe the questions found."""
    notes: list[str] = list(state.notes)
    notes += _borrowed(found)
    kept: list[tuple[str, Found]] = []
    seen: dict[str, str] = {}  # number -> normalised text
    texts: set[str] = set()
    unnumbered: list[str] = []
    repeats: list[str] = []
    numbered_as: dict[str, str | None] = {}  # normalised text -> the number it was written with
    last = ""
    for item in found:
        key = _normalise(item.text)
        if not key:
            continue
        other_number = numbered_as.get(key)
        again = _repeat(item, key, texts) and not _renumbered(item, other_number)
        if again or (item.number in seen and _similar(seen[item.number], key)):
            repeats.append(item.number or item.text[:40])
            continue
        number = item.number
        if number is None:
            number = next_number(last)
            unnumbered.append(number)
        seen.setdefault(number, key)
        numbered_as.setdefault(key, item.number)
        last = number
        texts.add(key)
        kept.append((number, item))
    numbers, renumbered = unique_numbers([n for n, _ in kept], [i.chapter for _, i in kept])
    questions = [
        _question(number, item, position, every_answer)
        for position, (number, (_, item)) in enumerate(zip(numbers, kept, strict=True), start=1)
    ]
    if unnumbered:
        were = "were" if len(unnumbered) > 1 else "was"
        notes.append(
            f"{_count(unnumbered, 'question')} had no number in the document and {were} "
            f"numbered in order: {', '.join(unnumbered)}."
        )
    if renumbered:
        notes.append(renumbered)
    if repeats:
        notes.append(
            f"{_count(repeats, 'question')} appeared again later in the document (often in a "
            "summary of questions); the repeats were left out."
        )
    for text in state.possible[:MAX_NOTED]:
        if _normalise(text) not in texts:
            notes.append(
                f"Not taken as a question (it has no question number): “{shorten(text, 80)}”"
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


SHORT_QUESTION_WORDS = 6  # "What do you think?" may be asked after every section
_SUMMARY = re.compile(r"\bsummary\b|\bannex\b|\bappendix\b|response\s+form|questions", re.I)


def _repeat(item: Found, key: str, texts: set[str]) -> bool:
    """The same words again: a repeat (a summary of questions, a response form) unless it is
    a short question an Easy Read document asks after each section."""
    if key not in texts:
        return False
    return len(key.split()) > SHORT_QUESTION_WORDS or bool(_SUMMARY.search(item.chapter))


def _renumbered(item: Found, earlier: str | None) -> bool:
    """The same words under a different written number ("1b. If you would like to explain your
    answer ..." and "2c." the same): a new question, not a repeat, outside a summary."""
    return (
        item.number is not None
        and earlier is not None
        and item.number != earlier
        and not _SUMMARY.search(item.chapter)
    )


def _borrowed(found: list[Found]) -> list[str]:
    """Questions that took the number of the paragraph above them keep it only when those
    numbers run 1, 2, 3 (each numbered section asks one question); numbered background
    paragraphs (5, 8, 9) say nothing of the questions' numbers, so they are numbered in order."""
    borrowed = [item for item in found if item.borrowed]
    numbers = [int(item.number or 0) for item in borrowed]
    if not borrowed:
        return []
    if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        listed = ", ".join(str(n) for n in numbers)
        return [f"Questions {listed} have no number of their own; each took its section's."]
    for item in borrowed:
        item.number = None
    return []


def _question(
    number: str, item: Found, position: int, every_answer: tuple[int | None, int | None]
) -> ConsultationQuestion:
    text = item.text
    words, chars = patterns.limits_in(text)
    options = _options(text, item.options)
    kind = question_kind(text, options, item.chapter, item.scale)
    if kind == "open" and not (words or chars):  # a limit for every answer is for essays
        words, chars = every_answer
    return ConsultationQuestion(
        number=number,
        text=text,
        chapter=item.chapter,
        word_limit=words,
        char_limit=chars,
        options=options,
        position=position,
        context=item.context,
        kind=kind,
    )


def _options(text: str, listed: list[str]) -> tuple[str, ...]:
    """Answer choices written in the question ("Yes/No", "☐ Agree") or listed below it."""
    found: list[str] = []
    for group in patterns.OPTION_GROUP.finditer(text):
        found += re.split(r"\s*[/|]\s*", group["group"])
    boxes = [*patterns.OPTION_BOX.finditer(text), *patterns.OPTION_BOX_AFTER.finditer(text)]
    found += [m["option"] for m in sorted(boxes, key=lambda m: m.start())]
    found += listed
    options: dict[str, str] = {}
    for option in found:
        cleaned = " ".join(option.split())
        options.setdefault(cleaned.lower(), cleaned[:1].upper() + cleaned[1:])
    return tuple(options.values()) if len(options) > 1 else ()


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _similar(a: str, b: str) -> bool:
    return a == b or a.startswith(b) or b.startswith(a)


def _same(a: str, b: str) -> bool:
    return _normalise(a) == _normalise(b)


def _last_words(paragraphs: list[str], limit: int) -> str:
    """The last `limit` words of the paragraphs (the text nearest the question); only the
    paragraphs needed are read, so a long chapter costs no more than a short one."""
    words: list[str] = []
    for paragraph in reversed(paragraphs):
        words = paragraph.split() + words
        if len(words) >= limit:
            break
    return " ".join(words[-limit:])


def _first_words(paragraphs: list[str], limit: int) -> str:
    return " ".join(" ".join(paragraphs).split()[:limit])


def _count(items: Sequence[str], noun: str) -> str:
    return plural(len(items), noun)

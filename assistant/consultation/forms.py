"""A form's questions as a `Consultation`: the path for online surveys, NHS feedback forms,
grids and calls for evidence (`form_units` tidies, `form_finder` decides), taken when the
document shows a form's markers or when the bundled layouts find nothing in it.

Numbers are kept as written ("3a" for "3. a)"); a repeated one is made unique and unnumbered
questions are numbered in order, each with a note, as for the other layouts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from assistant.consultation import patterns
from assistant.consultation.form_finder import (
    LIST_MARK,
    YN_ROW,
    find,
    is_scale,
    numbered_line,
    own_voice,
)
from assistant.consultation.form_leads import asking_lead
from assistant.consultation.form_units import FORM_MARKERS, tidy
from assistant.consultation.form_weights import THRESHOLD
from assistant.consultation.kinds import CHOICE, OPEN, form_kind
from assistant.consultation.model import Consultation, ConsultationQuestion
from assistant.consultation.numbering import next_number, unique_numbers
from assistant.consultation.reading import Unit
from assistant.core.text import plural


def is_form(units: Sequence[Unit]) -> bool:
    """The document carries a survey platform's markers ("Question Title", "* 1.", "Q.1"), a
    grid's scale header, "(Y/N)" rows, or bullets after an asking lead-in ("should address:")."""
    return _is_form(tuple(units))


@lru_cache(maxsize=2)
def _is_form(units: tuple[Unit, ...]) -> bool:
    tidied, markers = tidy(units)
    for before, unit, after in zip(tidied, tidied[1:], tidied[2:], strict=False):
        if is_scale(unit.text) and not is_scale(after.text) and not numbered_line(after.text):
            markers += FORM_MARKERS  # a grid: its scale, then a statement row
        markers += bool(YN_ROW.search(unit.text))
        listed = [bool(LIST_MARK.match(u.text) or numbered_line(u.text)) for u in (unit, after)]
        if asking_lead(before.text) and all(listed):
            markers += FORM_MARKERS  # a call for evidence: its asks are the bullets after a lead
    return markers >= FORM_MARKERS


def form_questions(
    units: Sequence[Unit], title: str, source: str = "", threshold: float = THRESHOLD
) -> Consultation:
    """The questions of a form, with notes on what was assumed (a lower `threshold` takes the
    near misses too)."""
    tidied, _ = tidy(units)
    found = find(tidied, threshold)
    numbers: list[str] = []
    unnumbered: list[str] = []
    written = {item.number for item in found if item.number}
    last = ""
    for item in found:
        number = item.number or next_number(last)
        if item.number is None and number in written:  # "Your name:" above the numbered 1, 2
            number = f"A{len(unnumbered) + 1}"
        if item.number is None:
            unnumbered.append(number)
        numbers.append(number)
        last = item.number or last if number.startswith("A") else number
    unique, renumbered = unique_numbers(numbers, [item.chapter for item in found])
    questions = []
    for position, (number, item) in enumerate(zip(unique, found, strict=True), start=1):
        words, chars = patterns.limits_in(item.text)
        options = tuple(dict.fromkeys(o for o in item.options if o))
        kind = form_kind(item.text, options, item.chapter, item.grid, item.rated)
        kind = OPEN if item.ask and kind == CHOICE and len(options) < 2 else kind
        questions.append(
            ConsultationQuestion(
                number=number,
                text=item.text,
                chapter=item.chapter,
                word_limit=words,
                char_limit=chars,
                options=options if len(options) > 1 else (),
                position=position,
                kind=kind,
            )
        )
    notes = ["Read as a form or survey: each numbered, starred or asking item is a question."]
    grids = [q.number for q, item in zip(questions, found, strict=True) if item.grid]
    if grids:
        notes.append(
            f"{plural(len(grids), 'grid question')} ({', '.join(grids)}): one choice each, "
            "its statement rows listed as the options; answer each row on the form."
        )
    if unnumbered:
        notes.append(
            f"{plural(len(unnumbered), 'question')} had no number in the document and "
            f"{'were' if len(unnumbered) > 1 else 'was'} numbered in order: "
            f"{', '.join(unnumbered)}."
        )
    if renumbered:
        notes.append(renumbered)
    closing = patterns.closing_date_in("\n".join(unit.text for unit in units))
    return Consultation(
        title=title,
        closing_date=closing,
        questions=tuple(questions),
        source=source,
        notes=tuple(notes),
    )


def without_writers_questions(found: Consultation) -> Consultation:
    """Without the questions a writer asks in their own voice ("Can I suggest ...?", "I do
    not believe ...") or that begin mid-sentence: a submission's or a respondent's own
    rhetorical questions, not questions for the reader."""
    kept = tuple(q for q in found.questions if not own_voice(q.text))
    if len(kept) == len(found.questions):
        return found
    dropped = len(found.questions) - len(kept)
    gone = {q.number for q in found.questions if q not in kept}
    kept = _numbers_restored(kept)
    notes = tuple(n for note in found.notes if (n := _without_numbers(note, gone)))
    if not any(_REPEAT.match(q.number) for q in kept):  # no "2-2" left: the note is moot
        notes = tuple(n for n in notes if not n.startswith(_RENUMBERED_NOTE))
    note = (
        f"{plural(dropped, 'question')} in the writer's own voice (\u201cCan I suggest ...?\u201d) "
        "or beginning mid-sentence left out: a submission's own questions, not the reader's."
    )
    return replace(found, questions=kept, notes=(*notes, note))


_REPEAT = re.compile(r"^(?P<number>.+)-\d+$")
_RENUMBERED_NOTE = "Some question numbers appear more than once"
# A respondent's answer straight after the question: "? No. The changes would ...", "...: Please
# see our answer to Question 1."
_ANSWER = re.compile(
    r"(?<=[?:])\s+(?:(?:yes|no|partly|agree|disagree|not\s+sure)\b\s*[.,;:!-]|"
    r"(?:please\s+)?see\s+(?:our|my)\s+(?:answer|response|comments?)\b)",
    re.IGNORECASE,
)


def _numbers_restored(
    questions: tuple[ConsultationQuestion, ...],
) -> tuple[ConsultationQuestion, ...]:
    """ "2-2" back to "2" when the question that made it a repeat was left out."""
    numbers = {q.number for q in questions}
    out = []
    for q in questions:
        repeat = _REPEAT.match(q.number)
        if repeat and repeat["number"] not in numbers:
            numbers.add(repeat["number"])
            q = replace(q, number=repeat["number"])
        out.append(q)
    return tuple(out)


def without_answers(found: Consultation) -> Consultation:
    """Without a respondent's answer taken into a question's text: a completed response form
    gives "Do you agree ...? No. The changes would ..."; the question ends at its question
    mark and the answer is the respondent's, not the consultation's."""
    questions = []
    for q in found.questions:
        answer = _ANSWER.search(q.text)
        questions.append(replace(q, text=q.text[: answer.start()].strip()) if answer else q)
    if all(a is b for a, b in zip(questions, found.questions, strict=True)):
        return found
    note = "A respondent's answers were found after some questions and left out of their text."
    return replace(found, questions=tuple(questions), notes=(*found.notes, note))


def _without_numbers(note: str, gone: set[str]) -> str:
    """A "numbered in order: 1, 2" note without the numbers of questions left out ("" if none
    is left)."""
    _, sep, listed = note.partition("numbered in order: ")
    if not sep:
        return note
    numbers = [n for n in listed.rstrip(".").split(", ") if n not in gone]
    if not numbers:
        return ""
    count = plural(len(numbers), "question")
    verb = "were" if len(numbers) > 1 else "was"
    return f"{count} had no number in the document and {verb} {sep}{', '.join(numbers)}."


# A reply written on the page under a question: "A: This data was not collected." (a freedom of
# information answer, a FAQ's "Answer:"): the question was someone else's and is answered.
_REPLY = re.compile(r"^(?:A|Ans|Answer|Reply|Response)\s*[:.]\s*\S", re.IGNORECASE)


def without_replied(found: Consultation, units: Sequence[Unit]) -> Consultation:
    """Without the questions a page answers itself, each followed by an "A:" line."""
    replied = {
        _key(unit.text)
        for unit, after in pairwise(units)
        if _REPLY.match(after.text.strip()) and not _REPLY.match(unit.text.strip())
    }
    if not replied:
        return found
    kept = tuple(q for q in found.questions if not any(_key(q.text)[:60] in key for key in replied))
    if len(kept) == len(found.questions):
        return found
    note = "Questions answered on the page itself (an “A:” line under each) were left out."
    return replace(found, questions=kept, notes=(*found.notes, note))


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# A page reporting what people answered: "Age and gender of respondents", "consultation
# results", "results of the survey". Its unnumbered questions were put to others and are
# reported, not asked of the reader.
_REPORTED = re.compile(
    r"\b(?:of|from|by)\s+(?:the\s+)?respondents\b|\brespondents\s+(?:said|gave|answered)\b|"
    r"\b(?:consultation|survey|poll|questionnaire)\s+results\b|"
    r"\bresults\s+of\s+(?:the|our|this)\s+(?:survey|consultation|poll|questionnaire)\b",
    re.IGNORECASE,
)


def without_reported(found: Consultation, units: Sequence[Unit], title: str) -> Consultation:
    """No questions on a results page whose questions are all unnumbered lines: they are the
    survey's questions reported with (or before) their answers."""
    if not found.questions or not report_words(title, units):
        return found
    numbered = [u.text for u in units if patterns.NUMBERED_ITEM.match(u.text.lstrip("*• -"))]
    starts = [_key(q.text)[:40] for q in found.questions]
    if any(start in _key(text) for start in starts for text in numbered):
        return found
    note = "The page reports a survey's answers: the questions it lists were not taken."
    return replace(found, questions=(), notes=(*found.notes, note))


def report_words(title: str, units: Sequence[Unit]) -> bool:
    """The title or a paragraph without a question says it reports answers ("of respondents")."""
    return any(_REPORTED.search(t) for t in (title, *_texts(units)))


def _texts(units: Sequence[Unit]) -> list[str]:
    return [u.text for u in units if "?" not in u.text]

"""Every question the finders could take in a document, for the trained scorer to choose from.

The rules (`questions.rule_paths`) pick one path per document, the labelled layouts or the
form reader, and the form reader keeps a paragraph only when its hand-weighted signs reach a
threshold. Each choice was right for the layouts it was written beside and wrong for the next
one. Here nothing is chosen: the pool holds the rules' answer, each path's own questions, and
the form reader's near misses, each question once, with where it came from, its signs' weight
and where it starts in the document, so `scoring` can decide with weights learned from data.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.consultation.form_units import tidy
from assistant.consultation.form_weights import THRESHOLD
from assistant.consultation.model import Consultation, ConsultationQuestion
from assistant.consultation.paths import filtered, form_path, rule_paths
from assistant.consultation.reading import Unit

NEAR = 2.0  # near misses: paragraphs whose signs sum to this much below the form threshold
EVERY = -1e9  # ... and, below every threshold, each paragraph, headings too, as a question
SOURCES = ("rules", "labelled", "form", "near", "every", "paragraph")  # most trusted first
HEAD = 60  # characters of a question that identify it ...
WINDOW = 150  # ... anywhere within this many characters of another's start


@dataclass(frozen=True)
class Candidate:
    question: ConsultationQuestion
    sources: frozenset[str]  # which of SOURCES found it
    weight: float  # the form reader's sum of signs for its paragraph (0 when not weighed)
    at: int  # where its words start in the document's text (order; -1 when not found)
    numbered: bool  # its number is written just before it in the document
    heading: bool  # the document sets its words as a heading
    option: bool  # it is an answer choice or grid row of a question found before it
    unit: int  # the paragraph it starts in (-1 when not found)


@dataclass(frozen=True)
class Pool:
    rules: Consultation  # the rules' answer: its title, closing date and notes are kept
    items: tuple[Candidate, ...]
    form: bool  # the document shows a form's markers
    call: bool  # the document is a call for evidence
    reported: bool  # the document reports a survey's answers
    units: tuple[Unit, ...]  # the document's paragraphs, for each candidate's neighbours


def key(text: str) -> str:
    return " ".join(text.split()).casefold()


def pool(units: Sequence[Unit], title: str, source: str = "") -> Pool:
    """The candidates of a document read as `units`, in document order."""
    from assistant.consultation.forms import is_form, report_words
    from assistant.consultation.kinds import is_call

    paths = rule_paths(units, title, source, THRESHOLD - NEAR)
    plain = [Unit(unit.text, heading=False) for unit in units]
    text = "\n".join(unit.text for unit in units)
    each = filtered(_paragraphs(units, paths[0]), units, title, is_call(text))
    paths += (form_path(plain, title, source, EVERY), each)
    starts, document = _offsets(units)
    weights = _weights(units)
    headings = {key(u.text)[:HEAD] for u in units if u.heading}
    items: list[tuple[ConsultationQuestion, set[str], int]] = []
    near: dict[int, list[int]] = {}  # items by where they start, in WINDOW-wide buckets
    for name, path in zip(SOURCES, paths, strict=True):
        cursor = 0  # a repeated question is looked for after the path's previous one
        for question in path.questions:
            at = _at(question.text, document, cursor)
            cursor = max(cursor, at + 1)
            bucket = at // WINDOW
            nearby = (
                range(len(items))
                if at < 0
                else (i for b in (bucket - 1, bucket, bucket + 1) for i in near.get(b, []))
            )
            same = next(
                (
                    i
                    for i in nearby
                    if _mergeable(name, items[i][1]) and _same(items[i][0], question)
                ),
                None,
            )
            if same is None:
                near.setdefault(bucket, []).append(len(items))
                items.append((question, {name}, at))
            else:
                items[same][1].add(name)
    items.sort(key=lambda item: item[2] if item[2] >= 0 else len(document))
    options = {
        key(option)[:HEAD]
        for question, names, _ in items
        if names - {"near", "every"}
        for option in question.options
    }
    candidates = [
        Candidate(
            question=question,
            sources=frozenset(names),
            weight=_weight_of(question, weights),
            at=at,
            numbered=_numbered(question.number, document, at),
            heading=key(question.text)[:HEAD] in headings,
            option=key(question.text)[:HEAD] in options,
            unit=bisect.bisect_right(starts, at) - 1 if at >= 0 else -1,
        )
        for question, names, at in items
    ]
    return Pool(
        rules=paths[0],
        items=tuple(candidates),
        form=is_form(units),
        call=is_call(text),
        reported=report_words(title, units),
        units=tuple(units),
    )


def _offsets(units: Sequence[Unit]) -> tuple[list[int], str]:
    """(where each paragraph starts in the document's text, that text, whitespace made one)."""
    starts, parts, length = [], [], 0
    for unit in units:
        starts.append(length)
        words = key(unit.text)
        parts.append(words)
        length += len(words) + 1
    return starts, " ".join(parts)


def _paragraphs(units: Sequence[Unit], rules: Consultation) -> Consultation:
    """Each paragraph and heading on its own, without its bullet or number: the widest net."""
    from assistant.consultation import patterns
    from assistant.consultation.form_finder import LIST_MARK
    from assistant.consultation.kinds import form_kind

    questions = []
    for unit in units:
        text = LIST_MARK.sub("", unit.text.strip().lstrip("*").strip())
        item = patterns.QUESTION_LABEL.match(text) or patterns.NUMBERED_ITEM.match(text)
        number = re.sub(r"[()\s]", "", item["number"]) if item else ""
        body = item["text"].strip() if item else text
        if len(body.split()) < 2 and not body.endswith((":", "?")):
            continue
        kind = form_kind(body, (), "", False)
        questions.append(ConsultationQuestion(number=number, text=body, kind=kind))
    return replace(rules, questions=tuple(questions))


def _mergeable(name: str, names: set[str]) -> bool:
    """A question repeated in the document (one per chapter) stays twice for the paths that
    take each once; the wide passes' copies join whichever is there."""
    return name in ("near", "every", "paragraph") or name not in names


def _same(a: ConsultationQuestion, b: ConsultationQuestion) -> bool:
    """The same question found twice: one's start within the other's first characters."""
    ka, kb = key(a.text), key(b.text)
    return bool(ka and kb) and (ka[:HEAD] in kb[:WINDOW] or kb[:HEAD] in ka[:WINDOW])


def _weights(units: Sequence[Unit]) -> dict[str, float]:
    """Each form paragraph's sum of signs, by the start of its text, down to the near misses."""
    from assistant.consultation.form_finder import find

    tidied, _ = tidy(units)
    return {key(item.text)[:HEAD]: item.weight for item in find(tidied, THRESHOLD - NEAR)}


def _weight_of(question: ConsultationQuestion, weights: dict[str, float]) -> float:
    return weights.get(key(question.text)[:HEAD], 0.0)


def _at(text: str, document: str, cursor: int = 0) -> int:
    """Where the text starts in the document, looked for after `cursor` first; a label the
    finder joined on ("MOBILITY Is ...") is skipped if the words are not found as they are,
    and a short field ("Sex") is looked for as a whole word."""
    words = key(text)
    if 0 < len(words) < 12:
        whole = re.compile(rf"(?<![a-z0-9]){re.escape(words)}(?![a-z0-9])")
        match = whole.search(document, cursor) or whole.search(document)
        return match.start() if match else -1
    for skip in range(3):
        tail = " ".join(words.split(" ")[skip:])
        for size in (40, 20):
            if len(tail) < 12:
                continue
            found = document.find(tail[:size], cursor)
            found = document.find(tail[:size]) if found < 0 else found
            if found >= 0:
                return found
    return -1


_NUMBER_MARK = re.compile(r"[\s().:*q-]", re.IGNORECASE)


def _numbered(number: str, document: str, at: int) -> bool:
    """ "Q 4a." or "* 2." or "(1)" just before the question's words: the document numbers it."""
    if at < 0 or not number:
        return False
    before = _NUMBER_MARK.sub("", document[max(0, at - 16) : at])
    return before.endswith(_NUMBER_MARK.sub("", number.casefold()))

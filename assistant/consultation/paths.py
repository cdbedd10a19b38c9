"""The rules' paths to a document's questions, each through the same filters.

The labelled layouts (`questions.questions_from_units`) and the form reader (`forms`) each
find questions their own way; the rules take one of them per document (the form reader for a
form, or when the labelled layouts find nothing). The trained scorer (`candidates`, `scoring`)
takes them all, and the form reader's near misses, and decides itself. Kept apart from
`questions` so both finders share one definition of a path and its filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.consultation.checklists import as_checklist
from assistant.consultation.forms import (
    form_questions,
    is_form,
    without_answers,
    without_replied,
    without_reported,
    without_writers_questions,
)
from assistant.consultation.kinds import CHOICE, OPEN, is_call
from assistant.consultation.model import Consultation
from assistant.consultation.questions import questions_from_units
from assistant.consultation.reading import Unit


def rule_paths(
    units: Sequence[Unit], title: str, source: str, near: float | None = None
) -> tuple[Consultation, ...]:
    """The rules' answer (the labelled layouts, or the form reader for a form or when they find
    nothing), then, when `near` is given, each path's own questions and the form reader's down
    to that threshold: the trained scorer's pool. Every one passes the same filters."""
    labelled = questions_from_units(units, title, source=source)
    form = form_questions(units, title, source=source)
    chosen = form if (is_form(units) or not labelled.questions) and form.questions else labelled
    paths = [chosen]
    if near is not None:
        paths += [labelled, form, form_questions(units, title, source=source, threshold=near)]
    call = is_call("\n".join(unit.text for unit in units))
    return tuple(filtered(found, units, title, call) for found in paths)


def form_path(units: Sequence[Unit], title: str, source: str, threshold: float) -> Consultation:
    """The form reader's questions down to `threshold`, through the same filters."""
    call = is_call("\n".join(unit.text for unit in units))
    found = form_questions(units, title, source=source, threshold=threshold)
    return filtered(found, units, title, call)


def filtered(found: Consultation, units: Sequence[Unit], title: str, call: bool) -> Consultation:
    """Without a respondent's answers, a writer's own questions, questions the page answers
    itself or a results page's; a checklist's run of checks; a call's asks open."""
    found = without_answers(without_writers_questions(found))
    found = without_replied(found, units)
    found = as_checklist(found, units, title)
    found = without_reported(found, units, title)
    return _as_call(found) if call else found


def _as_call(consultation: Consultation) -> Consultation:
    """A call for evidence is answered by a written submission: its closed-looking asks ("Does
    the Act provide the right framework?") are open unless the document prints choices."""
    questions = tuple(
        replace(q, kind=OPEN) if q.kind == CHOICE and not q.options else q
        for q in consultation.questions
    )
    return replace(consultation, questions=questions)

"""Checklists whose checks are mostly statements to tick ("The venue has been subject to an
accessibility audit.") with a few written as questions ("Can wheelchair users use ramped access
routes independently?"): every bullet of that list is a check the reader answers yes or no.

The finders take a bullet when it asks, so such a list yielded only its few questions. A
document that calls itself a checklist, with one run of bullets among which several ask, is
read here as that run's checks instead. Kept apart so the rule and its limits are in one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.consultation import patterns
from assistant.consultation.kinds import CHOICE
from assistant.consultation.model import Consultation, ConsultationQuestion
from assistant.consultation.reading import Unit

_CHECKLIST = re.compile(r"\bcheck\s?list\b", re.IGNORECASE)
MIN_CHECKS = 6  # a run of bullets this long ...
MIN_ASKING = 3  # ... of which this many ask, and the statements among them this many
MAX_CHECK_WORDS = 40  # a check is one sentence; a longer bullet is advice


def as_checklist(found: Consultation, units: Sequence[Unit], title: str) -> Consultation:
    """The run's checks in place of the questions found, when every question found is one of
    them and the run also holds statements; otherwise `found` unchanged."""
    if not (
        _CHECKLIST.search(title) or any(u.heading and _CHECKLIST.search(u.text) for u in units)
    ):
        return found
    run = _longest_run(units)
    asking = [text for text in run if "?" in text]
    statements = [text for text in run if "?" not in text]
    if len(run) < MIN_CHECKS or len(asking) < MIN_ASKING or len(statements) < MIN_ASKING:
        return found
    if any(len(text.split()) > MAX_CHECK_WORDS for text in run):
        return found
    keys = {_key(text) for text in run}
    if not found.questions or any(_key(q.text) not in keys for q in found.questions):
        return found
    chapter = found.questions[0].chapter
    checks = tuple(
        ConsultationQuestion(number=str(i), text=text, chapter=chapter, position=i, kind=CHOICE)
        for i, text in enumerate(run, start=1)
    )
    note = (
        f"Read as a checklist: its {len(run)} bullets are checks to answer yes or no "
        f"({len(statements)} written as statements), numbered in order."
    )
    return replace(found, questions=checks, notes=(*found.notes, note))


def _longest_run(units: Sequence[Unit]) -> list[str]:
    """The texts of the longest run of consecutive bullet paragraphs."""
    best: list[str] = []
    current: list[str] = []
    for unit in units:
        bullet = None if unit.heading else patterns.BULLET_ITEM.match(unit.text)
        if bullet:
            current.append(" ".join(bullet["text"].split()))
            continue
        best, current = max(best, current, key=len), []
    return max(best, current, key=len)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()

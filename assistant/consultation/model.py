"""What a consultation document asks: its questions, in order, with their limits and choices."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class ConsultationQuestion:
    """One question as the document asks it (the number is kept as written: "3", "1.2", "4a")."""

    number: str
    text: str  # as written, without its "Question 3:" label
    chapter: str = ""  # the heading it sits under ("" when only the document title is above it)
    word_limit: int | None = None
    char_limit: int | None = None
    options: tuple[str, ...] = ()  # e.g. ("Yes", "No") or ("Agree", "Disagree", "Neither")
    position: int = 0  # order in the document (or in an edited questions file)
    # Set by the user in a questions file. None means "from the profile": its stance (for a
    # question that asks for a position) and those of its key points that the question is about.
    stance: str | None = None
    key_points: tuple[str, ...] | None = None
    # Up to ~150 words of the document's own text just before the question (its chapter's
    # explanation). Used only to steer the search for evidence; never quoted as a claim.
    context: str = ""
    # "open" (drafted), "choice" (the organisation picks an option; the draft suggests one) or
    # "about you" (the respondent's own details: listed for the user, never drafted).
    kind: str = "open"

    @property
    def label(self) -> str:
        return f"Question {self.number}"

    def as_dict(self) -> dict[str, Any]:
        """The shape of `assistant consultation questions --json` (and of a questions file)."""
        return {
            "number": self.number,
            "text": self.text,
            "chapter": self.chapter,
            "word_limit": self.word_limit,
            "char_limit": self.char_limit,
            "options": list(self.options),
            "kind": self.kind,
            "stance": self.stance,
            "key_points": None if self.key_points is None else list(self.key_points),
        }


@dataclass(frozen=True)
class Consultation:
    """A consultation document read for its questions."""

    title: str
    closing_date: str | None  # ISO date ("2014-05-30") when the document states one
    questions: tuple[ConsultationQuestion, ...]
    source: str  # the file it was read from
    # Things the reader should know about the extraction, e.g. questions numbered by position.
    notes: tuple[str, ...] = ()
    # Chapter heading -> up to ~150 words of its text, for questions added in a questions file.
    chapter_context: dict[str, str] = field(default_factory=dict)

    @property
    def closing_date_text(self) -> str:
        """The closing date as people write it: "30 May 2014" (or "" when none was found)."""
        return format_date(self.closing_date)


def format_date(iso: str | None) -> str:
    """ "2014-05-30" -> "30 May 2014"; anything else is returned as it is."""
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return iso or ""
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


class AnswerStatus(StrEnum):
    """What became of one question (a StrEnum: it compares equal to, and is shown as, the
    plain words the response document has always used)."""

    DRAFTED = "drafted"
    NO_EVIDENCE = "no evidence"  # the library does not cover it: an outline instead
    NOT_DRAFTED = "not drafted"
    SUGGESTED = "suggested"  # a choice question, with the suggested option and its reason
    FOR_YOU_TO_CHOOSE = "for you to choose"  # a choice question the evidence does not settle
    FOR_YOU_TO_FILL_IN = "for you to fill in"  # an about-you question

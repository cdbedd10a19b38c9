"""What every writer takes and gives back, and the one interface they share.

A writer turns a plan (evidence chosen by code) into text. Which writer runs is one setting
(`ASSISTANT_GENERATOR`): the chain calls `writer.answer(...)` or `writer.draft(...)` and never
asks which kind it has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from assistant.core.result_facts import QuestionKind, Stance
from assistant.core.schema import Evidence, Finding, FindingRule
from assistant.core.written_text import WrittenText
from assistant.settings import MAX_DRAFT_WORDS, MIN_DRAFT_WORDS


class EventKind(StrEnum):
    """What a writer reports while it works, with a text (a StrEnum: listeners may compare it
    with the plain word)."""

    QUICK = "quick"  # the quoted answer, once it is ready
    TEXT = "text"  # one streamed piece of the written text
    STATUS = "status"  # progress, e.g. "Loading the writing model…"


OnEvent = Callable[[EventKind, str], None]


def ignore(_kind: str, _text: str) -> None:
    """The default event handler: nobody is listening."""


@dataclass(frozen=True)
class AnswerRequest:
    """A chat question, already made standalone, and the evidence found for it."""

    question: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class DraftRequest:
    """One consultation question to answer in the organisation's voice, checked once here."""

    question: str
    evidence: tuple[Evidence, ...]
    opening: tuple[str, ...]  # who we are, welcome, stance: the organisation's own words
    stance: Stance = Stance.NO_VIEW
    key_points: tuple[str, ...] = ()
    word_limit: int = 300
    steer: str = ""  # the profile's interests: lean the choice of evidence towards them
    kind: QuestionKind = QuestionKind.POSITION  # see writing/question_kind.py

    def __post_init__(self) -> None:
        if not MIN_DRAFT_WORDS <= self.word_limit <= MAX_DRAFT_WORDS:
            raise ValueError(
                f"the word limit must be between {MIN_DRAFT_WORDS} and {MAX_DRAFT_WORDS:,}, "
                f"got {self.word_limit}"
            )


@dataclass(frozen=True)
class Repair:
    """A written sentence the checks did not accept, and what the reader gets instead."""

    written: str  # what the model wrote (with the citation the code attached)
    problem: str  # why it failed, in plain English
    # "rewritten" (the second attempt passed), "quoted" (the source's own words, when they
    # answer the question) or "dropped" (left out: the source does not say it)
    outcome: str
    final: str  # the sentence the reader sees ("" when dropped)

    def as_finding(self) -> Finding:
        """Shown with the checks: a repaired sentence is a doubt the reader should see."""
        what = {
            "rewritten": "Written again because the first try failed a check",
            "quoted": "The source's own words, because the written sentence failed a check",
            "dropped": "Left out because the source does not say it",
        }[self.outcome]
        problem = self.problem.rstrip(".")
        shown = self.final or self.written
        return Finding(
            shown,
            f"{what}: {problem[0].lower()}{problem[1:]}.",
            FindingRule(f"repaired-{self.outcome}"),
        )


@dataclass(frozen=True)
class Written:
    """A writer's text with [n] markers, and the sentences it had to repair.

    `sections` is the same text as typed sections of sentences (what each paragraph is for),
    built where the writer assembles it; `text` is its Markdown. Left empty (a refusal, an
    outline), the text is read from its Markdown when the result is made."""

    text: str
    repairs: tuple[Repair, ...] = ()
    notices: tuple[str, ...] = field(default=())  # e.g. "the model could not load: quotes only"
    sections: WrittenText = field(default_factory=WrittenText)


class Writer(Protocol):
    """Anything that can write an answer or a draft from planned evidence."""

    name: str

    def answer(self, request: AnswerRequest, on_event: OnEvent = ignore) -> Written: ...

    def draft(self, request: DraftRequest, on_event: OnEvent = ignore) -> Written: ...

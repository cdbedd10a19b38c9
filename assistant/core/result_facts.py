"""The named facts a result carries beside its text: where a draft stands, what the question
asked for, how many sentences the writer repaired, which key points it used.

They were once one untyped `details` dict read by a dozen modules, each guessing its keys.
Here they are small frozen records and enums, below every stage (the layering puts them with
`schema.py`, which holds them), so the writer, the chains, the faces and the saved history
all name the same fields. The enums are StrEnums: they compare equal to the plain words and
save to JSON as them, so saved results and `--json` output keep their shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any


class Stance(StrEnum):
    """Where a draft stands on a proposal (read and worded in `answering/profile.py`)."""

    AGREE = "agree"
    DISAGREE = "disagree"
    MIXED = "mixed"
    NO_VIEW = "no view"


class QuestionKind(StrEnum):
    """What a consultation question asks for (decided in `answering/writing/question_kind.py`)."""

    POSITION = "position"
    OPEN = "open"
    EXPERIENCE = "experience"


@dataclass(frozen=True)
class Repairs:
    """How many doubtful sentences the writer wrote again, quoted instead, or dropped."""

    rewritten: int = 0
    quoted: int = 0
    dropped: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class DraftFacts:
    """What a draft was asked for and what it came to (an answer has none)."""

    stance: Stance
    word_limit: int
    words: int
    over_limit: bool
    profile: str = ""  # the organisation's name; "" for the plain "We" voice
    # Set by `draft` once the question is read; None on a draft saved before these existed.
    question_kind: QuestionKind | None = None
    key_points_used: tuple[str, ...] = ()
    key_points_not_used: tuple[str, ...] | None = None
    # The topics the library holds nothing on, when no draft could be written.
    not_covered: tuple[str, ...] | None = None

    def as_dict(self) -> dict[str, Any]:
        """The flat keys of `assistant draft --json` (as the old `details` dict had them)."""
        shown: dict[str, Any] = {
            "stance": str(self.stance),
            "word_limit": self.word_limit,
            "words": self.words,
            "over_limit": self.over_limit,
            "profile": self.profile,
        }
        if self.question_kind is not None:
            shown["question_kind"] = str(self.question_kind)
            shown["key_points_used"] = list(self.key_points_used)
            shown["key_points_not_used"] = list(self.key_points_not_used or ())
        if self.not_covered is not None:
            shown["not_covered"] = list(self.not_covered)
        return shown

    def counted(self, words: int) -> DraftFacts:
        """These facts for a text of `words` words (after the user edits the draft)."""
        return replace(self, words=words, over_limit=words > self.word_limit)


@dataclass(frozen=True)
class QuestionFacts:
    """Where a consultation question sits, kept with the draft answering it (shown to the
    user, never used as a claim)."""

    number: str
    chapter: str = ""
    context: str = ""
    search_steer: str = ""
    key_points: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The flat keys of the old `details` dict."""
        return {
            "question_number": self.number,
            "chapter": self.chapter,
            "consultation_context": self.context,
            "search_steer": self.search_steer,
            "key_points": list(self.key_points),
        }

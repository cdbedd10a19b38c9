"""The named facts a result carries beside its text: where a draft stands, what the question
asked for, how many sentences the writer repaired, which key points it used.

They were once one untyped `details` dict read by a dozen modules, each guessing its keys.
Here they are small frozen records and enums, below every stage (the layering puts them with
`schema.py`, which holds them), so the writer, the chains, the faces and the saved history
all name the same fields. The enums are StrEnums: they compare equal to the plain words and
save to JSON as them, so saved results and `--json` output keep their shape.
"""

from __future__ import annotations

from enum import StrEnum


class Stance(StrEnum):
    """Where a draft stands on a proposal (read and worded in `profile.py`)."""

    AGREE = "agree"
    DISAGREE = "disagree"
    MIXED = "mixed"
    NO_VIEW = "no view"


class QuestionKind(StrEnum):
    """What a consultation question asks for (decided in `writing/question_kind.py`)."""

    POSITION = "position"
    OPEN = "open"
    EXPERIENCE = "experience"

"""The check for each drafted answer of a whole consultation response.

Only answers with prose are checked: a choice question's one-line suggestion, an about-you
field and an answer not drafted have nothing an analyst would weigh as evidence. The response
document's "Before sending" list and the Consultation tab both start from this one list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.how_read.check import HowRead, how_read

if TYPE_CHECKING:
    from assistant.consultation.respond import ConsultationResponse

CHECKED = ("drafted",)  # answer statuses whose text is checked


@dataclass(frozen=True)
class AnswerRead:
    label: str  # "Question 3"
    question: str
    check: HowRead


def response_checks(response: ConsultationResponse) -> tuple[AnswerRead, ...]:
    return tuple(
        AnswerRead(a.question.label, a.question.text, how_read(a.question.text, a.result.text))
        for a in response.answers
        if a.status in CHECKED and a.result is not None and not a.result.refused
    )

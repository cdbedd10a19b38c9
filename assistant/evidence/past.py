"""Past responses: a response the organisation already sent becomes one item per answer.

Each answer is a `past response` item that remembers its consultation and question, so its
position can be cited in a new draft and compared with it (`positions`). The file is read by
the same readers and question finder as a consultation (`consultation.answered`).
"""

from __future__ import annotations

from pathlib import Path

from assistant.consultation.answered import read_answers
from assistant.core.errors import EvidenceError
from assistant.evidence.model import MAX_TEXT_CHARS, Consent, EvidenceItem, Kind, new_item


def items_from_response(
    path: Path,
    consultation: str,
    *,
    consent: Consent = Consent.QUOTE_ANONYMOUSLY,
    consent_date: str | None = None,
    date: str | None = None,
    tags: tuple[str, ...] | list[str] = (),
) -> list[EvidenceItem]:
    """One item per answered question in the response at `path` (nothing is stored here).

    DocumentError for a file that cannot be read, InputError when it answers no question,
    EvidenceError (naming the question) for an answer too long to keep as one item.
    """
    name = " ".join(consultation.split())
    if not name:
        raise EvidenceError("name the consultation this response answered (--consultation)")
    _title, answered = read_answers(path)
    items = []
    for answer in answered:
        if len(answer.answer) > MAX_TEXT_CHARS:
            raise EvidenceError(
                f"{Path(path).name}: the answer to question {answer.number} has "
                f"{len(answer.answer):,} characters; at most {MAX_TEXT_CHARS:,} per answer"
            )
        items.append(
            new_item(
                Kind.PAST_RESPONSE,
                answer.answer,
                given_by=f"our response to {name}",
                date=date,
                consent=consent,
                consent_date=consent_date,
                tags=[*tags, "past response"],
                consultation=name,
                question=answer.label,
            )
        )
    return items

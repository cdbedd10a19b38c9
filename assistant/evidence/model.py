"""One item of the organisation's own evidence, and the consent that says how it may be used.

An item is what only the organisation has: a member's experience, a survey finding, a position
from a response it already sent, a fact about itself. It is kept apart from published sources
because it may carry personal data, and every use of it is decided by its consent scope:

- `quote anonymously`: quoted, with names and contact details masked.
- `quote with name`: quoted with people's names kept; contact details are still masked.
- `background only`: steers retrieval and framing, never quoted.
- `none recorded`: kept, but treated as background only until consent is recorded.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from assistant.core.errors import EvidenceError

MAX_TEXT_CHARS = 20_000  # a long story fits; a whole document belongs in the library instead


class Kind(StrEnum):
    MEMBER_EXPERIENCE = "member experience"
    SURVEY_FINDING = "survey finding"
    PAST_RESPONSE = "past response"
    ORGANISATION_FACT = "organisation fact"


class Consent(StrEnum):
    QUOTE_ANONYMOUSLY = "quote anonymously"
    QUOTE_WITH_NAME = "quote with name"
    BACKGROUND_ONLY = "background only"
    NONE_RECORDED = "none recorded"

    @property
    def quotable(self) -> bool:
        """May the item's (redacted) words appear in a draft?"""
        return self in (Consent.QUOTE_ANONYMOUSLY, Consent.QUOTE_WITH_NAME)

    @property
    def keeps_names(self) -> bool:
        return self is Consent.QUOTE_WITH_NAME


# What people type on a command line or in a spreadsheet, mapped to the one value it means.
_KIND_WORDS = {
    **{k.value: k for k in Kind},
    "member-experience": Kind.MEMBER_EXPERIENCE,
    "experience": Kind.MEMBER_EXPERIENCE,
    "survey-finding": Kind.SURVEY_FINDING,
    "survey": Kind.SURVEY_FINDING,
    "past-response": Kind.PAST_RESPONSE,
    "response": Kind.PAST_RESPONSE,
    "organisation-fact": Kind.ORGANISATION_FACT,
    "organization-fact": Kind.ORGANISATION_FACT,
    "fact": Kind.ORGANISATION_FACT,
}
_CONSENT_WORDS = {
    **{c.value: c for c in Consent},
    "quote-anonymously": Consent.QUOTE_ANONYMOUSLY,
    "anonymous": Consent.QUOTE_ANONYMOUSLY,
    "anonymously": Consent.QUOTE_ANONYMOUSLY,
    "quote-with-name": Consent.QUOTE_WITH_NAME,
    "named": Consent.QUOTE_WITH_NAME,
    "with-name": Consent.QUOTE_WITH_NAME,
    "background-only": Consent.BACKGROUND_ONLY,
    "background": Consent.BACKGROUND_ONLY,
    "none-recorded": Consent.NONE_RECORDED,
    "none": Consent.NONE_RECORDED,
}
KIND_CHOICES = ("member-experience", "survey-finding", "past-response", "organisation-fact")
CONSENT_CHOICES = ("anonymous", "named", "background", "none")

_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def parse_kind(word: str) -> Kind:
    found = _KIND_WORDS.get(word.strip().lower())
    if found is None:
        raise EvidenceError(f"unknown kind {word!r}: use one of {', '.join(KIND_CHOICES)}")
    return found


def parse_consent(word: str | None) -> Consent:
    if word is None or not word.strip():
        return Consent.NONE_RECORDED
    found = _CONSENT_WORDS.get(word.strip().lower())
    if found is None:
        raise EvidenceError(f"unknown consent {word!r}: use one of {', '.join(CONSENT_CHOICES)}")
    return found


def check_date(value: str | None, what: str = "date") -> str | None:
    """A date as YYYY, YYYY-MM or YYYY-MM-DD (a month is often all anyone remembers)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _DATE.fullmatch(value):
        raise EvidenceError(f"{what} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if len(value) == 10:
        try:
            datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            raise EvidenceError(f"{what} {value!r} is not a real day") from None
    return value


@dataclass(frozen=True)
class EvidenceItem:
    """An item as stored. `text` is the original; redaction happens at each use, never here."""

    id: str
    kind: Kind
    text: str
    given_by: str  # a role ("member, wheelchair user"), not a name unless consent says so
    date: str | None
    consent: Consent
    consent_date: str | None
    tags: tuple[str, ...] = ()
    count: int | None = None  # survey findings: "38 of 52" is count 38, base 52
    base: int | None = None
    # Past responses: the consultation and the question the answer was given to.
    consultation: str | None = None
    question: str | None = None
    added: str = field(default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise EvidenceError("the evidence text is empty")
        if len(self.text) > MAX_TEXT_CHARS:
            raise EvidenceError(
                f"the evidence text has {len(self.text):,} characters; at most "
                f"{MAX_TEXT_CHARS:,} (add a long document to the library instead)"
            )
        if (self.count is None) != (self.base is None):
            raise EvidenceError("a survey figure needs both a count and a base")
        if (
            self.count is not None
            and self.base is not None
            and (self.base <= 0 or not 0 <= self.count <= self.base)
        ):
            raise EvidenceError(
                f"survey figure {self.count} of {self.base}: the count must be between "
                "0 and a base above 0"
            )

    @property
    def quotable(self) -> bool:
        return self.consent.quotable

    @property
    def figure(self) -> str | None:
        """ "38 of 52", for a survey finding with its base."""
        return None if self.count is None else f"{self.count} of {self.base}"

    def with_consent(self, consent: Consent, consent_date: str | None) -> EvidenceItem:
        return replace(self, consent=consent, consent_date=consent_date)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["consent"] = self.consent.value
        data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EvidenceItem:
        return cls(
            id=str(data["id"]),
            kind=parse_kind(str(data["kind"])),
            text=str(data["text"]),
            given_by=str(data.get("given_by") or ""),
            date=data.get("date"),
            consent=parse_consent(data.get("consent")),
            consent_date=data.get("consent_date"),
            tags=tuple(data.get("tags") or ()),
            count=data.get("count"),
            base=data.get("base"),
            consultation=data.get("consultation"),
            question=data.get("question"),
            added=str(data.get("added") or ""),
        )


def new_item(
    kind: Kind | str,
    text: str,
    *,
    given_by: str = "",
    date: str | None = None,
    consent: Consent | str | None = None,
    consent_date: str | None = None,
    tags: tuple[str, ...] | list[str] = (),
    count: int | None = None,
    base: int | None = None,
    consultation: str | None = None,
    question: str | None = None,
) -> EvidenceItem:
    """A new item with a fresh id, every field checked (the one way items are created)."""
    scope = consent if isinstance(consent, Consent) else parse_consent(consent)
    clean_tags = tuple(dict.fromkeys(t.strip().lower() for t in tags if t.strip()))
    return EvidenceItem(
        id=f"ev-{uuid.uuid4().hex[:8]}",
        kind=kind if isinstance(kind, Kind) else parse_kind(kind),
        text=text.strip(),
        given_by=given_by.strip(),
        date=check_date(date),
        consent=scope,
        consent_date=check_date(consent_date, "consent date"),
        tags=clean_tags,
        count=count,
        base=base,
        consultation=(consultation or "").strip() or None,
        question=(question or "").strip() or None,
    )

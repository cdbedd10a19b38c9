"""Mask personal data in our evidence before it is shown, embedded, quoted or exported.

Pattern detectors, each with a check that keeps look-alikes out, written for how members type
(issue 26: lower case, spelt out, odd separators): UK phone numbers ("+44", "0044", "44" or "0",
spaces, dashes or dots) must have a real UK length and prefix and are skipped after "ref"/"case
no."; NHS numbers must pass their modulus-11 check digit, and dotted ones count only just after
"NHS"; NI numbers are two letters, six digits and A-D in any case and spacing (HMRC's example
"QQ 12 34 56 C" too: a member may type it as theirs); emails may be spelt out ("jo at example
dot org", "jo[at]example[dot]org"); dates count as dates of birth only after "born", "DOB" or
"date of birth", and a day and month alone after "birthday"; street addresses need a house
number or "lives on", and in lower case only unmistakable street words ("14 fenton road", never
"5 miles of the road"). Names come from `names` (titles, cues, first names) and `lower_names`.
Presidio's recognisers were considered: the package imports spaCy (and its model for names),
and its UK patterns are single regular expressions no stronger than these. Consent decides what
is masked: `quote with name` keeps names, every other scope masks everything.

The user sees what was masked as (kind, hint), where the hint shows only first letters, so
checking the masking never reprints the personal data in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from assistant.evidence.lower_names import lower_name_spans
from assistant.evidence.model import Consent
from assistant.evidence.names import name_spans


class Pii(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    NI = "NI number"
    NHS = "NHS number"
    DOB = "date of birth"
    ADDRESS = "address"
    NAME = "name"


CONTACT_KINDS = frozenset(Pii) - {Pii.NAME}


@dataclass(frozen=True)
class Span:
    kind: Pii
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Masked:
    kind: Pii
    hint: str  # "S… J…": enough to recognise, not enough to reveal


@dataclass(frozen=True)
class Redacted:
    text: str
    masked: tuple[Masked, ...]


_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# An obfuscated address: "jo at example dot org", "jo[at]example[dot]org", "jo @ example.org".
_AT = r"(?:\s*[\[({]\s*at\s*[\])}]\s*|\s+at\s+|\s*@\s*)"
_DOT = r"(?:\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\.)"
_EMAIL_SPELT = re.compile(
    rf"(?i)(?<![\w.+-])[\w.%+-]+{_AT}[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}[a-z]{{2,6}}\b"
)
_PHONE = re.compile(
    r"(?<![\w£$/.,])(?:(?:\+|00)?44[\s.-]?(?:\(0\)[\s.-]?)?\(?|\(?0)\d(?:[\s\-().]{0,2}\d){8,10}"
    r"(?![\d/]|\.\d)"
)
_NOT_PHONE_BEFORE = re.compile(
    r"(?i)\b(?:ref(?:erence)?|case|claim|account|acct|invoice|order|policy|application|"
    r"customer|membership|no\.?|number)\s*(?:no\.?|number|#)?\s*:?\s*$"
)
_POSTCODE = re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b")
_POSTCODE_LOWER = re.compile(r"\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]? \d[abd-hjlnp-uw-z]{2}\b")
# Any case, no space ("ls62ab"): only right after the word "postcode".
_POSTCODE_SAID = re.compile(
    r"(?i)\bpost ?code\b\W{0,4}(?:is\s+)?([a-pr-uwyz][a-hk-y]?\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2})\b"
)
# Any two letters: "QQ 12 34 56 C" is HMRC's example, and a member may type it as theirs.
_NI = re.compile(r"(?i)\b[A-Z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b")
_NHS = re.compile(r"(?<![\w/£.,-])(\d{3})([ .-]?)(\d{3})\2(\d{4})(?![\w/]|[.,-]\d)")
_NHS_SAID = re.compile(r"(?i)\bnhs\b[^.\n]{0,30}$")
_MONTH = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"  # "14th february" too
)
_DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_DAY_MONTH = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
)
_DOB = re.compile(
    rf"(?i:\b(?:date of birth|d\.?o\.?b\.?|born(?:\s+on)?|birthday(?:['’]s|\s+is)?))"
    rf"\s*(?:is\s+|was\s+|:\s*|-\s*)?({_DATE})"
)
# A birthday needs no year to identify someone: "birthday 3rd March", "birthday is on the 3rd".
_BIRTHDAY = re.compile(
    rf"(?i:\bbirthday(?:['’]s|\s+is|\s+was)?(?:\s+on)?(?:\s+the)?)[\s:,-]*({_DAY_MONTH})\b"
)
_STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|Place|Grove|Gardens|"
    r"Court|Terrace|Walk|Row|Square|Hill|Mews|Parade|Rise|View|Green)\b\.?"
)
_ADDRESS = re.compile(
    rf"\b(?:(?:Flat|Apartment|Unit)\s+\d{{1,3}}[A-Za-z]?,?\s+)?\d{{1,3}}[A-Za-z]?,?\s+"
    rf"(?:[A-Z][a-z'’]+\s+){{1,3}}{_STREET}"
)
# Typed in lower case ("14 fenton road", "flat 2, 3 high st"): only unmistakable street words,
# and no little words between ("5 miles of the road" is not an address).
_STREET_LOWER = r"(?:road|rd|street|st|avenue|ave|lane|ln|drive|crescent|terrace|grove|mews)\b"
_NOT_STREET_NAME = r"(?!(?:of|the|a|an|on|in|to|at|from|and|or|down|up|along|by|near|per)\b)"
_STREET_NAME_LOWER = rf"(?:{_NOT_STREET_NAME}[a-z][a-z'’]+\s+){{1,3}}{_STREET_LOWER}"
_ADDRESS_LOWER = re.compile(
    rf"(?i)\b(?:(?:flat|apartment|unit)\s+\d{{1,3}}[a-z]?,?\s+)?\b\d{{1,3}}[a-z]?,?\s+"
    rf"{_STREET_NAME_LOWER}"
)
_LIVES_ON_LOWER = re.compile(
    rf"(?i)\b(?:live[sd]?|living|moved|address is)\s+(?:on|at|in|to)\s+({_STREET_NAME_LOWER})"
)
_LIVES_ON = re.compile(
    rf"(?i:\b(?:live[sd]?|living|moved|address is))\s+(?:on|at|in|to)\s+"
    rf"((?:[A-Z][a-z'’]+\s+){{1,3}}{_STREET})"
)


def _phone_ok(text: str, match: re.Match[str]) -> bool:
    digits = re.sub(r"\D", "", match.group(0)).removeprefix("00")
    international = digits.startswith("44") and ("+" in match.group(0) or len(digits) == 12)
    national = digits[2:] if international else digits
    national = national.removeprefix("0")
    if _NOT_PHONE_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
        return False
    return (len(national) == 10 and national[0] in "12378") or (
        len(national) == 9 and national[0] in "18"
    )


def nhs_checksum_ok(digits: str) -> bool:
    """The NHS number's modulus-11 check digit (weights 10..2; 11 means 0; 10 is never valid)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def find(text: str) -> list[Span]:
    """Every piece of personal data found, longest first where two overlap, in text order."""
    found: list[Span] = []

    def add(kind: Pii, start: int, end: int) -> None:
        found.append(Span(kind, start, end, text[start:end]))

    for m in _EMAIL.finditer(text):
        add(Pii.EMAIL, m.start(), m.end())
    for m in _EMAIL_SPELT.finditer(text):
        add(Pii.EMAIL, m.start(), m.end())
    for m in _NI.finditer(text):
        add(Pii.NI, m.start(), m.end())
    for m in _NHS.finditer(text):
        dotted = m.group(2) == "." and not _NHS_SAID.search(
            text[max(0, m.start() - 40) : m.start()]
        )
        if dotted or m.group(0).startswith("0"):  # "634.648.4850" is a NHS number only if said
            continue
        if nhs_checksum_ok(m.group(1) + m.group(3) + m.group(4)):
            add(Pii.NHS, m.start(), m.end())
    for m in _PHONE.finditer(text):
        if _phone_ok(text, m):
            add(Pii.PHONE, m.start(), m.end())
    for m in _POSTCODE.finditer(text):
        add(Pii.POSTCODE, m.start(), m.end())
    for m in _POSTCODE_LOWER.finditer(text):  # typed in lower case: "l1 8jq", never "3pm"
        if not m.group(0).endswith(("am", "pm")):
            add(Pii.POSTCODE, m.start(), m.end())
    for m in _POSTCODE_SAID.finditer(text):
        add(Pii.POSTCODE, m.start(1), m.end(1))
    for pattern in (_DOB, _BIRTHDAY):
        for m in pattern.finditer(text):
            add(Pii.DOB, m.start(1), m.end(1))
    for m in _ADDRESS.finditer(text):
        add(Pii.ADDRESS, m.start(), m.end())
    for m in _ADDRESS_LOWER.finditer(text):
        add(Pii.ADDRESS, m.start(), m.end())
    for pattern in (_LIVES_ON, _LIVES_ON_LOWER):
        for m in pattern.finditer(text):
            add(Pii.ADDRESS, m.start(1), m.end(1))
    for start, end in name_spans(text, lower_name_spans(text)):
        add(Pii.NAME, start, end)
    return _without_overlaps(found)


def _without_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Where spans overlap, keep the one found first by priority, then the longest."""
    order = list(Pii)
    ranked = sorted(spans, key=lambda s: (order.index(s.kind), -(s.end - s.start), s.start))
    kept: list[Span] = []
    for span in ranked:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def hint(kind: Pii, text: str) -> str:
    """First letters only: "S… J…", "j…@…", "07… …" (never the whole value)."""
    if kind is Pii.EMAIL:
        return f"{text[0]}…@…"
    return " ".join(f"{word[0]}…" for word in text.split())


def redact(text: str, consent: Consent = Consent.QUOTE_ANONYMOUSLY) -> Redacted:
    """`text` with each piece of personal data the consent does not allow replaced by [kind]."""
    kinds = CONTACT_KINDS if consent.keeps_names else frozenset(Pii)
    spans = [s for s in find(text) if s.kind in kinds]
    pieces: list[str] = []
    last = 0
    for span in spans:
        pieces.append(text[last : span.start])
        pieces.append(f"[{span.kind.value}]")
        last = span.end
    pieces.append(text[last:])
    masked = tuple(Masked(s.kind, hint(s.kind, s.text)) for s in spans)
    return Redacted("".join(pieces), masked)

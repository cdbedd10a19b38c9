"""Survey findings from a spreadsheet saved as CSV: one finding per row, with its figure.

Columns (a header row, any order, any case): `finding` (or `text`), `count`, `base`, `date`,
and optionally `tags` (separated by ; or ,). "38 of 52 members who answered" is count 38, base
52: the base is kept so a draft can never turn a figure into a bare percentage.

Every problem names the spreadsheet row (the header is row 1), and a file with any bad row adds
nothing, so fixing the row and running the command again cannot add duplicates.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from assistant.core.errors import EvidenceError
from assistant.evidence.model import Consent, EvidenceItem, Kind, new_item

REQUIRED = ("finding", "count", "base", "date")
ALIASES = {"text": "finding", "finding text": "finding", "n": "count", "total": "base"}


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without Excel's BOM) or UTF-16; anything else names its first bad row."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise EvidenceError(f"{path}: not readable UTF-16 text") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        for number, line in enumerate(raw.splitlines(), start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                raise EvidenceError(
                    f"{path}: row {number} is not UTF-8 text (save the spreadsheet as "
                    "'CSV UTF-8' and try again)"
                ) from None
        raise EvidenceError(f"{path}: not UTF-8 text") from None


def _whole_number(value: str, column: str, row: int, path: Path) -> int:
    cleaned = value.strip().replace(",", "")
    if not cleaned.isdigit():
        shown = value.strip() or "nothing"
        raise EvidenceError(f"{path}: row {row}: {column} must be a whole number, not {shown!r}")
    return int(cleaned)


def read_survey(
    path: Path, *, consent: Consent, consent_date: str | None, given_by: str, tags: tuple[str, ...]
) -> list[EvidenceItem]:
    """One survey-finding item per row; raises EvidenceError naming the first bad row."""
    if not path.is_file():
        raise EvidenceError(f"{path}: no such file")
    try:
        text = _decode(path.read_bytes(), path)
    except OSError as exc:
        raise EvidenceError(f"{path}: cannot read the file ({exc})") from None
    # The header row's separator: Excel writes ; in some locales and tabs for "text" files.
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, None)
    if not header or not any(cell.strip() for cell in header):
        raise EvidenceError(f"{path}: the file is empty (expected a header row: finding,count,...)")
    columns = [ALIASES.get(h.strip().lower(), h.strip().lower()) for h in header]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise EvidenceError(
            f"{path}: row 1 (the header) has no {', '.join(missing)} column: expected "
            f"{', '.join(REQUIRED)} (and optionally tags)"
        )
    try:
        return _rows(reader, columns, path, consent, consent_date, given_by, tags)
    except csv.Error as exc:
        raise EvidenceError(f"{path}: row {reader.line_num}: not valid CSV ({exc})") from None


def _rows(
    reader: Any,  # a csv reader: rows and its line_num
    columns: list[str],
    path: Path,
    consent: Consent,
    consent_date: str | None,
    given_by: str,
    tags: tuple[str, ...],
) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    for cells in reader:
        row = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) < len(columns):
            absent = ", ".join(columns[len(cells) :])
            raise EvidenceError(f"{path}: row {row}: missing {absent}")
        values = dict(zip(columns, cells, strict=False))
        finding = values["finding"].strip()
        if not finding:
            raise EvidenceError(f"{path}: row {row}: the finding is empty")
        row_tags = [t for t in values.get("tags", "").replace(";", ",").split(",") if t.strip()]
        try:
            items.append(
                new_item(
                    Kind.SURVEY_FINDING,
                    finding,
                    given_by=given_by,
                    date=values["date"],
                    consent=consent,
                    consent_date=consent_date,
                    tags=[*tags, *row_tags],
                    count=_whole_number(values["count"], "count", row, path),
                    base=_whole_number(values["base"], "base", row, path),
                )
            )
        except EvidenceError as exc:
            message = str(exc)
            raise EvidenceError(
                message if message.startswith(str(path)) else f"{path}: row {row}: {message}"
            ) from None
    if not items:
        raise EvidenceError(f"{path}: no findings below the header row")
    return items

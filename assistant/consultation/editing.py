"""A questions file: the extracted questions as the user corrected them, read and checked.

`assistant consultation questions FILE --json > questions.json` writes the file; the user edits,
drops, adds or renumbers items, and may give an item its own `stance` and `key_points`; then
`assistant consultation respond FILE --questions questions.json` drafts exactly those, in that
order. JSON (an array, or an object with a "questions" array) or TOML (`[[questions]]` tables).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
)

from assistant.answering.profile import normalise_stance
from assistant.consultation.kinds import normalise_kind, question_kind
from assistant.consultation.model import Consultation, ConsultationQuestion
from assistant.consultation.patterns import date_after
from assistant.core.datafiles import read_toml_or_json
from assistant.core.errors import InputError

_Points = Annotated[
    tuple[str, ...], AfterValidator(lambda ps: tuple(p.strip() for p in ps if p.strip()))
]


def _number(value: object) -> object:
    """3 and "3" are the same number; "Question 3" is written as "3"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return re.sub(r"(?i)^\s*(?:question|q)\s*\.?\s*", "", value).strip()
    return value


def _stance(value: object) -> object:
    return None if value in (None, "") else normalise_stance(value)


def _kind(value: object) -> object:
    return None if value in (None, "") else normalise_kind(value)


class QuestionItem(BaseModel):
    """One item of a questions file: the question's own fields, checked."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    number: Annotated[str, BeforeValidator(_number), Field(min_length=1, max_length=20)]
    text: Annotated[str, Field(min_length=1)]
    chapter: str = ""
    word_limit: Annotated[int, Field(gt=0, le=100_000)] | None = None
    char_limit: Annotated[int, Field(gt=0, le=1_000_000)] | None = None
    options: tuple[str, ...] = ()
    kind: Annotated[str | None, BeforeValidator(_kind)] = None  # None: worked out from the text
    stance: Annotated[str | None, BeforeValidator(_stance)] = None
    key_points: _Points | None = None  # [] means none; null or missing means the profile's


def _date(value: str | None) -> str | None:
    """ "30 May 2014", "30/05/2014" or "2014-05-30" -> "2014-05-30"."""
    if not value:
        return None
    iso = date_after(value, 0)
    if iso is None:
        raise ValueError(f"must be a date such as 30 May 2014 or 2014-05-30 (got {value!r})")
    return iso


class QuestionsFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = None
    closing_date: Annotated[str | None, AfterValidator(_date)] = None
    questions: tuple[QuestionItem, ...]


def dump_questions(consultation: Consultation) -> str:
    """The questions as a JSON array, ready to edit and give back with `--questions`."""
    return json.dumps([q.as_dict() for q in consultation.questions], ensure_ascii=False, indent=2)


def _read(path: Path) -> Any:
    return read_toml_or_json(path, "questions file")


def _describe(error: dict[str, Any], data: dict[str, Any]) -> str:
    """One pydantic error as "question 3 (item 2): field 'word_limit' must be ..."."""
    loc = [str(part) for part in error["loc"]]
    where = ""
    if loc[:1] == ["questions"] and len(loc) > 1 and loc[1].isdigit():
        index = int(loc[1])
        item = data["questions"][index]
        number = item.get("number") if isinstance(item, dict) else None
        where = f"item {index + 1}" + (f" (question {number})" if number not in (None, "") else "")
        loc = loc[2:]
    field = loc[0] if loc else ""
    kind, got = error["type"], repr(error.get("input"))[:60]
    if kind == "extra_forbidden":
        allowed = (
            ", ".join(QuestionItem.model_fields) if where else "title, closing_date, questions"
        )
        message = f"unknown field '{field}' (allowed: {allowed})"
    elif kind == "missing":
        message = f"field '{field}' is missing"
    elif kind == "value_error":
        message = f"field '{field}' {error['ctx']['error']}"
    elif kind in ("greater_than", "less_than_equal", "int_parsing", "int_type", "int_from_float"):
        message = f"field '{field}' must be a whole number above 0, or null (got {got})"
    elif kind == "string_too_short":
        message = f"field '{field}' is empty"
    elif kind in ("string_type", "tuple_type"):
        need = "text" if kind == "string_type" else "a list of text items"
        message = f"field '{field}' must be {need} (got {got})"
    elif kind == "model_type":
        message = f"must be a question with fields such as number and text (got {got})"
    else:
        message = f"field '{field}' is not valid: {error['msg']} (got {got})"
    return f"{where}: {message}" if where else message


def load_questions(path: Path) -> QuestionsFile:
    """Read and check a questions file; the first problem is named in one line."""
    path = Path(path)
    data = _read(path)
    if isinstance(data, list):
        data = {"questions": data}
    if not isinstance(data, dict) or "questions" not in data:
        raise InputError(f"{path}: expected a list of questions (as written by `--json`)")
    try:
        checked = QuestionsFile.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise InputError(f"{path}: {_describe(dict(errors[0]), data)}{more}") from None
    if not checked.questions:
        raise InputError(f"{path}: the file lists no questions")
    first_item: dict[str, int] = {}
    for index, item in enumerate(checked.questions, start=1):
        if item.number in first_item:
            raise InputError(
                f"{path}: item {index}: question number '{item.number}' is already used by "
                f"item {first_item[item.number]}; renumber one of them"
            )
        first_item[item.number] = index
    return checked


def apply_edits(consultation: Consultation, edited: QuestionsFile) -> Consultation:
    """The consultation with the user's questions, in the file's order. A question the document
    also asks keeps the document's context; a new one takes its chapter's."""
    by_text = {_key(q.text): q for q in consultation.questions}
    by_number = {(q.number, q.chapter): q for q in consultation.questions}
    questions = []
    for position, item in enumerate(edited.questions, start=1):
        original = by_text.get(_key(item.text)) or by_number.get((item.number, item.chapter))
        context = original.context if original else ""
        kind = item.kind or (
            original.kind
            if original and original.options == item.options
            else question_kind(item.text, item.options, item.chapter)
        )
        questions.append(
            ConsultationQuestion(
                number=item.number,
                text=item.text,
                chapter=item.chapter,
                word_limit=item.word_limit,
                char_limit=item.char_limit,
                options=item.options,
                position=position,
                stance=item.stance,
                key_points=item.key_points,
                kind=kind,
                context=context or consultation.chapter_context.get(item.chapter, ""),
            )
        )
    return replace(
        consultation,
        title=edited.title or consultation.title,
        closing_date=edited.closing_date or consultation.closing_date,
        questions=tuple(questions),
        notes=(),
    )


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()

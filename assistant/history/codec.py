"""GroundedText to JSON and back, so a saved answer or draft reopens with its evidence and checks.

Rebuilt field by field from the dataclasses themselves: a field added to `Evidence` later is
saved from then on, and older rows (without it) still load with the field's default. Keys the
code no longer knows are ignored rather than failing the whole conversation.

A result's facts (stance, word count, notices, repairs, …) were once saved as one `details`
dict; they are now named fields. A row saved in that older form still opens with the same
facts (`_from_details`), so nothing saved before has to be migrated. Likewise the typed text
(`written`, sections of sentences): a row saved before it existed holds only the Markdown, and
`GroundedText` reads that with the one parser when it opens.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from assistant.core.result_facts import DraftFacts, QuestionFacts, QuestionKind, Repairs, Stance
from assistant.core.schema import Evidence, Finding, GroundedText, SentenceCheck, Verification
from assistant.core.written_text import Check, Form, Section, SectionKind, Sentence, WrittenText

T = TypeVar("T")


def _plain(value: Any) -> Any:
    """Tuples to lists and anything unknown to its string, so json.dumps never fails."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def dumps(result: GroundedText) -> str:
    """The whole result as one JSON text (its evidence, checks and facts included)."""
    return json.dumps(_plain(dataclasses.asdict(result)), ensure_ascii=False)


def _build(cls: type[T], data: Any) -> T:
    """An instance of a frozen dataclass from a dict, lists turned back into tuples."""
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in dict(data).items()}
    return cls(**{k: v for k, v in values.items() if k in known})


def loads(text: str) -> GroundedText:
    """The result saved by `dumps` (by this version or an earlier one)."""
    data = json.loads(text)
    checks = data.get("verification") or {}
    verification = Verification(
        tuple(_build(SentenceCheck, s) for s in checks.get("sentences", [])),
        tuple(_build(Finding, f) for f in checks.get("findings", [])),
    )
    evidence = tuple(_build(Evidence, e) for e in data.get("evidence", []))
    facts = _from_details(data["details"] or {}) if "details" in data else _facts(data)
    simple = {f.name for f in dataclasses.fields(GroundedText)} - {
        "verification",
        "evidence",
        "written",
        *FACTS,
    }
    saved = data.get("written")
    return GroundedText(
        **{k: v for k, v in data.items() if k in simple},
        evidence=evidence,
        verification=verification,
        written=from_saved(saved) if isinstance(saved, dict) else WrittenText(),
        **facts,
    )


FACTS = ("relevance", "notices", "repairs", "draft", "consultation", "recheck")


def _draft(data: Mapping[str, Any]) -> DraftFacts:
    facts = _build(DraftFacts, data)
    kind = facts.question_kind
    return dataclasses.replace(
        facts,
        stance=_stance(facts.stance),
        question_kind=QuestionKind(kind) if kind in tuple(QuestionKind) else None,
    )


def _stance(value: object) -> Stance:
    return Stance(str(value)) if value in tuple(Stance) else Stance.NO_VIEW


def _facts(data: Mapping[str, Any]) -> dict[str, Any]:
    """The named facts as this version saves them."""
    repairs, draft, asked = data.get("repairs"), data.get("draft"), data.get("consultation")
    return {
        "relevance": float(data.get("relevance") or 0.0),
        "notices": tuple(data.get("notices") or ()),
        "repairs": _build(Repairs, repairs) if repairs else None,
        "draft": _draft(draft) if draft else None,
        "consultation": _build(QuestionFacts, asked) if asked else None,
        "recheck": bool(data.get("recheck")),
    }


def _strings(value: object) -> tuple[str, ...] | None:
    return tuple(str(v) for v in value) if isinstance(value, list | tuple) else None


def _from_details(old: Mapping[str, Any]) -> dict[str, Any]:
    """The named facts from the `details` dict earlier versions saved (keys as they were)."""
    draft = None
    if "word_limit" in old:
        kind = old.get("question_kind")
        draft = DraftFacts(
            stance=_stance(old.get("stance")),
            word_limit=int(old["word_limit"]),
            words=int(old.get("words") or 0),
            over_limit=bool(old.get("over_limit")),
            profile=str(old.get("profile") or ""),
            question_kind=QuestionKind(kind) if kind in tuple(QuestionKind) else None,
            key_points_used=_strings(old.get("key_points_used")) or (),
            key_points_not_used=_strings(old.get("key_points_not_used")),
            not_covered=_strings(old.get("not_covered")),
        )
    asked = None
    if "question_number" in old:
        asked = QuestionFacts(
            str(old["question_number"]),
            str(old.get("chapter") or ""),
            str(old.get("consultation_context") or ""),
            str(old.get("search_steer") or ""),
            _strings(old.get("key_points")) or (),
        )
    repairs = old.get("repairs")
    return {
        "relevance": float(old.get("relevance") or 0.0),
        "notices": _strings(old.get("notices")) or (),
        "repairs": _build(Repairs, repairs) if isinstance(repairs, dict) and repairs else None,
        "draft": draft,
        "consultation": asked,
        "recheck": bool(old.get("recheck")),
    }


def from_saved(data: Mapping[str, Any]) -> WrittenText:
    """The typed text as `dumps` saved it (sections of sentences, each with its check)."""
    sections = []
    for part in data.get("sections", ()):
        sentences = tuple(
            Sentence(
                str(s["id"]),
                str(s["text"]),
                tuple(int(n) for n in s.get("citations", ())),
                Check(s.get("check", Check.UNCHECKED)),
                tuple(str(p) for p in s.get("problems", ())),
            )
            for s in part.get("sentences", ())
        )
        form = Form(part.get("form", Form.PARAGRAPH))
        kind = part.get("kind")
        kind = SectionKind(kind) if kind in tuple(SectionKind) else SectionKind.TEXT
        sections.append(
            Section(kind, sentences, form, int(part.get("level", 0)), str(part.get("number", "")))
        )
    return WrittenText(tuple(sections))

"""GroundedText to JSON and back, so a saved answer or draft reopens with its evidence and checks.

Rebuilt field by field from the dataclasses themselves: a field added to `Evidence` later is
saved from then on, and older rows (without it) still load with the field's default. Keys the
code no longer knows are ignored rather than failing the whole conversation.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, TypeVar

from assistant.schema import Evidence, Finding, GroundedText, SentenceCheck, Verification

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
    """The whole result as one JSON text (its evidence, checks and details included)."""
    return json.dumps(_plain(dataclasses.asdict(result)), ensure_ascii=False)


def _build(cls: type[T], data: Any) -> T:
    """An instance of a frozen dataclass from a dict, lists turned back into tuples."""
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in dict(data).items()}
    return cls(**{k: v for k, v in values.items() if k in known})


def loads(text: str) -> GroundedText:
    """The result saved by `dumps`."""
    data = json.loads(text)
    checks = data.get("verification") or {}
    verification = Verification(
        tuple(_build(SentenceCheck, s) for s in checks.get("sentences", [])),
        tuple(_build(Finding, f) for f in checks.get("findings", [])),
    )
    evidence = tuple(_build(Evidence, e) for e in data.get("evidence", []))
    simple = {f.name for f in dataclasses.fields(GroundedText)} - {
        "verification",
        "evidence",
        "details",
    }
    return GroundedText(
        **{k: v for k, v in data.items() if k in simple},
        evidence=evidence,
        verification=verification,
        details=dict(data.get("details") or {}),
    )

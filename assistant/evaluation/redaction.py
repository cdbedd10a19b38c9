"""Score the redaction of our evidence against hand-written cases (evals/redaction/*.jsonl).

Each case is a short text and the personal data in it as (kind, exact text); look-alikes that
must not be masked (reference numbers, years, £ amounts, "NHS England") are cases with none.
A found span counts when it overlaps an expected span of the same kind: masking "Mrs Okafor"
where "Okafor" was expected still hides the name. Recall is per kind (the issue's targets differ
by kind); precision is over everything masked, because a wrong mask of any kind spoils a quote.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.errors import InputError
from assistant.evidence.redact import Pii, find

# The targets of issue 15.
RECALL_TARGETS = {
    Pii.EMAIL: 0.95,
    Pii.PHONE: 0.95,
    Pii.POSTCODE: 0.95,
    Pii.NI: 0.95,
    Pii.NHS: 0.95,
    Pii.NAME: 0.85,
}
PRECISION_TARGET = 0.9


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    spans: tuple[tuple[Pii, int, int], ...]


@dataclass
class RedactionScores:
    cases: int = 0
    expected: dict[Pii, int] = field(default_factory=dict)
    recalled: dict[Pii, int] = field(default_factory=dict)
    masked: int = 0
    masked_right: int = 0
    misses: list[str] = field(default_factory=list)  # "r012 name 'Sarah'"
    wrong: list[str] = field(default_factory=list)
    false_masks: dict[Pii, int] = field(default_factory=dict)  # masked, but not this kind there

    def recall(self, kind: Pii) -> float | None:
        total = self.expected.get(kind, 0)
        return self.recalled.get(kind, 0) / total if total else None

    @property
    def precision(self) -> float:
        return self.masked_right / self.masked if self.masked else 1.0

    @property
    def meets_targets(self) -> bool:
        recalls = [(self.recall(k), t) for k, t in RECALL_TARGETS.items()]
        return self.precision >= PRECISION_TARGET and all(r is None or r >= t for r, t in recalls)


def load_cases(path: Path) -> list[Case]:
    """Cases from a JSON-lines file; a bad line or a span not in its text is named."""
    cases: list[Case] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the redaction cases ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            text = str(raw["text"])
            spans = []
            searched_from: dict[str, int] = {}
            for kind, value in raw.get("spans", []):
                start = text.index(value, searched_from.get(value, 0))
                searched_from[value] = start + len(value)
                spans.append((Pii(kind), start, start + len(value)))
        except (json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
            raise InputError(f"{path}: line {number}: not a redaction case ({exc})") from None
        cases.append(Case(str(raw.get("id", number)), text, tuple(spans)))
    return cases


def score(cases: list[Case]) -> RedactionScores:
    result = RedactionScores(cases=len(cases))
    for case in cases:
        found = find(case.text)
        for kind, start, end in case.spans:
            result.expected[kind] = result.expected.get(kind, 0) + 1
            if any(f.kind is kind and f.start < end and start < f.end for f in found):
                result.recalled[kind] = result.recalled.get(kind, 0) + 1
            else:
                result.misses.append(f"{case.id} {kind.value} {case.text[start:end]!r}")
        for f in found:
            result.masked += 1
            if any(f.kind is k and f.start < e and s < f.end for k, s, e in case.spans):
                result.masked_right += 1
            else:
                result.wrong.append(f"{case.id} {f.kind.value} {f.text!r}")
                result.false_masks[f.kind] = result.false_masks.get(f.kind, 0) + 1
    return result


def score_files(paths: list[Path]) -> RedactionScores:
    cases = [case for path in paths for case in load_cases(path)]
    if not cases:
        raise InputError("no redaction cases found (expected evals/redaction/*.jsonl)")
    return score(cases)

"""The fresh batch: how well `consultation questions` finds the questions of real documents
nobody here wrote (evals/questions/fresh/).

The batch's expected lists give each question's number as written (or none), the start of its
text and its kind. Matching is looser than the bundled suite's exact text: a found question
matches the first unmatched expected one whose start appears within its first 150 characters
(whitespace and case normalised), so a finder that keeps a preamble line or a follow-up with the
question is not punished for it. Numbers are scored only where the document gives one; an
expected `grid` is right when the finder says `choice` (one question listing the rows). Scores
are given per document, per layout family, and for the dev and held-back parts apart: the
thresholds are tuned on dev only, and held is what the finder is judged on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.errors import AssistantError, InputError

if TYPE_CHECKING:  # gate imports nothing from here, but only the types are needed
    from assistant.evaluation.gate import Check, Floors

WINDOW = 150  # characters of a found question in which an expected start may appear
MEASURES = ("recall", "precision", "numbers", "kinds")


@dataclass(frozen=True)
class FreshExpected:
    number: str | None
    start: str
    kind: str


@dataclass
class FreshScore:
    document: str
    family: str
    split: str
    expected: int = 0
    found: int = 0
    matched: int = 0
    numbered: int = 0  # matches whose expected question has a number
    numbers: int = 0
    kinds: int = 0
    misses: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def load(path: Path) -> tuple[Path, str, str, list[FreshExpected]]:
    """(document, family, split, expected questions) from a `<document>.json` file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = [
            FreshExpected(q["number"], str(q["start"]), str(q["kind"])) for q in data["questions"]
        ]
        return path.parent / str(data["document"]), str(data["family"]), str(data["split"]), items
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a fresh-batch file ({exc})") from None


def score(document: Path, family: str, split: str, expected: list[FreshExpected]) -> FreshScore:
    """Find the document's questions and compare them with the expected starts."""
    from assistant.consultation import extract_questions

    result = FreshScore(document.name, family, split, expected=len(expected))
    try:
        found = extract_questions(document).questions
    except AssistantError as exc:
        result.misses.append(f"could not read: {exc}")
        result.misses += [f"missed {e.number or '-'}: {e.start}" for e in expected]
        return result
    result.found = len(found)
    left = list(expected)
    for question in found:
        head = _norm(question.text)[:WINDOW]
        want = next((e for e in left if _norm(e.start) in head), None)
        if want is None:
            result.misses.append(f"extra {question.number}: {' '.join(question.text.split())}")
            continue
        left.remove(want)
        result.matched += 1
        if want.number is not None:
            result.numbered += 1
            if question.number == want.number:
                result.numbers += 1
            else:
                result.misses.append(f"question {want.number}: number {question.number}")
        kind = "choice" if want.kind == "grid" else want.kind
        if question.kind == kind:
            result.kinds += 1
        else:
            result.misses.append(
                f"question {want.number or want.start[:30]}: kind {question.kind}, not {want.kind}"
            )
    result.misses += [f"missed {e.number or '-'}: {e.start}" for e in left]
    return result


def run_fresh(folder: Path) -> list[FreshScore]:
    """Score every document of the batch in `folder` (each `<document>.json`), in name order."""
    files = sorted(Path(folder).glob("*.json"))
    if not files:
        raise InputError(f"{folder}: no fresh batch here (no <document>.json files)")
    return [score(*load(path)) for path in files]


def totals(scores: list[FreshScore]) -> dict[str, float | int]:
    """Recall, precision, numbers and kinds over a group of documents, with the counts."""
    expected = sum(s.expected for s in scores)
    found = sum(s.found for s in scores)
    matched = sum(s.matched for s in scores)
    numbered = sum(s.numbered for s in scores)
    return {
        "documents": len(scores),
        "expected": expected,
        "found": found,
        "matched": matched,
        # a group with nothing to find and nothing found is perfect, not zero
        "recall": matched / expected if expected else float(found == 0),
        "precision": matched / found if found else float(expected == 0),
        "numbers": sum(s.numbers for s in scores) / numbered if numbered else 1.0,
        "kinds": sum(s.kinds for s in scores) / matched if matched else 1.0,
    }


def groups(scores: list[FreshScore]) -> dict[str, dict[str, float | int]]:
    """Totals for each part (dev, held, all), and for each family within each part."""
    out: dict[str, dict[str, float | int]] = {}
    for part in ("dev", "held", "all"):
        chosen = [s for s in scores if part == "all" or s.split == part]
        if not chosen:
            continue
        out[part] = totals(chosen)
        for family in sorted({s.family for s in chosen}):
            out[f"{part} / {family}"] = totals([s for s in chosen if s.family == family])
    return out


def _line(name: str, t: dict[str, float | int]) -> str:
    return (
        f"{name:22} {t['documents']:>3} docs {t['expected']:>4} expected {t['found']:>4} found  "
        + "  ".join(f"{m} {t[m]:.3f}" for m in MEASURES)
    )


def as_text(scores: list[FreshScore]) -> str:
    """The per-part and per-family table, then each document with its misses."""
    lines = [_line(name, t) for name, t in groups(scores).items()]
    lines.append("")
    for s in scores:
        lines.append(
            f"[{s.split} {s.family}] {s.document}: {s.matched} of {s.expected} found"
            + (f", {s.found - s.matched} extra" if s.found > s.matched else "")
        )
        lines += [f"    {miss}" for miss in s.misses]
    return "\n".join(lines)


def as_report(scores: list[FreshScore]) -> dict[str, object]:
    """The JSON report: the group totals, then each document's counts and misses."""
    return {
        "groups": groups(scores),
        "documents": [
            {
                "document": s.document,
                "family": s.family,
                "split": s.split,
                "expected": s.expected,
                "found": s.found,
                "matched": s.matched,
                "misses": s.misses,
            }
            for s in scores
        ],
    }


def held_checks(batches: dict[str, Path], floors: Floors) -> list[Check]:
    """`eval check`'s question-finding checks on each fresh batch that has floors: its held-back
    part (round one's now development data, round two's never tuned on, round three's and
    round four's, round five's and round six's held halves)."""
    from assistant.evaluation import gate

    checks = []
    tables = {
        "fresh": floors.questions_held,
        "fresh2": floors.questions_fresh2,
        "fresh4": floors.questions_fresh4,
        "fresh5": floors.questions_fresh5,
        "fresh6": floors.questions_fresh6,
        "fresh7": floors.questions_fresh7,
    }
    for batch, table in tables.items():
        if not table:
            continue
        held = groups(run_fresh(batches[batch])).get("held")
        if held is None:
            raise InputError(f"{batches[batch]}: no held-back documents to check")
        checks += gate.check_questions_held(held, floors, batch)
    return checks

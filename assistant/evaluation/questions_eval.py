"""The questions suite: how well `consultation questions` finds a document's questions.

Each document in evals/questions/suite/ has a `<name>.json` beside it listing the questions a
careful reader finds there (number, text, kind, limits, options). A found question matches an
expected one when their texts are equal after whitespace is normalised; precision and recall
count matches, and the number, kind, limit and options of each match are checked. Every miss
is listed, so a failing run says which document and which question to look at.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.errors import AssistantError, InputError
from assistant.core.text import plural

MEASURES = ("precision", "recall", "numbers", "kinds", "limits", "options")


@dataclass(frozen=True)
class Expected:
    number: str
    text: str
    kind: str
    word_limit: int | None
    char_limit: int | None
    options: tuple[str, ...]


@dataclass
class DocumentScore:
    document: str
    expected: int = 0
    found: int = 0
    matched: int = 0
    numbers: int = 0  # matches with the right number
    kinds: int = 0
    limits: int = 0
    options: int = 0
    misses: list[str] = field(default_factory=list)
    notes: tuple[str, ...] = ()


def _norm(text: str) -> str:
    return " ".join(text.split())


def load_expected(path: Path) -> tuple[Path, list[Expected]]:
    """(the document, its expected questions) from a `<document>.json` file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = [
            Expected(
                str(q["number"]),
                _norm(q["text"]),
                q.get("kind", "open"),
                q.get("word_limit"),
                q.get("char_limit"),
                tuple(q.get("options", ())),
            )
            for q in data["questions"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a questions suite file ({exc})") from None
    return path.parent / str(data["document"]), items


def score_document(document: Path, expected: list[Expected]) -> DocumentScore:
    """Find the document's questions and compare them with what is expected."""
    from assistant.consultation import extract_questions

    score = DocumentScore(document.name, expected=len(expected))
    try:
        consultation = extract_questions(document)
    except AssistantError as exc:
        score.misses.append(f"could not read: {exc}")
        score.misses += [f"missed {e.number}: {e.text}" for e in expected]
        return score
    found = consultation.questions
    score.found, score.notes = len(found), consultation.notes
    wanted: dict[str, list[Expected]] = {}  # text -> expected questions with it, in order
    for item in expected:
        wanted.setdefault(item.text, []).append(item)
    for question in found:
        text = _norm(question.text)
        if not wanted.get(text):
            score.misses.append(f"extra {question.number}: {text}")
            continue
        want = wanted[text].pop(0)
        score.matched += 1
        checks = (
            (
                "numbers",
                question.number == want.number,
                f"number {question.number}, not {want.number}",
            ),
            ("kinds", question.kind == want.kind, f"kind {question.kind}, not {want.kind}"),
            (
                "limits",
                (question.word_limit, question.char_limit) == (want.word_limit, want.char_limit),
                f"limits {question.word_limit}/{question.char_limit}, not "
                f"{want.word_limit}/{want.char_limit} (words/characters)",
            ),
            (
                "options",
                tuple(question.options) == want.options,
                f"options {list(question.options)}, not {list(want.options)}",
            ),
        )
        for name, right, wrong in checks:
            if right:
                setattr(score, name, getattr(score, name) + 1)
            else:
                score.misses.append(f"question {want.number}: {wrong}")
    score.misses += [f"missed {e.number}: {e.text}" for items in wanted.values() for e in items]
    return score


def run_questions(folder: Path) -> list[DocumentScore]:
    """Score every document of the suite in `folder` (each `<document>.json`), in name order."""
    folder = Path(folder)
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(f"{folder}: no questions suite here (no <document>.json files)")
    return [score_document(*load_expected(path)) for path in files]


def headline(scores: list[DocumentScore]) -> dict[str, float | int]:
    """Precision and recall of questions found; the share of matches with the right number,
    kind, limits and options; and the counts behind them."""
    total = {k: sum(getattr(s, k) for s in scores) for k in ("expected", "found", "matched")}
    matched = total["matched"] or 1
    return {
        "documents": len(scores),
        **total,
        "precision": total["matched"] / total["found"] if total["found"] else 0.0,
        "recall": total["matched"] / total["expected"] if total["expected"] else 0.0,
        **{k: sum(getattr(s, k) for s in scores) / matched for k in MEASURES[2:]},
    }


def as_report(scores: list[DocumentScore]) -> dict[str, Any]:
    """The JSON report: the headline, then each document's counts, misses and notes."""
    return {
        "headline": headline(scores),
        "documents": [
            {
                "document": s.document,
                "expected": s.expected,
                "found": s.found,
                "matched": s.matched,
                "misses": s.misses,
                "notes": list(s.notes),
            }
            for s in scores
        ],
    }


def as_text(scores: list[DocumentScore]) -> str:
    """What `assistant eval questions` prints: the headline, one line per document with its
    misses under it, and the number of misses."""
    totals = headline(scores)
    lines = [
        f"{totals['documents']} documents, {totals['expected']} questions expected, "
        f"{totals['found']} found, {totals['matched']} matched.",
        "  ".join(f"{name} {totals[name]:.3f}" for name in MEASURES),
        "",
    ]
    for score in scores:
        lines.append(
            f"{score.document}: {score.matched} of {score.expected} found"
            + (f", {score.found - score.matched} extra" if score.found > score.matched else "")
        )
        lines += [f"    {miss}" for miss in score.misses]
    misses = sum(len(s.misses) for s in scores)
    lines += ["", f"{plural(misses, 'miss', 'misses')}."]
    return "\n".join(lines)

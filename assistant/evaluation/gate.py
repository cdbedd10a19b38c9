"""The CI gate: retrieval and citation floors (evals/floors.toml), checked on a quick run.

A floor is a promise that a change did not make the product worse: hybrid nDCG@10 on every
bundled suite stays above its floor, every citation in a sample of answers and drafts
resolves, and `consultation questions` keeps finding the questions suite's questions (recall,
precision, numbers and kinds). Floors sit a little below measured values, so noise does not
fail CI but a real regression does.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.evaluation.answer_runner import GeneratorResult
from assistant.evaluation.metrics import MEASURES
from assistant.evaluation.retrieval_runner import SuiteResult


@dataclass(frozen=True)
class Floors:
    config: str
    measure: str
    retrieval: dict[str, float]  # suite name -> floor
    generator: str
    limit: int
    citation_validity: float
    questions: dict[str, float] = field(default_factory=dict)  # measure -> floor
    questions_held: dict[str, float] = field(default_factory=dict)  # the fresh batch's held part
    arguments: dict[str, float] = field(default_factory=dict)  # figure -> floor (test half)
    questions_fresh2: dict[str, float] = field(default_factory=dict)  # round two's batch, unseen
    questions_fresh4: dict[str, float] = field(default_factory=dict)  # round three's held half
    questions_fresh5: dict[str, float] = field(default_factory=dict)  # round four's held half
    questions_fresh6: dict[str, float] = field(default_factory=dict)  # round five's held half
    questions_fresh7: dict[str, float] = field(default_factory=dict)  # round six's held half


@dataclass(frozen=True)
class Check:
    name: str
    value: float | None
    floor: float

    @property
    def passed(self) -> bool:
        return self.value is not None and self.value >= self.floor

    def line(self) -> str:
        value = "none" if self.value is None else f"{self.value:.3f}"
        verdict = "ok  " if self.passed else "FAIL"
        return f"{verdict} {self.name}: {value} (floor {self.floor:.3f})"


def _table(data: dict[str, Any], name: str, keys: set[str], where: str) -> dict[str, Any]:
    table = data.get(name)
    if not isinstance(table, dict):
        raise InputError(f"{where}: needs a [{name}] table")
    unknown = sorted(set(table) - keys)
    if unknown:
        raise InputError(f"{where}: unknown key(s) in [{name}]: {', '.join(unknown)}")
    missing = sorted(keys - set(table))
    if missing:
        raise InputError(f"{where}: [{name}] needs {', '.join(missing)}")
    return table


def load_floors(path: Path) -> Floors:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such floors file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path.name}: not valid TOML ({exc})") from None
    extra = sorted(
        set(data)
        - {
            "retrieval",
            "answers",
            "questions",
            "questions_held",
            "questions_fresh2",
            "questions_fresh4",
            "questions_fresh5",
            "questions_fresh6",
            "questions_fresh7",
            "faithfulness",
            "faithfulness_real",
            "arguments",
            "repeats",
            "howread",  # checked by evaluation.howread.gate_checks
            "howread_fresh",
            "howread_fresh2",
            "howread_fresh3",
            "howread_fresh4",
            "easyread",
        }
    )
    if extra:
        raise InputError(f"{path.name}: unknown table(s) {', '.join(extra)}")
    retrieval = _table(data, "retrieval", {"config", "measure", "floors"}, path.name)
    answers = _table(data, "answers", {"generator", "limit", "citation_validity"}, path.name)
    if retrieval["measure"] not in MEASURES:
        raise InputError(f"{path.name}: measure must be one of {', '.join(MEASURES)}")

    def optional(name: str, keys: Iterable[str]) -> dict[str, float]:
        """An optional table's floors, as numbers ({} when the file has none)."""
        table = _table(data, name, set(keys), path.name) if name in data else {}
        return {str(k): float(v) for k, v in table.items()}

    try:
        return Floors(
            str(retrieval["config"]),
            str(retrieval["measure"]),
            {str(k): float(v) for k, v in dict(retrieval["floors"]).items()},
            str(answers["generator"]),
            int(answers["limit"]),
            float(answers["citation_validity"]),
            optional("questions", QUESTION_MEASURES),
            optional("questions_held", QUESTION_MEASURES),
            optional("arguments", ARGUMENT_FIGURES),
            *(optional(f"questions_fresh{n}", QUESTION_MEASURES) for n in (2, 4, 5, 6, 7)),
        )
    except (TypeError, ValueError) as exc:
        raise InputError(f"{path.name}: {exc}") from None


def check_retrieval(results: Sequence[SuiteResult], floors: Floors) -> list[Check]:
    """One check per suite run; a suite with no floor fails, so a new suite gets one."""
    checks = []
    for r in results:
        floor = floors.retrieval.get(r.suite)
        name = f"{floors.config} {floors.measure} on {r.suite}"
        if floor is None:
            name, floor = f"{name} (no floor set in the floors file)", float("inf")
        checks.append(Check(name, r.configs[floors.config].metrics[floors.measure], floor))
    return checks


QUESTION_MEASURES = ("recall", "precision", "numbers", "kinds")


def check_questions(totals: dict[str, Any], floors: Floors) -> list[Check]:
    """One check per question-finding measure with a floor (evals/questions/suite)."""
    return [
        Check(f"questions suite {name} over {totals['expected']} questions", totals[name], floor)
        for name, floor in floors.questions.items()
    ]


def check_questions_held(
    totals: dict[str, Any], floors: Floors, batch: str = "fresh"
) -> list[Check]:
    """One check per measure on a batch of real documents' held-back part: round one's
    (evals/questions/fresh, `split: held`, now also development data: see floors.toml), with
    batch "fresh2" round two's (evals/questions/fresh2, all held back, never tuned on), with
    "fresh4" round three's held half (evals/questions/fresh4, `split: held`), with "fresh5"
    round four's (evals/questions/fresh5, `split: held`), "fresh6" round five's and "fresh7"
    round six's."""
    table, label = {
        "fresh2": (floors.questions_fresh2, "second fresh batch (held back)"),
        "fresh4": (floors.questions_fresh4, "fourth fresh batch (round three's held half)"),
        "fresh5": (floors.questions_fresh5, "fifth fresh batch (round four's held half)"),
        "fresh6": (floors.questions_fresh6, "sixth fresh batch (round five's held half)"),
        "fresh7": (floors.questions_fresh7, "seventh fresh batch (round six's held half)"),
    }.get(batch, (floors.questions_held, "fresh batch (round one's held part)"))
    return [
        Check(f"{label} {name} over {totals['expected']} questions", totals[name], floor)
        for name, floor in table.items()
    ]


def check_answers(results: Sequence[GeneratorResult], floors: Floors) -> list[Check]:
    """Citation validity over every output; no citation at all also fails (None)."""
    return [
        Check(
            f"{r.generator} citation validity over {len(r.outcomes)} answers and drafts",
            r.headline()["citation_validity"],
            floors.citation_validity,
        )
        for r in results
    ]


# The argument suite's figures as floors (higher is better): the two "at most" targets are
# turned round (near-domain refused, in-scope drafted), so every floor reads the same way.
ARGUMENT_FIGURES = (
    "must_use_recall",
    "relevant_paragraphs",
    "near_domain_refused",
    "in_scope_drafted",
)


def check_arguments(figures: dict[str, Any], floors: Floors) -> list[Check]:
    """One check per argument-suite figure with a floor (extractive writer, test half)."""
    values = {
        "must_use_recall": figures.get("must_use_recall"),
        "relevant_paragraphs": figures.get("relevant_paragraphs"),
        "near_domain_refused": _turned(figures.get("near_domain_drafted")),
        "in_scope_drafted": _turned(figures.get("in_scope_refused")),
    }
    return [
        Check(f"argument suite (test half) {name.replace('_', ' ')}", values[name], floor)
        for name, floor in floors.arguments.items()
    ]


def _turned(share: float | None) -> float | None:
    return None if share is None else 1.0 - share

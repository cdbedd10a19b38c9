"""Score the "How it will be read" check against hand-labelled answers (evals/howread/).

Each line of a suite is an answer with its question, the stance it states and the four signs
marked by hand (the labels' rules are in evals/howread/README.md). Agreement per sign is the
share of answers where the check and the label say the same (has it / lacks it); a miss is a
sign the label has and the check does not find, a false alarm the reverse. Stance agreement is
over every answer: the stance the check reads where the question asks for one (else none)
against the label. Dev and held halves come from a stable hash of each id, so they never move.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.errors import InputError
from assistant.how_read import Sign, how_read

if TYPE_CHECKING:
    from assistant.evaluation.gate import Check

TARGET = 0.85  # the target, per sign
HALVES = ("dev", "held")


@dataclass(frozen=True)
class Labelled:
    id: str
    question: str
    answer: str
    stance: str | None
    signs: frozenset[Sign]

    @property
    def half(self) -> str:
        return "dev" if hashlib.sha256(self.id.encode()).digest()[0] % 2 == 0 else "held"


@dataclass(frozen=True)
class Outcome:
    item: Labelled
    found: frozenset[Sign]
    stance: str | None


@dataclass(frozen=True)
class SignScore:
    sign: Sign
    agreement: float
    misses: tuple[str, ...]  # ids where the label has the sign and the check does not
    false_alarms: tuple[str, ...]  # ids where the check finds a sign the label does not have


@dataclass(frozen=True)
class HalfScore:
    half: str
    answers: int
    signs: tuple[SignScore, ...]
    stance_agreement: float
    stance_wrong: tuple[str, ...]  # "id: expected x, read y"

    def sign(self, sign: Sign) -> SignScore:
        return next(s for s in self.signs if s.sign is sign)


def load_labelled(path: Path) -> list[Labelled]:
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            signs = frozenset(Sign(k) for k, v in dict(row["signs"]).items() if v)
            items.append(
                Labelled(str(row["id"]), row["question"], row["answer"], row["stance"], signs)
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(
                f"{Path(path).name} line {number}: not a labelled answer ({exc})"
            ) from None
    return items


def run(items: list[Labelled]) -> list[Outcome]:
    outcomes = []
    for item in items:
        checked = how_read(item.question, item.answer)
        outcomes.append(Outcome(item, frozenset(checked.has), checked.stance.stated))
    return outcomes


def score(outcomes: list[Outcome], half: str) -> HalfScore:
    chosen = [o for o in outcomes if o.item.half == half or half == "all"]
    if not chosen:
        raise InputError(f"no labelled answers in the {half} half")
    signs = []
    for sign in Sign:
        misses = tuple(o.item.id for o in chosen if sign in o.item.signs and sign not in o.found)
        alarms = tuple(o.item.id for o in chosen if sign in o.found and sign not in o.item.signs)
        agreement = 1 - (len(misses) + len(alarms)) / len(chosen)
        signs.append(SignScore(sign, agreement, misses, alarms))
    wrong = tuple(
        f"{o.item.id}: labelled {o.item.stance or 'none'}, read {o.stance or 'none'}"
        for o in chosen
        if o.stance != o.item.stance
    )
    return HalfScore(half, len(chosen), tuple(signs), 1 - len(wrong) / len(chosen), wrong)


def as_text(scores: list[HalfScore], details: bool = True) -> str:
    lines = []
    for s in scores:
        lines.append(f"{s.half}: {s.answers} answers")
        lines.append(f"  {'sign':<12}{'agreement':>10}{'misses':>8}{'false alarms':>14}")
        for sign in s.signs:
            lines.append(
                f"  {sign.sign.value:<12}{sign.agreement:>10.3f}{len(sign.misses):>8}"
                f"{len(sign.false_alarms):>14}"
            )
        lines.append(f"  {'stance':<12}{s.stance_agreement:>10.3f}{len(s.stance_wrong):>8}")
        if details:
            for sign in s.signs:
                if sign.misses:
                    lines.append(f"  missed {sign.sign.value}: {', '.join(sign.misses)}")
                if sign.false_alarms:
                    lines.append(f"  false {sign.sign.value}: {', '.join(sign.false_alarms)}")
            lines += [f"  stance {wrong}" for wrong in s.stance_wrong]
    return "\n".join(lines)


def as_report(scores: list[HalfScore]) -> dict[str, object]:
    return {
        s.half: {
            "answers": s.answers,
            "signs": {
                x.sign.value: {
                    "agreement": round(x.agreement, 3),
                    "misses": list(x.misses),
                    "false_alarms": list(x.false_alarms),
                }
                for x in s.signs
            },
            "stance_agreement": round(s.stance_agreement, 3),
            "stance_wrong": list(s.stance_wrong),
        }
        for s in scores
    }


# The floors' tables and the suites they hold to (each scored on its held half).
GATE_SUITES = {
    "howread": "answers.jsonl",
    "howread_fresh": "fresh.jsonl",
    "howread_fresh2": "fresh2.jsonl",
    "howread_fresh3": "fresh3.jsonl",
    "howread_fresh4": "fresh4.jsonl",
}
WHOLE = {"howread_fresh2", "howread_fresh3", "howread_fresh4"}  # batches scored whole, not by half


def gate_checks(floors_file: Path, folder: Path) -> list[Check]:
    """The [howread*] floors in evals/floors.toml, each on its suite's held half (fresh2,
    fresh3 and fresh4: the whole batch), rules only, so a second; none for a table that is
    absent."""
    from assistant.evaluation.gate import Check

    data = tomllib.loads(Path(floors_file).read_text(encoding="utf-8"))
    checks = []
    for name, suite in GATE_SUITES.items():
        table = data.get(name)
        if not isinstance(table, dict):
            continue
        half = "all" if name in WHOLE else "held"
        held = score(run(load_labelled(folder / suite)), half)
        values = {sign.value: held.sign(sign).agreement for sign in Sign}
        values["stance"] = held.stance_agreement
        unknown = sorted(set(table) - set(values))
        if unknown:
            raise InputError(f"{Path(floors_file).name}: unknown key(s) in [{name}]: {unknown}")
        checks += [
            Check(f"how it will be read, {suite} {half}: {key} agreement", values[key], floor)
            for key, floor in ((k, float(v)) for k, v in table.items())
        ]
    return checks

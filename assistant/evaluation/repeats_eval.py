"""The repeat test (`answering/writing/repeats.py`) measured on hand-labelled sentence pairs.

`evals/repeats/pairs.jsonl` holds pairs of sentences the local writer wrote for one question,
each labelled `repeat` or `different` before the test's thresholds were chosen (on the dev
half). A miss is a repeat the draft still shows; a false alarm is a different point dropped,
the costlier mistake, so both are reported and floored.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from assistant.answering.writing.repeats import repeats
from assistant.core.errors import InputError
from assistant.evaluation.suites import read_jsonl

if TYPE_CHECKING:
    from assistant.evaluation.gate import Check

LABELS = ("repeat", "different")


@dataclass(frozen=True)
class Pair:
    id: str
    split: str
    repeat: bool  # the hand label
    first: str
    second: str


@dataclass(frozen=True)
class RepeatScore:
    split: str
    repeats: int
    caught: int
    different: int
    false_alarms: int
    missed: tuple[str, ...]  # ids of repeats not caught
    wrongly: tuple[str, ...]  # ids of different pairs called repeats

    @property
    def caught_share(self) -> float:
        return self.caught / self.repeats if self.repeats else 1.0

    @property
    def false_alarm_share(self) -> float:
        return self.false_alarms / self.different if self.different else 0.0


def load_pairs(path: Path) -> list[Pair]:
    if not Path(path).is_file():
        raise InputError(f"{path}: no such file of labelled sentence pairs")
    pairs = []
    for number, row in read_jsonl(Path(path)):
        if row.get("label") not in LABELS or row.get("split") not in ("dev", "test"):
            raise InputError(f"{Path(path).name} line {number}: needs a label and a split")
        pairs.append(
            Pair(
                str(row["id"]),
                str(row["split"]),
                row["label"] == "repeat",
                str(row["first"]),
                str(row["second"]),
            )
        )
    return pairs


def score(pairs: Sequence[Pair], split: str, embeddings: Embeddings) -> RepeatScore:
    chosen = [p for p in pairs if p.split == split]
    said = {p.id: repeats(p.second, [p.first], embeddings) for p in chosen}
    missed = tuple(p.id for p in chosen if p.repeat and not said[p.id])
    wrongly = tuple(p.id for p in chosen if not p.repeat and said[p.id])
    count = sum(p.repeat for p in chosen)
    return RepeatScore(
        split, count, count - len(missed), len(chosen) - count, len(wrongly), missed, wrongly
    )


def gate_checks(floors_path: Path, evals_dir: Path, embeddings: Embeddings) -> list[Check]:
    """The `[repeats]` floors on the test half; none when the table is absent."""
    from assistant.evaluation.gate import Check

    table = tomllib.loads(floors_path.read_text(encoding="utf-8")).get("repeats")
    if not table:
        return []
    result = score(load_pairs(evals_dir / "repeats" / "pairs.jsonl"), "test", embeddings)
    name = "repeated sentences (test half of evals/repeats)"
    return [
        Check(f"{name}: repeats caught", result.caught_share, float(table["caught"])),
        Check(
            f"{name}: different pairs kept",
            1 - result.false_alarm_share,
            float(table["different_kept"]),
        ),
    ]

"""The faithfulness suite (`evals/faithfulness/`): does a check catch sentences their cited
passage does not say, without flagging the ones it does?

Each item is one sentence citing one real corpus passage, labelled by hand. Three checks are
compared: the old support score at `min_support` (word overlap and MiniLM cosine), the old
checker with all its rules, and the new one (the old rules with the meaning check in place of
the support threshold). Weights and the threshold are fitted on the development data (`dev` and the
writer's own sentences in `real.jsonl`); figures are reported on `test` and on `real2.jsonl`
(see the suite's README).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.checks.meaning import MeaningJudge
from assistant.checks.meaning_features import signs
from assistant.checks.verify import verify
from assistant.core.schema import Evidence, FindingRule

if TYPE_CHECKING:
    from assistant.evaluation.gate import Check
    from assistant.settings import Settings

FAITHFUL_KINDS = ("paraphrase", "verbatim")


@dataclass(frozen=True)
class Item:
    id: str
    split: str
    label: str  # "faithful" or "unfaithful"
    kind: str
    sentence: str
    passage: str
    chunk_id: str

    @property
    def faithful(self) -> bool:
        return self.label == "faithful"


@dataclass(frozen=True)
class Scored:
    """One item under each check: True in a *_flag means the check flagged it."""

    item: Item
    support: float  # the old support score
    old_flag: bool  # support below min_support
    rules_flag: bool  # any other rule of the old checker (figures, quotes, …)
    model_yes: float | None
    features: tuple[float, ...]
    seconds: float  # the meaning check's time for this sentence

    def new_score(self, weights: Sequence[float]) -> float | None:
        if self.model_yes is None:
            return None
        x = [self.model_yes, *self.features]
        z = weights[0] + sum(w * v for w, v in zip(weights[1:], x, strict=True))
        return float(1.0 / (1.0 + np.exp(-z)))

    def new_flag(self, weights: Sequence[float], threshold: float) -> bool:
        score = self.new_score(weights)
        return self.rules_flag or (score is not None and score < threshold)


def load_items(path: Path, split: str | None = None) -> list[Item]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    items = [
        Item(r["id"], r["split"], r["label"], r["kind"], r["sentence"], r["passage"], r["chunk_id"])
        for r in rows
    ]
    return [i for i in items if split is None or i.split == split]


def score_items(
    items: Sequence[Item],
    embeddings: Embeddings | None,
    judge: MeaningJudge | None,
    min_support: float,
    on_progress: Callable[[int, int], None] = lambda _done, _total: None,
) -> list[Scored]:
    """Every check on every item; items sharing a passage run together (the prompt cache)."""
    out = []
    ordered = sorted(items, key=lambda i: (i.chunk_id, i.id))
    for done, item in enumerate(ordered):
        evidence = Evidence(1, item.chunk_id, "", "", "", "", "1", item.passage)
        check = verify(item.sentence, [evidence], embeddings, min_support=min_support)
        sentence = check.sentences[0] if check.sentences else None
        support = sentence.support if sentence else 0.0
        rules = any(f.rule != FindingRule.LOW_SUPPORT for f in check.findings)
        started = time.monotonic()
        yes = judge.model_yes(item.sentence, [item.passage]) if judge else None
        found = tuple(signs(item.sentence, [item.passage]).vector())
        seconds = time.monotonic() - started
        out.append(Scored(item, support, support < min_support, rules, yes, found, seconds))
        on_progress(done + 1, len(ordered))
    return out


def fit(scored: Sequence[Scored], l2: float = 0.5, steps: int = 3000) -> tuple[float, ...]:
    """Logistic regression (faithful = 1) by gradient descent with an L2 penalty on weights."""
    rows = [s for s in scored if s.model_yes is not None]
    x = np.array([[1.0, s.model_yes, *s.features] for s in rows])
    y = np.array([1.0 if s.item.faithful else 0.0 for s in rows])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= 1.0 * grad
    return tuple(round(float(v), 3) for v in w)


REAL_WEIGHT = 2  # the writer's own sentences (ids "real-…") count twice in the fit


def fit_development(scored: Sequence[Scored]) -> tuple[tuple[float, ...], float]:
    """Weights and threshold from the development data: the suite's dev half and real.jsonl,
    whose sentences (the writer's own) count REAL_WEIGHT times in the fit; the threshold is the
    highest keeping false flags <= 0.12 over all of them, each once."""
    real = [s for s in scored if s.item.id.startswith("real-")]
    weights = fit([*scored, *real * (REAL_WEIGHT - 1)])
    return weights, choose_threshold(scored, weights)


def choose_threshold(
    scored: Sequence[Scored], weights: Sequence[float], max_false: float = 0.12
) -> float:
    """The highest threshold (most caught) whose false flags on these items stay <= max_false."""
    best = 0.0
    for step in range(5, 96):
        threshold = step / 100

        def flagged(s: Scored, threshold: float = threshold) -> bool:
            return s.new_flag(weights, threshold)

        if rates(scored, flagged)[1] <= max_false:
            best = threshold
    return best


def rates(scored: Sequence[Scored], flagged: Callable[[Scored], bool]) -> tuple[float, float]:
    """(share of unfaithful caught, share of faithful falsely flagged)."""
    bad = [s for s in scored if not s.item.faithful]
    good = [s for s in scored if s.item.faithful]
    caught = sum(flagged(s) for s in bad) / len(bad) if bad else 0.0
    false = sum(flagged(s) for s in good) / len(good) if good else 0.0
    return caught, false


@dataclass(frozen=True)
class Row:
    kind: str
    n: int
    old: float  # share flagged by the old support score
    rules: float  # … by the old checker with all its rules
    new: float  # … by the new check


def by_kind(scored: Sequence[Scored], weights: Sequence[float], threshold: float) -> list[Row]:
    """Share flagged per kind: for unfaithful kinds that is caught, for faithful ones false."""
    kinds = sorted({s.item.kind for s in scored}, key=lambda k: (k in FAITHFUL_KINDS, k))
    out = []
    for kind in kinds:
        group = [s for s in scored if s.item.kind == kind]
        old = sum(s.old_flag for s in group) / len(group)
        rules = sum(s.old_flag or s.rules_flag for s in group) / len(group)
        new = sum(s.new_flag(weights, threshold) for s in group) / len(group)
        out.append(Row(kind, len(group), old, rules, new))
    return out


def gate_checks(floors_path: Path, settings: Settings) -> list[Check]:
    """The CI floors for the meaning check (`[faithfulness]` in evals/floors.toml): the first
    `limit` test items by id, judged by the bundled model; none when the table is absent."""
    import tomllib

    from assistant.checks.meaning import WEIGHTS, judge_for
    from assistant.core.resources import bundled
    from assistant.evaluation.gate import Check
    from assistant.llm.generation import get_text_model

    table = tomllib.loads(floors_path.read_text(encoding="utf-8")).get("faithfulness")
    if not table:
        return []
    suite = bundled("evals") / str(table.get("suite", "faithfulness/items.jsonl"))
    items = sorted(load_items(suite, "test"), key=lambda i: i.id)[: int(table["limit"])]
    judge = judge_for(get_text_model("local", settings), settings.min_meaning)
    scored = score_items(items, None, judge, settings.min_support)
    caught, false = rates(scored, lambda s: s.new_flag(WEIGHTS, settings.min_meaning))
    return [
        Check("faithfulness: unfaithful caught", caught, float(table["caught"])),
        Check("faithfulness: faithful passed", 1 - false, float(table["faithful_passed"])),
    ]

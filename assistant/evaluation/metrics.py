"""Ranking measures per question, computed by `ir-measures` (trec_eval's definitions).

hit@k is Success@k, recall@k is R@k, MRR@10 is RR@10 and nDCG@10 uses the graded relevance
(gain = grade, discount log2(rank + 1)). Every question gets a value: one with no relevant item
found in the corpus, or no result at all, scores 0, so a suite's mean is over all its questions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import ir_measures
import numpy as np
from ir_measures import RR, R, ScoredDoc, Success, nDCG

MEASURES = {
    "hit@1": Success @ 1,
    "hit@3": Success @ 3,
    "hit@5": Success @ 5,
    "R@5": R @ 5,
    "R@10": R @ 10,
    "MRR@10": RR @ 10,
    "nDCG@10": nDCG @ 10,
}
HEADLINE = "nDCG@10"

Qrels = Mapping[str, Mapping[str, int]]  # question id -> item id -> grade (>= 1)
Rankings = Mapping[str, Sequence[str]]  # question id -> item ids, best first


def per_query(qrels: Qrels, rankings: Rankings) -> dict[str, dict[str, float]]:
    """measure -> question id -> value, for every question in `rankings`."""
    # Score by our rank, so trec_eval's tie-breaking can never reorder what the engine returned.
    run = [
        ScoredDoc(qid, item, 1.0 / rank)
        for qid, items in rankings.items()
        for rank, item in enumerate(items, start=1)
    ]
    rows = [
        ir_measures.Qrel(qid, item, grade)
        for qid, rels in qrels.items()
        if qid in rankings
        for item, grade in rels.items()
    ]
    values = {name: dict.fromkeys(rankings, 0.0) for name in MEASURES}
    by_measure = {measure: name for name, measure in MEASURES.items()}
    if rows and run:
        for metric in ir_measures.iter_calc(list(MEASURES.values()), rows, run):
            values[by_measure[metric.measure]][metric.query_id] = float(metric.value)
    return values


def means(values: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """The mean of each measure over all questions."""
    return {name: (sum(per.values()) / len(per) if per else 0.0) for name, per in values.items()}


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100, linear interpolation); 0 for no values."""
    return float(np.percentile(values, q)) if len(values) else 0.0

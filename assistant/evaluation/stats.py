"""Is one configuration really better than another, or is the difference luck of the questions?

A paired randomisation (permutation) test over per-question scores: under "no difference" each
question's two scores could as well be swapped, so we swap at random (or, for 13 questions or
fewer, in every possible way) and see how often the mean difference is as large as the one
observed. It makes no assumption about the shape of the scores, which for hit@k are 0 or 1.
The seed is fixed, so a re-run gives the same p-values.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.stats import permutation_test

RESAMPLES = 9_999
SEED = 0
METHOD = (
    "paired randomisation test (scipy.stats.permutation_test, permutation_type='samples', "
    f"two-sided, mean difference, {RESAMPLES} resamples, seed {SEED})"
)


def _mean_difference(x: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
    return np.mean(x - y, axis=axis)


def paired_p(
    a: Sequence[float], b: Sequence[float], seed: int = SEED, resamples: int = RESAMPLES
) -> float:
    """Two-sided p-value that paired scores `a` and `b` (same questions, same order) differ."""
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if x.shape != y.shape:
        raise ValueError(f"paired scores need equal lengths, got {x.size} and {y.size}")
    if x.size == 0 or np.allclose(x, y, rtol=0.0, atol=1e-12):
        return 1.0  # no difference at all: nothing could be more extreme than none
    result = permutation_test(
        (x, y),
        _mean_difference,
        permutation_type="samples",
        vectorized=True,
        n_resamples=resamples,
        alternative="two-sided",
        rng=np.random.default_rng(seed),
    )
    return float(min(1.0, result.pvalue))

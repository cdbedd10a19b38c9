"""Which of the organisation's key points bear on this question, and which are left out.

A profile's key points are what the organisation always wants said ("user-led organisations
need secure funding over several years"). Pasted into every draft they read as padding, and as
search words they pulled the same generic passages into every draft. So a key point joins a
draft only when it bears on the question: its meaning is close enough to the question's
(cosine of the two MiniLM vectors, threshold `Settings.key_point_min_similarity`, chosen on the
dev half of evals/arguments). The rest are listed beside the draft as "not used here", so the
user can see them and add one by hand where we misjudged. A weak signal, measured: see
docs/drafting.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.core.schema import GroundedText
from assistant.search.query_rewrite import rewrite_query

NOT_USED = "Key points not used here"
NOT_USED_INTRO = (
    "These key points do not bear on this question, so the draft leaves them out. Add one "
    "yourself if it belongs."
)


def not_used(result: GroundedText) -> list[str]:
    """The key points a draft left out (none for an answer)."""
    return list((result.draft and result.draft.key_points_not_used) or ())


@dataclass(frozen=True)
class PointChoice:
    used: tuple[str, ...]  # bear on the question: each becomes one of our reasons
    not_used: tuple[str, ...]  # listed beside the draft, "not used here"


def choose_points(
    question: str, points: Sequence[str], embeddings: Embeddings, threshold: float
) -> PointChoice:
    """Split `points` into those that bear on `question` and those that do not, in order."""
    points = [p for p in points if p.strip()]
    if not points:
        return PointChoice((), ())
    query = np.asarray(embeddings.embed_query(rewrite_query(question)), dtype=float)
    vectors = np.asarray(embeddings.embed_documents(points), dtype=float)
    bears = [float(s) >= threshold for s in vectors @ query]
    return PointChoice(
        tuple(p for p, b in zip(points, bears, strict=True) if b),
        tuple(p for p, b in zip(points, bears, strict=True) if not b),
    )

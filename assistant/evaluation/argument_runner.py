"""Draft the argument suite's questions the way a user would, and add up the scores.

Every question goes through `Assistant.draft` with the sample profile (its key points and
default stance), in a temporary store of the bundled corpus. The figures, per half:

- must-use recall: must-use passages cited, over all in-scope questions (a refused one scores 0);
- relevant paragraphs: body paragraphs whose every cited passage is in the relevant set;
- near-domain drafted: questions the library does not cover that still got a cited draft;
- in-scope refused: questions it does cover that got none;
- key points: how often a key point was used exactly when the suite says it bears;
- stance where none was asked: how/what and experience drafts that state a stance or speak of
  "this proposal";
- written share: cited sentences the writer wrote (not quotations), and written passing: those
  the final check found no problem in (the local writer; quotes-only drafts write none).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.answering.chains import Assistant
from assistant.answering.profile import OrganisationProfile
from assistant.evaluation.arguments import ArgumentItem, Score, score
from assistant.evaluation.configs import EvalConfig
from assistant.evaluation.stores import StorePool
from assistant.llm.protocol import TextModel

Progress = Callable[[str, int, int], None]
TARGETS = {
    "must_use_recall": (">=", 0.7),
    "relevant_paragraphs": (">=", 0.9),
    "near_domain_drafted": ("<=", 0.1),
    "in_scope_refused": ("<=", 0.1),
    "written_share": (">=", 0.8),  # the local writer's; a quotes-only draft writes none
    "written_passing": (">=", 0.95),
}


def select(
    items: Sequence[ArgumentItem], half: str = "test", limit: int | None = None
) -> list[ArgumentItem]:
    """The half's questions ("all": both); `limit` keeps the first N in scope and N near."""
    chosen = [i for i in items if half == "all" or i.half == half]
    if limit is None:
        return chosen
    covered = [i for i in chosen if i.covered][:limit]
    near = [i for i in chosen if not i.covered][:limit]
    return [i for i in chosen if i in covered or i in near]


def run_arguments(
    items: Sequence[ArgumentItem],
    generator: str,
    pool: StorePool,
    config: EvalConfig,
    profile: OrganisationProfile,
    progress: Progress | None = None,
    model: TextModel | None = None,
) -> list[Score]:
    store = pool.store(None, config)
    settings = store.settings.model_copy(update={"generator": generator})
    assistant = Assistant(settings, store=store, generator=generator, model=model)
    scores = []
    for index, item in enumerate(items, start=1):
        if progress:
            progress(f"arguments · {generator}", index, len(items))
        start = time.perf_counter()
        result = assistant.draft(item.question, profile=profile, stance=item.stance)
        scores.append(score(item, result, profile.key_points, time.perf_counter() - start))
    return scores


def gate_figures(
    suite: Path, pool: StorePool, config: EvalConfig, profile: OrganisationProfile
) -> dict[str, Any]:
    """What `eval check` holds to its floors: the test half with the quotes-only writer (no
    model, deterministic, about a minute)."""
    from assistant.evaluation.arguments import load_arguments

    scores = run_arguments(
        select(load_arguments(suite), "test"), "extractive", pool, config, profile
    )
    return summarise(scores, len(profile.key_points))


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def summarise(scores: Sequence[Score], key_points: int) -> dict[str, Any]:
    """The suite's figures over some scores; a share is None when nothing was counted."""
    covered = [s for s in scores if s.item.covered]
    near = [s for s in scores if not s.item.covered]
    drafted = [s for s in covered if not s.refused]
    decisions = [
        (i in s.item.key_points, i in s.points_used) for s in drafted for i in range(key_points)
    ]
    unasked = [s for s in drafted if s.item.kind != "position"]
    counts = [s.sentences for s in drafted if s.sentences is not None]
    seconds = [s.second for s in drafted if s.second is not None]
    written = sum(c.written for c in counts)
    return {
        "in_scope": len(covered),
        "near_domain": len(near),
        "must_use_recall": _share(sum(s.must_cited for s in covered), sum(s.must for s in covered)),
        "relevant_paragraphs": _share(
            sum(s.relevant_paragraphs for s in drafted), sum(s.paragraphs for s in drafted)
        ),
        # The same drafts by the second reader's labels (evals/arguments/relevance_blind.jsonl):
        # context for the two figures above, not targets of their own.
        "relevant_paragraphs_second_reader": _share(
            sum(x.relevant_paragraphs for x in seconds), sum(s.paragraphs for s in drafted)
        )
        if seconds
        else None,
        "essential_recall_second_reader": _share(
            sum(x.essential_cited for x in seconds),
            sum(s.second.essential for s in covered if s.second),
        )
        if seconds
        else None,
        "near_domain_drafted": _share(sum(not s.refused for s in near), len(near)),
        "in_scope_refused": _share(sum(s.refused for s in covered), len(covered)),
        "key_point_accuracy": _share(sum(a == b for a, b in decisions), len(decisions)),
        "key_points_used_not_bearing": sum(b and not a for a, b in decisions),
        "key_points_bearing_not_used": sum(a and not b for a, b in decisions),
        "stance_where_not_asked": _share(
            sum(s.stance_stated or s.says_this_proposal for s in unasked), len(unasked)
        ),
        "mean_paragraphs": _share(sum(s.paragraphs for s in drafted), len(drafted)),
        "written_share": _share(written, sum(c.cited for c in counts)) if written else None,
        "written_passing": _share(sum(c.written_passing for c in counts), written),
        "seconds_mean": _share(sum(s.seconds for s in scores), len(scores)),
    }


def meets(figures: dict[str, Any]) -> dict[str, bool | None]:
    """Each target met (True), missed (False) or not measured (None)."""
    verdicts: dict[str, bool | None] = {}
    for name, (side, target) in TARGETS.items():
        value = figures.get(name)
        verdicts[name] = (
            None if value is None else (value >= target if side == ">=" else value <= target)
        )
    return verdicts


def as_rows(scores: Sequence[Score]) -> list[dict[str, Any]]:
    """One line per question, for the JSON report."""
    return [
        {
            "id": s.item.id,
            "half": s.item.half,
            "kind": s.item.kind,
            "covered": s.item.covered,
            "refused": s.refused,
            "must_cited": s.must_cited,
            "must": s.must,
            "paragraphs": s.paragraphs,
            "relevant_paragraphs": s.relevant_paragraphs,
            "relevant_paragraphs_second_reader": s.second.relevant_paragraphs if s.second else None,
            "essential_cited_second_reader": s.second.essential_cited if s.second else None,
            "key_points_expected": list(s.item.key_points),
            "key_points_used": list(s.points_used),
            "stance_stated": s.stance_stated,
            "says_this_proposal": s.says_this_proposal,
            "sentences_cited": s.sentences.cited if s.sentences else None,
            "sentences_written": s.sentences.written if s.sentences else None,
            "written_passing": s.sentences.written_passing if s.sentences else None,
            "seconds": round(s.seconds, 2),
        }
        for s in scores
    ]

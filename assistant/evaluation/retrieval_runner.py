"""Score retrieval configurations on suites: measures, failures, latency and significance.

Each question is asked of the engine exactly as a user's search would be (`retriever.search`),
timed, and its ranking kept. Passage-level questions are judged on the top 10 passages. For a
document-level question (BEIR), the engine still ranks passages (the top `candidates`, 30 by
default, so the fusion pool is the product's own); these are reduced to documents in order of
each document's first passage, and the top 10 documents are judged. Every config after the
first is compared with the first, question by question (see `stats`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.errors import InputError
from assistant.core.schema import Passage
from assistant.core.text import shorten
from assistant.evaluation.configs import KEYS, EvalConfig, make_config
from assistant.evaluation.metrics import MEASURES, means, per_query, percentile
from assistant.evaluation.relevance import qrels_for
from assistant.evaluation.stats import paired_p
from assistant.evaluation.stores import StorePool
from assistant.evaluation.suites import Question, Suite, read_suite
from assistant.library.store import Store
from assistant.search.retrieval import HybridRetriever

Progress = Callable[[str, int, int], None]
DEPTH = 10  # items judged per question
FAILURE_K = 5  # a question fails when nothing relevant is in the top 5 (what `ask` reads)


@dataclass(frozen=True)
class Failure:
    """A question with nothing relevant in the top 5: what was missed, what came first."""

    question_id: str
    question: str
    missed: tuple[str, ...]
    first: str


@dataclass(frozen=True)
class Comparison:
    """A config against the baseline on one measure."""

    delta: float
    p: float


@dataclass
class ConfigResult:
    config: EvalConfig
    metrics: dict[str, float]
    per_query: dict[str, dict[str, float]]  # measure -> question id -> value
    rankings: dict[str, list[str]]  # question id -> judged ids, best first
    latency_ms: list[float]
    failures: list[Failure]
    unmatched: list[str]
    vs_baseline: dict[str, Comparison] = field(default_factory=dict)

    @property
    def latency(self) -> dict[str, float]:
        return {
            "p50": percentile(self.latency_ms, 50),
            "p95": percentile(self.latency_ms, 95),
        }


@dataclass
class SuiteResult:
    suite: str
    questions: int
    configs: dict[str, ConfigResult] = field(default_factory=dict)
    kind: str = "jsonl"
    path: str = ""
    levels: tuple[str, ...] = ("passage",)

    @property
    def metrics(self) -> dict[str, dict[str, float]]:
        """config name -> measure -> mean (the shape the UI and docs/evaluation.md table read)."""
        return {name: result.metrics for name, result in self.configs.items()}

    @property
    def unmatched(self) -> list[str]:
        return sorted({u for result in self.configs.values() for u in result.unmatched})

    @property
    def baseline(self) -> str:
        return next(iter(self.configs))


def _describe(passage: Passage) -> str:
    """Where the first result came from, and how it starts."""
    where = passage.title + (f" › {passage.section}" if passage.section != passage.title else "")
    return f"{where}: {shorten(passage.text, 70)}"


def _ranking(
    passages: Sequence[Passage], level: str, doc_ids: Mapping[str, str] | None
) -> list[str]:
    if level == "passage":
        return [p.id for p in passages[:DEPTH]]
    rename = doc_ids or {}
    docs = dict.fromkeys(rename.get(p.doc_id, p.doc_id) for p in passages)
    return list(docs)[:DEPTH]


def _failure(
    question: Question, ranking: list[str], relevant: Mapping[str, int], first: Passage | None
) -> Failure | None:
    if any(item in relevant for item in ranking[:FAILURE_K]):
        return None
    missed = tuple(shorten(g.span, 80) if g.span else g.doc_id for g in question.gold)
    return Failure(
        question.id, question.question, missed, _describe(first) if first else "(no results)"
    )


def score_config(
    suite: Suite,
    store: Store,
    config: EvalConfig,
    doc_ids: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ConfigResult:
    """Ask every question of the store under one config and judge the rankings."""
    settings = store.settings.model_copy(update=config.values)
    retriever = HybridRetriever(store=store, settings=settings)
    qrels, unmatched = qrels_for(suite.questions, store, doc_ids)
    rankings: dict[str, list[str]] = {}
    latency, failures = [], []
    for index, q in enumerate(suite.questions, start=1):
        if progress:
            progress(f"{suite.name} · {config.name}", index, len(suite.questions))
        depth = DEPTH if q.level == "passage" else max(settings.candidates, DEPTH)
        start = time.perf_counter()
        passages = retriever.search(q.question, k=depth, mode=config.mode)
        latency.append((time.perf_counter() - start) * 1000)
        rankings[q.id] = _ranking(passages, q.level, doc_ids)
        failure = _failure(q, rankings[q.id], qrels[q.id], passages[0] if passages else None)
        if failure:
            failures.append(failure)
    values = per_query(qrels, rankings)
    return ConfigResult(config, means(values), values, rankings, latency, failures, unmatched)


def compare(results: dict[str, ConfigResult], question_ids: Sequence[str]) -> None:
    """Fill `vs_baseline` of every config after the first: mean difference and p per measure."""
    names = list(results)
    base = results[names[0]]
    for name in names[1:]:
        other = results[name]
        other.vs_baseline = {
            measure: Comparison(
                other.metrics[measure] - base.metrics[measure],
                paired_p(
                    [other.per_query[measure][q] for q in question_ids],
                    [base.per_query[measure][q] for q in question_ids],
                ),
            )
            for measure in MEASURES
        }


def _result(suite: Suite) -> SuiteResult:
    levels = tuple(sorted({q.level for q in suite.questions}))
    return SuiteResult(suite.name, len(suite.questions), {}, suite.kind, str(suite.path), levels)


def evaluate_suite(
    path: Path | Suite,
    retriever: HybridRetriever,
    modes: Sequence[str | EvalConfig],
    progress: Progress | None = None,
) -> SuiteResult:
    """Score configs (or plain mode names) on the retriever's own store.

    A mode name means "this retriever's settings, in that mode". A config must keep the store's
    chunking; to compare chunkings use `run_retrieval`, which builds a store for each.
    """
    suite = path if isinstance(path, Suite) else read_suite(path)
    if suite.corpus is not None:
        raise InputError(f"{suite.name}: a BEIR suite brings its own corpus; use run_retrieval")
    store, own = retriever.store, retriever.settings
    chunking = (own.chunk_min_words, own.chunk_max_words, own.splitter)
    result = _result(suite)
    for item in modes:
        if isinstance(item, str):
            current = {key: getattr(own, key) for key in KEYS}
            config = make_config(item, {**current, "mode": item})
        else:
            config = item
        if config.store_key != chunking:
            raise InputError(
                f"config [{config.name}] chunks differently from this store; "
                "use run_retrieval, which builds a store for each chunking"
            )
        result.configs[config.name] = score_config(suite, store, config, None, progress)
    compare(result.configs, [q.id for q in suite.questions])
    return result


def run_retrieval(
    paths: Sequence[Path],
    configs: Sequence[EvalConfig],
    pool: StorePool,
    progress: Progress | None = None,
) -> list[SuiteResult]:
    """Every config on every suite, each suite against its own corpus in the pool's stores."""
    if not configs:
        raise InputError("no configurations to run")
    suites = [read_suite(Path(p)) for p in paths]  # all checked before any slow work
    results = []
    for suite in suites:
        result = _result(suite)
        for config in configs:
            store = pool.store(suite, config)
            result.configs[config.name] = score_config(
                suite, store, config, pool.doc_ids(suite), progress
            )
        compare(result.configs, [q.id for q in suite.questions])
        results.append(result)
    return results

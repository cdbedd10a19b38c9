"""Retrieval evaluation: gold spans → relevant chunks → hit@k, MRR@10 and nDCG@10 per mode.

A chunk is relevant to a question when it contains one of the question's gold spans (whitespace
normalised) and belongs to the named document. Metrics come from `ir-measures`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ir_measures
from ir_measures import RR, ScoredDoc, Success, nDCG

from assistant.errors import InputError
from assistant.retrieval import HybridRetriever
from assistant.store import Store

MEASURES = {
    "hit@1": Success @ 1,
    "hit@3": Success @ 3,
    "hit@5": Success @ 5,
    "MRR@10": RR @ 10,
    "nDCG@10": nDCG @ 10,
}


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    gold: tuple[tuple[str, str], ...]  # (doc_id, span)


@dataclass
class SuiteResult:
    suite: str
    questions: int
    metrics: dict[str, dict[str, float]] = field(default_factory=dict)  # mode -> measure -> value
    unmatched: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load_suite(path: Path) -> list[Question]:
    """Read a JSONL suite; every line must have id, question and at least one gold span."""
    if not path.is_file():
        raise InputError(f"{path}: no such evaluation suite")
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold = tuple((g["doc_id"], g["span"]) for g in row["gold"])
            if not gold:
                raise KeyError("gold needs at least one span")
            questions.append(Question(str(row["id"]), str(row["question"]), gold))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path.name} line {number}: not a valid suite entry ({exc})"
            ) from None
    if not questions:
        raise InputError(f"{path.name}: the suite has no questions")
    return questions


def qrels_for(
    questions: Sequence[Question], store: Store
) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Relevant chunk ids per question, and the gold spans no chunk contains."""
    chunks = [(c.id, str(c.metadata.get("doc_id")), _norm(c.text)) for c in store.iter_all()]
    qrels: dict[str, dict[str, int]] = {}
    unmatched = []
    for q in questions:
        rel: dict[str, int] = {}
        for doc_id, span in q.gold:
            hits = [cid for cid, did, text in chunks if did == doc_id and _norm(span) in text]
            if not hits:
                unmatched.append(f"{q.id}: {doc_id}: {span[:60]}")
            rel.update({cid: 1 for cid in hits})
        qrels[q.id] = rel
    return qrels, unmatched


def evaluate_suite(
    path: Path,
    retriever: HybridRetriever,
    modes: Sequence[str],
    progress: Callable[[str, int, int], None] | None = None,
) -> SuiteResult:
    questions = load_suite(path)
    qrels, unmatched = qrels_for(questions, retriever.store)
    result = SuiteResult(path.stem, len(questions), unmatched=unmatched)
    for mode in modes:
        run = []
        for index, q in enumerate(questions, start=1):
            if progress:
                progress(f"{path.stem} · {mode}", index, len(questions))
            for p in retriever.search(q.question, k=10, mode=mode):
                # Score by our rank so ties can never reorder what the user would see.
                run.append(ScoredDoc(q.id, p.id, 1.0 / p.rank))
        qrel_rows = [
            ir_measures.Qrel(qid, cid, rel)
            for qid, rels in qrels.items()
            for cid, rel in rels.items()
        ]
        aggregate = ir_measures.calc_aggregate(list(MEASURES.values()), qrel_rows, run)
        result.metrics[mode] = {name: float(aggregate[m]) for name, m in MEASURES.items()}
    return result


def markdown_table(results: Sequence[SuiteResult]) -> str:
    """The table the README shows: one row per suite and mode."""
    header = "| suite | mode | " + " | ".join(MEASURES) + " |"
    lines = [header, "|" + "---|" * (len(MEASURES) + 2)]
    for result in results:
        for mode, values in result.metrics.items():
            cells = " | ".join(f"{values[name]:.3f}" for name in MEASURES)
            lines.append(f"| {result.suite} ({result.questions} q) | {mode} | {cells} |")
    return "\n".join(lines)

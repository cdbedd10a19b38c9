"""Retrieval evaluation: gold spans are real text, found in chunks, and metrics are sane."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.fixtures import CorpusStore
from tests.support.helpers import CORPUS_DIR, EVALS_DIR

from assistant.core.errors import InputError
from assistant.evaluation import MEASURES, evaluate_suite, load_suite, markdown_table, qrels_for
from assistant.library.documents import find_files, load_document
from assistant.settings import MODES

SUITES = sorted(EVALS_DIR.glob("*.jsonl"))
DOCS = {load_document(p).doc_id: load_document(p) for p in find_files([CORPUS_DIR])[0]}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_there_are_suites_with_questions() -> None:
    assert {p.stem for p in SUITES} >= {"seed", "policy"}
    for path in SUITES:
        questions = load_suite(path)
        assert len(questions) >= 20
        assert len({q.id for q in questions}) == len(questions), f"{path.name}: duplicate ids"


@pytest.mark.parametrize("path", SUITES, ids=lambda p: p.stem)
def test_every_gold_span_is_text_of_its_document(path: Path) -> None:
    missing = []
    for question in load_suite(path):
        assert question.question.strip()
        for gold in question.gold:
            assert gold.doc_id in DOCS, f"{question.id}: unknown document {gold.doc_id}"
            assert gold.span, f"{question.id}: bundled suites name spans, not whole documents"
            if norm(gold.span) not in norm(DOCS[gold.doc_id].text):
                missing.append(f"{question.id}: {gold.span[:60]}")
    assert missing == []


@pytest.mark.parametrize("path", SUITES, ids=lambda p: p.stem)
def test_every_gold_span_lies_inside_one_chunk(fake_corpus: CorpusStore, path: Path) -> None:
    questions = load_suite(path)
    qrels, unmatched = qrels_for(questions, fake_corpus.store)
    assert unmatched == []
    assert set(qrels) == {q.id for q in questions}
    assert all(qrels[q.id] for q in questions)


EASY = [
    ("q1", "What do dictionaries say ideology means?", "ideology-column",
     "Dictionary definitions of ‘ideology’ include"),
    ("q2", "What is the most a DPULO could get from the Facilitation Fund?",
     "strengthening-dpulos-programme",
     "the Facilitation Fund could give up to £30,000 to each organisation"),
    ("q3", "How many pages did the evaluation of outsourcing children's services run to?",
     "dfe-commissioning-decision", "ran to 224 pages"),
]  # fmt: skip


def write_suite(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    lines = [
        json.dumps({"id": i, "question": q, "gold": [{"doc_id": d, "span": s}]})
        for i, q, d, s in rows
    ]
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def test_evaluate_a_small_suite_in_every_mode(corpus: CorpusStore, tmp_path: Path) -> None:
    suite = write_suite(tmp_path / "tiny.jsonl", EASY)
    seen: list[tuple[str, int, int]] = []
    result = evaluate_suite(suite, corpus.retriever, MODES, progress=lambda *a: seen.append(a))
    assert (result.suite, result.questions, result.unmatched) == ("tiny", 3, [])
    assert set(result.metrics) == set(MODES)
    for mode, values in result.metrics.items():
        assert set(values) == set(MEASURES)
        assert all(0.0 <= v <= 1.0 for v in values.values()), (mode, values)
        assert values["hit@1"] <= values["hit@3"] <= values["hit@5"]
        assert values["hit@5"] == 1.0, (mode, values)  # easy questions: found in every mode
        assert values["MRR@10"] >= values["hit@1"]
    assert len(seen) == 3 * len(MODES)
    table = markdown_table([result])
    assert table.count("| tiny (3 q) |") == len(MODES)


def test_unfindable_gold_spans_are_reported(fake_corpus: CorpusStore, tmp_path: Path) -> None:
    rows = [*EASY[:1], ("q9", "Anything?", "ideology-column", "words that are not in it")]
    result = evaluate_suite(
        write_suite(tmp_path / "s.jsonl", rows), fake_corpus.retriever, ["bm25"]
    )
    assert result.unmatched == ["q9: ideology-column: words that are not in it"]
    assert 0.0 <= result.metrics["bm25"]["hit@5"] <= 1.0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such evaluation suite"),
        ("", "no questions"),
        ('{"id": "a", "question": "q"}\n', "line 1"),
        (
            '{"id": "a", "question": "q", "gold": [{"doc_id": "d", "span": "s"}]}\nnot json\n',
            "line 2",
        ),
    ],
)
def test_bad_suites_are_input_errors(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_suite(path)


def test_a_question_without_gold_spans_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nogold.jsonl"
    path.write_text('{"id": "a", "question": "q", "gold": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_suite(path)

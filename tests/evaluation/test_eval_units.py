"""Evaluation building blocks without the engine: statistics, config and floors files, suite
formats, answer counting and report helpers. Fast: no model, no store."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.support.helpers import EVALS_DIR

from assistant.checks.verify import verify
from assistant.core.errors import InputError
from assistant.core.schema import Evidence, GroundedText
from assistant.evaluation.answer_runner import AnswerItem, load_items, outcome, subsample
from assistant.evaluation.configs import KEYS, load_configs, make_config, mode_config, select
from assistant.evaluation.gate import load_floors
from assistant.evaluation.metrics import per_query
from assistant.evaluation.report_files import bar_chart, dumps, fmt_p, rounded
from assistant.evaluation.stats import paired_p
from assistant.evaluation.suites import Gold, load_beir, load_suite
from assistant.settings import Settings

ROOT = EVALS_DIR.parent  # evals/


# ---- significance -------------------------------------------------------------------------


def test_identical_scores_have_p_of_one() -> None:
    scores = [1.0, 0.0, 0.5, 0.33, 1.0, 0.0, 0.25]
    assert paired_p(scores, list(scores)) == 1.0
    assert paired_p([], []) == 1.0


def test_a_clearly_better_config_is_significant() -> None:
    rng = np.random.default_rng(7)
    base = rng.uniform(0.2, 0.7, size=40)
    better = base + 0.25 + rng.normal(0, 0.05, size=40)  # better on nearly every question
    p = paired_p(better.tolist(), base.tolist())
    assert p < 0.05
    assert p == paired_p(better.tolist(), base.tolist())  # fixed seed: the same p every time


def test_noise_is_not_significant() -> None:
    rng = np.random.default_rng(3)
    a = rng.uniform(0, 1, size=30)
    b = a + rng.normal(0, 0.1, size=30)
    assert paired_p(a.tolist(), b.tolist()) > 0.05


def test_small_suites_get_the_exact_test() -> None:
    # 8 questions all better by 1: the only arrangements as extreme are all-swapped and
    # none-swapped, 2 of the 2^8 sign patterns, so p = 2/256 exactly.
    assert paired_p([1.0] * 8, [0.0] * 8) == pytest.approx(2 / 256)


def test_unequal_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="equal lengths"):
        paired_p([1.0, 0.0], [1.0])


# ---- measures -----------------------------------------------------------------------------


def test_measures_match_their_definitions_on_a_graded_example() -> None:
    qrels = {"q1": {"a": 2, "c": 1}, "q2": {"z": 1}, "q3": {}}
    rankings = {"q1": ["b", "a", "c"], "q2": ["x", "y"], "q3": ["a"]}
    values = per_query(qrels, rankings)
    assert values["hit@1"] == {"q1": 0.0, "q2": 0.0, "q3": 0.0}
    assert values["hit@3"]["q1"] == 1.0
    assert values["R@5"]["q1"] == 1.0
    assert values["MRR@10"]["q1"] == 0.5
    dcg = 2 / np.log2(3) + 1 / np.log2(4)
    ideal = 2 / np.log2(2) + 1 / np.log2(3)
    assert values["nDCG@10"]["q1"] == pytest.approx(dcg / ideal, abs=1e-9)
    # A question with nothing relevant found, or none existing, scores 0 rather than vanishing.
    assert values["nDCG@10"]["q2"] == 0.0
    assert values["nDCG@10"]["q3"] == 0.0


# ---- configurations -----------------------------------------------------------------------


def test_the_bundled_configs_load_with_hybrid_first() -> None:
    configs = load_configs(ROOT / "configs.toml")
    assert next(iter(configs)) == "hybrid"
    assert {"hybrid", "dense", "bm25", "hybrid-mmr", "hybrid-rrf60"} <= set(configs)
    assert configs["hybrid-rrf60"].values["rrf_k"] == 60
    assert configs["hybrid-mmr"].values["mmr"] is True
    small = configs["hybrid-small-chunks"]
    assert small.chunking == (40, 150) != configs["hybrid"].chunking
    for config in configs.values():
        assert set(config.values) == set(KEYS)  # every value resolved, so runs can be repeated


def test_unspecified_keys_take_built_in_defaults_not_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASSISTANT_RRF_K", "99")
    assert (
        make_config("x", {"mode": "bm25"}).values["rrf_k"] == Settings.model_fields["rrf_k"].default
    )


def test_an_unknown_config_key_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "configs.toml"
    path.write_text('[fast]\nmode = "bm25"\nrrf = 60\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"config \[fast\]: unknown key rrf; allowed: .*rrf_k"):
        load_configs(path)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[a]\nmode = "sparse"\n', r"config \[a\]: mode"),
        ("[a]\nrrf_k = 0\n", r"config \[a\]: rrf_k"),
        ("[a]\nchunk_min_words = 300\n", "chunk_min_words is larger"),
        ('mode = "bm25"\n', "must be a \\[table\\]"),
        ("[a\n", "not valid TOML"),
        ("", "no configurations"),
    ],
)
def test_bad_config_files_are_input_errors(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "configs.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_configs(path)


def test_selecting_configs_by_name() -> None:
    configs = {c.name: c for c in (mode_config("hybrid"), mode_config("bm25"))}
    assert [c.name for c in select(configs, "bm25, hybrid,bm25")] == ["bm25", "hybrid"]
    assert [c.name for c in select(configs, None)] == ["hybrid", "bm25"]
    with pytest.raises(InputError, match="unknown config dense; choose from hybrid, bm25"):
        select(configs, "dense")


# ---- floors -------------------------------------------------------------------------------


def test_the_committed_floors_cover_every_bundled_suite() -> None:
    floors = load_floors(ROOT / "floors.toml")
    assert (floors.config, floors.measure, floors.generator) == ("hybrid", "nDCG@10", "extractive")
    assert set(floors.retrieval) == {p.stem for p in EVALS_DIR.glob("*.jsonl")}
    assert all(0.3 < f < 1 for f in floors.retrieval.values())
    assert floors.citation_validity == 1.0


def test_a_floors_file_with_an_unknown_key_is_refused(tmp_path: Path) -> None:
    text = (ROOT / "floors.toml").read_text(encoding="utf-8").replace("limit", "limits")
    path = tmp_path / "floors.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"unknown key\(s\) in \[answers\]: limits"):
        load_floors(path)


# ---- suite formats ------------------------------------------------------------------------


def test_jsonl_suites_accept_gold_documents_and_grades(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    rows = [
        {"id": "a", "question": "q?", "gold_docs": ["d1", {"doc_id": "d2", "grade": 2}]},
        {"id": "b", "question": "q?", "gold": [{"doc_id": "d1", "span": "s", "grade": 3}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    a, b = load_suite(path)
    assert a.gold == (Gold("d1", None, 1), Gold("d2", None, 2))
    assert a.level == "document"
    assert b.gold == (Gold("d1", "s", 3),)
    assert b.level == "passage"


@pytest.mark.parametrize(
    "row",
    [
        {"id": "a", "question": "q", "gold_docs": [{"doc_id": "d", "grade": 0}]},
        {"id": "a", "question": "q", "gold": [{"doc_id": "d", "span": "s", "grade": "high"}]},
        {"id": "a", "question": "q", "gold_docs": []},
    ],
)
def test_bad_gold_items_are_refused(tmp_path: Path, row: dict) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(row), encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_suite(path)


def test_duplicate_question_ids_are_refused(tmp_path: Path) -> None:
    row = json.dumps({"id": "a", "question": "q", "gold_docs": ["d"]})
    path = tmp_path / "twice.jsonl"
    path.write_text(f"{row}\n{row}\n", encoding="utf-8")
    with pytest.raises(InputError, match="used twice: a"):
        load_suite(path)


def write_beir(folder: Path, qrels: str) -> Path:
    (folder / "qrels").mkdir(parents=True)
    docs = [{"_id": "D1", "title": "One", "text": "first"}, {"_id": "D2", "text": "second"}]
    queries = [{"_id": "q1", "text": "first?"}, {"_id": "q2", "text": "unjudged?"}]
    (folder / "corpus.jsonl").write_text("\n".join(map(json.dumps, docs)), encoding="utf-8")
    (folder / "queries.jsonl").write_text("\n".join(map(json.dumps, queries)), encoding="utf-8")
    (folder / "qrels" / "test.tsv").write_text(qrels, encoding="utf-8")
    return folder


def test_a_beir_folder_keeps_judged_queries_and_positive_grades(tmp_path: Path) -> None:
    suite = load_beir(
        write_beir(tmp_path / "mini", "query-id\tcorpus-id\tscore\nq1\tD1\t2\nq1\tD2\t0\n")
    )
    assert (suite.name, suite.kind, len(suite.corpus or ())) == ("mini", "beir", 2)
    [question] = suite.questions  # q2 has no judgement; D2's 0 means "judged not relevant"
    assert (question.id, question.gold, question.level) == (
        "q1",
        (Gold("D1", None, 2),),
        "document",
    )


@pytest.mark.parametrize(
    ("qrels", "message"),
    [
        ("query-id\tcorpus-id\tscore\nq1\tD9\t1\n", "unknown document D9"),
        ("query-id\tcorpus-id\tscore\nq9\tD1\t1\n", "unknown query q9"),
        ("query-id\tcorpus-id\tscore\nq1\tD1\n", "line 2: expected"),
        ("query-id\tcorpus-id\tscore\nq1\tD1\t0\n", "no query has a relevant document"),
    ],
)
def test_bad_beir_qrels_are_input_errors(tmp_path: Path, qrels: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_beir(write_beir(tmp_path / "bad", qrels))


def test_a_folder_without_qrels_is_not_beir(tmp_path: Path) -> None:
    (tmp_path / "corpus.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"missing queries.jsonl, qrels/test.tsv"):
        load_beir(tmp_path)


# ---- answer suites and counting -----------------------------------------------------------


def test_answer_items_know_what_they_expect() -> None:
    oos = load_items(ROOT / "answers" / "out_of_scope.jsonl")
    drafts = load_items(ROOT / "answers" / "consultation.jsonl")
    asks = load_items(EVALS_DIR / "seed.jsonl")
    assert {i.group for i in oos} == {"out of scope"}
    assert {i.group for i in drafts} == {"drafts"} and all(i.stance for i in drafts)
    assert {i.group for i in asks} == {"in scope"}


def test_subsample_spreads_evenly_and_keeps_order() -> None:
    items = [AnswerItem(str(i), "s", "q", "ask", "answer") for i in range(10)]
    assert [i.id for i in subsample(items, 3)] == ["0", "3", "6"]
    assert subsample(items, 3) == subsample(items, 3)
    assert subsample(items, None) == items == subsample(items, 50)


def test_outcome_counts_what_the_verifier_found() -> None:
    evidence = (
        Evidence(1, "c1", "d", "Doc", "article", "", "1", "The fund gave £30,000 to each group."),
    )
    text = (
        "The fund gave £30,000 to each group [1]. "
        "The fund gave £99 to each group [1]. "
        "The fund gave money to each group [4]."
    )
    result = GroundedText("ask", "q", "q", text, evidence, verify(text, evidence), "extractive")
    item = AnswerItem("x", "s", "q", "ask", "answer")
    got = outcome(item, result, 0.5)
    assert (got.citations, got.valid_citations) == (3, 2)
    assert (got.claims, got.supported) == (3, 1)
    assert got.rules == {"figure-not-in-source": 1, "unknown-citation": 1}
    assert got.words == 21 and not got.refused


# ---- report helpers -----------------------------------------------------------------------


def test_numbers_are_written_stably() -> None:
    assert rounded({"a": [0.1234567891, 2], "b": {"c": 1 / 3}}) == {
        "a": [0.123457, 2],
        "b": {"c": 0.333333},
    }
    assert [fmt_p(p) for p in (None, 0.0004, 0.049, 0.5)] == ["—", "<0.001*", "0.049*", "0.500"]


def test_report_json_keeps_rows_on_one_line_and_round_trips() -> None:
    data = {
        "per_query": {"q1": {"hit@1": 1.0, "nDCG@10": 0.5}},
        "rankings": {"q1": ["a", "b [1]", "c\nd"]},
        "settings": {"name": "x" * 130, "mode": "hybrid"},
        "empty": {},
        "rows": [{"id": "q1"}, []],
    }
    text = dumps(data)
    assert json.loads(text) == data
    assert '"q1": {"hit@1": 1.0, "nDCG@10": 0.5}' in text
    assert '"q1": ["a", "b [1]", "c\\nd"]' in text
    assert '"mode": "hybrid"\n' in text  # a long dict is spread over lines


def test_the_chart_is_a_png_and_redraws_identically(tmp_path: Path) -> None:
    panels = [("suite", ["a", "b"], {"nDCG@10": [0.5, 0.7], "hit@5": [0.6, 0.9]})]
    first = bar_chart(tmp_path / "one.png", panels, "title").read_bytes()
    second = bar_chart(tmp_path / "two.png", panels, "title").read_bytes()
    assert first[:8] == b"\x89PNG\r\n\x1a\n"
    assert first == second

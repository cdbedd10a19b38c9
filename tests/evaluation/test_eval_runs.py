"""Whole evaluation runs on the bundled suites: reproducible numbers, failures, reports, the
answer runner and the CI gate (`assistant eval check`)."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.support.fixtures import CorpusStore
from tests.support.helpers import EVALS_DIR, make_settings

from assistant.answering.profile import load_profile
from assistant.cli import cli, main
from assistant.core.errors import InputError
from assistant.evaluation import answer_report, retrieval_report
from assistant.evaluation.answer_runner import GeneratorResult, load_items, run_answers
from assistant.evaluation.configs import load_configs, select
from assistant.evaluation.retrieval_runner import SuiteResult, evaluate_suite, run_retrieval
from assistant.evaluation.stores import StorePool
from assistant.evaluation.suites import bundled_suites
from assistant.library.embeddings import BundledEmbeddings
from assistant.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow

EVALS = EVALS_DIR.parent
CONFIGS = load_configs(EVALS / "configs.toml")
RUN_CONFIGS = select(CONFIGS, "hybrid,bm25,hybrid-mmr")


def without_latency(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: without_latency(v) for k, v in data.items() if k != "latency_ms"}
    if isinstance(data, list):
        return [without_latency(v) for v in data]
    return data


def seeded_work_dir(corpus: CorpusStore, folder: Path) -> Path:
    """An evaluation work folder that already holds the bundled corpus, copied from the
    session's store: `StorePool` then finds every file unchanged instead of embedding it all
    again. (If the pool's layout changes, it simply ingests as before: slower, not wrong.)"""
    low, high = CONFIGS["hybrid"].chunking
    shutil.copytree(corpus.settings.data_dir, folder / "bundled" / f"chunks-{low}-{high}")
    return folder


@pytest.fixture(scope="module")
def two_runs(
    tmp_path_factory: pytest.TempPathFactory, embeddings: BundledEmbeddings, corpus: CorpusStore
) -> list[list[SuiteResult]]:
    """The bundled suites run twice on two separately ingested stores: the session's (copied)
    and one ingested from scratch here."""
    runs = []
    for attempt, seeded in enumerate((True, False)):
        folder = tmp_path_factory.mktemp(f"run{attempt}")
        base = make_settings(folder / "unused")
        work = seeded_work_dir(corpus, folder / "work") if seeded else None
        with StorePool(base, embeddings, work) as pool:
            runs.append(run_retrieval(bundled_suites(EVALS_DIR), RUN_CONFIGS, pool))
    return runs


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory: pytest.TempPathFactory, corpus: CorpusStore) -> Path:
    """Evaluation stores shared by the answer and check tests (copied once, then reused)."""
    return seeded_work_dir(corpus, tmp_path_factory.mktemp("eval-work"))


def test_a_rerun_gives_the_same_numbers(two_runs: list[list[SuiteResult]]) -> None:
    first, second = (retrieval_report.to_json(run, {"command": "x"}) for run in two_runs)
    assert without_latency(first) == without_latency(second)
    suites = {s["suite"]: s for s in first["suites"]}
    assert set(suites) == {"policy", "seed"}
    bm25 = suites["policy"]["configs"]["bm25"]
    assert set(bm25["vs_baseline"]) == set(retrieval_report.MEASURES)
    assert 0.0 < bm25["vs_baseline"]["nDCG@10"]["p"] <= 1.0
    assert bm25["settings"]["mode"] == "bm25"
    assert bm25["latency_ms"]["p50"] > 0


def test_hybrid_beats_keywords_alone_significantly_on_policy(
    two_runs: list[list[SuiteResult]],
) -> None:
    policy = next(r for r in two_runs[0] if r.suite == "policy")
    comparison = policy.configs["bm25"].vs_baseline["nDCG@10"]
    assert comparison.delta < 0
    assert comparison.p < 0.05


def test_failures_are_the_questions_with_no_hit_in_the_top_5(
    two_runs: list[list[SuiteResult]],
) -> None:
    for result in two_runs[0]:
        for name, run in result.configs.items():
            missed = {q for q, v in run.per_query["hit@5"].items() if v == 0.0}
            assert {f.question_id for f in run.failures} == missed, (result.suite, name)
            for failure in run.failures:
                assert failure.missed and all(failure.missed)
                if run.rankings[failure.question_id]:
                    assert ": " in failure.first  # "title › section: first words"
                else:  # e.g. BM25 on a question of stopwords only
                    assert failure.first == "(no results)"


def test_reports_are_written_with_table_and_chart(
    two_runs: list[list[SuiteResult]], tmp_path: Path
) -> None:
    meta = {"command": "assistant eval retrieval", "embedding_model": "m"}
    written = retrieval_report.write_reports(two_runs[0], meta, tmp_path, "retrieval")
    assert [p.name for p in written] == ["retrieval.json", "retrieval.md", "retrieval.png"]
    assert (tmp_path / "retrieval.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    markdown = (tmp_path / "retrieval.md").read_text(encoding="utf-8")
    assert retrieval_report.markdown_table(two_runs[0]) in markdown
    assert "| policy (77 q) | hybrid |" in markdown
    assert "| seed (80 q) | bm25 |" in markdown
    assert "![" in markdown and "(retrieval.png)" in markdown
    data = json.loads((tmp_path / "retrieval.json").read_text(encoding="utf-8"))
    assert data["suites"][0]["configs"]["hybrid"]["settings"]["rrf_k"] == 10


def test_a_config_that_rechunks_needs_its_own_store(corpus: CorpusStore) -> None:
    with pytest.raises(InputError, match="chunks differently"):
        evaluate_suite(EVALS_DIR / "seed.jsonl", corpus.retriever, [CONFIGS["hybrid-small-chunks"]])


# ---- answers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def answers(work_dir: Path, embeddings: BundledEmbeddings) -> tuple[list[GeneratorResult], dict]:
    in_scope = [i for i in load_items(EVALS_DIR / "policy.jsonl") if i.id in
                {"policy-01", "policy-02", "policy-03"}]  # fmt: skip
    out_of_scope = load_items(EVALS / "answers" / "out_of_scope.jsonl")[:2]
    profile = load_profile(PROJECT_ROOT / "examples" / "org.toml")
    base = make_settings(work_dir / "unused")
    with StorePool(base, embeddings, work_dir) as pool:
        return run_answers(
            [*in_scope, *out_of_scope], ["extractive"], pool, CONFIGS["hybrid"], profile
        )


def test_extractive_answers_cite_validly_and_refuse_out_of_scope(
    answers: tuple[list[GeneratorResult], dict],
) -> None:
    [result], used = answers
    headline = result.headline()
    assert headline["citation_validity"] == 1.0
    assert headline["refusal_rate_out_of_scope"] == 1.0
    assert headline["answer_rate_in_scope"] == 1.0
    assert headline["invented_figures"] == headline["non_verbatim_quotes"] == 0
    assert 0.5 <= headline["supported_share"] <= 1.0
    groups = result.groups()
    assert (groups["in scope"]["n"], groups["out of scope"]["n"]) == (3, 2)
    assert groups["in scope"]["citations"] >= 3
    assert groups["in scope"]["mean_words"] > 10
    assert used["config"]["name"] == "hybrid" and used["min_relevance"] == 0.32


def test_answer_reports_are_written(
    answers: tuple[list[GeneratorResult], dict], tmp_path: Path
) -> None:
    results, used = answers
    meta = {"command": "assistant eval answers", "settings": used}
    answer_report.write_reports(results, meta, tmp_path, "answers")
    markdown = (tmp_path / "answers.md").read_text(encoding="utf-8")
    assert answer_report.headline_table(results) in markdown
    assert "| extractive | 1.000 |" in markdown
    data = json.loads((tmp_path / "answers.json").read_text(encoding="utf-8"))
    items = data["generators"]["extractive"]["items"]
    assert [i["id"] for i in items] == ["policy-01", "policy-02", "policy-03", "oos-01", "oos-02"]


# ---- the CI gate --------------------------------------------------------------------------


def floors_without_meaning(folder: Path, text: str | None = None) -> Path:
    """The committed floors (or `text`) less the meaning check's: `make test` runs `assistant
    eval check` itself, model part included, so the tests need not load the model for it again."""
    text = text if text is not None else (EVALS / "floors.toml").read_text(encoding="utf-8")
    assert "[faithfulness]" in text and "[arguments]" in text
    floors = folder / "floors.toml"
    floors.write_text(
        text.split("[faithfulness]")[0] + "[arguments]" + text.split("[arguments]")[1]
    )
    return floors


def test_eval_check_passes_with_the_committed_floors(work_dir: Path, tmp_path: Path) -> None:
    floors = floors_without_meaning(tmp_path)
    args = ["eval", "check", "--floors", str(floors), "--work-dir", str(work_dir)]
    ran = CliRunner().invoke(cli, args)
    assert ran.exit_code == 0, ran.output
    assert "ok   hybrid nDCG@10 on policy" in ran.output
    assert "ok   hybrid nDCG@10 on seed" in ran.output
    assert "ok   extractive citation validity" in ran.output
    assert "ok   argument suite (test half) must use recall" in ran.output
    assert "second fresh batch (held back) recall" in ran.output
    assert re.search(r"Evaluation check passed \(\d+ checks\)\.", ran.output)


def test_eval_check_fails_when_a_floor_is_above_the_measured_value(
    work_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    text = (EVALS / "floors.toml").read_text(encoding="utf-8")
    text = text.replace("limit = 10", "limit = 1")  # keep the answer part short
    lines = [
        ("policy = 0.99" if line.startswith("policy =") else line) for line in text.splitlines()
    ]
    floors = floors_without_meaning(tmp_path, "\n".join(lines))
    args = ["assistant", "eval", "check", "--floors", str(floors), "--work-dir", str(work_dir)]
    monkeypatch.setattr(sys, "argv", args)
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 1
    out, err = capsys.readouterr()
    assert "FAIL hybrid nDCG@10 on policy" in out and "(floor 0.990)" in out
    assert "ok   hybrid nDCG@10 on seed" in out
    assert re.search(r"Evaluation check failed: 1 of \d+ below the floor\.", err)

"""A BEIR-format suite built here, run through the real engine, checked against hand-computed
measures for the rankings the engine actually returned."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support.helpers import make_settings, paragraph

from assistant.cli import cli
from assistant.evaluation.configs import mode_config
from assistant.evaluation.retrieval_runner import SuiteResult, run_retrieval
from assistant.evaluation.stores import StorePool
from assistant.evaluation.suites import read_suite
from assistant.library.embeddings import BundledEmbeddings

pytestmark = pytest.mark.slow

GARDEN = (
    "Raised beds make gardening easier for people who cannot kneel. Tomatoes need sun and "
    "regular watering through the summer. Compost improves heavy clay soil over a few seasons."
)
COOKING = (
    "A lasagne needs a slow tomato sauce and a white sauce made with butter, flour and milk. "
    "Bake it until the top is golden and let it rest before cutting."
)
DOCS = [
    {"_id": "Bus-1", "title": "Accessible buses", "text": paragraph("transport", 60)},
    {"_id": "HOUSE_1", "title": "Adapted homes", "text": paragraph("housing", 60)},
    {"_id": "jobs", "title": "Supported employment", "text": paragraph("employment", 60)},
    # Long enough for several passages: its passages must count once, at its first rank.
    {
        "_id": "guide",
        "title": "A guide to independent living",
        "text": "\n\n".join(
            [paragraph("transport", 150), paragraph("housing", 150), paragraph("employment", 150)]
        ),
    },
    {"_id": "garden", "title": "Gardening", "text": GARDEN},
    {"_id": "food", "title": "Cooking", "text": COOKING},
]
QUERIES = {
    "q1": "Do buses have ramps that work for wheelchair users?",
    "q2": "How long do grants for stairlifts and level-access showers take?",
    "q3": "Can a job coach help new staff in supported employment?",
    "q4": "A query with no judgement is not asked.",
}
# Judgements chosen so the measures are not all 1: graded, some relevant documents the engine
# ranks low (garden), a 0 that must not count, and q3 whose only relevant document (food) no
# sensible engine puts in its top 5, so it must be listed as a failure.
QRELS = [("q1", "Bus-1", 2), ("q1", "guide", 1), ("q1", "garden", 1), ("q2", "HOUSE_1", 1),
         ("q2", "garden", 3), ("q2", "food", 0), ("q3", "food", 1)]  # fmt: skip
GRADES = {q: {d: g for qq, d, g in QRELS if qq == q and g > 0} for q in ("q1", "q2", "q3")}
CONFIGS = ("hybrid", "dense", "bm25")


@pytest.fixture(scope="module")
def beir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("beir") / "mini-beir"
    (folder / "qrels").mkdir(parents=True)
    (folder / "corpus.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS), "utf-8")
    queries = [json.dumps({"_id": q, "text": t}) for q, t in QUERIES.items()]
    (folder / "queries.jsonl").write_text("\n".join(queries), "utf-8")
    lines = ["query-id\tcorpus-id\tscore", *(f"{q}\t{d}\t{g}" for q, d, g in QRELS)]
    (folder / "qrels" / "test.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def ran(
    beir: Path, tmp_path_factory: pytest.TempPathFactory, embeddings: BundledEmbeddings
) -> tuple[SuiteResult, int]:
    """The suite's result in every mode, and how many passages its store holds."""
    base = make_settings(tmp_path_factory.mktemp("beir-base") / "data")
    configs = [mode_config(m) for m in CONFIGS]
    with StorePool(base, embeddings) as pool:
        [found] = run_retrieval([beir], configs, pool)
        passages = pool.store(read_suite(beir), configs[0]).count()
    return found, passages


@pytest.fixture(scope="module")
def result(ran: tuple[SuiteResult, int]) -> SuiteResult:
    return ran[0]


# ---- measures by hand, from their textbook definitions ------------------------------------


def hit(ranking: list[str], rel: dict[str, int], k: int) -> float:
    return 1.0 if any(d in rel for d in ranking[:k]) else 0.0


def recall(ranking: list[str], rel: dict[str, int], k: int) -> float:
    return len(set(ranking[:k]) & set(rel)) / len(rel)


def rr(ranking: list[str], rel: dict[str, int], k: int = 10) -> float:
    return next((1 / rank for rank, d in enumerate(ranking[:k], start=1) if d in rel), 0.0)


def ndcg(ranking: list[str], rel: dict[str, int], k: int = 10) -> float:
    dcg = sum(rel.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranking[:k]))
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(rel.values(), reverse=True)[:k]))
    return dcg / ideal


BY_HAND = {
    "hit@1": lambda r, g: hit(r, g, 1),
    "hit@3": lambda r, g: hit(r, g, 3),
    "hit@5": lambda r, g: hit(r, g, 5),
    "R@5": lambda r, g: recall(r, g, 5),
    "R@10": lambda r, g: recall(r, g, 10),
    "MRR@10": rr,
    "nDCG@10": ndcg,
}


def test_the_suite_is_read_as_beir_with_document_level_judgements(
    ran: tuple[SuiteResult, int],
) -> None:
    result, passages = ran
    assert (result.suite, result.kind, result.questions, result.levels) == (
        "mini-beir",
        "beir",
        3,
        ("document",),
    )
    assert passages > len(DOCS)  # the guide is split into several passages
    assert list(result.configs) == list(CONFIGS)


@pytest.mark.parametrize("config", CONFIGS)
def test_rankings_are_documents_with_their_beir_ids_each_once(
    result: SuiteResult, config: str
) -> None:
    ids = {d["_id"] for d in DOCS}
    for qid, ranking in result.configs[config].rankings.items():
        assert ranking, (config, qid)
        assert set(ranking) <= ids, ranking  # "HOUSE_1", not the slug "house-1"
        assert len(ranking) == len(set(ranking)), ranking


@pytest.mark.parametrize("config", CONFIGS)
def test_measures_match_hand_computation(result: SuiteResult, config: str) -> None:
    run = result.configs[config]
    for measure, formula in BY_HAND.items():
        expected = {q: formula(run.rankings[q], GRADES[q]) for q in GRADES}
        for q, value in expected.items():
            assert run.per_query[measure][q] == pytest.approx(value, abs=1e-9), (measure, q)
        mean = sum(expected.values()) / len(expected)
        assert run.metrics[measure] == pytest.approx(mean, abs=1e-9), measure


@pytest.mark.parametrize("config", CONFIGS)
def test_the_engine_finds_the_obvious_documents(result: SuiteResult, config: str) -> None:
    run = result.configs[config]
    assert run.rankings["q1"][0] in {"Bus-1", "guide"}
    assert run.rankings["q2"][0] in {"HOUSE_1", "guide"}
    assert run.rankings["q3"][0] in {"jobs", "guide"}
    assert 0.0 < run.metrics["nDCG@10"] < 1.0
    [failure] = run.failures
    assert (failure.question_id, failure.missed) == ("q3", ("food",))
    assert failure.first.startswith(("Supported employment", "A guide to independent living"))


def test_the_cli_runs_a_beir_folder_and_reports_it(beir: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    ran = CliRunner().invoke(
        cli, ["eval", "retrieval", str(beir), "--configs", "bm25,hybrid", "--out", str(out)]
    )
    assert ran.exit_code == 0, ran.output
    assert "mini-beir: 3 questions" in ran.output
    data = json.loads((out / "mini-beir.json").read_text(encoding="utf-8"))
    [suite] = data["suites"]
    assert (suite["kind"], suite["baseline"], suite["levels"]) == ("beir", "bm25", ["document"])
    assert suite["configs"]["hybrid"]["settings"]["mode"] == "hybrid"
    assert set(suite["configs"]["bm25"]["per_query"]) == {"q1", "q2", "q3"}
    assert (out / "mini-beir.png").read_bytes()[:4] == b"\x89PNG"

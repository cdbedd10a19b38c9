"""`eval answers` across writers, with a fake model: repairs are counted, inventions never
reach the final text, and the reading measures (first sentence, stance, reading ease) compute."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.helpers import EVALS_DIR, FakeTextModel, evidence_in, make_settings

from assistant.answering.profile import load_profile
from assistant.evaluation import answer_report
from assistant.evaluation.answer_measures import first_sentence, similarity, states_stance
from assistant.evaluation.answer_runner import GeneratorResult, load_items, run_answers
from assistant.evaluation.configs import load_configs
from assistant.evaluation.stores import StorePool
from assistant.library.embeddings import BundledEmbeddings
from assistant.settings import PROJECT_ROOT

EVALS = EVALS_DIR.parent
INVENTION = "In 2019 the scheme cost £7 million and helped 4,000 groups."


class WordEmbeddings:
    """Vectors from word counts over a tiny vocabulary: similar words, similar vectors."""

    VOCAB = ("fund", "grant", "group", "bus", "ramp")

    def _vec(self, text: str) -> list[float]:
        words = text.lower().split()
        return [float(sum(w.startswith(v) for w in words)) for v in self.VOCAB]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vec(t) for t in texts]


def test_the_first_sentence_skips_headings_and_citation_markers() -> None:
    text = "## Our position\n\nWe agree that grants help [1]. More follows [2]."
    assert first_sentence(text) == "We agree that grants help."
    assert first_sentence("") == ""


def test_a_stance_is_found_in_a_draft_and_not_in_a_plain_answer() -> None:
    assert states_stance("We are a DPULO. We do not agree that councils should cut it [1].")
    assert states_stance("We have mixed views on this proposal.")
    assert not states_stance("The fund gave grants to groups [1]. It closed in 2020 [2].")


def test_similarity_is_the_cosine_of_the_two_vectors() -> None:
    model = WordEmbeddings()
    assert similarity("fund grant", "grant fund", model) == pytest.approx(1.0)
    assert similarity("fund", "bus ramp", model) == pytest.approx(0.0)
    assert similarity("fund", "", model) is None


@pytest.fixture(scope="module")
def compared(
    tmp_path_factory: pytest.TempPathFactory, embeddings: BundledEmbeddings
) -> list[GeneratorResult]:
    """Two questions and one draft, by the quotes writer and by a model that invents a figure."""
    in_scope = [i for i in load_items(EVALS_DIR / "policy.jsonl") if i.id in
                {"policy-01", "policy-02"}]  # fmt: skip
    drafts = load_items(EVALS / "answers" / "consultation.jsonl")[:1]
    model = FakeTextModel([lambda p: f"{evidence_in(p)[0]} {INVENTION}"])
    base = make_settings(tmp_path_factory.mktemp("writers") / "data")
    profile = load_profile(PROJECT_ROOT / "examples" / "org.toml")
    config = load_configs(EVALS / "configs.toml")["hybrid"]
    with StorePool(base, embeddings) as pool:
        results, _ = run_answers(
            [*in_scope, *drafts],
            ["local", "extractive"],
            pool,
            config,
            profile,
            models={"local": model},
        )
    return results


@pytest.mark.slow
def test_an_inventing_model_is_repaired_and_no_invention_is_left(
    compared: list[GeneratorResult],
) -> None:
    local, extractive = compared
    assert (local.generator, extractive.generator) == ("local", "extractive")
    head = local.headline()
    assert head["repaired_rewritten"] + head["repaired_quoted"] > 0
    assert head["invented_figures"] == 0  # counted on the final text, after repair
    assert head["citation_validity"] == 1.0
    assert any(rule.startswith("repaired") for o in local.outcomes for rule, _ in o.findings)
    quotes = extractive.headline()
    assert quotes["repaired_rewritten"] == quotes["repaired_quoted"] == 0
    for result in compared:
        h = result.headline()
        assert 0.0 < h["first_sentence_similarity"] <= 1.0
        assert h["stance_stated"] == 1.0  # the one draft says where we stand
        assert h["reading_ease"] is not None
        assert h["seconds_p95"] >= h["seconds_p50"] > 0
        draft = [o for o in result.outcomes if o.item.task == "draft"]
        asked = [o for o in result.outcomes if o.item.task == "ask"]
        assert [o.stance_stated for o in draft] == [True]
        assert all(o.stance_stated is None for o in asked)


@pytest.mark.slow
def test_the_report_shows_the_new_measures(compared: list[GeneratorResult], tmp_path: Path) -> None:
    meta = {"command": "assistant eval answers --generators local,extractive", "settings": {}}
    answer_report.write_reports(compared, meta, tmp_path, "answers")
    markdown = (tmp_path / "answers.md").read_text(encoding="utf-8")
    for label in ("rewritten", "quoted instead", "first sentence ~ question", "stance stated",
                  "reading ease", "p95 s"):  # fmt: skip
        assert label in markdown
    assert "| local |" in markdown and "| extractive |" in markdown

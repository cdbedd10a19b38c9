"""Say a point once: the repeat test on pairs the local writer really wrote, and in a draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import FakeTextModel, evidence_in

from assistant.answering.writing.base import DraftRequest
from assistant.answering.writing.model_writer import ModelWriter
from assistant.answering.writing.repeats import content_words, new_only, overlap, repeats
from assistant.core.errors import InputError
from assistant.core.schema import Evidence
from assistant.evaluation.repeats_eval import gate_checks, load_pairs, score
from assistant.llm.prompts import load_all

FIGURES = (
    "The Facilitation Fund could give up to £30,000 to each organisation over the whole "
    "programme, with an average award of £12,500 [1].",
    "The Strengthening DPULOs Programme could give up to £30,000 to each organisation over "
    "the whole programme, and the average Facilitation Fund award was about £12,500 [1].",
)
FACT_THEN_PROPOSAL = (
    "The Social Value Act duty applies to public services contracts above the procurement "
    "thresholds, but contracts below those thresholds fall outside the duty [1].",
    "We recommend that the Social Value Act duty be extended to public contracts below the "
    "procurement thresholds [1].",
)


def test_content_words_are_stemmed_without_stopwords_or_markers() -> None:
    words = content_words("The councils must consult [2] on 12 weeks.")
    assert words == frozenset({"council", "consult", "12", "week"})


def test_the_same_figures_said_twice_are_a_repeat() -> None:
    assert overlap(*FIGURES) >= 0.8
    assert repeats(FIGURES[1], [FIGURES[0]], HashEmbeddings())


def test_a_fact_and_the_proposal_drawn_from_it_are_not_a_repeat() -> None:
    assert not repeats(FACT_THEN_PROPOSAL[1], [FACT_THEN_PROPOSAL[0]], HashEmbeddings())


def test_short_sentences_are_never_called_repeats() -> None:
    assert overlap("We agree.", "We agree.") == 0.0


def test_new_only_keeps_the_first_of_two_repeats_and_every_different_sentence() -> None:
    kept = new_only([FIGURES[1], FACT_THEN_PROPOSAL[1]], [FIGURES[0]], HashEmbeddings())
    assert kept == [FACT_THEN_PROPOSAL[1]]
    assert new_only([*FIGURES], [], HashEmbeddings()) == [FIGURES[0]]


def test_a_draft_says_a_point_once_when_two_parts_write_it() -> None:
    """Two passages give the same figures in other words; the second part's sentence, which
    says again what the first said, is left out of the draft."""
    sources = (
        "The Facilitation Fund could give up to £30,000 to each organisation over the whole "
        "programme, with an average award of £12,500.",
        "The Strengthening DPULOs Programme could give up to £30,000 to each organisation over "
        "the whole programme, and the average Facilitation Fund award was about £12,500.",
    )
    evidence = tuple(
        Evidence(n, f"c{n}", f"doc{n}", f"Doc {n}", "briefing note", "", "1", text)
        for n, text in enumerate(sources, start=1)
    )
    writer = ModelWriter(
        FakeTextModel([lambda prompt: evidence_in(prompt)[0]]), HashEmbeddings(), load_all()
    )
    question = "How much could each organisation get from the Facilitation Fund?"
    text = writer.draft(DraftRequest(question, evidence, opening=())).text
    assert text.count("£30,000") == 1, text


def _pairs_file(folder: Path) -> Path:
    rows = [
        {"id": "a", "split": "test", "label": "repeat", "first": FIGURES[0], "second": FIGURES[1]},
        {"id": "b", "split": "test", "label": "different", "first": FACT_THEN_PROPOSAL[0],
         "second": FACT_THEN_PROPOSAL[1]},
        {"id": "c", "split": "dev", "label": "repeat", "first": FACT_THEN_PROPOSAL[0],
         "second": FACT_THEN_PROPOSAL[1]},
    ]  # fmt: skip
    path = folder / "repeats" / "pairs.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_eval_counts_misses_and_false_alarms_per_half(tmp_path: Path) -> None:
    pairs = load_pairs(_pairs_file(tmp_path))
    test = score(pairs, "test", HashEmbeddings())
    assert (test.repeats, test.caught, test.different, test.false_alarms) == (1, 1, 1, 0)
    dev = score(pairs, "dev", HashEmbeddings())
    assert dev.missed == ("c",) and dev.caught_share == 0.0


def test_a_pair_without_a_label_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": "x", "split": "dev", "first": "a", "second": "b"}) + "\n")
    with pytest.raises(InputError, match="needs a label"):
        load_pairs(path)


def test_the_gate_checks_the_test_half_against_its_floors(tmp_path: Path) -> None:
    _pairs_file(tmp_path)
    floors = tmp_path / "floors.toml"
    floors.write_text("[repeats]\ncaught = 0.9\ndifferent_kept = 0.9\n", encoding="utf-8")
    checks = gate_checks(floors, tmp_path, HashEmbeddings())
    assert [c.passed for c in checks] == [True, True]
    floors.write_text("", encoding="utf-8")
    assert gate_checks(floors, tmp_path, HashEmbeddings()) == []

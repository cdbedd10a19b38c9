"""The writer's repair loop with the meaning check (fake judge model): a sentence its source
does not say is written again once, then dropped with a listed finding, or quoted only when
the part's evidence itself answers the question."""

from __future__ import annotations

from fake_embeddings import HashEmbeddings
from helpers import FakeJudgeModel

from assistant.meaning import MeaningJudge
from assistant.prompts import load_all, load_prompt
from assistant.schema import Evidence
from assistant.writing.model_writer import ModelWriter, _Run
from assistant.writing.plan import Part

PASSAGE = (
    "Under section 1 of the Public Services (Social Value) Act 2012, before starting a "
    "procurement the authority must consider how what is being procured might improve the "
    "economic, social and environmental well-being of the relevant area."
)
SWAPPED = (
    "A small voluntary group needs to consider the well-being of the relevant area before "
    "buying services."
)
FAITHFUL = (
    "Before buying services, the authority must consider the well-being of the relevant area."
)


def _writer(model: FakeJudgeModel) -> ModelWriter:
    writer = ModelWriter(model, HashEmbeddings(), load_all())
    writer.judge = MeaningJudge(model, load_prompt("judge"), threshold=0.61)
    writer.min_quote_score = 0.45
    return writer


def _write(writer: ModelWriter, score: float) -> tuple[list[str], list]:
    item = Evidence(1, "c1", "sva", "Social Value Act", "briefing note", "", "1", PASSAGE)
    part = Part("reason", 1, (PASSAGE,), score)
    values = {"question": "How can commissioners support small groups?", "stance": "we agree"}
    return writer._write(part, [item], "write_reason", values, 40, lambda *_: None, _Run())


def test_a_swapped_role_that_fails_twice_is_dropped_and_listed_when_off_topic() -> None:
    model = FakeJudgeModel({"voluntary group": 0.1}, replies=[SWAPPED])  # the rewrite repeats it
    final, repairs = _write(_writer(model), score=0.2)
    assert final == []
    assert [r.outcome for r in repairs] == ["dropped"]
    finding = repairs[0].as_finding()
    assert finding.rule == "repaired-dropped"
    assert finding.problem.startswith("Left out because the source does not say it")
    assert "voluntary group" in finding.sentence  # the reader sees what was left out


def test_an_on_topic_part_falls_back_to_its_quoted_evidence() -> None:
    model = FakeJudgeModel({"voluntary group": 0.1}, replies=[SWAPPED])
    final, repairs = _write(_writer(model), score=0.6)
    assert final == [f"“{PASSAGE}” [1]"]
    assert [r.outcome for r in repairs] == ["quoted"]


def test_a_rewrite_the_source_does_say_replaces_the_failed_sentence() -> None:
    model = FakeJudgeModel({"voluntary group": 0.1}, replies=[SWAPPED, FAITHFUL])
    final, repairs = _write(_writer(model), score=0.2)
    assert final == [FAITHFUL[:-1] + " [1]."]
    assert [r.outcome for r in repairs] == ["rewritten"]
    assert "The cited source may not say this" in repairs[0].problem


def test_a_faithful_sentence_passes_the_judge_untouched() -> None:
    model = FakeJudgeModel(replies=[FAITHFUL])
    final, repairs = _write(_writer(model), score=0.2)
    assert final == [FAITHFUL[:-1] + " [1]."] and repairs == []
    assert model.judged  # it was read for meaning

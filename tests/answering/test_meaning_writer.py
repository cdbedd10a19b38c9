"""The writer's repair loop with the meaning check (fake judge model): a sentence its source
does not say is written again once, then dropped with a listed finding, or quoted only when
the part's evidence itself answers the question."""

from __future__ import annotations

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import FakeJudgeModel

from assistant.answering.writing.model_writer import ModelWriter, _Run
from assistant.answering.writing.plan import Part
from assistant.checks.meaning import MeaningJudge
from assistant.core.schema import Evidence
from assistant.llm.prompts import load_all, load_prompt

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


def test_only_a_sentence_that_answers_the_question_stands_in_as_a_quotation() -> None:
    """A part about the duty may also hold the date of Royal Assent: a failed sentence about
    that date is dropped: neither the date quoted nor the duty, which it did not try to say."""
    assent = "The Public Services (Social Value) Act 2012 received Royal Assent on 8 March 2012."
    writer = _writer(FakeJudgeModel({"9 March": 0.05}, replies=["The Act became law on 9 March."]))
    item = Evidence(
        1, "c1", "sva", "Social Value Act", "briefing note", "", "1", f"{assent} {PASSAGE}"
    )
    part = Part("reason", 1, (assent, PASSAGE), 0.6, scores=(0.3, 0.6))
    values = {"question": "How can commissioners support small groups?", "stance": "we agree"}
    final, repairs = writer._write(
        part, [item], "write_reason", values, 40, lambda *_: None, _Run()
    )
    assert final == [f"“{PASSAGE}” [1]"]  # the part's on-topic evidence, nothing written stood
    assert [r.outcome for r in repairs] == ["dropped"]

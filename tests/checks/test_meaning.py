"""The meaning check (assistant/checks/meaning.py) and its place in the verifier, with a fake judge
model: each failure kind the issue found in real drafts is flagged "the cited source may not
say this", a faithful paraphrase is not, and without a judge the old rules stand."""

from __future__ import annotations

import pytest

from tests.support.helpers import FakeJudgeModel

from assistant.checks.meaning import MeaningJudge, judge_for
from assistant.checks.meaning_features import signs
from assistant.checks.verify import verify
from assistant.core.schema import Evidence
from assistant.llm.prompts import load_prompt
from assistant.llm.protocol import yes_share

CAMPAIGN = (
    "Under the Compact (2010), the government undertakes to respect the independence of civil "
    "society organisations, including their right to campaign. The Compact is an agreement, not "
    "a law: it is not legally binding."
)
SECTION_1 = (
    "Under section 1 of the Public Services (Social Value) Act 2012, before starting a "
    "procurement the authority must consider how what is being procured might improve the "
    "economic, social and environmental well-being of the relevant area."
)
PRINCIPLES = (
    "Under the Consultation Principles, consultations should last for a proportionate amount "
    "of time, and responses are published. The Consultation Principles of July 2012 dropped the "
    "12-week norm that had been set by the 2008 Code on consultation."
)


def _judge(model: FakeJudgeModel) -> MeaningJudge:
    return MeaningJudge(model, load_prompt("judge"), threshold=0.61)


def _evidence(text: str) -> list[Evidence]:
    return [Evidence(1, "c1", "d", "A briefing note", "briefing note", "", "1", text)]


def _findings(sentence: str, passage: str, model: FakeJudgeModel) -> list:
    return list(verify(sentence, _evidence(passage), None, judge=_judge(model)).findings)


# The issue's own examples of each failure kind, each judged "no" by the fake model as a careful
# reader would (the real model's judgement is measured on evals/faithfulness).
FAILURES = [
    (
        "grafted",
        "A disabled people's organisation can criticise the council if it meets the duty "
        "to consult [1].",
        CAMPAIGN,
    ),
    (
        "invented reason",
        "The Compact is not legally binding because Parliament rejected it [1].",
        CAMPAIGN,
    ),
    (
        "swapped roles",
        "A small voluntary group needs to consider the well-being of the relevant "
        "area before buying services [1].",
        SECTION_1,
    ),
    ("attribution", "DPULOs argue that the Compact should be made law [1].", CAMPAIGN),
    (
        "factual error",
        "The Compact and the Consultation Principles both recommend at least 12 weeks [1].",
        PRINCIPLES,
    ),
]


@pytest.mark.parametrize(("kind", "sentence", "passage"), FAILURES, ids=[f[0] for f in FAILURES])
def test_each_failure_kind_is_flagged_as_not_in_the_source(
    kind: str, sentence: str, passage: str
) -> None:
    model = FakeJudgeModel({sentence[:30]: 0.2})
    found = _findings(sentence, passage, model)
    assert [f.rule for f in found] == ["not-in-source"], kind
    assert found[0].problem.startswith("The cited source may not say this")
    assert found[0].citations == (1,)


def test_a_faithful_paraphrase_passes() -> None:
    model = FakeJudgeModel(default=0.85)
    sentence = (
        "The Compact commits the government to respecting voluntary groups' right to campaign [1]."
    )
    result = verify(sentence, _evidence(CAMPAIGN), None, judge=_judge(model))
    assert result.ok
    assert result.sentences[0].meaning is not None and result.sentences[0].meaning >= 0.5


def test_an_invented_because_is_caught_by_the_text_even_when_the_model_is_unsure() -> None:
    sentence = "The Compact is not legally binding because Parliament rejected it [1]."
    found = _findings(sentence, CAMPAIGN, FakeJudgeModel(default=0.6))
    assert [f.rule for f in found] == ["not-in-source"]
    assert "because" in found[0].problem  # says what is doubted


def test_the_meaning_check_replaces_the_support_threshold() -> None:
    # Few shared words (the old rule would call it low-support), but the judge reads it as said.
    sentence = (
        "Campaigning by civil society groups is something the government has undertaken "
        "to respect [1]."
    )
    without = verify(sentence, _evidence(CAMPAIGN), None, min_support=0.9)
    assert [f.rule for f in without.findings] == ["low-support"]
    judged = verify(
        sentence,
        _evidence(CAMPAIGN),
        None,
        min_support=0.9,
        judge=_judge(FakeJudgeModel(default=0.95)),
    )
    assert judged.ok


def test_a_word_for_word_quotation_is_not_sent_to_the_judge() -> None:
    model = FakeJudgeModel(default=0.0)
    sentence = (
        "The note says: “The Compact is an agreement, not a law: it is not legally binding” [1]."
    )
    assert verify(sentence, _evidence(CAMPAIGN), None, judge=_judge(model)).ok
    assert model.judged == []


def test_the_judge_asks_the_model_once_per_sentence_and_passage() -> None:
    model = FakeJudgeModel()
    judge = _judge(model)
    judge.judge("The Compact is not a law [1].", [CAMPAIGN])
    judge.judge("The Compact is not a law [2].", [CAMPAIGN])  # the same statement, other marker
    assert model.judged == ["The Compact is not a law."]


def test_a_model_that_cannot_give_probabilities_gives_no_judge() -> None:
    from tests.support.helpers import FakeTextModel

    assert judge_for(FakeTextModel(["x"]), 0.5) is None
    assert judge_for(None, 0.5) is None
    assert judge_for(FakeJudgeModel(), 0.5) is not None


def test_yes_share_sums_yes_like_and_no_like_tokens() -> None:
    import math

    top = [("Yes", math.log(0.5)), ("No", math.log(0.25)), ("yes", math.log(0.25))]
    assert yes_share(top) == pytest.approx(0.75)
    assert yes_share([("Maybe", 0.0)]) == 0.5


def test_signs_name_what_the_passage_lacks() -> None:
    found = signs(
        "DPULOs argue that every council must not campaign because of cuts [1].", [CAMPAIGN]
    )
    assert found.cause == ("because",)
    assert "argue" in found.saying and "every" in found.every and "must" not in found.negation
    assert "DPULOs" in found.new_names
    faithful = signs("The Compact is not legally binding [1].", [CAMPAIGN])
    assert faithful.vector()[3:] == [0.0] * 7 and faithful.lexical == 1.0

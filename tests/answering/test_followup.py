"""Follow-up questions: "what about its funding?" becomes a query that stands on its own.

Rule-based rewriting (the extractive generator) is tested as a unit and through `ask`; with a
language-model generator the condense prompt writes the standalone query (a fake model here).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from tests.support.helpers import FakeTextModel, echo_evidence

from assistant.answering import followup
from assistant.answering.chains import Assistant
from assistant.core.schema import Turn

PROGRAMME_QUESTION = "What was the Strengthening DPULOs Programme?"
PROGRAMME_DOC = "strengthening-dpulos-programme"

FakeBuilder = Callable[[Sequence[object]], tuple[Assistant, FakeTextModel]]


def conversation(*questions: str) -> list[Turn]:
    turns: list[Turn] = []
    for question in questions:
        turns += [Turn("user", question), Turn("assistant", "Here is what the sources say: …")]
    return turns


# ---- rule-based rewriting ---------------------------------------------------------------------


def test_a_pronoun_follow_up_gets_the_previous_topic() -> None:
    query = followup.rewrite("what about its funding?", conversation(PROGRAMME_QUESTION))
    assert query == "funding Strengthening DPULOs Programme"


@pytest.mark.parametrize(
    "question",
    [
        "What is the Social Value Act?",
        "Who evaluated the outsourcing of children's social care services?",
        "  How does the Compact protect the independence of voluntary organisations?  ",
    ],
)
def test_a_standalone_question_is_unchanged(question: str) -> None:
    assert not followup.needs_context(question)
    assert followup.rewrite(question, conversation(PROGRAMME_QUESTION)) == question.strip()


def test_without_history_the_question_is_the_query() -> None:
    assert followup.rewrite("what about its funding?", []) == "what about its funding?"
    assert followup.rewrite("  And who ran it?  ", ()) == "And who ran it?"


def test_chained_follow_ups_keep_the_original_topic() -> None:
    history = conversation(PROGRAMME_QUESTION, "what about its funding?")
    query = followup.rewrite("And who ran it?", history)
    assert "Strengthening DPULOs Programme" in query
    assert "funding" in query and "ran" in query
    assert not query.lower().startswith("and")  # the opener is dropped


def test_only_the_users_turns_give_the_topic() -> None:
    history = [
        Turn("user", PROGRAMME_QUESTION),
        Turn("assistant", "The Social Value Act 2012 says commissioners must consider value."),
    ]
    query = followup.rewrite("Who paid for it?", history)
    assert "DPULOs" in query and "Social" not in query


def test_a_new_topic_resets_the_chain() -> None:
    history = conversation(PROGRAMME_QUESTION, "What is the Social Value Act?")
    query = followup.rewrite("what about its history?", history)
    assert "Social Value Act" in query and "DPULOs" not in query


@pytest.mark.parametrize(
    ("question", "needs"),
    [
        ("what about its funding?", True),
        ("And the Compact?", True),
        ("Tell me more", True),
        ("Funding?", True),  # one word of its own is not enough to search on
        ("How were they chosen?", True),
        ("Who funded the Facilitation Fund?", False),
        ("What does the Open Public Services White Paper say?", False),
    ],
)
def test_needs_context(question: str, needs: bool) -> None:
    assert followup.needs_context(question) is needs


def test_topic_words_drop_question_words_and_pronouns() -> None:
    assert followup.topic_words("What did they say about the £3 million budget?") == [
        "say",
        "£3",
        "million",
        "budget",
    ]


# ---- through `ask` ---------------------------------------------------------------------------


def test_ask_follow_up_retrieves_evidence_about_the_previous_topic(
    corpus_assistant: Assistant,
) -> None:
    first = corpus_assistant.ask(PROGRAMME_QUESTION)
    history = [Turn("user", PROGRAMME_QUESTION), Turn("assistant", first.text)]
    result = corpus_assistant.ask("what about its funding?", history)
    assert result.question == "what about its funding?"
    assert "DPULOs" in result.query and "funding" in result.query
    assert not result.refused and result.findings == ()
    docs = [e.doc_id for e in result.evidence]
    assert docs[0] == PROGRAMME_DOC
    # Without the conversation the same words find less about the programme.
    alone = corpus_assistant.ask("what about its funding?")
    assert "DPULOs" not in alone.query
    assert docs.count(PROGRAMME_DOC) > [e.doc_id for e in alone.evidence].count(PROGRAMME_DOC)
    # The answer is about the programme's money.
    assert "Strengthening DPULOs Programme" in result.text
    assert re.search(r"£\d", result.text), result.text


def test_ask_with_an_llm_condenses_the_follow_up_first(fake_llm_assistant: FakeBuilder) -> None:
    standalone = "How was the Strengthening DPULOs Programme funded?"
    assistant, model = fake_llm_assistant([standalone, echo_evidence])
    history = [
        Turn("user", PROGRAMME_QUESTION),
        Turn("assistant", "It was an Office for Disability Issues programme [1]."),
    ]
    result = assistant.ask("what about its funding?", history)
    assert result.query == standalone
    assert result.text and result.findings == ()
    assert result.question == "what about its funding?"
    assert result.evidence and result.evidence[0].doc_id == PROGRAMME_DOC
    condense, write, *_ = model.received
    prompt = condense[-1]["content"]
    assert f"user: {PROGRAMME_QUESTION}" in prompt
    assert "assistant: It was an Office for Disability Issues programme [1]." in prompt
    assert "Follow-up question: what about its funding?" in prompt
    assert "<evidence>" not in prompt
    # The answer prompt gets the standalone question, not the bare "its".
    assert f"Question: {standalone}" in write[-1]["content"]


def test_ask_with_an_llm_keeps_only_the_first_line_of_a_wordy_condense(
    fake_llm_assistant: FakeBuilder,
) -> None:
    assistant, _ = fake_llm_assistant(
        ["Strengthening DPULOs Programme funding\nThis query asks about money.", echo_evidence]
    )
    result = assistant.ask("And its funding?", conversation(PROGRAMME_QUESTION))
    assert result.query == "Strengthening DPULOs Programme funding"


def test_ask_with_an_llm_does_not_condense_a_standalone_question(
    fake_llm_assistant: FakeBuilder,
) -> None:
    assistant, model = fake_llm_assistant([echo_evidence])
    question = "What is the Facilitation Fund for?"
    result = assistant.ask(question, conversation(PROGRAMME_QUESTION))
    assert result.query == question
    assert not any("Follow-up question" in p for p in model.prompts)  # no condense call

"""Consistency with our past positions: a draft that takes another stance than a past response
on the same topic gets a note citing that answer; one that agrees, or is on another topic, none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from tests.support.fixtures import CorpusStore
from tests.support.helpers import make_settings

from assistant.answering.chains import Assistant
from assistant.answering.writing.position import position_sentence
from assistant.checks.stance import stance_in
from assistant.evidence.model import new_item
from assistant.evidence.positions import RULE, differing_positions
from assistant.evidence.store import EvidenceStore
from assistant.rendering.checks import finding_line

QUESTION = (
    "Do you agree that some public service contracts should be reserved for not-for-profit "
    "providers? Please give reasons."
)
PAST_QUESTION = (
    "Question 2: Should some contracts for public services be reserved for mutuals and "
    "not-for-profit organisations?"
)
PAST_NO = "We disagree. Reserving contracts shuts out small user-led groups that are not charities."
PAST_YES = "Yes. Reserved contracts keep local disabled people's organisations running services."
CARE_NO = "We disagree. Charging for care at home pushes disabled people into poverty."


def past(text: str, question: str = PAST_QUESTION, consent: str = "named") -> object:
    return new_item(
        "past-response",
        text,
        consent=consent,
        date="2024-05",
        consultation="Public service mutuals 2024",
        question=question,
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (position_sentence(QUESTION, "agree"), "agree"),
        (position_sentence(QUESTION, "disagree"), "disagree"),
        (position_sentence(QUESTION, "mixed"), "mixed"),
        ("We have mixed views on this proposal.", "mixed"),
        ("Yes. It should be raised.", "agree"),
        ("No, because charges push people into debt.", "disagree"),
        ("Strongly disagree.", "disagree"),
        ("We represent 300 members. We welcome this consultation. We oppose the cut.", "disagree"),
        ("No one should pay for care at home.", None),
        ("We do not take a position on this proposal.", None),
        ("Our members describe long waits for adaptations.", None),
    ],
)
def test_the_stance_an_answer_opens_with(text: str, stance: str | None) -> None:
    assert stance_in(text) == stance


class TopicEmbeddings(Embeddings):
    """Two topics, contracts and care: the same topic is similar, the other is not."""

    def _vector(self, text: str) -> list[float]:
        lower = text.lower()
        return [float("contract" in lower), float("care" in lower), 0.1]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def test_a_past_answer_with_another_stance_is_noted_and_cited(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    store = EvidenceStore.from_settings(settings)
    (disagreed,) = store.add(past(PAST_NO, consent="background"))  # not quotable, still a note
    store.add(past(CARE_NO, question="Question 1: Should councils charge for care at home?"))
    (note,) = differing_positions(settings, TopicEmbeddings(), QUESTION, "agree")
    assert note.rule == RULE and note.sentence == PAST_NO
    assert "In our response to Public service mutuals 2024 (Question 2: Should some" in note.problem
    assert f"2024-05; item {disagreed.id}) we disagreed; this draft agrees" in note.problem
    assert "Not an error" in note.problem
    assert differing_positions(settings, TopicEmbeddings(), QUESTION, "disagree") == ()
    assert differing_positions(settings, TopicEmbeddings(), QUESTION, "no view") == ()


def test_a_past_answer_that_agrees_is_not_noted(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    EvidenceStore.from_settings(settings).add(past(PAST_YES))
    assert differing_positions(settings, TopicEmbeddings(), QUESTION, "agree") == ()
    (note,) = differing_positions(settings, TopicEmbeddings(), QUESTION, "disagree")
    assert "we agreed; this draft disagrees" in note.problem


@pytest.mark.slow  # the bundled embedding model judges "same topic"
def test_a_draft_that_departs_from_a_past_response_says_so_in_its_checks(
    corpus: CorpusStore, tmp_path: Path
) -> None:
    own = corpus.settings.model_copy(update={"data_dir": tmp_path / "ours"})
    store = EvidenceStore.from_settings(own)
    (disagreed,) = store.add(past(PAST_NO))
    store.add(past(CARE_NO, question="Question 1: Should councils charge for care at home?"))
    assistant = Assistant(own, store=corpus.store)  # quotes only: no model needed

    result = assistant.draft(QUESTION, stance="agree", words=200)
    notes = [f for f in result.findings if f.rule == RULE]
    assert len(notes) == 1, notes  # the care answer is on another topic
    assert disagreed.id in notes[0].problem and "we disagreed" in notes[0].problem
    assert PAST_NO in finding_line(notes[0])  # the response's checks quote the past answer
    assert "We agree with this proposal." in result.text  # noted, never blocked
    # ... and an answer that argued the other way is no reason for this draft: not its evidence
    assert f"our-evidence:{disagreed.id}" not in [e.id for e in result.evidence]

    store.remove(disagreed.id)
    (agreed,) = store.add(past(PAST_YES))
    agreeing = assistant.draft(QUESTION, stance="agree", words=200)
    assert not [f for f in agreeing.findings if f.rule == RULE]
    assert f"our-evidence:{agreed.id}" in [e.id for e in agreeing.evidence]  # citable

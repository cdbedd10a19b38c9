"""The consultation-question rewrite keeps the subject and drops the framing, deterministically."""

from __future__ import annotations

import pytest

from assistant.search.query_rewrite import rewrite_query


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "Do you agree that public services should be open to a range of providers? "
            "Please give reasons.",
            "public services should be open to a range of providers?",
        ),
        (
            "To what extent do you agree with the proposal to extend delegation to nearly all "
            "functions? If not, why not?",
            "extend delegation to nearly all functions?",
        ),
        (
            "What are your views on extending social value to small contracts?",
            "extending social value to small contracts?",
        ),
        (
            "Do you think the government has a coherent strategy? Please explain your answer.",
            "the government has a coherent strategy?",
        ),
        (
            "How long should consultations last? Please provide evidence.",
            "How long should consultations last?",
        ),
    ],
)
def test_consultation_framing_is_removed(question: str, subject: str) -> None:
    assert rewrite_query(question) == subject


@pytest.mark.parametrize(
    "question",
    [
        "labour work programme providers",
        "Why not keep profit-making companies out of the NHS?",
        "Should the Compact be legally binding?",
    ],
)
def test_other_questions_are_unchanged(question: str) -> None:
    assert rewrite_query(question) == question


@pytest.mark.parametrize("question", ["What are your views on this?", "Do you agree?"])
def test_too_little_left_falls_back_to_the_question(question: str) -> None:
    assert rewrite_query(question) == question


def test_whitespace_is_normalised_and_the_result_is_stable() -> None:
    question = "  Do you agree that\n councils  should consult?  Please give reasons. "
    assert rewrite_query(question) == "councils should consult?"
    assert rewrite_query(rewrite_query(question)) == "councils should consult?"

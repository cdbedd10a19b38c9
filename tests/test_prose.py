"""Tidying a small model's output, the position sentence, and fitting a draft to its limit."""

from __future__ import annotations

from assistant.writing import prose
from assistant.writing.model_writer import fit_parts, trim_to_limit
from assistant.writing.plan import Part
from assistant.writing.position import position_sentence


def test_tidy_removes_markdown_citations_and_openers() -> None:
    raw = (
        "## Our view\n\n- **The source states that** councils buy services [3].\n"
        "* According to the evidence, groups know their members (Source: note)."
    )
    assert prose.tidy(raw) == "Councils buy services. Groups know their members."


def test_tidy_drops_fragments_and_questions() -> None:
    assert prose.tidy("Sure! Here is the answer: Why not? Councils commission services.") == (
        "Councils commission services."
    )


def test_cite_puts_the_marker_before_the_full_stop() -> None:
    assert prose.cite("Councils commission services.", 2) == "Councils commission services [2]."
    assert prose.cite("No stop at the end", 1) == "No stop at the end [1]."


def test_position_turns_the_question_round() -> None:
    q = "Do you agree that councils should fund user-led groups? Please explain."
    assert position_sentence(q, "agree") == "We agree that councils should fund user-led groups."
    assert position_sentence(q, "disagree").startswith("We do not agree that councils")
    assert position_sentence("Do you agree with the proposal to merge boards?", "mixed") == (
        "We agree in part with the proposal to merge boards."
    )


def test_position_falls_back_when_turning_round_is_unsafe() -> None:
    assert position_sentence("What are your views on funding?", "agree") == (
        "We agree with this proposal."
    )
    assert position_sentence("Do you agree that 3 boards should merge?", "agree") == (
        "We agree with this proposal."
    )
    assert position_sentence("Do you agree that your council is fair?", "agree") == (
        "We agree with this proposal."
    )


def test_fit_parts_drops_parts_the_limit_cannot_hold_keeping_the_recommendation() -> None:
    parts = [Part("reason", n, ("x",), 1.0) for n in (1, 2, 3, 4)]
    parts.append(Part("recommendation", 5, ("y",), 1.0))
    kept, words = fit_parts(parts, 60)
    assert len(kept) == 3 and kept[-1].role == "recommendation"
    assert words == 20


def test_trim_to_limit_drops_whole_sentences_from_the_longest_paragraph() -> None:
    paragraphs = [["One two three [1].", "Four five six [1]."], ["Seven eight [2]."]]
    assert trim_to_limit(paragraphs, 5) == [["One two three [1]."], ["Seven eight [2]."]]

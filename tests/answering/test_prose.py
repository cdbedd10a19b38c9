"""Tidying a small model's output, the position sentence, and fitting a draft to its limit."""

from __future__ import annotations

from assistant.answering.writing import prose
from assistant.answering.writing.plan import Part
from assistant.answering.writing.position import position_sentence
from assistant.answering.writing.words import fit_parts, trim_to_limit


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
    # The stance alone, and "this proposal" only where the question speaks of one.
    assert position_sentence("What are your views on funding?", "agree") == "We agree."
    assert position_sentence("Do you agree that 3 boards should merge?", "agree") == "We agree."
    assert position_sentence("Do you agree that your council is fair?", "mixed") == (
        "We agree in part."
    )
    assert position_sentence("Should public bodies consider social value?", "disagree") == (
        "We do not agree."
    )
    assert position_sentence("What do you think of the proposal in chapter 3?", "agree") == (
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


def test_long_sentences_are_split_where_both_halves_stand_alone() -> None:
    long = (
        "A DPULO can use the Compact to ask for an explanation of a short consultation; "
        "it cannot require a longer one by law in any case."
    )
    assert prose.split_long(long) == [
        "A DPULO can use the Compact to ask for an explanation of a short consultation.",
        "It cannot require a longer one by law in any case.",
    ]
    but = (
        "The regulations let a council hand over most of its children's social care work, "
        "but the independent reviewing officer role must stay with the council itself."
    )
    assert prose.split_long(but)[1].startswith("But the independent reviewing officer")


def test_a_split_never_leaves_a_fragment() -> None:
    no_subject = (
        "A DPULO can use the Compact to ask for an explanation of a short consultation, "
        "but cannot require a longer one by law in any case."
    )
    list_end = (
        "Disabled people should have choice over their support, control over their lives, "
        "and the right to decide who provides their care at home."
    )
    short = "Councils buy services, and they ask groups to bid."
    for sentence in (no_subject, list_end, short):
        assert prose.split_long(sentence) == [sentence]


def test_sentences_of_splits_long_ones() -> None:
    text = (
        "Councils buy services. The regulations still allow a for-profit company to set up a "
        "not-for-profit subsidiary, and this subsidiary could take on delegated children's "
        "social care functions."
    )
    assert prose.sentences_of(text) == [
        "Councils buy services.",
        "The regulations still allow a for-profit company to set up a not-for-profit subsidiary.",
        "This subsidiary could take on delegated children's social care functions.",
    ]


def test_the_model_is_not_shown_question_years_its_evidence_lacks() -> None:
    q = "What did the 2011 government plan mean when it talked about diversity in 2011?"
    assert prose.question_for(q, "The White Paper rests on five principles.") == (
        "What did the government plan mean when it talked about diversity?"
    )
    assert prose.question_for(q, "The White Paper of 2011 rests on five principles.") == q
    counts = "Were over 1,300 responses against it, and what did the Care Act 2014 change?"
    assert prose.question_for(counts, "Nothing about that.") == (
        "Were over 1,300 responses against it, and what did the Care Act change?"
    )


def test_so_that_is_not_split_off_as_a_sentence() -> None:
    sentence = (
        "The DfE consultation proposed extending delegation to nearly all of its children's "
        "social services functions, so that other bodies could carry them out."
    )
    assert prose.split_long(sentence) == [sentence]

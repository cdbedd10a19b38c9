"""The round-three sentence shapes (`assistant/easyread/shapes.py`): colons, fronted clauses,
"who" clauses on the subject and ", with" tails are cut into sentences that keep every clause
and figure, and a shape that cannot be cut safely stays whole."""

from __future__ import annotations

import pytest

from tests.support.helpers import FakeJudgeModel

from assistant.checks.meaning import MeaningJudge
from assistant.easyread import Maker
from assistant.easyread.rules import easy_sentences, one_verb_wish, split_clauses
from assistant.easyread.shapes import colon_split, fronted, with_clause
from assistant.easyread.who import who_clause
from assistant.easyread.words import load_words
from assistant.llm.prompts import load_prompt


def test_a_colon_between_two_clauses_makes_two_sentences() -> None:
    assert colon_split(
        "The most useful part of the Act is section 1: an authority must consider social value."
    ) == [
        "The most useful part of the Act is section 1.",
        "An authority must consider social value.",
    ]


def test_a_list_after_a_colon_is_named_and_a_label_or_instruction_stays() -> None:
    assert colon_split("The review looked at three things: cost, choice and quality.") == [
        "The review looked at three things.",
        "These are cost, choice and quality.",
    ]
    assert colon_split("Our view: councils should pay.") == ["Our view: councils should pay."]
    kept = "We have one ask: fund DPULOs and pay them."
    assert colon_split(kept) == [kept]  # "These are fund …" would be wrong


def test_what_members_said_after_a_colon_comes_first() -> None:
    assert colon_split("Members told us: the assessment made them anxious.") == [
        "The assessment made them anxious.",
        "Members told us this.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Although the scheme helps many people, applications take too long.",
            ["The scheme helps many people.", "But applications take too long."],
        ),
        (
            "While some councils use the power well, it is not always the case that they consult.",
            [
                "Some councils use the power well.",
                "But it is not always the case that they consult.",
            ],
        ),
        (
            "Because the forms are long, many people give up.",
            ["The forms are long.", "So many people give up."],
        ),
        (
            "If the DWP stops a payment, it should tell the claimant why.",
            ["The DWP should tell the claimant why.", "This is if the DWP stops a payment."],
        ),
        (
            "When councils buy services, they should ask disabled people first.",
            ["Councils should ask disabled people first.", "This is when councils buy services."],
        ),
    ],
)
def test_a_fronted_clause_becomes_a_sentence_of_its_own(sentence: str, expected: list[str]) -> None:
    assert fronted(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Where a council has a DPULO in its area, it should fund it.",  # "it" points back
        "While they waited, some members lost job offers.",  # time, not contrast
        "If so, we agree.",  # nothing to stand alone
    ],
)
def test_a_fronted_clause_that_cannot_be_moved_safely_stays(sentence: str) -> None:
    assert fronted(sentence) == [sentence]


def test_a_who_clause_with_figures_keeps_who_was_counted() -> None:
    assert who_clause(
        "In our 2025 survey, 41 of 63 members who had an assessment said the report was wrong."
    ) == [
        "In our 2025 survey, 63 members had an assessment.",
        "41 of them said the report was wrong.",
    ]


def test_a_who_clause_on_a_plural_subject_points_back() -> None:
    assert who_clause("Organisations who run services should involve disabled people.") == [
        "Some organisations run services.",
        "These organisations should involve disabled people.",
    ]
    assert who_clause("Our members who use wheelchairs need ramps.") == [
        "Some of our members use wheelchairs.",
        "These members need ramps.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A person who uses a wheelchair needs a ramp.",  # singular: no "Some"
        "We want councils to fund people who run groups.",  # not the subject
        "Members who use the service.",  # no main verb
    ],
)
def test_a_who_clause_is_left_when_the_subject_is_not_plain(sentence: str) -> None:
    assert who_clause(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The fund paid for 120 grants last year, with £3.5 million spent on transport.",
            ["The fund paid for 120 grants last year.", "£3.5 million was spent on transport."],
        ),
        (
            "Councils have cut day services, with 14 of 20 centres closed since 2020.",
            ["Councils have cut day services.", "14 of 20 centres have been closed since 2020."],
        ),
        (
            "Waiting lists grow, with 300 people waiting for a home.",
            ["Waiting lists grow.", "300 people are waiting for a home."],
        ),
    ],
)
def test_a_with_tail_keeps_its_figure_in_a_sentence_of_its_own(
    sentence: str, expected: list[str]
) -> None:
    assert with_clause(sentence) == expected


def test_a_with_tail_without_a_verb_stays() -> None:
    kept = "We ran the event, with support from the council."
    assert with_clause(kept) == [kept]


def test_the_shapes_run_in_the_rules_and_a_bracketed_figure_is_kept() -> None:
    words = load_words()
    assert easy_sentences(
        "For a DPULO, the most useful part is section 1: before buying services, an authority "
        "must consider social value [2].",
        words,
    ) == [
        "For a disabled people's user-led organisation, the most useful part is section 1.",
        "Before buying services, an authority must think about social value.",
    ]
    assert easy_sentences("The grant limit (£30,000 in England) has not changed.", words) == [
        "The grant limit has not changed.",
        "This is £30,000 in England.",
    ]


def test_two_nouns_after_a_preposition_are_not_two_verbs() -> None:
    out = easy_sentences(
        "The DWP should accept evidence from carers and support workers.", load_words()
    )
    assert out == [
        "The Department for Work and Pensions should accept evidence from carers and support "
        "workers."
    ]


def test_a_wish_is_not_rewritten_round_a_who_clause() -> None:
    kept = "We recommend that every trust names a person who is responsible for complaints."
    assert one_verb_wish(kept) == kept  # was "… names a person who to be responsible …"


def test_a_model_rewrite_that_drops_a_figure_is_refused() -> None:
    """The meaning check passes a rewrite that leaves something out; the keeps check does not."""
    source = (
        "In our 2025 survey, 41 of 63 members had a report of their assessment that did not "
        "match what they had told the assessor at the time."
    )
    model = FakeJudgeModel(replies=["In our survey, members had a report of their assessment."])
    easy = Maker(
        MeaningJudge(model, load_prompt("judge"), 0.58), model, load_prompt("easyread")
    ).make(source)
    assert [s.by for s in easy.sentences] == ["rules"]
    assert easy.lost == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Awards should move with the person when they change jobs.",
            ["Awards should move with the person.", "This is when they change jobs."],
        ),
        (
            "Councils should involve DPULOs from the start, not only at the end.",
            ["Councils should involve DPULOs from the start.", "This is not only at the end."],
        ),
        (
            "Plans should be written in plain language so that parents can read them.",
            ["Plans should be written in plain language.", "So parents can read them."],
        ),
        (
            "Forms should be in Easy Read, large print and BSL, and staff should offer help.",
            ["Forms should be in Easy Read, large print and BSL.", "Staff should offer help."],
        ),
    ],
)
def test_more_clause_joins_are_cut(sentence: str, expected: list[str]) -> None:
    assert split_clauses(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff should ask if people need help.",  # a question, not a condition
        "We will tell members when the review ends.",
        "Support should continue even if the person moves.",  # "even" belongs to "if"
    ],
)
def test_a_when_or_if_that_asks_or_is_bound_is_not_cut(sentence: str) -> None:
    assert split_clauses(sentence) == [sentence]


def test_reasons_joined_by_or_because_each_become_a_sentence() -> None:
    assert split_clauses(
        "Many people miss appointments because letters are late or because the bus is slow."
    ) == ["Letters are late.", "Or the bus is slow.", "So many people miss appointments."]


def test_a_who_clause_after_an_opener_keeps_the_opener_on_the_main_clause() -> None:
    assert who_clause("So people who pay for care have less money.") == [
        "Some people pay for care.",
        "So these people have less money.",
    ]
    kept = "Prices rose in 2015, so people who pay for care have less money."
    assert who_clause(kept) == [kept]  # the part before the comma has its own verb


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Disabled people who use wheelchairs often find buses hard to use.",
            [
                "Some disabled people use wheelchairs.",
                "These disabled people often find buses hard to use.",
            ],
        ),
        (
            "Local authorities who commission care services should consult DPULOs.",
            [
                "Some local authorities commission care services.",
                "These local authorities should consult DPULOs.",
            ],
        ),
        (
            "In 2024, 120 of 300 councils who replied to the survey had no plan.",
            ["In 2024, 300 councils replied to the survey.", "120 of them had no plan."],
        ),
    ],
)
def test_a_who_clause_keeps_its_adverb_and_object_where_they_belong(
    sentence: str, expected: list[str]
) -> None:
    assert who_clause(sentence) == expected


def test_a_fronted_clause_names_the_subject_its_possessive_points_to() -> None:
    assert fronted(
        "When a group responds to a consultation, it should use its members' views."
    ) == [
        "A group should use its members' views.",
        "This is when a group responds to a consultation.",
    ]


def test_a_sentence_that_points_back_is_judged_with_the_one_before_it() -> None:
    """Alone, "This is when they change jobs." cannot be judged: the judge sees the pair."""
    model = FakeJudgeModel()
    Maker(MeaningJudge(model, load_prompt("judge"), 0.58)).make(
        "Awards should move with the person when they change jobs."
    )
    assert model.judged == [
        "Awards should move with the person.",
        "Awards should move with the person. This is when they change jobs.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our members who have been detained told us that the ward was loud.",
            [
                "Some of our members have been detained.",
                "These members told us that the ward was loud.",
            ],
        ),
        (
            "Applicants who are refused should be told why.",
            ["Some applicants are refused.", "These applicants should be told why."],
        ),
    ],
)
def test_a_who_clause_ends_where_the_main_verb_starts(sentence: str, expected: list[str]) -> None:
    """The counter reads "have been detained told" and "are refused should be told" as one
    verb group; the cut is found after the clause all the same."""
    assert who_clause(sentence) == expected


def test_a_verb_the_counter_does_not_know_before_who_leaves_the_sentence_whole() -> None:
    kept = "So providers focused on people who were closest to work and gave little help."
    assert who_clause(kept) == [kept]  # was "Some providers focused on people were closest …"


def test_a_bracket_inside_a_name_is_kept_and_a_label_after_one_is_dropped() -> None:
    words = load_words()
    assert easy_sentences("The Public Services (Social Value) Act 2012 applies.", words) == [
        "The Public Services Social Value Act 2012 applies."
    ]
    assert easy_sentences("The Department for Work and Pensions (DWP) should act.", words) == [
        "The Department for Work and Pensions should act."
    ]


def test_two_things_members_said_are_two_sentences_not_a_that_fragment() -> None:
    assert easy_sentences(
        "Members told us that the forms are long and that staff do not help.", load_words()
    ) == [
        "The forms are long.",
        "Staff do not help.",
        "Members told us this.",
    ]  # was "That staff …"


def test_a_second_that_clause_keeps_who_argues_it() -> None:
    assert split_clauses("Groups can argue that they know the area, and that choice matters.") == [
        "Groups can argue that they know the area.",
        "Groups can argue that choice matters.",
    ]


def test_the_judge_reads_a_name_with_its_bracket_opened_as_the_rules_wrote_it() -> None:
    """The passage keeps "Social Value" too, so the sentence equals it and needs no question
    (before, the passage said "Public Services Act" and the judge doubted the real name)."""
    model = FakeJudgeModel()
    easy = Maker(MeaningJudge(model, load_prompt("judge"), 0.58)).make(
        "The Public Services (Social Value) Act 2012 applies."
    )
    assert [s.text for s in easy.sentences] == [
        "The Public Services Social Value Act 2012 applies."
    ]
    assert model.judged == [] and easy.sentences[0].faithful is True


def test_and_between_two_prepositions_is_one_phrase_not_two_sentences() -> None:
    """A real draft gave "Organisations which are run by." and "For disabled people should …"."""
    sentence = (
        "Organisations which are run by and for disabled people should play a vital role in "
        "providing important services."
    )
    assert split_clauses(sentence) == [sentence]


def test_enable_becomes_help_so_the_sentence_stays_grammatical() -> None:
    """ "enable disabled people to have" once read "let disabled people to have"."""
    easy = easy_sentences(
        "Services enable disabled people to have choice and control.", load_words()
    )
    assert easy == ["Services help disabled people to have choice and control."]

"""Round two of the "How it will be read" rules: stories told without cue words, stances stated
late or after a courtesy, a law's or a source's year not counted as a figure, times of day and
numbers in words, and grammatical topics in the suggestions (ten real consultation questions).

The sentences here are written for the tests; none is taken from evals/howread/fresh3.jsonl,
the batch kept for measuring these rules."""

from __future__ import annotations

import pytest

from assistant.how_read.signs import Sign, examples, experience, figures, solutions
from assistant.how_read.stance import stated_stance
from assistant.how_read.suggest import suggestion, topic_of

AGREE_Q = "Do you agree with the proposal to close the Riverside day centre?"
FAIR_Q = "Is the proposed charge for garden waste collection fair?"


@pytest.mark.parametrize(
    "text",
    [
        "The Care Act 2014 sets out the duty.",
        "Under the Equality Act 2010's public sector duty, councils must consider it.",
        "The Autism Strategy 2021 says so.",
        "Research shows this (Smith, 2019).",
        "The National Audit Office report (2022) found the same.",
    ],
)
def test_a_year_that_names_a_law_or_source_is_not_a_figure(text: str) -> None:
    assert not figures(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Care Act 2014 came in, and in 2016 our grant was cut.", "2016"),
        ("The office opens at 9am.", "9am"),
        ("The last bus leaves at 6.30 pm.", "6.30"),
        ("She waited for an hour outside.", "for an hour"),
        ("He has had seventeen assessors in three years.", "seventeen assessors"),
        ("We held two online listening events.", "two online listening events"),
    ],
)
def test_times_words_and_dated_events_are_figures(text: str, figure: str) -> None:
    assert figure in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Last autumn I phoned the council every day for a fortnight.",
        "On the second day my carer was turned away at the door.",
        "A member who uses a wheelchair was refused entry at the town hall.",
        "By then, Joan, who is deafblind, had stopped going out at all.",
        "Since the Park Road library closed, nowhere in the town has a hearing loop.",
        "Mr T, a tenant in his seventies, lost his ground-floor flat.",
    ],
)
def test_stories_told_without_cue_words_are_examples(text: str) -> None:
    assert examples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Disabled people often feel ignored. The council should listen.",
        "Many people find the forms hard. However, the system could work.",
        "The Access to Work scheme is slow and hard to use.",
        "Last year the council spent less on care than the year before.",
    ],
)
def test_general_statements_are_not_examples(text: str) -> None:
    assert not examples(text)


@pytest.mark.parametrize(
    "text",
    [
        "I rang the helpline three times and gave up.",
        "Parents have told us the new form takes an hour.",
        "A member received a letter she could not read.",
        "Through our befriending project we meet people who never go out.",
        "Many of our members have been through this more than once.",
    ],
)
def test_first_person_and_members_stories_are_experience(text: str) -> None:
    assert experience(text)


def test_a_wish_for_a_quality_is_not_a_solution_but_a_proposal_is() -> None:
    assert not solutions("Day centres should be protected.")
    assert not solutions("The council needs to take disability seriously.")
    assert solutions("Ramps should be fitted at every station by 2028.")
    assert solutions("We would like the council to fund a Changing Places toilet.")


@pytest.mark.parametrize(
    "text, stance",
    [
        ("We understand the need to save money, but we cannot support closing it.", "disagree"),
        ("We appreciate the council's position. However, we do not agree.", "disagree"),
        ("We welcome the opportunity to respond. We disagree with the closure.", "disagree"),
        ("We are broadly supportive of the aim but not of the timing.", "mixed"),
        (
            "The centre is the only place many members meet. It is warm and safe. Staff know "
            "everyone. For these reasons, we do not support the proposal.",
            "disagree",
        ),
        (
            "Some members use it daily. Others have moved to direct payments. A few never "
            "liked it. On balance, we do agree with the proposal.",
            "agree",
        ),
        ("The centre is warm and safe. Staff know everyone. Members meet there.", None),
    ],
)
def test_late_and_hedged_stances(text: str, stance: str | None) -> None:
    assert stated_stance(AGREE_Q, text) == stance


def test_the_question_s_word_read_through_a_hedge() -> None:
    assert stated_stance(FAIR_Q, "We do not think it is fair.") == "disagree"
    assert stated_stance(FAIR_Q, "The charge is fair.") == "agree"
    long_q = "Is the proposed four-week notice period long enough?"
    assert stated_stance(long_q, "We think four weeks is too short.") == "disagree"


# Ten questions from published UK consultations (wording shortened where long) and the noun
# phrase a suggestion should name.
TOPICS = [
    (
        "Do you agree that councils should commission more services from user-led "
        "organisations of disabled people?",
        "user-led organisations of disabled people",
    ),
    ("What are your views on the proposed changes to local bus services?", "local bus services"),
    (
        "Should all licensed taxi drivers complete disability equality training?",
        "disability equality training",
    ),
    ("What would improve the accessibility of polling stations?", "polling stations"),
    (
        "What support do disabled people need to find and stay in work?",
        "finding and staying in work",
    ),
    ("How can local plans make sure enough accessible homes are built?", "accessible homes"),
    (
        "Do you agree with the proposal to introduce charges for non-residential social care?",
        "non-residential social care",
    ),
    (
        "How could the police improve their response to disability hate crime?",
        "disability hate crime",
    ),
    (
        "Do you agree that the council should reduce funding for short breaks for disabled "
        "children?",
        "short breaks for disabled children",
    ),
    (
        "Do you agree with the proposal to reduce the number of face-to-face assessments for "
        "Personal Independence Payment?",
        "Personal Independence Payment",
    ),
]


@pytest.mark.parametrize("question, topic", TOPICS)
def test_topics_are_noun_phrases(question: str, topic: str) -> None:
    assert topic_of(question) == topic


def test_the_suggestion_reads_as_a_sentence() -> None:
    text = suggestion(Sign.EXAMPLES, TOPICS[0][0])
    assert "example about user-led organisations of disabled people:" in text
    assert "about commission" not in text


def test_an_organisation_introducing_itself_is_not_a_concrete_example() -> None:
    """Every draft opens with who we are; that is not an example of anything (seen on a real
    draft: "Riverside Disabled People's Forum, a user-led organisation …" counted as one)."""
    text = (
        "We agree in part. We are Riverside Disabled People's Forum, a user-led organisation "
        "representing disabled people in Kirklees."
    )
    assert examples(text) == []
    assert examples("Last week we spoke to Maria, who uses a wheelchair.")

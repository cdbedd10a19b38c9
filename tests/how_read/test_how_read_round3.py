"""Round three of the "How it will be read" rules (2026-12-08): experience told as what the
organisation does or did, a person it works with, a part of "us" or members' reported views;
a citation's year not a person; a service's dated event as an example; solutions as conditions,
needs and new things; stances with "I", "Not really", "in principle" and a conditional yes.

The sentences here are written for the tests; none is taken from evals/howread/fresh4.jsonl,
the batch kept for measuring these rules."""

from __future__ import annotations

import pytest

from assistant.how_read.signs import examples, experience, solutions
from assistant.how_read.stance import stated_stance

AGREE_Q = "Do you agree with the proposal to move library services online?"


@pytest.mark.parametrize(
    "text",
    [
        "Our advice centre has answered calls about this since 2015.",
        "Our benefits caseworkers saw the same letter again and again.",
        "Our peer support line opens at 7pm on weekdays.",
        "In 2019 our network of carers was asked to test the new form.",
        "Our Thursday walking group does not meet in August.",
        "A woman we advised lost her award after a missed call.",
        "The families we work with describe long waits.",
        "Four of us sat on the council's access panel.",
        "None of us had been sent the letter.",
        "Several of our members prefer paper forms.",
        "The change suits many of our members.",
    ],
)
def test_the_organisations_own_work_told_in_other_words_is_experience(text: str) -> None:
    assert experience(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our view is that the council has failed.",
        "Our main concern is that people are turned away.",
        "Our local council has closed two day centres.",
        "Our town has lost its last accessible bus.",
        "Our Deaf and disabled members would lose out.",
        "Many of our members would be affected.",
        "Our recommendation was ignored.",
        "Some of us think the plan is too quick.",
        "Research by another charity found long waits (Smith, 2021).",
    ],
)
def test_views_wishes_places_and_others_research_are_not_experience(text: str) -> None:
    assert not experience(text)


def test_a_citations_year_is_not_a_named_person() -> None:
    assert not examples("Appeals succeed in most cases (Department for Work, 2022).")
    assert examples("The person we met, Anna, aged 30, had waited a year.")


@pytest.mark.parametrize(
    "text",
    [
        "In 2018 our club was moved to a room with no lift.",
        "When the surgery closed in March, patients were sent to the next town.",
    ],
)
def test_a_service_doing_something_at_a_time_is_an_example(text: str) -> None:
    assert examples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Through our training project, 40 people found work in 2022.",
        "A person's benefit should not depend on one interview.",
    ],
)
def test_counts_and_anyone_are_not_a_particular_example(text: str) -> None:
    assert not examples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The scheme will only succeed if drivers are trained by disabled people.",
        "We would accept it, but only if the phone line stays open.",
        "So yes, a national register is needed, with one named officer in each area.",
        "A single point of contact for each claimant would stop people repeating their story.",
        "The new portal must not ask for the same evidence twice.",
    ],
)
def test_conditions_needs_and_new_things_are_solutions(text: str) -> None:
    assert solutions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The code already says landlords must make reasonable adjustments.",
        "Disabled tenants should be able to live safely, as is their right.",
        "People should not have to wait this long.",
    ],
)
def test_existing_rules_rights_and_wishes_are_not_solutions(text: str) -> None:
    assert not solutions(text)


@pytest.mark.parametrize(
    "text, stance",
    [
        ("I agree strongly. The branch is hard to reach.", "agree"),
        ("I disagree. Many of us have no internet at home.", "disagree"),
        ("Not really. Online is not the same as a library.", "disagree"),
        ("We would go further than the proposal and open longer.", "agree"),
        ("In principle we accept the change. Some branches are rarely used.", "mixed"),
        ("We support the change in principle, and we see why it is needed.", "mixed"),
        ("Yes, provided every branch keeps a computer with help.", "mixed"),
        ("So our answer is yes for people online, but only if branches stay open.", "mixed"),
        ("Yes. The online catalogue is already easy to use.", "agree"),
    ],
)
def test_stances_in_other_words(text: str, stance: str) -> None:
    assert stated_stance(AGREE_Q, text) == stance

"""The strength and role signs of the meaning check (assistant/checks/meaning_duties.py): the
writer's own overstated and role-swapped sentences (evals/faithfulness/real.jsonl) are seen, and
faithful paraphrases of the same passages are not."""

from __future__ import annotations

from assistant.checks.meaning_duties import duties
from assistant.checks.meaning_features import signs

SECTION_1 = (
    "For a disabled people's user-led organisation (DPULO) or small voluntary group, the most "
    "useful part of the Public Services (Social Value) Act 2012 is section 1: before buying "
    "services above the thresholds, an authority must consider the well-being of the relevant "
    "area and whether to consult."
)
VITAL = (
    "Organisations which are run by and for disabled people should play a vital role in "
    "providing important services that enable disabled people to have choice and control over "
    "their lives."
)
COMPACT = (
    "A disabled people's user-led organisation facing a short government consultation can cite "
    "two texts: the Compact (2010), which expects 12-week formal consultations where "
    "appropriate and an explanation when they are shorter, and the Consultation Principles "
    "(Cabinet Office, July 2012), which ask for a proportionate amount of time."
)


def test_a_dropped_should_is_seen() -> None:
    found = duties(
        "Disabled people's user-led organisations play a vital role in providing important "
        "services that enable disabled people to have choice and control over their lives.",
        VITAL,
    )
    assert found.dropped == ("should",)
    kept = duties(
        "Organisations run by and for disabled people should play a vital role in providing "
        "important services.",
        VITAL,
    )
    assert kept.dropped == ()


def test_consider_whether_to_consult_made_a_duty_to_consult_is_seen() -> None:
    found = duties(
        "The Social Value Act requires public bodies to consider the well-being of the relevant "
        "area and consult before buying services above the thresholds.",
        SECTION_1,
    )
    assert "whether" in found.dropped
    faithful = duties(
        "Before buying services above the thresholds, an authority must consider the well-being "
        "of the relevant area and whether to consult.",
        SECTION_1,
    )
    assert faithful.dropped == () and faithful.swapped == () and faithful.stronger == ()


def test_the_duty_put_on_the_wrong_party_is_seen() -> None:
    found = duties(
        "Before bidding for services, a DPULO must consider the well-being of the relevant area "
        "and whether to consult.",
        SECTION_1,
    )
    assert found.swapped and found.swapped[0].startswith("consider (org, not state")


def test_a_duty_word_where_the_passage_has_none_is_seen() -> None:
    found = duties("The Compact requires 12-week formal consultations.", COMPACT)
    assert found.stronger == ("requires",)
    assert duties("The Compact expects 12-week formal consultations.", COMPACT).stronger == ()


def test_the_signs_carry_the_new_features_and_say_what_to_check() -> None:
    found = signs(
        "Before bidding for services, a DPULO must consider the well-being of the relevant area "
        "and whether to consult [1].",
        [SECTION_1],
    )
    assert found.vector()[-1] == 1.0  # swapped, the last feature
    assert "“consider” done by an organisation, where the source has a public body do it" in (
        found.doubts()
    )
    strong = signs("The Compact requires 12-week formal consultations [1].", [COMPACT])
    assert strong.vector()[-2] == 1.0 and "a duty (“requires”)" in strong.doubts()[0]


def test_the_object_of_the_act_is_not_read_as_the_partys_act() -> None:
    passage = (
        "Under the Compact (2010), the government undertakes to respect the independence of "
        "civil society organisations, including their right to campaign."
    )
    said = "The Compact says the government respects our right to campaign."
    assert duties(said, passage).swapped == ()

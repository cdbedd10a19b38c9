"""The organisation profile: loading, one-line errors that name the field and file, and voice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.answering.profile import (
    STANCE_SENTENCES,
    OrganisationProfile,
    load_profile,
    neutral_profile,
    normalise_stance,
)
from assistant.checks.claims import is_claim
from assistant.core.errors import InputError
from assistant.settings import PROJECT_ROOT

VALID_TOML = '''
name = "Riverside Disabled People's Forum"
represents = "disabled people in Kirklees"
area = "Kirklees"
about = """
Peer support and advice on social care
and independent living.
"""
lived_experience = "Our trustees are all disabled people."
contact = "policy@example.org"
stance = "no_view"
key_points = ["secure multi-year funding", "  ", "co-production with commissioners"]
'''

VALID_JSON = {
    "name": "Leeds Access Group",
    "represents": "deaf and disabled people",
    "area": "Leeds",
    "stance": "disagree",
    "key_points": ["accessible consultations"],
}

QUOTES = re.compile(r"[\"“”‘’]")  # straight and typographic quote marks; apostrophes checked apart


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _error(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_profile(path)
    message = str(caught.value)
    assert "\n" not in message, "errors are one line"
    assert path.name in message, "errors name the file"
    return message


def test_valid_toml_loads_and_normalises(tmp_path: Path) -> None:
    profile = load_profile(_write(tmp_path, "org.toml", VALID_TOML))

    assert profile.name == "Riverside Disabled People's Forum"
    assert profile.area == "Kirklees"
    assert profile.about == "Peer support and advice on social care\nand independent living."
    assert profile.stance == "no view"  # "no_view" is accepted as "no view"
    assert profile.key_points == ("secure multi-year funding", "co-production with commissioners")
    assert profile.contact == "policy@example.org"


def test_valid_json_loads(tmp_path: Path) -> None:
    profile = load_profile(_write(tmp_path, "org.json", json.dumps(VALID_JSON)))

    assert profile.name == "Leeds Access Group"
    assert profile.stance == "disagree"
    assert profile.key_points == ("accessible consultations",)
    assert profile.about is None and profile.contact is None


def test_the_bundled_example_profile_loads() -> None:
    profile = load_profile(PROJECT_ROOT / "examples" / "org.toml")

    assert profile.name and profile.represents and profile.about and profile.key_points
    assert profile.stance in STANCE_SENTENCES


@pytest.mark.parametrize("alias", ["none", "neutral", "No View", "no-view", "NO_VIEW"])
def test_stance_aliases_mean_no_view(alias: str) -> None:
    assert normalise_stance(alias) == "no view"
    assert OrganisationProfile(stance=alias).stance == "no view"


def test_missing_file_is_named(tmp_path: Path) -> None:
    message = _error(tmp_path / "absent.toml")
    assert "no such file" in message


def test_bad_toml_syntax_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "org.toml", 'name = "A"\narea = "B"\nstance = agree\n')
    message = _error(path)
    assert "line 3" in message and "invalid TOML" in message


def test_bad_json_syntax_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "org.json", '{\n  "name": "A",\n  "area": \n}')
    message = _error(path)
    assert "line 4" in message and "invalid JSON" in message


def test_unknown_field_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "org.toml", 'name = "A"\nstanse = "agree"\n')
    message = _error(path)
    assert "unknown field 'stanse'" in message
    assert "stance" in message.split("unknown field 'stanse'")[1], "lists the allowed fields"


def test_stance_not_allowed(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, "org.toml", 'stance = "maybe"\n'))
    assert message == (
        f"{tmp_path / 'org.toml'}: field 'stance' must be one of agree, disagree, mixed, "
        "no view (got 'maybe')"
    )


def test_key_points_not_a_list(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, "org.toml", 'key_points = "funding"\n'))
    assert "field 'key_points' must be a list" in message


def test_key_point_item_not_text(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, "org.json", '{"key_points": ["funding", 3]}'))
    assert "field 'key_points' item 2 must be text" in message


def test_name_not_a_string(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, "org.toml", "name = 42\n"))
    assert "field 'name' must be text (got 42)" in message


def test_top_level_must_be_a_table(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, "org.json", '["name"]'))
    assert "table of fields" in message


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, "org.yaml", "name: A\n"))
    assert ".toml or .json" in message


def test_neutral_profile_defaults() -> None:
    profile = neutral_profile()

    assert profile.name is None and profile.represents is None and profile.area is None
    assert profile.stance == "no view"
    assert profile.key_points == ()
    assert profile.steering_text() == ""
    assert profile.opening_sentences(None, "") == [
        "We welcome the chance to respond to this consultation.",
        STANCE_SENTENCES["no view"],
    ]


def test_profile_is_frozen() -> None:
    profile = neutral_profile()
    with pytest.raises(ValueError):
        profile.name = "Changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("stance", "wording"),
    [
        ("agree", "We agree with this proposal."),
        ("disagree", "We disagree with this proposal."),
        ("mixed", "We have mixed views on this proposal."),
        (
            "none",
            "We do not take a position on this proposal, but we want to set out the evidence.",
        ),
    ],
)
def test_opening_sentences_say_who_and_where_we_stand(stance: str, wording: str) -> None:
    profile = OrganisationProfile(name="Leeds Access Group", area="Leeds", represents="deaf people")

    sentences = profile.opening_sentences(stance, "the Strengthening DPULOs programme")

    assert 1 <= len(sentences) <= 3
    assert sentences[0] == (
        "We are Leeds Access Group, a user-led organisation representing deaf people in Leeds."
    )
    assert sentences[-1] == wording
    assert "the Strengthening DPULOs programme" in " ".join(sentences)
    for sentence in sentences:
        assert not any(ch.isdigit() for ch in sentence), sentence
        assert not QUOTES.search(sentence), sentence
        assert sentence.startswith("We ")


def test_area_already_in_represents_is_not_repeated() -> None:
    profile = OrganisationProfile(
        name="Riverside Forum", represents="disabled people in Kirklees", area="Kirklees"
    )
    first = profile.opening_sentences("agree", "")[0]
    assert first == (
        "We are Riverside Forum, a user-led organisation representing disabled people in Kirklees."
    )


def test_missing_fields_are_omitted_gracefully() -> None:
    assert OrganisationProfile(area="Leeds").opening_sentences("agree")[0] == (
        "We are a user-led organisation in Leeds."
    )
    assert OrganisationProfile(name="Access Now").opening_sentences("agree")[0] == (
        "We are Access Now, a user-led organisation."
    )


def test_figures_and_quotes_never_reach_the_opening() -> None:
    profile = OrganisationProfile(
        name='The "Voice" Forum', represents="over 300 disabled people", area="Leeds"
    )
    sentences = profile.opening_sentences("agree", 'the "2025" funding review')
    joined = " ".join(sentences)

    assert not any(ch.isdigit() for ch in joined)
    assert not QUOTES.search(joined)
    assert sentences[0] == "We are The Voice Forum, a user-led organisation in Leeds."
    assert "We welcome the chance to respond to this consultation." in sentences


def test_apostrophes_in_names_are_kept() -> None:
    profile = OrganisationProfile(name="Riverside Disabled People's Forum")
    assert "People's Forum" in profile.opening_sentences("agree")[0]


def test_question_topic_is_left_out() -> None:
    sentences = neutral_profile().opening_sentences("agree", "Should grants last longer?")
    assert sentences[0] == "We welcome the chance to respond to this consultation."


def test_default_stance_comes_from_the_profile() -> None:
    assert OrganisationProfile(stance="agree").opening_sentences()[-1] == STANCE_SENTENCES["agree"]


def test_unknown_stance_in_opening_is_an_input_error() -> None:
    with pytest.raises(InputError, match="maybe"):
        neutral_profile().opening_sentences("maybe", "")


def test_steering_text_joins_about_and_key_points() -> None:
    profile = OrganisationProfile(
        about="Peer support\nand advice.", key_points=("long-term funding", "independence")
    )
    assert profile.steering_text() == "Peer support and advice. long-term funding independence"


@pytest.mark.parametrize("stance", ["agree", "disagree", "mixed", "no view"])
def test_the_verifier_reads_opening_sentences_as_non_claims(stance: str) -> None:
    profiles = [
        load_profile(PROJECT_ROOT / "examples" / "org.toml"),
        OrganisationProfile(name='Access "4" All', represents="1,200 members", area="Leeds"),
        neutral_profile(),
    ]
    for profile in profiles:
        for sentence in profile.opening_sentences(stance, "the Strengthening DPULOs programme"):
            assert not is_claim(sentence), sentence

"""The "How it will be read" check: each sign's rule, the stance, the suggestions, the words
the faces show, the response's "Before sending" list and `assistant eval howread`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.how_read import Sign, how_read, render
from assistant.how_read.signs import examples, experience, figures, solutions
from assistant.how_read.stance import check_stance, stated_stance
from assistant.how_read.suggest import suggestion, topic_of

AGREE_Q = "Do you agree that the upper limit of the Disabled Facilities Grant should be raised?"
OPEN_Q = "What barriers do disabled people face when using local bus services?"


@pytest.mark.parametrize(
    "text",
    [
        "61% of members said so.",
        "Members waited 19 months for a decision.",
        "It costs £110 a week.",
        "The limit has not changed since 2008.",
        "Around a quarter of a million people need one.",
        "He was refused twice in one week.",
        "One in three stations has no step-free access.",
    ],
)
def test_figures_found(text: str) -> None:
    assert figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paragraph 4.2 says the means test stays.",
        "The guidance says councils must consult [1].",
        "We recommend three changes.",
        "Many members and several carers told us so.",
        "One member told us this.",
    ],
)
def test_references_counts_of_points_and_vague_amounts_are_not_figures(text: str) -> None:
    assert not figures(text)


def test_a_figure_the_question_gives_is_not_new() -> None:
    question = "Is the proposed 12-week timescale for Blue Badge applications reasonable?"
    assert not figures("Twelve weeks is too long.", question)
    assert figures("Members waited 20 weeks.", question)


@pytest.mark.parametrize(
    "text",
    [
        "For example, a wheelchair user in our area was refused boarding.",
        "One member in a terraced house waited for a stairlift.",
        "One of our members with a learning disability was turned away.",
        "I was assessed in March 2023 and the report was wrong.",
    ],
)
def test_examples_found(text: str) -> None:
    assert examples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Disabled people face many barriers, for example physical access and information.",
        "Twelve weeks is too long for someone who has had a stroke.",
        "Many disabled people find the forms difficult.",
    ],
)
def test_general_lists_and_hypotheticals_are_not_examples(text: str) -> None:
    assert not examples(text)


@pytest.mark.parametrize(
    "text",
    [
        "We run a weekly benefits advice drop-in.",
        "Our members told us the forms are too long.",
        "In our advice service we have seen reports that do not match.",
        "As a Deaf person, I rely on interpreters.",
        "Our self-advocacy group has offered to check documents.",
    ],
)
def test_experience_found(text: str) -> None:
    assert experience(text)


@pytest.mark.parametrize(
    "text",
    [
        "We think the assessment is unfair.",
        "We believe disabled people are experts in their own lives.",
        "We have not seen evidence either way from our members so far.",
        "The Electoral Commission found that disabled voters were affected.",
    ],
)
def test_opinions_others_research_and_denials_are_not_experience(text: str) -> None:
    assert not experience(text)


@pytest.mark.parametrize(
    "text",
    [
        "We recommend that the limit is reviewed every three years.",
        "Councils should assess each person's disability-related spending.",
        "Operators could train drivers to ask.",
        "We would ask the council to publish its impact assessment.",
        "Use Easy Read for key letters and test them with members.",
    ],
)
def test_solutions_found(text: str) -> None:
    assert solutions(text)


@pytest.mark.parametrize(
    "text",
    [
        "It should be faster and easier to use.",
        "The government should listen to disabled people.",
        "This needs to change.",
        "I could not take part in meetings.",
    ],
)
def test_wishes_and_criticism_are_not_solutions(text: str) -> None:
    assert not solutions(text)


def test_the_question_restated_is_not_a_solution() -> None:
    question = "Should councils be required to involve disabled people's organisations?"
    said = "We agree that councils should be required to involve disabled people's organisations."
    assert not solutions(said, question)
    assert solutions("Councils should pay members for their time at the Living Wage.", question)
    short = "Should councils involve DPULOs?"  # a new proposal in the question's words is kept
    assert solutions("Councils should pay DPULOs for their time.", short)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("## Our position\n\nWe agree that it should [1].", "agree"),
        ("No. Twelve weeks is too long.", "disagree"),
        ("We welcome this proposal.", "agree"),
        ("We agree with the aim but have some concerns.", "mixed"),
        ("We neither agree nor disagree.", "mixed"),
        ("Overall, yes.", "agree"),
        ("We strongly disagree. Short breaks keep families going.", "disagree"),
        ("Disabled people are experts in their own lives.", None),
    ],
)
def test_stated_stance(text: str, stance: str | None) -> None:
    assert stated_stance(AGREE_Q, text) == stance


def test_stance_uses_the_question_s_own_word() -> None:
    question = (
        "Is the proposed 12-week timescale for processing Blue Badge applications reasonable?"
    )
    assert stated_stance(question, "We think the timescale is reasonable.") == "agree"
    assert stated_stance(question, "The timescale is not reasonable.") == "disagree"


def test_a_stance_is_asked_only_by_a_yes_no_question() -> None:
    assert check_stance(AGREE_Q, "Buses are late.").missing
    assert not check_stance(OPEN_Q, "Buses are late.").asked


def test_topics_and_suggestions_name_the_question_s_subject() -> None:
    assert topic_of("How could Access to Work be improved?") == "Access to Work"
    assert topic_of(OPEN_Q) == "local bus services"
    assert topic_of("What changes would make adult social care charging fairer?") == (
        "adult social care charging"
    )
    tip = suggestion(Sign.EXPERIENCE, OPEN_Q)
    assert tip.startswith("Add a member's experience of local bus services")


def test_a_topic_drops_a_time_clause_and_reads_as_a_noun() -> None:
    """A real draft's tip read "Add a figure about change the services disabled people use"."""
    consult = (
        "Should councils have to consult disabled people's organisations before they change "
        "the services disabled people use?"
    )
    assert topic_of(consult) == "consulting disabled people's organisations"
    compete = "What support do small groups need to compete for public service contracts?"
    assert topic_of(compete) == "competing for public service contracts"


def test_the_check_suggests_what_is_missing_and_never_writes_evidence() -> None:
    text = "We disagree. Buses are often late and drivers are rude."
    checked = how_read(OPEN_Q, text)
    assert checked.has == () and not checked.evidence_rich
    assert len(checked.suggestions) == 4
    for tip in checked.suggestions:  # a kind of evidence and where to find it, no invented one
        assert tip.startswith("Add ") and not any(ch.isdigit() for ch in tip)
    assert checked.reading.startswith("Reading ease")


def test_a_stance_suggestion_comes_first_where_one_is_missing() -> None:
    text = "One member waited 19 months. Councils should set a six-month limit."
    checked = how_read(AGREE_Q, text)
    assert checked.stance.missing and checked.evidence_rich
    assert "agree, disagree or agree in part" in checked.suggestions[0]


def test_the_page_shows_headings_lists_and_words_not_colour() -> None:
    text = "We agree. In our 2024 survey, 61% of members missed a stop."
    shown = render.markdown(how_read(AGREE_Q, text))
    assert shown.startswith("### How it will be read")
    assert "- Position: stated clearly (you agree)." in shown
    assert "- Has facts or figures: “2024”." in shown
    assert "- Missing: a reasoned solution." in shown
    assert "#### What would help" in shown and "Reading ease" in shown


def test_json_holds_plain_values() -> None:
    data = how_read(AGREE_Q, "We agree. We recommend a yearly review.").as_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["stance_stated"] == "agree" and data["missing"][0] == "figures"


def test_summary_line_for_before_sending() -> None:
    line = render.summary(how_read(AGREE_Q, "Grants help disabled people."))
    assert line.startswith("0 of 4 signs (none of the signs); no clear position; could add")


# ---- the evaluation ------------------------------------------------------------------------


def test_eval_howread_prints_agreement_misses_and_false_alarms(tmp_path: Path) -> None:
    from assistant.cli import cli

    suite = tmp_path / "mini.jsonl"
    rows = [
        {
            "id": "a",
            "question": OPEN_Q,
            "answer": "We recommend ramps on every bus.",
            "stance": None,
            "signs": {"figures": False, "examples": False, "experience": False, "solutions": True},
        },
        {
            "id": "b",
            "question": OPEN_Q,
            "answer": "Buses are bad.",
            "stance": None,
            "signs": {"figures": True, "examples": False, "experience": False, "solutions": False},
        },
    ]
    suite.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["eval", "howread", str(suite), "--half", "all", "--out", str(tmp_path)]
    )
    assert result.exit_code == 1  # figures agree on only 1 of 2: below the target
    assert "figures          0.500       1             0" in result.output
    assert "solutions        1.000       0             0" in result.output
    assert "missed figures: b" in result.output
    report = json.loads((tmp_path / "howread-mini.json").read_text(encoding="utf-8"))
    assert report["all"]["signs"]["figures"]["misses"] == ["b"]


def test_the_bundled_suite_meets_the_floor_on_its_held_half() -> None:
    from assistant.evaluation import howread
    from assistant.settings import PROJECT_ROOT

    suite = howread.load_labelled(PROJECT_ROOT / "evals" / "howread" / "answers.jsonl")
    assert len(suite) >= 40
    held = howread.score(howread.run(suite), "held")
    assert all(s.agreement >= howread.TARGET for s in held.signs)


def test_the_draft_command_prints_the_check_and_puts_it_in_its_json() -> None:
    from tests.support.history_support import grounded

    from assistant.cli.answers import draft_json, how_read_text

    result = grounded(AGREE_Q, "We agree. In 2023 our members waited 19 months [1].", "draft")
    printed = how_read_text(result)
    assert printed.startswith("How it will be read: Likely to be read as evidence-rich")
    assert "- To add: Add one concrete example about Disabled Facilities Grant" in printed
    data = draft_json(result)
    assert data["text"] == result.text
    assert data["how_it_will_be_read"]["signs"]["figures"] == "2023"


def test_the_gate_holds_the_held_halves_to_their_floors(tmp_path: Path) -> None:
    from assistant.evaluation import gate, howread
    from assistant.settings import PROJECT_ROOT

    floors = PROJECT_ROOT / "evals" / "floors.toml"
    gate.load_floors(floors)  # the [howread] tables are known to the gate
    checks = howread.gate_checks(floors, PROJECT_ROOT / "evals" / "howread")
    assert len(checks) == 25 and all(c.passed for c in checks), [c.line() for c in checks]
    strict = tmp_path / "floors.toml"
    strict.write_text("[howread]\nexamples = 1.01\n", encoding="utf-8")
    (check,) = howread.gate_checks(strict, PROJECT_ROOT / "evals" / "howread")
    assert not check.passed and "examples agreement" in check.name

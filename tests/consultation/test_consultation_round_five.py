"""Round five of the question finder (issue 22): the layouts of the sixth fresh batch's dev half
(evals/questions/fresh6), as short made-up examples written beside the finder change. Each case
says what must be found, with number and kind, or that nothing is."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.consultation import extract_questions
from assistant.core.errors import InputError


def _found(tmp_path: Path, text: str, name: str = "doc.txt") -> list[tuple[str, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(q.number, q.text, q.kind) for q in extract_questions(path).questions]


def test_an_inquirys_quoted_questions_and_key_question_bullets_are_open_asks(
    tmp_path: Path,
) -> None:
    text = (
        "# Library services\n\nThe Committee has agreed to undertake an inquiry into library "
        "services in the county.\n\nIt is looking for an answer to the following question:\n\n"
        "“Are there changes which would help libraries serve disabled readers?”\n\n"
        "# Buildings\n\nThe key questions the Committee will seek to answer on this theme are:\n\n"
        "- Are there buildings which cannot be reached by public transport?\n"
        "- Are there changes which would help staff welcome disabled readers.\n"
    )
    found = _found(tmp_path, text, "inquiry.md")
    assert [t for _, t, _ in found] == [
        "Are there changes which would help libraries serve disabled readers?",
        "Are there buildings which cannot be reached by public transport?",
        "Are there changes which would help staff welcome disabled readers.",
    ]
    assert {k for _, _, k in found} == {"open"}


def test_a_spaced_sub_number_is_read_as_written(tmp_path: Path) -> None:
    text = (
        "Questions\n\n2. Are there other issues with the criteria?\nYes / No / Don’t know\n\n"
        "2(a). If you said yes, what other issues should be considered?\n\n"
        "2 (b). In your view, what are the positive aspects of the criteria?\n"
    )
    assert [n for n, _, _ in _found(tmp_path, text)] == ["2", "2a", "2b"]


def test_questions_the_page_answers_itself_are_left_out(tmp_path: Path) -> None:
    text = (
        "1. Was the consultation featured on the council’s intranet?\n"
        "A: It was placed on the intranet's front page.\n"
        "2. How many council employees took part?\n"
        "A: This data was not collected.\n"
    )
    with pytest.raises(InputError, match="no questions found"):
        _found(tmp_path, text)


def test_a_checklist_of_statements_with_a_few_questions_is_read_as_all_its_checks(
    tmp_path: Path,
) -> None:
    checks = [
        "The organiser has visited the venue.",
        "There is level access to and inside the venue.",
        "The venue has been subject to an accessibility audit.",
        "Are toilets and lifts accessible from the meeting rooms?",
        "Can delegates using wheelchairs use the main entrance?",
        "Have venue staff been trained in disability awareness?",
        "Event information is made available in alternative formats.",
    ]
    text = "# Venue Checklist\n\n" + "".join(f"- {c}\n" for c in checks)
    found = _found(tmp_path, text, "checklist.md")
    assert [t for _, t, _ in found] == checks
    assert {k for _, _, k in found} == {"choice"}


def test_a_list_of_advice_with_a_few_questions_stays_as_it_was(tmp_path: Path) -> None:
    """Without "checklist" in a heading, the statements are not taken as checks."""
    text = (
        "# Planning an event\n\n- Book early.\n- Tell people about the venue.\n"
        "- Is there a lift?\n- Is there a hearing loop?\n- Is there parking?\n"
        "- Ask what people need.\n"
    )
    assert [t for _, t, _ in _found(tmp_path, text, "advice.md")] == [
        "Is there a lift?",
        "Is there a hearing loop?",
        "Is there parking?",
    ]


def test_a_guides_title_and_key_points_heading_are_not_questions(tmp_path: Path) -> None:
    text = (
        "What Should I Check at a Venue to Ensure It Is Accessible?\n\n"
        "This checklist is for anyone who wants to plan an accessible event, such as a "
        "community event or a workshop.\n\nWhat are the key points?\n\n"
        "- An accessibility checklist may help you decide if a venue is appropriate for an event\n"
        "- A venue may have its own accessibility checklist online, which you could use too\n"
    )
    with pytest.raises(InputError, match="no questions found"):
        _found(tmp_path, text)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Please select the option which most closely describes you:", "about you"),
        ("For about how long have you had contact with Social Services?", "about you"),
        ("Are you currently a resident of Richland Township?", "about you"),
        ("Before you go, please let us know which street you live in.", "about you"),
        ("Why do you visit the library? Please rank in numerical order.", "choice"),
        ("Rank the following options for ward boundaries in order of preference.", "choice"),
        ("What was the main reason for your visit to hospital?", "choice"),
        ("How did you arrive at the hospital?", "choice"),
        ("What do you think is the most important thing for the library to do well?", "open"),
    ],
)
def test_round_five_kinds(tmp_path: Path, question: str, kind: str) -> None:
    text = f"* 1. {question}\n\n* 2. Please make additional comments in the box below.\n"
    found = _found(tmp_path, text)
    assert found[0][2] == kind, found


def test_eval_check_scores_the_sixth_batchs_held_half_against_its_floors() -> None:
    """Round five: `eval check` reads [questions_fresh6] and scores fresh6's held half only (41
    questions in 13 documents); the floors hold on the committed batch."""
    from assistant.cli.evals import FRESH_BATCHES
    from assistant.evaluation.gate import load_floors
    from assistant.evaluation.questions_fresh import held_checks
    from assistant.settings import PROJECT_ROOT

    floors = load_floors(PROJECT_ROOT / "evals" / "floors.toml")
    assert set(floors.questions_fresh6) == {"recall", "precision", "numbers", "kinds"}
    checks = [c for c in held_checks(FRESH_BATCHES, floors) if c.name.startswith("sixth")]
    assert len(checks) == 4 and all("over 41 questions" in c.name for c in checks)
    assert all(c.passed for c in checks), [c.name for c in checks if not c.passed]


def test_a_results_page_listing_its_survey_questions_asks_nothing(tmp_path: Path) -> None:
    text = (
        "Do you think you should be asked whether you would recommend your doctor?\n\n"
        "How long do you think is reasonable to wait for a planned operation?\n\n"
        "Age and gender of respondents\n\n"
        "Did the professionals listen to what mattered to you?\n"
    )
    with pytest.raises(InputError, match="no questions found"):
        _found(tmp_path, text)


def test_a_call_that_mentions_its_respondents_keeps_its_asks(tmp_path: Path) -> None:
    text = (
        "The committee would welcome views on the following questions:\n\n"
        "- Does the council have the capacity to deliver the plan?\n"
        "- Would things be different with more staff?\n\n"
        "Respondents were asked to read the disclosure policy before submitting evidence.\n"
    )
    assert len(_found(tmp_path, text)) == 2

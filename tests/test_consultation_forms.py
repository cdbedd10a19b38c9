"""Forms, surveys, grids, calls for evidence and response forms: one case per layout family of
the fresh batch (evals/questions/fresh), as data. The texts below are short, made-up examples
of each family written beside the form finder (the real documents, and the scores on them, are
in the fresh batch); each case lists what must be found, with number and kind, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.consultation import extract_questions
from assistant.errors import InputError

OPEN, CHOICE, ABOUT = "open", "choice", "about you"

CASES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "survey_form": (
        "Please provide the following details:\n\nQuestion Title\n\n* Your name:\n\n"
        "Question Title\n\n* Postcode\n\nQuestion Title\n\n* 1. We plan to close the depot on "
        "Mill Lane. Do you agree or disagree with this?\n\nQuestion Title\n\n* 2. Do you have any "
        "further comments for the council to consider?\n\n12% of survey complete.\n",
        [
            ("A1", "Your name:", ABOUT),
            ("A2", "Postcode", ABOUT),
            (
                "1",
                "We plan to close the depot on Mill Lane. Do you agree or disagree with this?",
                CHOICE,
            ),
            ("2", "Do you have any further comments for the council to consider?", OPEN),
        ],
    ),
    "nhs_feedback": (
        "* 1. Please think about your last visit to the clinic.\n\nHow likely are you to "
        "recommend the clinic to friends or family?\n\n* 2. Please tell us the main reason for "
        "your answer.\n\n* 3. Sex\n\n* 4. What age are you?\n",
        [
            (
                "1",
                "Please think about your last visit to the clinic. How likely are you to "
                "recommend the clinic to friends or family?",
                CHOICE,
            ),
            ("2", "Please tell us the main reason for your answer.", OPEN),
            ("3", "Sex", ABOUT),
            ("4", "What age are you?", ABOUT),
        ],
    ),
    "call_for_evidence": (
        "Call for evidence\n\nThe Committee invites written submissions of no more than 500 "
        "words. Submissions should address:\n\n- Why the Committee should look at bus services "
        "in rural areas;\n- How the Government could improve access for disabled passengers.\n\n"
        "The Committee cannot take up individual cases.\n",
        [
            ("1", "Why the Committee should look at bus services in rural areas;", OPEN),
            ("2", "How the Government could improve access for disabled passengers.", OPEN),
        ],
    ),
    "grid": (
        "Question Title\n\n* 1. How satisfied are you with each of the following:\n\n"
        "Very satisfied\n\nSatisfied\n\nDissatisfied\n\nVery dissatisfied\n\n"
        "A. Opening hours\n\nB. Staff\n\nC. The building\n\n"
        "Question Title\n\n* 2. What else should we know?\n",
        [
            ("1", "How satisfied are you with each of the following:", CHOICE),
            ("2", "What else should we know?", OPEN),
        ],
    ),
    "response_with_answers": (
        "Memorandum from a disabled people's organisation\n\n"
        "Can I suggest that the council looks again at its charging policy?\n\n"
        "I do not believe the proposal is fair, and why would anyone think it is?\n",
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_layout_family(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if not expected:
        with pytest.raises(InputError, match="no questions found"):
            extract_questions(path)
        return
    found = extract_questions(path)
    assert [(q.number, " ".join(q.text.split()), q.kind) for q in found.questions] == expected


def test_a_grid_is_one_choice_listing_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "grid.txt"
    path.write_text(CASES["grid"][0], encoding="utf-8")
    grid = extract_questions(path).questions[0]
    assert grid.options == ("Opening hours", "Staff", "The building")
    assert any("grid question" in note for note in extract_questions(path).notes)


def test_a_page_about_a_survey_has_no_questions(tmp_path: Path) -> None:
    path = tmp_path / "intro.txt"
    path.write_text(
        "Your views are important to us. This survey has been designed to collect your views "
        "on the proposals. The survey contains a mixture of question types.\n\nWhen you have "
        "completed the survey, please click on the Done button.\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no questions found"):
        extract_questions(path)


def test_fresh_batch_scoring_and_its_held_back_floors(tmp_path: Path) -> None:
    """A found question matches an expected start near its beginning; a grid wants a choice;
    the floors file's [questions_held] table becomes one check per measure."""
    import json

    from assistant.evaluation.gate import check_questions_held, load_floors
    from assistant.evaluation.questions_fresh import groups, run_fresh
    from assistant.settings import PROJECT_ROOT

    (tmp_path / "grid.txt").write_text(CASES["grid"][0], encoding="utf-8")
    expected = {
        "document": "grid.txt",
        "family": "grid",
        "split": "held",
        "questions": [
            {"number": "1", "start": "how satisfied are you", "kind": "grid"},
            {"number": None, "start": "What else", "kind": "open"},
            {"number": "3", "start": "A question the finder cannot find", "kind": "open"},
        ],
    }
    (tmp_path / "grid.txt.json").write_text(json.dumps(expected), encoding="utf-8")
    held = groups(run_fresh(tmp_path))["held"]
    assert (held["expected"], held["found"], held["matched"]) == (3, 2, 2)
    assert held["kinds"] == 1.0 and held["numbers"] == 1.0
    floors = load_floors(PROJECT_ROOT / "evals" / "floors.toml")
    assert set(floors.questions_held) == {"recall", "precision", "numbers", "kinds"}
    checks = check_questions_held(held, floors)
    assert [c.passed for c in checks if "recall" in c.name] == [held["recall"] >= 0.63]

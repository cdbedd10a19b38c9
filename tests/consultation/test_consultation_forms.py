"""Forms, surveys, grids, calls for evidence and response forms: one case per layout family of
the fresh batch (evals/questions/fresh), as data. The texts below are short, made-up examples
of each family written beside the form finder (the real documents, and the scores on them, are
in the fresh batch); each case lists what must be found, with number and kind, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.consultation import extract_questions
from assistant.core.errors import InputError

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


# Round two's layout families (from the first batch's documents and issue 22's list; the
# second batch, evals/questions/fresh2, is scored, never tuned on). The file name gives the
# format the text is read as.
ROUND_TWO: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "run_on_lettered.txt": (
        "Practice questionnaire 1. In the past year, how many times have you seen a nurse at "
        "the practice? None Optional Once or twice Optional Three or more Optional 2. How do you "
        "rate the way you are greeted at reception? Poor Optional Fair Optional Good Optional "
        "3. a) How do you rate the practice's opening hours? Poor Optional Fair Optional Good "
        "Optional b) What other hours would you like the practice to open? Early morning "
        "Optional Evenings Optional Weekends Optional 4. Thinking of times when you needed to be "
        "seen quickly: a) How soon were you usually seen? Same day Optional Next day Optional "
        "Later Optional b) How do you rate this? Poor Optional Fair Optional Good Optional\n",
        [
            (
                "1",
                "In the past year, how many times have you seen a nurse at the practice? None "
                "Optional Once or twice Optional Three or more Optional",
                CHOICE,
            ),
            (
                "2",
                "How do you rate the way you are greeted at reception? Poor Optional Fair "
                "Optional Good Optional",
                CHOICE,
            ),
            (
                "3a",
                "How do you rate the practice's opening hours? Poor Optional Fair Optional "
                "Good Optional",
                CHOICE,
            ),
            (
                "3b",
                "What other hours would you like the practice to open? Early morning Optional "
                "Evenings Optional Weekends Optional",
                OPEN,
            ),
            (
                "4a",
                "Thinking of times when you needed to be seen quickly: How soon were you "
                "usually seen? Same day Optional Next day Optional Later Optional",
                CHOICE,  # round three: "How soon" picks from its choices
            ),
            ("4b", "How do you rate this? Poor Optional Fair Optional Good Optional", CHOICE),
        ],
    ),
    "run_on_from_prose.txt": (
        "Example questionnaire\n\nThroughout this survey we ask you to think about your street. "
        "When answering, please think of the homes within five minutes' walk of your own. 1. "
        "Overall, how satisfied or dissatisfied are you with your street as a place to live? "
        "Very satisfied Fairly satisfied Fairly dissatisfied Very dissatisfied The council "
        "collects rubbish and sweeps the roads. 2. Overall, how satisfied or dissatisfied are you "
        "with the way the council keeps your street clean?\n",
        [
            (
                "1",
                "Overall, how satisfied or dissatisfied are you with your street as a place to "
                "live? Very satisfied Fairly satisfied Fairly dissatisfied Very dissatisfied The "
                "council collects rubbish and sweeps the roads.",
                CHOICE,
            ),
            (
                "2",
                "Overall, how satisfied or dissatisfied are you with the way the council keeps "
                "your street clean?",
                CHOICE,
            ),
        ],
    ),
    "instruction_grid.html": (
        "<html><body><p>Below are some statements about your neighbourhood.</p><p>For each, "
        "please indicate how often over the last month it has been true: (1) never, (2) "
        "sometimes, (3) often.</p><p>If you would prefer not to answer a particular statement, "
        "you can leave it blank.</p><table><tr><td>Statement</td><td>1 Never</td><td>2 Some of "
        "the time</td><td>3 Often</td></tr><tr><td>I have felt safe walking at night</td><td>"
        "</td><td></td><td></td></tr><tr><td>I have talked to a neighbour</td><td></td><td></td>"
        "<td></td></tr></table><p>What one change would make your neighbourhood better?</p>"
        "</body></html>\n",
        [
            (
                "1",
                "For each, please indicate how often over the last month it has been true: (1) "
                "never, (2) sometimes, (3) often.",
                CHOICE,
            ),
            ("2", "What one change would make your neighbourhood better?", OPEN),
        ],
    ),
    "answer_boxes.txt": (
        "Proposal form\n\nMembers are asked to use this template and to address each of the "
        "headings below.\n\nName of the member making the proposal: [Type here]\n\nSummary of "
        "the proposal (in 100-300 words).\n",
        [
            ("1", "Name of the member making the proposal:", ABOUT),
            ("2", "Summary of the proposal (in 100-300 words).", OPEN),
        ],
    ),
    "completed_response_form.txt": (
        "1. Do you agree with the proposed changes to the eligibility rules?\n\nNo. The changes "
        "would remove support from people who need it most.\n\nPlease explain your reasons:\n\n"
        "Our members told us that the assessment takes no account of fluctuating conditions. "
        "Why would the council expect people to manage without help?\n\n2. Which option in your "
        "opinion gives disabled people the most say:\n\nPlease see our answer to Question 1.\n\n"
        "3. Do you have any other comments?\n\nWe would welcome a meeting with officers.\n",
        [
            ("1", "Do you agree with the proposed changes to the eligibility rules?", OPEN),
            # a pick whose options the form did not print (docs/consultations.md, "Kinds")
            ("2", "Which option in your opinion gives disabled people the most say:", CHOICE),
            ("3", "Do you have any other comments?", OPEN),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(ROUND_TWO))
def test_round_two_layout_family(tmp_path: Path, name: str) -> None:
    """Lettered sub-questions in a run of text, questions run on from prose, an instruction-led
    grid with numbered scale points, answer-box fields, a completed response form (the
    respondent's answers and "see our answer to Question 1" not taken)."""
    text, expected = ROUND_TWO[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = extract_questions(path)
    assert [(q.number, " ".join(q.text.split()), q.kind) for q in found.questions] == expected


def test_an_instruction_grid_lists_its_rows_not_its_scale(tmp_path: Path) -> None:
    path = tmp_path / "grid.html"
    path.write_text(ROUND_TWO["instruction_grid.html"][0], encoding="utf-8")
    grid = extract_questions(path).questions[0]
    assert grid.options == ("I have felt safe walking at night", "I have talked to a neighbour")


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


def test_a_heading_phrased_as_a_question_and_answered_below_is_not_asked(tmp_path: Path) -> None:
    """Round three: "What is a consultation?" above the paragraph that explains it is a page's
    heading; the survey's own question after it is still found."""
    path = tmp_path / "intro.txt"
    path.write_text(
        "If you have any questions about the survey, please email us.\n\nWhat is a "
        "consultation?\n\nA consultation is any activity that gives local people a voice and an "
        "opportunity to influence important decisions before they are made.\n\nQuestion Title"
        "\n\n* 1. How satisfied are you with the council?\n\nQuestion Title\n\n* 2. What should "
        "the council do differently?\n",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [q.number for q in found] == ["1", "2"]


def test_numbered_choices_under_a_starred_question_are_its_options(tmp_path: Path) -> None:
    """Round three: "1. A person with a disability?" under "* 2. Are you:" is a choice."""
    path = tmp_path / "daip.txt"
    path.write_text(
        "Question Title\n\n* 1. Are you aware the Shire has a plan\n\nQuestion Title\n\n"
        "* 2. Are you:\n1.  A person with a disability?\n2.  A carer of a person with a "
        "disability?\n3.  An interested member of the Community\n\nQuestion Title\n\n* 3. How "
        "would you rate our customer service?\n",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [q.number for q in found] == ["1", "2", "3"]
    assert found[1].kind == "about you" and len(found[1].options) == 3


def test_a_grid_that_numbers_its_rows_is_one_question(tmp_path: Path) -> None:
    """Round three: rows numbered 1, 2, 3 under a grid's scale are its rows, not questions."""
    path = tmp_path / "grid.txt"
    path.write_text(
        "Question Title\n\nQ1. Please rate your satisfaction with each of the services below.\n\n"
        "Very Satisfied Satisfied Neutral Dissatisfied Very Dissatisfied Don't Know\n1. Overall "
        "quality of services\n2. Overall maintenance of major streets\n3. How well the Town is "
        "managing change\n\nQuestion Title\n\nQ2. What should the Town do differently?\n",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [(q.number, q.kind, len(q.options)) for q in found] == [
        ("1", "choice", 3),
        ("2", "open", 0),
    ]


def test_a_rating_scale_under_a_labelled_question_makes_it_a_choice(tmp_path: Path) -> None:
    """Round three: a response form's "Q1 ... very little 1 2 3 4 5 very much no opinion"."""
    path = tmp_path / "forum.txt"
    path.write_text(
        "Your views on the town\n\nQ1 To what extent do you play an active part in the "
        "community?\n\nvery little 1 2 3 4 5 very much no opinion\n\nQ2 What would you change "
        "about the town centre?\n",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [(q.number, q.kind) for q in found] == [("1", "choice"), ("2", "open")]


def test_a_reports_numbered_paragraphs_and_what_labels_are_not_questions(tmp_path: Path) -> None:
    """Round three: "10. We are conscious that ... (Paragraph 11)" tells; "What: An inquiry
    ..." is a label; a numbered question without its question mark still asks."""
    path = tmp_path / "report.txt"
    path.write_text(
        "Summary of recommendations\n\n1. We are conscious that many of the subject areas "
        "proposed by members of the House are as wide-ranging as they are topical and important, "
        "and we recommend that committees keep to what can be achieved. (Paragraph 11)\n\n"
        "2. The Committee recommend that a special inquiry committee be appointed to consider "
        "the planning for and delivery of adult social care services in England, to report by "
        "the end of November. (Paragraph 21)\n\nWhat: An inquiry receives more evidence from "
        "the public than any other.\n\nWhy significant: This is direct evidence.\n",
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
    floor = floors.questions_held["recall"]
    assert [c.passed for c in checks if "recall" in c.name] == [held["recall"] >= floor]
    assert set(floors.questions_fresh2) == {"recall", "precision", "numbers", "kinds"}
    second = check_questions_held(held, floors, "fresh2")
    assert all(c.name.startswith("second fresh batch") for c in second) and len(second) == 4
    assert set(floors.questions_fresh4) == {"recall", "precision", "numbers", "kinds"}
    fourth = check_questions_held(held, floors, "fresh4")
    assert all(c.name.startswith("fourth fresh batch") for c in fourth) and len(fourth) == 4
    assert set(floors.questions_fresh5) == {"recall", "precision", "numbers", "kinds"}
    fifth = check_questions_held(held, floors, "fresh5")
    assert all(c.name.startswith("fifth fresh batch") for c in fifth) and len(fifth) == 4


def test_eval_check_scores_the_fourth_batchs_held_half_against_its_floors() -> None:
    """Round three: `eval check` reads [questions_fresh4] and scores fresh4's held half only;
    the floors hold on the committed batch."""
    from assistant.cli.evals import FRESH_BATCHES
    from assistant.evaluation.gate import load_floors
    from assistant.evaluation.questions_fresh import held_checks
    from assistant.settings import PROJECT_ROOT

    floors = load_floors(PROJECT_ROOT / "evals" / "floors.toml")
    checks = [c for c in held_checks(FRESH_BATCHES, floors) if c.name.startswith("fourth")]
    assert len(checks) == 4 and all("over 72 questions" in c.name for c in checks)
    assert all(c.passed for c in checks), [c.name for c in checks if not c.passed]


def test_eval_check_scores_the_fifth_batchs_held_half_against_its_floors() -> None:
    """Round four: `eval check` reads [questions_fresh5] and scores fresh5's held half only (79
    questions in 13 documents); the floors hold on the committed batch."""
    from assistant.cli.evals import FRESH_BATCHES
    from assistant.evaluation.gate import load_floors
    from assistant.evaluation.questions_fresh import held_checks
    from assistant.settings import PROJECT_ROOT

    floors = load_floors(PROJECT_ROOT / "evals" / "floors.toml")
    checks = [c for c in held_checks(FRESH_BATCHES, floors) if c.name.startswith("fifth")]
    assert len(checks) == 4 and all("over 79 questions" in c.name for c in checks)
    assert all(c.passed for c in checks), [c.name for c in checks if not c.passed]


def test_eval_questions_fresh_scores_each_batch_or_both() -> None:
    """`--fresh` prints both batches under their names; `--batch fresh2` only the second (all
    held back)."""
    from click.testing import CliRunner

    from assistant.cli import cli

    both = CliRunner().invoke(cli, ["eval", "questions", "--fresh", "--no-report"])
    assert both.exit_code == 0, both.output
    assert "== fresh (" in both.output and "== fresh2 (" in both.output
    second = CliRunner().invoke(
        cli, ["eval", "questions", "--fresh", "--batch", "fresh2", "--no-report"]
    )
    assert second.exit_code == 0, second.output
    assert "==" not in second.output and second.output.startswith("held ")
    assert "dev " not in second.output


def test_round_four_call_asks_without_question_marks(tmp_path: Path) -> None:
    """A call for evidence whose asks are bullets after "The Committee wants to know:" (no
    question mark, no "should address"): each bullet is an open question; the bullets after
    "Their job is:" are not, nor is the page's headline question."""
    path = tmp_path / "call.txt"
    path.write_text(
        "Skip to main content\n\nHow are public inquiries working?\n\n14 February 2024\n\n"
        "The Committee publishes its call for evidence today.\n\nInquiries are set up to "
        "consider incidents of public concern. Their job is:\n\n- to find out what happened,\n"
        "- to learn lessons.\n\nThe Committee wants to know:\n\n- How the Act might be improved.\n"
        "- Whether inquiries are as effective as they can be.\n\nThe deadline is 19 April.\n",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [(q.text, q.kind) for q in found] == [
        ("How the Act might be improved.", OPEN),
        ("Whether inquiries are as effective as they can be.", OPEN),
    ]


def test_round_four_wrapped_paragraphs_are_mended(tmp_path: Path) -> None:
    """A web page that breaks each sentence over several paragraphs ("Does the Senedd have" /
    "the capacity it needs ...?") gives whole questions, not fragments."""
    path = tmp_path / "wrapped.html"
    path.write_text(
        "<html><body><h2>Purpose of the consultation</h2><h2>Three</h2>"
        "<p>questions were discussed at the event:</p><ul><li>Does the Senedd have</li></ul>"
        "<p>the capacity it needs to carry out its functions?</p><ul><li>If the Senedd</li></ul>"
        "<p>keeps 60 Members, what could it do differently to increase the capacity of the</p>"
        "<p>Senedd?</p><p>The Committee held a public consultation on the note.</p>"
        "<p>Evidence submitted in response is published.</p></body></html>",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [" ".join(q.text.split()) for q in found] == [
        "Does the Senedd have the capacity it needs to carry out its functions?",
        "If the Senedd keeps 60 Members, what could it do differently to increase the capacity "
        "of the Senedd?",
    ]
    assert {q.kind for q in found} == {OPEN}  # a call for evidence's asks


def test_round_four_contents_list_is_not_questions(tmp_path: Path) -> None:
    """A survey's first page listing its sections ("This survey is split into 3 sections:")
    has no questions, even when a section's title ends with a colon over its topics."""
    path = tmp_path / "intro.txt"
    path.write_text(
        "Action plan survey\n\nQuestion Title\n\nThis survey includes 14 questions.\n\n"
        "This survey is split into 3 sections:\n\n1. How we will improve existing policies:\n\n"
        "- access to elected office\n- playground accessibility\n\n2. New policies we propose "
        "to lead:\n\n- guide dogs\n\n3. Your views on the plans as a whole\n\n"
        "Select continue to start Section 1\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no questions found"):
        extract_questions(path)


def test_round_four_unstarred_survey_without_question_marks(tmp_path: Path) -> None:
    """A numbered survey copied from a web page without its stars or question marks ("1. Do
    you live in the village"): each item that opens as a question does is one, not a heading."""
    path = tmp_path / "survey.txt"
    path.write_text(
        "Community centre survey\n\n\n1. Do you live in the village\n\n\n2. Have you been to the "
        "centre in the last year\n\n\n3. If you answered yes, which events did you go to, you may "
        "tick more than one box\n\n\n4. How often do you use the centre?\n\n\n5. The committee "
        "wants to add a garden room. Would a garden room make you more likely to use the centre"
        "\n\n\n6. Is there anything else you would like the committee to know\n\nPlease write "
        "your comments below\n",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [(q.number, q.kind) for q in found] == [
        ("1", CHOICE),
        ("2", CHOICE),
        ("3", CHOICE),
        ("4", CHOICE),
        ("5", CHOICE),
        ("6", OPEN),
    ]
    assert found[0].text == "Do you live in the village"


def test_round_four_unnumbered_survey_lines_and_terms_of_reference(tmp_path: Path) -> None:
    """Unnumbered survey lines without question marks are questions, not headings; bullets
    under a "Terms of reference" heading are a call's asks, each open."""
    survey = tmp_path / "survey.txt"
    survey.write_text(
        "Village hall survey\n\nPlease help us plan the future of the hall.\n\nAre you a "
        "resident of the parish\n\nHave you used the village hall in the last year\n\nHow often "
        "do you use the hall\n\nWhich events would you like the hall to hold\n\nThank you.\n",
        encoding="utf-8",
    )
    assert [(q.text, q.kind) for q in extract_questions(survey).questions] == [
        ("Are you a resident of the parish", ABOUT),
        ("Have you used the village hall in the last year", CHOICE),
        ("How often do you use the hall", CHOICE),
        ("Which events would you like the hall to hold", OPEN),
    ]
    call = tmp_path / "call.html"
    call.write_text(
        "<html><body><h1>Inquiry into accessible transport</h1><p>The Committee has launched an "
        "inquiry.</p><h2>Terms of reference</h2><ul><li>The effectiveness of legislation</li>"
        "<li>The accessibility of information</li></ul><p>Written submissions should reach the "
        "Committee by 1 May.</p></body></html>",
        encoding="utf-8",
    )
    assert [(q.text, q.kind) for q in extract_questions(call).questions] == [
        ("The effectiveness of legislation", OPEN),
        ("The accessibility of information", OPEN),
    ]


def test_round_four_scale_run_on_to_its_instruction(tmp_path: Path) -> None:
    """A PDF that ran a grid's scale header on to the instruction above it ("... your views
    Strongly agreeAgreeNeither ... disagree") still gives one grid question with its numbered
    statement rows, not one question per row."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    lines = [
        "Appendix: The questionnaire. Please indicate your degree of agreement with the following",
        "statements by placing a tick in the box. We are simply interested in your views",
        "Strongly agreeAgreeNeither agree nor disagreeDisagreeStrongly disagree",
        "1. Patients receive the best care from the staff at this practice",
        "2. The doctor clearly explains what is wrong before giving any treatment",
        "3. Getting an appointment at a convenient time is easy",
    ]
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "grid.pdf"
    pdf.output(str(path))
    (question,) = extract_questions(path).questions
    assert "Please indicate your degree of agreement" in question.text
    assert question.kind == CHOICE
    assert len(question.options) == 3


def test_round_four_call_paragraph_of_questions(tmp_path: Path) -> None:
    """A call for evidence whose asks are themed paragraphs of several questions, some opening
    with a sentence of background: each paragraph is one open question."""
    path = tmp_path / "call.txt"
    path.write_text(
        "Call for Evidence\n\nThe Group invites written submissions on the following themes.\n\n"
        "Business networks\n\nWhat does an inclusive business network look like? To what extent "
        "do disabled people take part? How can they be supported to exchange their skills? What "
        "external support is needed?\n\nSelf-employment\n\nMore disabled people than others are "
        "self-employed. What are the reasons for this? What businesses have they started? What "
        "support would make a difference?\n",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [q.text.split("?")[0] for q in found] == [
        "What does an inclusive business network look like",
        "More disabled people than others are self-employed. What are the reasons for this",
    ]
    assert {q.kind for q in found} == {OPEN}

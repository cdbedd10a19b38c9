"""Question kinds (open, choice, about you): how each is told apart, drafted and shown; and
the questions suite's score as `assistant eval questions` and the CI gate report it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.support.helpers import Run

from assistant.answering.profile import OrganisationProfile
from assistant.consultation import extract_questions
from assistant.consultation.choices import FOR_YOU, SUGGESTED, suggest
from assistant.consultation.editing import apply_edits, load_questions
from assistant.consultation.kinds import question_kind
from assistant.consultation.model import ConsultationQuestion
from assistant.consultation.respond import FILL_IN, respond
from assistant.core.errors import InputError
from assistant.core.schema import Evidence, GroundedText, Verification
from assistant.evaluation.gate import check_questions, load_floors
from assistant.export import SUFFIXES, write_export
from assistant.export import markdown_of as to_markdown
from assistant.settings import PROJECT_ROOT

MIXED = """# Bus passes for disabled people

The consultation closes on 1 June 2026.

## Proposals

Question 1: How could the council make bus passes easier to apply for?

Question 2: Do you agree that companion passes should be free?

- Agree
- Disagree
- Don't know

Question 3: Which of the following should the pass cover:

- Buses only
- Buses and trams
- Community transport

## About you

Question 4: What is your postcode?

Question 5: Are you responding on behalf of an organisation? Yes / No
"""


@pytest.mark.parametrize(
    ("text", "options", "chapter", "kind"),
    [
        ("How should fares be set?", (), "", "open"),
        ("Do you agree? Please explain your answer.", ("Yes", "No"), "", "open"),
        ("Do you agree with the cap?", ("Agree", "Disagree"), "", "choice"),
        ("Do you agree? (maximum 200 words)", ("Yes", "No"), "", "open"),
        ("What is your postcode?", (), "", "about you"),
        ("Which of the following best describes you:", ("A carer", "A user"), "", "about you"),
        ("How old are you?", (), "", "about you"),
        ("Which age group are you in?", ("Under 18", "18 to 64"), "About you", "about you"),
        ("What would help disabled people find work?", (), "About you", "open"),
    ],
)
def test_kinds(text: str, options: tuple[str, ...], chapter: str, kind: str) -> None:
    assert question_kind(text, options, chapter) == kind


def grounded(text: str, quote: str = "Free companion passes let disabled people travel.") -> Any:
    evidence = Evidence(1, "c1", "doc-1", "Travel report", "research", "Passes", "2", quote)
    return GroundedText("draft", "q", "q", text, (evidence,), Verification((), ()), "extractive")


def test_suggested_choice_by_stance_by_evidence_or_for_you() -> None:
    scale = ConsultationQuestion(
        "2", "Do you agree passes should be free?", options=("Agree", "Disagree")
    )
    cited = grounded("We agree with this proposal.\n\n- Free passes help people travel [1].")
    by_stance = suggest(scale, "agree", cited)
    assert by_stance.option == "Agree"
    assert by_stance.line == f"**{SUGGESTED}:** Agree. Free passes help people travel [1]."
    assert suggest(scale, "no view", cited).option is None  # a scale needs a stance
    menu = ConsultationQuestion("3", "Cover what:", options=("Trams only", "Companion passes"))
    assert suggest(menu, "no view", cited).option == "Companion passes"  # the evidence's words
    empty = suggest(scale, "agree", grounded("No passage is relevant."))
    assert (empty.option, empty.line.startswith(f"**{FOR_YOU}:** Agree / Disagree.")) == (
        None,
        True,
    )


@dataclass
class StandIn:
    """Enough of an Assistant for `respond`: every draft cites one passage as [1]."""

    settings: Any = field(default_factory=lambda: type("S", (), {"draft_words": 300})())
    generator: str = "extractive"
    calls: list[str] = field(default_factory=list)

    @property
    def store(self) -> Any:
        raise RuntimeError("no store")

    def draft(self, question: str, **kwargs: Any) -> GroundedText:
        self.calls.append(question)
        opening = " ".join(kwargs["opening"])
        return grounded(f"{opening}\n\n- Free companion passes let people travel [1].")


def test_response_holds_each_kind_in_order(tmp_path: Path) -> None:
    path = tmp_path / "passes.md"
    path.write_text(MIXED, encoding="utf-8")
    consultation = extract_questions(path)
    assert [q.kind for q in consultation.questions] == [
        "open", "choice", "choice", "about you", "about you"
    ]  # fmt: skip
    stand_in = StandIn()
    response = respond(stand_in, consultation, OrganisationProfile(stance="agree"))  # type: ignore[arg-type]
    assert len(stand_in.calls) == 3  # the about-you questions are never drafted
    statuses = [a.status for a in response.answers]
    assert statuses == [
        "drafted", "suggested", "for you to choose", "for you to fill in", "for you to fill in"
    ]  # fmt: skip
    markdown = to_markdown(response)
    headings = [m.start() for m in re.finditer(r"^## Question \d", markdown, re.MULTILINE)]
    assert len(headings) == 5 and headings == sorted(headings)
    sections = [
        markdown[a:b] for a, b in zip(headings, [*headings[1:], len(markdown)], strict=True)
    ]
    assert "Free companion passes let people travel [1]" in sections[0]
    assert f"**{SUGGESTED}:** Agree." in sections[1]
    # No option shares a word with the evidence: the choice is left to the organisation.
    assert f"**{FOR_YOU}:** Buses only / Buses and trams / Community transport." in sections[2]
    assert "Kind: about you." in sections[3] and FILL_IN in sections[3] and FILL_IN in sections[4]
    assert "- Question 4: for you to fill in" in markdown  # listed before sending


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_whole_response_saves_in_every_format(tmp_path: Path, suffix: str) -> None:
    """One dispatcher and one list of formats for answers and whole responses alike."""
    path = tmp_path / "passes.md"
    path.write_text(MIXED, encoding="utf-8")
    response = respond(StandIn(), extract_questions(path), OrganisationProfile(stance="agree"))  # type: ignore[arg-type]
    saved = write_export(response, tmp_path / "out" / f"response{suffix}")
    if suffix == ".docx":
        text = "\n".join(p.text for p in docx.Document(str(saved)).paragraphs)
    else:
        text = saved.read_text(encoding="utf-8")
    headings = [
        f"{a.question.label}: {' '.join(a.question.text.split())}" for a in response.answers
    ]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions) and len(positions) == 5
    assert "Free companion passes let people travel [1]" in text[positions[0] : positions[1]]
    assert "[1] " in text and "All sources" in text
    assert ("## Question 1" in text) == (suffix == ".md")
    assert "**" not in text or suffix == ".md"


def test_kind_in_the_questions_file(tmp_path: Path) -> None:
    path = tmp_path / "passes.md"
    path.write_text(MIXED, encoding="utf-8")
    consultation = extract_questions(path)
    items = [q.as_dict() for q in consultation.questions]
    assert items[3]["kind"] == "about you"
    items[0]["kind"] = "About_you"
    del items[1]["kind"]  # worked out again from the text and options
    edited = tmp_path / "questions.json"
    edited.write_text(json.dumps(items), encoding="utf-8")
    kinds = [q.kind for q in apply_edits(consultation, load_questions(edited)).questions]
    assert kinds == ["about you", "choice", "choice", "about you", "about you"]
    items[0]["kind"] = "essay"
    edited.write_text(json.dumps(items), encoding="utf-8")
    with pytest.raises(InputError, match=r"item 1 \(question 1\): field 'kind' must be one of"):
        load_questions(edited)


def test_eval_questions_reports_scores_and_lists_misses(tmp_path: Path, run_main: Run) -> None:
    code, out, _ = run_main("eval", "questions", "--no-report")
    assert code == 0
    scores = dict(re.findall(r"(\w+) (\d\.\d{3})", out.splitlines()[1]))
    assert float(scores["recall"]) >= 0.97 and float(scores["kinds"]) >= 0.9
    (tmp_path / "passes.md").write_text(MIXED, encoding="utf-8")
    expected = [
        {"number": "1", "text": "How could the council make bus passes easier to apply for?"},
        {"number": "9", "text": "A question the document does not ask?"},
    ]
    (tmp_path / "passes.md.json").write_text(
        json.dumps({"document": "passes.md", "questions": expected}), encoding="utf-8"
    )
    code, out, err = run_main("eval", "questions", str(tmp_path), "--out", str(tmp_path / "r"))
    assert code == 0 and "precision 0.200  recall 0.500" in out
    assert "missed 9: A question the document does not ask?" in out
    assert "extra 2: Do you agree that companion passes should be free?" in out
    report = json.loads((tmp_path / "r" / "questions.json").read_text(encoding="utf-8"))
    assert report["headline"]["matched"] == 1 and "Report:" in err


def test_the_gate_has_question_floors() -> None:
    floors = load_floors(PROJECT_ROOT / "evals" / "floors.toml")
    assert floors.questions == {"recall": 0.97, "precision": 0.95, "numbers": 0.95, "kinds": 0.9}
    totals = {"expected": 10, "recall": 0.9, "precision": 1.0, "numbers": 1.0, "kinds": 1.0}
    failed = [c.name for c in check_questions(totals, floors) if not c.passed]
    assert failed == ["questions suite recall over 10 questions"]


@pytest.mark.slow
def test_example_consultation_over_the_library(corpus_assistant: Any) -> None:
    """The bundled example, drafted over the real library: each kind answered as it should be,
    in the document's order."""
    from assistant.answering.profile import load_profile

    consultation = extract_questions(PROJECT_ROOT / "examples" / "consultation.md")
    profile = load_profile(PROJECT_ROOT / "examples" / "org.toml")
    response = respond(corpus_assistant, consultation, profile)
    by_number = {a.question.number: a for a in response.answers}
    assert [a.question.number for a in response.answers] == [
        "1", "2", "2a", "3", "4", "5", "6", "7"
    ]  # fmt: skip
    assert by_number["1"].status == "drafted" and by_number["1"].cited
    choice = by_number["2a"]
    assert choice.status in ("suggested", "for you to choose") and choice.result is not None
    assert choice.result.text.startswith((f"**{SUGGESTED}:**", f"**{FOR_YOU}:**"))
    assert "\n" not in choice.result.text  # one line
    assert [by_number[n].status for n in ("6", "7")] == ["for you to fill in"] * 2
    markdown = to_markdown(response)
    assert markdown.index("## Question 2a") < markdown.index("## Question 3")
    assert markdown.count(FILL_IN) == 2


def test_the_app_table_shows_kinds_and_the_notes_beside_it(tmp_path: Path) -> None:
    from assistant.ui.consultation_tab import COLUMNS, _edited, find

    path = tmp_path / "passes.md"
    path.write_text(MIXED.replace("Question 5:", "Question 4:"), encoding="utf-8")
    rows, found, _, notes = find(str(path))
    assert COLUMNS[2] == "Kind" and [row[2] for row in rows][:3] == ["open", "choice", "choice"]
    assert "later ones were made unique (4 → 4-2)" in notes
    rows[0][2] = "about you"  # the user changes a kind in the table
    edited = _edited(found, rows)
    assert [q.kind for q in edited.questions][:2] == ["about you", "choice"]
    assert edited.questions[1].options == ("Agree", "Disagree", "Don't know")  # kept


# Round three (issue 22): closed questions whose choices a copied form dropped, and a form's
# fields about the respondent, from the fourth fresh batch's development half.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How soon was your appointment booked for?", "choice"),
        (
            "At the time of your referral, did your GP discuss a choice of hospital with you?",
            "choice",
        ),
        ("It could take years. Therefore do you think we should look at the school?", "choice"),
        ("What do you think of the neighbourhood plan?", "open"),
        ("Are you (the patient) male or female?", "about you"),
        ("To which of these ethnic groups would you say you belong?", "about you"),
        ("Name and Organisation of Respondent", "about you"),
        ("Position of Respondent", "about you"),
        ("Please add any comments about the hall.", "open"),
        ("Name:", "about you"),
        ("Why do you use your local library? Please check all that apply.", "choice"),
        ("Overall, were your expectations met for this park visit?", "choice"),
        ("How do you rate the way you are treated by receptionists?", "choice"),
    ],
)
def test_form_kind_of_closed_questions_and_fields(text: str, kind: str) -> None:
    from assistant.consultation.kinds import form_kind

    assert form_kind(text, (), "", grid=False) == kind


def test_question_kind_picks_a_rating_without_its_choices_but_not_an_open_ask() -> None:
    assert question_kind("How satisfied are you with the allocation of funds?") == "choice"
    assert question_kind("To what extent do you agree with the proposal?") == "choice"
    assert question_kind("To what extent do you agree? Please explain why.") == "open"
    assert question_kind("How far would you be willing to travel?") == "open"


def test_a_numbered_field_about_the_respondent_is_found_and_filled_in(tmp_path: Path) -> None:
    """Round three: "1. Name of Council" in a numbered questionnaire is a question about you;
    "Please rank in order of priority" is a choice."""
    path = tmp_path / "council.md"
    path.write_text(
        "# Council survey\n\n1. Name of Council\n\n2. Position of Respondent\n\n3. What "
        "initiatives has your Council established?\n\n4. Please rank in order of priority what "
        "the policy hopes to achieve.\n",
        encoding="utf-8",
    )
    found = extract_questions(path).questions
    assert [(q.number, q.kind) for q in found] == [
        ("1", "about you"),
        ("2", "about you"),
        ("3", "open"),
        ("4", "choice"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # closed questions whose printed choices are not in the text are choices ...
        ("Do you agree with the proposal to close the Elm Street depot?", "choice"),
        ("Should the council check disabled parking bays more often?", "choice"),
        ("Before participating in this survey were you aware of any new plans?", "choice"),
        ("When you were referred, were you offered a choice of hospital?", "choice"),
        ("Would you say crime in your area has:", "choice"),
        ("How about government corruption? In the past few years:", "choice"),
        ("Overall, what was your level of satisfaction with your visit?", "choice"),
        # ... unless they ask for words
        ("Do you agree with the proposal? If not, what alternative would you propose?", "open"),
        ("Is there anything else you would like to tell us?", "open"),
        ("Are there any areas where you think the council could save money?", "open"),
        ("What initiatives, if any, has your Council established in response?", "open"),
        ("If you have other issues, please use this space to report them:", "open"),
        # the respondent's own details
        ("Please tell us the first three or four characters of your home post code", "about you"),
        ("Which of the following best describes where you live?", "about you"),
        ("Are you currently a member of Milton Keynes Libraries?", "about you"),
        ("Which of the following options best describes how you think of yourself?", "about you"),
    ],
)
def test_kind_convention(text: str, kind: str) -> None:
    """docs/consultations.md, "Kinds": a pick is a choice with or without printed choices; a
    follow-up asking for words makes it open; the respondent's details are about you."""
    assert question_kind(text) == kind


def test_call_for_evidence_asks_are_open(tmp_path: Path) -> None:
    """Every ask of a call for evidence is open, even one phrased as a yes/no question; the
    same question in a survey is a choice."""
    asks = "1. Does the Act provide the right framework?\n\n2. How could it improve?\n"
    call = tmp_path / "call.txt"
    call.write_text("Call for evidence\n\nThe Committee invites written evidence.\n\n" + asks)
    survey = tmp_path / "survey.txt"
    survey.write_text("Our survey\n\n" + asks)
    assert [q.kind for q in extract_questions(call).questions] == ["open", "open"]
    assert [q.kind for q in extract_questions(survey).questions] == ["choice", "open"]

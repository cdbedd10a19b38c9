"""Past responses: a response already sent (Word, Markdown) becomes one item per answer, each
linked to its consultation and question; bad files get one-line messages and add nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support.helpers import Run

from assistant.cli import cli
from assistant.consultation.answered import read_answers
from assistant.core.errors import EvidenceError, InputError
from assistant.evidence.model import Consent, Kind
from assistant.evidence.past import items_from_response
from assistant.evidence.store import EvidenceStore

CHARGING = "Do you agree that councils should charge for care at home?"
INCOME = "Should the minimum income guarantee be raised?"
CHARGING_ANSWER = "We disagree. Charging for care at home pushes disabled people into poverty."


def response_docx(path: Path) -> Path:
    """A response laid out as DPOs send them: labelled questions, answers below, a blank one."""
    from docx import Document

    document = Document()
    document.add_heading("Our response to the Social Care Charging consultation", 0)
    document.add_paragraph("Kirklees Disabled People's Forum, May 2024.")
    document.add_heading("Chapter 1: Charging", 1)
    document.add_paragraph(f"Question 1: {CHARGING}")
    document.add_paragraph(CHARGING_ANSWER)
    document.add_paragraph("Our members told us the charges made them go without care.")
    document.add_paragraph(f"Question 2: {INCOME}")
    document.add_paragraph("Yes. We agree it should be raised to match the cost of living.")
    document.add_paragraph("Question 3: Do you have any other comments?")
    document.add_heading("About us", 1)
    document.add_paragraph("We are a user-led organisation run by disabled people.")
    document.save(str(path))
    return path


def test_each_answer_of_a_word_response_becomes_a_linked_item(tmp_path: Path) -> None:
    items = items_from_response(
        response_docx(tmp_path / "response.docx"), "Social care charging 2024", date="2024-05"
    )
    assert [item.question for item in items] == [
        f"Question 1: {CHARGING}",
        f"Question 2: {INCOME}",
    ]  # question 3 was left blank; "About us" is not its answer
    first, second = items
    assert first.kind is Kind.PAST_RESPONSE and first.consent is Consent.QUOTE_ANONYMOUSLY
    assert first.consultation == "Social care charging 2024" and first.date == "2024-05"
    assert first.text == (
        f"{CHARGING_ANSWER}\n\nOur members told us the charges made them go without care."
    )
    assert second.text.startswith("Yes. We agree")  # an answer, not a part of the question
    assert "past response" in first.tags


def test_a_markdown_response_with_a_chosen_option(tmp_path: Path) -> None:
    path = tmp_path / "response.md"
    path.write_text(
        "# Our response\n\n## Questions\n\n"
        f"**Question 4:** {CHARGING}\n\nDisagree\n\nCharges push people into debt.\n\n"
        f"**Question 5:** {INCOME}\n\nWe agree in part: a rise helps, but not enough.\n",
        encoding="utf-8",
    )
    _, answered = read_answers(path)
    assert [(a.number, a.answer) for a in answered] == [
        ("4", "Disagree.\n\nCharges push people into debt."),
        ("5", "We agree in part: a rise helps, but not enough."),
    ]


def test_the_command_stores_the_answers_and_names_what_was_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    path = response_docx(tmp_path / "response.docx")
    args = ["evidence", "import-response", str(path), "--consultation", "Care charging 2024"]
    result = CliRunner().invoke(cli, [*args, "--date", "2024-05", "--consent", "named"])
    assert result.exit_code == 0, result.output
    assert "2 answers from response.docx added as past responses to Care charging 2024" in (
        result.output
    )
    items = EvidenceStore(tmp_path / "data" / "evidence").items()
    assert {i.consent for i in items} == {Consent.QUOTE_WITH_NAME}
    shown = CliRunner().invoke(cli, ["evidence", "show", items[0].id])
    assert f"Answer to: Care charging 2024, Question 1: {CHARGING}" in shown.output


def test_a_file_that_answers_nothing_is_named_and_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "minutes.md"
    path.write_text("# Minutes\n\nWe met on Tuesday and talked about buses.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"minutes\.md: no answered questions found"):
        items_from_response(path, "Buses 2025")
    with pytest.raises(EvidenceError, match="name the consultation"):
        items_from_response(response_docx(tmp_path / "r.docx"), "  ")


def test_an_unreadable_file_gets_one_line_and_the_store_is_untouched(
    tmp_path: Path, run_main: Run
) -> None:
    broken = tmp_path / "response.docx"
    broken.write_bytes(b"not a word file")
    code, out, err = run_main("evidence", "import-response", str(broken), "--consultation", "X")
    assert code == 1 and out == ""
    assert err.startswith("Error: response.docx: cannot read this Word file")
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "data" / "evidence" / "items.jsonl").exists()

"""`assistant consultation questions` and `respond`, as a user runs them.

Commands that need no model run in this process through `assistant.cli.main`; the one that
drafts runs as a real process over the session's ingested corpus store (it only reads it).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import docx
import pytest

from tests.support.consultation_docs import WORD_QUESTIONS, word_consultation
from tests.support.fixtures import CorpusStore
from tests.support.helpers import Run, assistant_command, cli_env, finish


@pytest.fixture
def word_file(tmp_path: Path) -> Path:
    return word_consultation(tmp_path / "consultation.docx")


def test_questions_json(run_main: Run, word_file: Path) -> None:
    code, out, err = run_main("consultation", "questions", str(word_file), "--json")
    assert code == 0
    items = json.loads(out)
    assert [(i["number"], i["text"], i["chapter"], i["word_limit"]) for i in items] == [
        (number, text, chapter, words) for number, text, chapter, words, _, _ in WORD_QUESTIONS
    ]
    assert err == "5 questions found in consultation.docx; closes 30 May 2014.\n"


def test_questions_report(run_main: Run, word_file: Path) -> None:
    code, out, _ = run_main("consultation", "questions", str(word_file))
    assert code == 0
    assert out.startswith(
        "Supporting disabled people's user-led organisations\nClosing date: 30 May 2014\n\n"
        "5 questions found in consultation.docx:\n\n"
        "Question 1.2  (choice; Chapter 1: Commissioning)\n"
    )
    assert "Question 1  (open; Chapter 2: Funding; limit 250 words; choices: Yes / No)\n" in out
    assert f"assistant consultation questions {word_file} --json > questions.json" in out


def test_no_questions_is_a_one_line_error(run_main: Run, tmp_path: Path) -> None:
    path = tmp_path / "minutes.md"
    path.write_text("# Minutes\n\nThe group agreed its budget.\n", encoding="utf-8")
    code, out, err = run_main("consultation", "questions", str(path))
    assert code == 2 and out == ""
    assert err.startswith("Error: minutes.md: no questions found. Looked for labels such as")
    assert err.count("\n") == 1


def test_scanned_pdf_is_a_one_line_error(run_main: Run, tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 150, style="F")
    pdf.output(str(tmp_path / "scan.pdf"))
    code, _, err = run_main("consultation", "questions", str(tmp_path / "scan.pdf"))
    assert code == 1
    assert err == (
        "Error: scan.pdf: no text layer found (a scanned PDF?); add a text version instead\n"
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--out", "response.pdf"],
            "Error: response.pdf: cannot export to '.pdf'; use a file ending in .md, .docx, .txt\n",
        ),
        (["--words", "10"], "Error: --words must be between 50 and 5,000, got 10\n"),
        (["--questions", "q.json"], "Error: q.json: no such file\n"),
        (["--profile", "org.yaml"], "Error: org.yaml: a profile must be a .toml or .json file\n"),
    ],
)
def test_respond_checks_input_before_loading_models(
    run_main: Run, word_file: Path, extra: list[str], message: str
) -> None:
    code, _, err = run_main("consultation", "respond", str(word_file), *extra)
    assert code == 2 and err == message


def test_respond_names_the_bad_item_in_a_questions_file(
    run_main: Run, word_file: Path, tmp_path: Path
) -> None:
    (tmp_path / "q.json").write_text(json.dumps([{"number": "1", "text": ""}]), "utf-8")
    code, _, err = run_main("consultation", "respond", str(word_file), "--questions", "q.json")
    assert code == 2
    assert err == "Error: q.json: item 1 (question 1): field 'text' is empty\n"


@pytest.mark.slow
def test_respond_writes_the_docx(corpus: CorpusStore, tmp_path: Path) -> None:
    """A real process: an edited questions file (two questions, one renumbered), a profile,
    progress per question on stderr and a Word response with both answers."""
    word = word_consultation(tmp_path / "consultation.docx")
    items = [
        {"number": "1", "text": WORD_QUESTIONS[1][1], "word_limit": 250},
        {"number": "9", "text": WORD_QUESTIONS[2][1], "chapter": "Chapter 2: Funding"},
    ]
    (tmp_path / "questions.json").write_text(json.dumps(items), "utf-8")
    args = [
        *("consultation", "respond", str(word), "--questions", "questions.json"),
        *("--profile", str(Path(__file__).parents[2] / "examples" / "org.toml")),
        *("--out", "out/response.docx"),
    ]
    proc = subprocess.Popen(
        [*assistant_command(), *args],
        cwd=tmp_path,
        env=cli_env(corpus.settings.data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    result = finish(proc, args)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Question 1 of 2: Do you agree that user-led organisations")
    assert lines[1].startswith("Question 2 of 2: What would help user-led organisations")
    assert lines[-1].startswith("Saved out/response.docx: 2 questions, 2 drafted;")
    headings = [
        p.text
        for p in docx.Document(str(tmp_path / "out" / "response.docx")).paragraphs
        if p.style.name == "Heading 1"
    ]
    assert f"Question 1: {WORD_QUESTIONS[1][1]}" in headings
    assert f"Question 9: {WORD_QUESTIONS[2][1]}" in headings

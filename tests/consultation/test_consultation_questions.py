"""Finding a consultation's questions in documents the tests build: numbers, text, chapters,
limits, answer choices, title and closing date, in five formats and many numbering styles."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.support.consultation_docs import (
    HTML_PAGE,
    HTML_QUESTIONS,
    HTML_TITLE,
    PDF_QUESTIONS,
    PDF_TITLE,
    TEXT_DOCUMENT,
    TEXT_QUESTIONS,
    WORD_QUESTIONS,
    WORD_TITLE,
    pdf_consultation,
    word_consultation,
)

from assistant.consultation import extract_questions
from assistant.consultation.model import Consultation
from assistant.consultation.patterns import closing_date_in, limits_in
from assistant.consultation.questions import SEARCHED, questions_from_units
from assistant.consultation.reading import Unit
from assistant.core.errors import DocumentError, InputError


def found(consultation: Consultation) -> list[tuple]:
    return [
        (q.number, q.text, q.chapter, q.word_limit, q.char_limit, q.options)
        for q in consultation.questions
    ]


def test_word_document(tmp_path: Path) -> None:
    consultation = extract_questions(word_consultation(tmp_path / "consultation.docx"))
    assert found(consultation) == WORD_QUESTIONS
    assert consultation.title == WORD_TITLE
    assert consultation.closing_date == "2014-05-30"
    assert consultation.closing_date_text == "30 May 2014"
    assert [q.position for q in consultation.questions] == [1, 2, 3, 4, 5]
    assert consultation.notes == ()
    # The chapter's own words are kept as context (never as an answer's claim).
    funding = consultation.questions[1]
    assert funding.context.startswith("The government is considering how grants")


def test_pdf_document(tmp_path: Path) -> None:
    """Lines kept apart, a wrapped question joined, the running header ignored."""
    consultation = extract_questions(pdf_consultation(tmp_path / "consultation.pdf"))
    assert found(consultation) == PDF_QUESTIONS
    assert consultation.title == PDF_TITLE
    assert consultation.closing_date == "2014-05-30"
    assert consultation.notes == (
        "2 questions had no number in the document and were numbered in order: 5, 6.",
    )


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "consultation.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    consultation = extract_questions(path)
    assert found(consultation) == HTML_QUESTIONS
    assert consultation.title == HTML_TITLE
    assert consultation.closing_date == "2015-06-12"


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "consultation.txt"
    path.write_text(TEXT_DOCUMENT, encoding="utf-8")
    consultation = extract_questions(path)
    assert found(consultation) == TEXT_QUESTIONS
    assert consultation.title == "Grants for user-led organisations"
    assert consultation.closing_date == "2020-03-01"


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "consultation.md"
    path.write_text(
        "---\ntitle: Day services review\n---\n# Day services review\n\n"
        "Closing date: 11:59pm on 30 May 2014\n\n## Chapter 1: Day centres\n\n"
        "Day centres are run by the council.\n\n"
        "**Question 1:** Should day centres stay open at weekends?\n"
        "**Question 2:** What would make them easier to reach? (maximum 150 words)\n\n"
        "## Questions\n\n* Do you use a day centre?\n* How often do you go?\n",
        encoding="utf-8",
    )
    consultation = extract_questions(path)
    assert found(consultation) == [
        (
            "1",
            "Should day centres stay open at weekends?",
            "Chapter 1: Day centres",
            None,
            None,
            (),
        ),
        (
            "2",
            "What would make them easier to reach? (maximum 150 words)",
            "Chapter 1: Day centres",
            150,
            None,
            (),
        ),
        ("3", "Do you use a day centre?", "Questions", None, None, ()),
        ("4", "How often do you go?", "Questions", None, None, ()),
    ]
    assert consultation.title == "Day services review"
    assert consultation.closing_date == "2014-05-30"


def test_label_on_its_own_line_with_choices_listed_below(tmp_path: Path) -> None:
    """GOV.UK forms often put "Question 5" alone (even as a heading) and list the choices."""
    from docx import Document

    document = Document()
    document.add_heading("Charging for care", level=0)
    document.add_heading("Chapter 3: Charges", level=1)
    document.add_paragraph("Question 5")
    document.add_paragraph("Do you agree that charges should be capped?")
    for choice in ("Agree", "Disagree", "Don't know"):
        document.add_paragraph(choice, style="List Bullet")
    document.add_paragraph("Please explain your answer. Word limit: 300")
    document.add_heading("Question 6", level=2)
    document.add_paragraph("Are there other ways to keep charges fair?")
    path = tmp_path / "form.docx"
    document.save(str(path))
    assert found(extract_questions(path)) == [
        (
            "5",
            "Do you agree that charges should be capped? Please explain your answer. "
            "Word limit: 300",
            "Chapter 3: Charges",
            300,
            None,
            ("Agree", "Disagree", "Don't know"),
        ),
        ("6", "Are there other ways to keep charges fair?", "Chapter 3: Charges", None, None, ()),
    ]


def paragraphs(*items: str | tuple[str]) -> list[Unit]:
    """Units from strings; a 1-tuple is a heading."""
    return [Unit(i[0], True) if isinstance(i, tuple) else Unit(i, False) for i in items]


def test_numbered_argument_is_not_a_question_and_repeats_are_left_out() -> None:
    units = paragraphs(
        ("Chapter 1: Scope",),
        "1.1 Councils buy many services.",
        "1.2 Why does this matter? Because 1.2 million people use them.",
        "Question 1: Should councils publish their plans?",
        "1.3 The plans cover 2014 to 2016.",
        ("Summary of questions",),
        "Question 1: Should councils publish their plans?",
        "Question 2: Is anything missing?",
    )
    consultation = questions_from_units(units, "Plans")
    assert [(q.number, q.chapter) for q in consultation.questions] == [
        ("1", "Chapter 1: Scope"),
        ("2", "Summary of questions"),
    ]
    assert "1 question appeared again later" in consultation.notes[0]


def test_sub_parts_and_a_limit_for_every_answer() -> None:
    units = paragraphs(
        "Please keep each answer to no more than 400 words.",
        "Q7. Which services do you use?",
        "(a) Day services",
        "(b) Transport",
        "Q8. Anything else? (500 characters)",
    )
    consultation = questions_from_units(units, "Services")
    assert found(consultation) == [
        ("7", "Which services do you use? (a) Day services (b) Transport", "", 400, None, ()),
        ("8", "Anything else? (500 characters)", "", None, 500, ()),
    ]
    assert "at most 400 words per answer" in consultation.notes[0]


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("Please explain (maximum 250 words).", (250, None)),
        ("Answer in no more than 300 words.", (300, None)),
        ("Word limit: 200", (200, None)),
        ("word limit of 1,000", (1000, None)),
        ("(500 characters)", (None, 500)),
        ("up to 2,000 characters including spaces", (None, 2000)),
        ("A 150-word limit applies.", (150, None)),
        ("100 words maximum", (100, None)),
        ("max. 80 words", (80, None)),
        ("The report ran to 300 words.", (None, None)),
        ("It costs 5 words and 3 characters", (None, None)),
    ],
)
def test_limits(text: str, limits: tuple[int | None, int | None]) -> None:
    assert limits_in(text) == limits


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The consultation closes on 30 May 2014.", "2014-05-30"),
        ("Closing date: 11:59pm on 30 May 2014", "2014-05-30"),
        ("Deadline: 5 p.m., Friday 12th June 2015", "2015-06-12"),
        ("Responses must be received by 01/03/2020.", "2020-03-01"),
        ("This consultation will close on March 3, 2021.", "2021-03-03"),
        ("Published 1 January 2014. It closes on 31 February 2014.", None),
        ("Published on 1 January 2014.", None),
    ],
)
def test_closing_dates(text: str, iso: str | None) -> None:
    assert closing_date_in(text) == iso


def test_no_questions_says_what_was_searched(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes\n\nThe meeting agreed the budget. Why? Costs rose.\n", "utf-8")
    with pytest.raises(InputError) as raised:
        extract_questions(path)
    message = str(raised.value)
    assert message.startswith("minutes.txt: no questions found. Looked for ")
    assert SEARCHED in message and "\n" not in message


def test_scanned_pdf_is_named(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 150, style="F")  # a page of picture, no text layer
    path = tmp_path / "scanned.pdf"
    pdf.output(str(path))
    with pytest.raises(DocumentError, match="no text layer found"):
        extract_questions(path)


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "form.pages").write_bytes(b"x")
    with pytest.raises(DocumentError, match=r"unsupported file type '\.pages'"):
        extract_questions(tmp_path / "form.pages")
    (tmp_path / "form.odt").write_bytes(b"x")  # read now, so a broken one says so
    with pytest.raises(DocumentError, match="not a readable OpenDocument text file"):
        extract_questions(tmp_path / "form.odt")
    with pytest.raises(DocumentError, match="no such file"):
        extract_questions(tmp_path / "nothing.pdf")


# Under a second normally; a reader that backtracks or rescans (quadratic in 2 MB) would take
# hours, so pytest-timeout's 120 s cap bounds it without the test reading a clock.
@pytest.mark.timeout(120)
def test_two_megabytes_in_bounded_time(tmp_path: Path) -> None:
    """Lines wrapped as in a PDF, numbered argument with question marks, a question a chapter."""
    chapter = "\n".join(
        textwrap.wrap(
            "The government proposes that councils consider social value (see 2.3) when they "
            "buy services. Why does this matter? Because 1.2 million people use them. " * 12,
            80,
        )
    )
    parts, n = [], 0
    while sum(map(len, parts)) < 2_000_000:
        n += 1
        parts.append(
            f"Chapter {n}: Topic {n}\n\n{chapter}\n\n{n}.1 {chapter}\n\n"
            f"Question {n}: Do you agree with proposal {n}? (maximum 250 words)\n"
        )
    path = tmp_path / "huge.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    consultation = extract_questions(path)
    assert len(consultation.questions) == n
    assert consultation.questions[-1].number == str(n)
    assert all(q.word_limit == 250 for q in consultation.questions)

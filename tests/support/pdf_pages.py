"""A 22-page PDF built with fpdf2, text about a ferry on page 17 only: the library's page
citations (tests/library/test_pdf_pages.py) and the reading view in the browser
(tests/ui/test_ui_reading_browser.py) are proven on the same file."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from tests.support.helpers import TOPICS, paragraph

PAGES = 22
TARGET = 17
FERRY = (
    "Members who travel by ferry to the Isle of Wight told us the lower deck has no accessible "
    "toilet, and the lift to the passenger lounge was broken on every crossing they made."
)
QUESTION = "Is there an accessible toilet on the Isle of Wight ferry?"


def page_text(number: int) -> str:
    """About 110 words, so each page is one passage of its own; only page 17 mentions ferries."""
    topic = list(TOPICS)[number % len(TOPICS)]
    opening = f"In district number {number} the survey heard from {number * 3} members."
    body = paragraph(topic, 90).replace(". .", ".")
    return f"{opening} {FERRY} {body}" if number == TARGET else f"{opening} {body}"


def build_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_title("Accessible travel survey")
    pdf.set_font("Helvetica", size=11)
    for number in range(1, PAGES + 1):
        pdf.add_page()
        pdf.multi_cell(0, 6, page_text(number))
    pdf.output(str(path))
    return path

"""Consultation documents built by the tests, with the questions each one must yield.

Each builder writes a small document in one format and numbering style; EXPECTED_* hold what
extraction must find: (number, text, chapter, word limit, character limit, options).
"""

from __future__ import annotations

from pathlib import Path

WORD_TITLE = "Supporting disabled people's user-led organisations"
WORD_QUESTIONS = [
    (
        "1.2",
        "Should councils consider social value when they commission services from user-led "
        "organisations?",
        "Chapter 1: Commissioning",
        None,
        None,
        (),
    ),
    (
        "1",
        "Do you agree that user-led organisations should be funded over several years rather "
        "than one year at a time? (Yes/No) Please explain in no more than 250 words.",
        "Chapter 2: Funding",
        250,
        None,
        ("Yes", "No"),
    ),
    (
        "2",
        "What would help user-led organisations stay independent when they deliver public "
        "services?",
        "Chapter 2: Funding",
        None,
        None,
        (),
    ),
    (
        "3",
        "How should commissioners involve disabled people in designing services?",
        "Consultation questions",
        None,
        None,
        (),
    ),
    (
        "4",
        "Is there anything else you would like to tell us about social value? (maximum 100 words)",
        "Consultation questions",
        100,
        None,
        (),
    ),
]


def word_consultation(path: Path) -> Path:
    """A DOCX with a Title, chapter headings, and four numbering styles."""
    from docx import Document

    document = Document()
    document.add_heading(WORD_TITLE, level=0)
    document.add_paragraph("A consultation by the Office for Disability Issues.")
    document.add_paragraph("This consultation closes on 30 May 2014.")
    document.add_heading("Chapter 1: Commissioning", level=1)
    document.add_paragraph("1.1 Councils buy many services from voluntary organisations.")
    document.add_paragraph(f"1.2 {WORD_QUESTIONS[0][1]}")
    document.add_heading("Chapter 2: Funding", level=1)
    document.add_paragraph(
        "The government is considering how grants for user-led organisations are offered, "
        "including the Facilitation Fund and multi-year funding."
    )
    document.add_paragraph(f"Question 1: {WORD_QUESTIONS[1][1]}")
    document.add_paragraph(f"Q2. {WORD_QUESTIONS[2][1]}")
    document.add_heading("Consultation questions", level=1)
    document.add_paragraph("Please answer the questions below.")
    document.add_paragraph(f"3) {WORD_QUESTIONS[3][1]}")
    document.add_paragraph(f"4) {WORD_QUESTIONS[4][1]}")
    document.save(str(path))
    return path


PDF_TITLE = "Accessible transport consultation"
PDF_QUESTIONS = [
    (
        "1",
        "Do you agree that every bus should have a ramp that works every time, checked before "
        "each journey by the driver? (maximum 200 words)",
        "Chapter 1: Buses",
        200,
        None,
        (),
    ),
    (
        "2",
        "What would help drivers wait until wheelchair users are settled? Please explain your "
        "answer.",
        "Chapter 1: Buses",
        None,
        None,
        (),
    ),
    (
        "3",
        "Should fares stay affordable for disabled travellers on low incomes? Agree / Disagree / "
        "Neither agree nor disagree",
        "Chapter 2: Fares",
        None,
        None,
        ("Agree", "Disagree", "Neither agree nor disagree"),
    ),
    (
        "4",
        "How should timetables be published? (500 characters)",
        "Chapter 2: Fares",
        None,
        500,
        (),
    ),
    ("5", "Are step-free stations a priority for you?", "Questions", None, None, ()),
    ("6", "Which community transport schemes do you use?", "Questions", None, None, ()),
]
PDF_LINES = [
    # (text, new page before it)
    (PDF_TITLE, False),
    ("The consultation closes at 11:59pm on 30 May 2014.", False),
    ("Chapter 1: Buses", False),
    ("We propose that all buses have ramps and that drivers check them.", False),
    (
        "Question 1. Do you agree that every bus should have a ramp that works every time, "
        "checked before each journey by the driver? (maximum 200 words)",
        False,
    ),
    ("Q2: What would help drivers wait until wheelchair users are settled?", False),
    ("Please explain your answer.", False),
    ("Chapter 2: Fares", True),
    ("Fares are set by operators.", False),
    ("(3) Should fares stay affordable for disabled travellers on low incomes?", False),
    ("Agree / Disagree / Neither agree nor disagree", False),
    ("4. How should timetables be published? (500 characters)", False),
    ("Questions", True),
    ("Please also answer these questions.", False),
    ("- Are step-free stations a priority for you?", False),
    ("- Which community transport schemes do you use?", False),
]


def pdf_consultation(path: Path) -> Path:
    """A three-page PDF with a running header, a wrapped question and five numbering styles."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_font("Helvetica", size=11)

    def new_page() -> None:
        pdf.add_page()
        pdf.cell(0, 6, "Department for Transport - consultation", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "", new_x="LMARGIN", new_y="NEXT")

    new_page()
    for text, page_break in PDF_LINES:
        if page_break:
            new_page()
        pdf.multi_cell(120, 6, text, new_x="LMARGIN", new_y="NEXT")  # narrow: lines wrap
    pdf.output(str(path))
    return path


HTML_TITLE = "Social value in commissioning"
HTML_QUESTIONS = [
    (
        "1",
        "Do you agree that social value should count in every contract? Yes / No / Don't know",
        "Proposals",
        None,
        None,
        ("Yes", "No", "Don't know"),
    ),
    ("2", "How could small charities show their social value?", "Questions", None, None, ()),
    ("3", "What else should commissioners consider?", "Questions", None, None, ()),
]
HTML_PAGE = f"""<!doctype html><html><head><title>{HTML_TITLE}</title></head><body>
<nav>Home | Consultations</nav>
<h1>{HTML_TITLE}</h1>
<p>Deadline: 5pm, 12 June 2015.</p>
<h2>Proposals</h2>
<p>We propose that commissioners weigh social value when they buy services.</p>
<p><strong>Consultation question 1:</strong> Do you agree that social value should count in
every contract? Yes / No / Don't know</p>
<h2>Questions</h2>
<p>We would welcome your views on the following.</p>
<ol><li>How could small charities show their social value?</li>
<li>What else should commissioners consider?</li></ol>
</body></html>
"""

TEXT_QUESTIONS = [
    (
        "1",
        "Should user-led organisations be funded for three years at a time? Word limit: 200",
        "Part 1: Grants",
        200,
        None,
        (),
    ),
    (
        "2",
        "What support do small groups need to bid for contracts? (a) Training (b) Partners",
        "Part 1: Grants",
        None,
        None,
        (),
    ),
    ("3", "Is there anything else you want to tell us?", "Part 2: Other", None, None, ()),
]
TEXT_DOCUMENT = """Grants for user-led organisations

Responses must be received by 1 March 2020.

Part 1: Grants

Grants are currently given one year at a time.

Q1) Should user-led organisations be funded for three years at a time?
Word limit: 200

Q2) What support do small groups need to bid for contracts?
(a) Training
(b) Partners

Part 2: Other

Q3) Is there anything else you want to tell us?
"""

"""How long finding a long consultation's questions takes: a 100-page PDF, made with fpdf2.

    .venv/bin/python benchmarks/questions_benchmark.py [--pages 100] [--runs 3]

The document mixes the layouts the finder reads: chapters of background prose with numbered
paragraphs, "Question N:" labels, a survey-form page ("Question Title", "* 1.") and an agreement
grid, repeated to the page count. Prints the seconds per run (median of --runs) and the number
of questions found. Target (issue "Finding a consultation's questions in documents we have never
seen"): under 10 s on 2 cores. A benchmark, not a test: no test reads a clock.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from fpdf import FPDF

from assistant.consultation import extract_questions

PROSE = (
    "The council provides support to {n} thousand residents each year, and the cost of that "
    "support has risen faster than the money it receives from central government. "
)


def make_pdf(path: Path, pages: int) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)

    def line(text: str) -> None:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    question = 0
    for page in range(pages):
        pdf.add_page()
        line(f"Chapter {page + 1}: Services in area {page + 1}")
        for paragraph in range(1, 6):
            line(f"{page + 1}.{paragraph} " + PROSE.format(n=paragraph) * 3)
        question += 1
        line(
            f"Question {question}: Do you agree with proposal {question}? "
            "Please give reasons for your answer. (maximum 250 words)"
        )
        if page % 10 == 9:
            line("Question Title")
            question += 1
            line(f"* {question}. How satisfied are you with each of the following:")
            line("Very satisfied Satisfied Neither Dissatisfied Very dissatisfied")
            for row in ("Opening hours", "Staff", "Buildings"):
                line(row)
    pdf.output(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long_consultation.pdf"
        make_pdf(path, args.pages)
        times, found = [], 0
        for _ in range(args.runs):
            started = time.perf_counter()
            found = len(extract_questions(path).questions)
            times.append(time.perf_counter() - started)
    print(
        f"{args.pages}-page PDF: {found} questions found in {statistics.median(times):.2f} s "
        f"(median of {args.runs}; runs {', '.join(f'{t:.2f}' for t in times)}); target < 10 s"
    )


if __name__ == "__main__":
    main()

"""One response document for a whole consultation, in Word (.docx) or Markdown (.md).

Cover details, a summary of what to check, who we are, then every question in the document's
order with its answer and the sources that answer's [n] markers point to (numbering starts
again at [1] for each answer), and at the end every cited document with its provenance.
Single-answer formatting (sources, checks, Word paragraphs and lists) comes from
`assistant.export`, so a one-question draft and a whole response look alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.consultation.model import format_date
from assistant.consultation.respond import FILL_IN, Answer, ConsultationResponse, Source
from assistant.errors import InputError
from assistant.export import (
    CHECKS,
    add_paragraph,
    fresh_numbering,
    one_line,
    plain_text,
    save_docx,
    source_entry,
    text_blocks,
    writable,
    write_text,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

ANSWER_SOURCES = "Sources for this answer"
ALL_SOURCES = "All sources"
SUMMARY = "Before sending"
NO_ANSWER = "No answer has been drafted for this question yet."
HOW_TO_READ = (
    "Each answer is followed by the sources its numbered references, such as [1], point to. "
    "The numbering starts again at [1] for each answer. Every source is listed once more, with "
    "where it comes from, at the end."
)


def title_of(response: ConsultationResponse) -> str:
    return f"Response to: {one_line(response.consultation.title)}"


def cover_rows(response: ConsultationResponse) -> list[tuple[str, str]]:
    """(label, value) pairs for the cover; empty values left out."""
    profile, consultation = response.profile, response.consultation
    rows = [
        ("Organisation", profile.name or ""),
        ("Consultation", consultation.title),
        ("Closing date", consultation.closing_date_text),
        ("Date prepared", format_date(response.prepared)),
        ("Contact", profile.contact or ""),
    ]
    return [(label, one_line(value)) for label, value in rows if value]


def summary_lines(response: ConsultationResponse) -> list[str]:
    """What to check before sending, answer by answer, plus any notes on the run."""
    flagged = response.flagged
    total = len(response.answers)
    if not flagged:
        lines = [
            f"All {total} answers were checked: every citation resolves, every figure and "
            "quotation is in its source, and no answer is over its limit."
        ]
    else:
        verb = "has" if len(flagged) == 1 else "have"
        lines = [
            f"{len(flagged)} of {total} answers {verb} something to check, listed under "
            f"“{CHECKS}” after each answer:"
        ]
        lines += [f"- {answer.question.label}: {_flag_summary(answer)}" for answer in flagged]
    return lines + list(response.notes)


def _flag_summary(answer: Answer) -> str:
    if answer.status in ("not drafted", "for you to fill in", "for you to choose"):
        return answer.status
    if answer.status == "no evidence":
        return "no answer drafted (nothing relevant in the library)"
    count = len(answer.checks)
    return f"{count} check{'s' if count != 1 else ''}"


def about_lines(response: ConsultationResponse) -> list[str]:
    """Who we are, said once for the whole response (each answer opens with its position)."""
    profile = response.profile
    # opening_sentences is [who we are (if known), welcome, stance]: keep only who we are.
    who = profile.opening_sentences("no view")[:-2]
    lines = [" ".join(who), profile.about or "", profile.lived_experience or ""]
    return [one_line(line) for line in lines if line.strip()]


def question_details(answer: Answer) -> str:
    """Chapter, limit (with this answer's count) and the form's answer choices, on one line."""
    question = answer.question
    parts = [f"Chapter: {question.chapter}."] if question.chapter else []
    if question.word_limit:
        count = f"; this answer has {answer.words}" if answer.result and answer.words else ""
        parts.append(f"Limit: {question.word_limit} words{count}.")
    if question.char_limit:
        count = f"; this answer has {answer.chars:,}" if answer.result and answer.chars else ""
        parts.append(f"Limit: {question.char_limit:,} characters{count}.")
    if question.options:
        parts.append(f"Choices on the form: {' / '.join(question.options)}.")
    if question.kind != "open":
        parts.append(f"Kind: {question.kind}.")
    return " ".join(parts)


SHOWN = ("drafted", "suggested", "for you to choose")  # statuses whose text the response shows


def no_answer(answer: Answer) -> str:
    """What stands in for an answer that has no text."""
    return FILL_IN if answer.status == "for you to fill in" else NO_ANSWER


def source_provenance(source: Source) -> str:
    """ "Title (kind). Publisher: ... Licence: ... Cited in answers to questions 1, 3." """
    parts = [f"{source.title}" + (f" ({source.kind})" if source.kind else "") + "."]
    for label, value in (
        ("Publisher", source.publisher),
        ("Date", source.date),
        ("Licence", source.licence),
        ("Address", source.official_url),
    ):
        if value:
            parts.append(f"{label}: {one_line(value).rstrip('.')}.")
    numbers = ", ".join(source.questions)
    plural = "s" if len(source.questions) != 1 else ""
    parts.append(f"Cited in the answer{plural} to question{plural} {numbers}.")
    return " ".join(parts)


# ---- Markdown ---------------------------------------------------------------------------


def _answer_markdown(text: str) -> list[str]:
    """The drafted answer with its headings moved below the question's heading."""
    lines: list[str] = []
    previous = ""
    for block in text_blocks(text):
        if previous in ("bullet", "number") and block.kind != previous:
            lines.append("")  # a list ends with a blank line; its items sit together
        if block.kind == "heading":
            lines += [f"{'#' * (block.level + 2)} {block.text}", ""]
        elif block.kind == "bullet":
            lines.append(f"- {block.text}")
        elif block.kind == "number":
            lines.append(f"{block.number}. {block.text}")
        else:
            lines += [block.text, ""]
        previous = block.kind
    return [*lines, ""] if previous in ("bullet", "number") else lines


def to_markdown(response: ConsultationResponse) -> str:
    """The whole response as Markdown."""
    lines = [f"# {title_of(response)}", "", "| | |", "|---|---|"]
    lines += [f"| {label} | {value.replace('|', '/')} |" for label, value in cover_rows(response)]
    lines += ["", f"## {SUMMARY}", "", *summary_lines(response), ""]
    if about := about_lines(response):
        lines += ["## About us", "", *(f"{line}\n" for line in about)]
    lines += ["## How to read this response", "", HOW_TO_READ, ""]
    for answer in response.answers:
        question = answer.question
        lines += [f"## {question.label}: {one_line(question.text)}", ""]
        if details := question_details(answer):
            lines += [f"*{details}*", ""]
        if answer.status not in SHOWN or answer.result is None:
            lines += [no_answer(answer), ""]
        else:
            lines += _answer_markdown(answer.result.text)
            lines += [f"### {ANSWER_SOURCES}", ""]
            lines += [source_entry(e) + "\n" for e in answer.cited] or ["No sources cited.", ""]
        if answer.checks:
            lines += [f"### {CHECKS}", ""]
            lines += [f"{i}. {check}" for i, check in enumerate(answer.checks, 1)] + [""]
    lines += [f"## {ALL_SOURCES}", ""]
    lines += [f"- {source_provenance(s)}" for s in response.sources] or ["No sources cited."]
    return "\n".join(lines).rstrip() + "\n"


# ---- Word -------------------------------------------------------------------------------


def _answer_docx(document: WordDocument, text: str) -> None:
    num_id, previous = 0, ""
    for block in text_blocks(text):
        if block.kind == "heading":
            document.add_heading(plain_text(block.text), level=min(block.level + 1, 9))
        elif block.kind == "number":
            num_id = num_id if previous == "number" else fresh_numbering(document)
            add_paragraph(document, block.text, "List Number", num_id)
        else:
            add_paragraph(document, block.text, "List Bullet" if block.kind == "bullet" else None)
        previous = block.kind


def _numbered(document: WordDocument, items: list[str]) -> None:
    num_id = fresh_numbering(document)
    for item in items:
        add_paragraph(document, item, "List Number", num_id)


def to_docx(response: ConsultationResponse, path: Path) -> Path:
    """The whole response as a Word document with real headings, lists and a cover table."""
    from docx import Document  # imported here: only this export needs python-docx

    path, heading = writable(path), title_of(response)
    document = Document()
    props = document.core_properties
    props.title, props.subject = heading[:255], one_line(response.consultation.title)[:255]
    props.author, props.comments = response.profile.name or "", ""
    document.add_heading(heading, level=0)
    rows = cover_rows(response)
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
        row.cells[0].paragraphs[0].runs[0].bold = True
    document.add_heading(SUMMARY, level=1)
    for line in summary_lines(response):
        if line.startswith("- "):
            add_paragraph(document, line[2:], "List Bullet")
        else:
            add_paragraph(document, line)
    if about := about_lines(response):
        document.add_heading("About us", level=1)
        for line in about:
            add_paragraph(document, line)
    document.add_heading("How to read this response", level=1)
    document.add_paragraph(HOW_TO_READ)
    for answer in response.answers:
        question = answer.question
        document.add_heading(f"{question.label}: {one_line(question.text)}", level=1)
        if details := question_details(answer):
            add_paragraph(document, f"*{details}*")
        if answer.status not in SHOWN or answer.result is None:
            document.add_paragraph(no_answer(answer))
        else:
            _answer_docx(document, answer.result.text)
            document.add_heading(ANSWER_SOURCES, level=2)
            for evidence in answer.cited:
                document.add_paragraph(source_entry(evidence))
            if not answer.cited:
                document.add_paragraph("No sources cited.")
        if answer.checks:
            document.add_heading(CHECKS, level=2)
            _numbered(document, list(answer.checks))
    document.add_heading(ALL_SOURCES, level=1)
    for source in response.sources:
        add_paragraph(document, source_provenance(source), "List Bullet")
    if not response.sources:
        document.add_paragraph("No sources cited.")
    return save_docx(document, path)


WRITERS: dict[str, Callable[[ConsultationResponse, Path], Path]] = {
    ".docx": to_docx,
    ".md": lambda response, path: write_text(path, to_markdown(response)),
}


def write_response(response: ConsultationResponse, path: Path) -> Path:
    """Write the format the file name asks for: .docx or .md."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise InputError(
            f"{path}: cannot save a response as '{path.suffix or 'no suffix'}'; "
            f"use a file ending in {' or '.join(WRITERS)}"
        )
    return writer(response, path)

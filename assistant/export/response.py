"""One response document for a whole consultation, as a `Page` for any export format.

Cover details, a summary of what to check, who we are, then every question in the document's
order with its answer and the sources that answer's [n] markers point to (numbering starts
again at [1] for each answer), and at the end every cited document with its provenance.
Source lines and checks come from `export.answer`, so a one-question draft and a whole
response look alike.
"""

from __future__ import annotations

from assistant.consultation.model import AnswerStatus, format_date
from assistant.consultation.respond import FILL_IN, Answer, ConsultationResponse, Source
from assistant.core.text import noun_for, plural
from assistant.export.answer import CHECKS, source_blocks
from assistant.export.page import Block, Page, heading, numbered, one_line, para, raw, written
from assistant.how_read.render import HEADING as READ_HEADING
from assistant.how_read.render import summary
from assistant.how_read.response import response_checks

Status = AnswerStatus
ANSWER_SOURCES = "Sources for this answer"
ALL_SOURCES = "All sources"
SUMMARY = "Before sending"
READ_INTRO = (
    "Analysts mark an answer evidence-rich when it has at least two of four signs: facts or "
    "figures, a concrete example, lived or professional experience, a reasoned solution. "
    "Advice only: add only what is true."
)
NO_ANSWER = "No answer has been drafted for this question yet."
NO_SOURCES = "No sources cited."
HOW_TO_READ = (
    "Each answer is followed by the sources its numbered references, such as [1], point to. "
    "The numbering starts again at [1] for each answer. Every source is listed once more, with "
    "where it comes from, at the end."
)


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
    if answer.status in (Status.NOT_DRAFTED, Status.FOR_YOU_TO_FILL_IN, Status.FOR_YOU_TO_CHOOSE):
        return str(answer.status)
    if answer.status == Status.NO_EVIDENCE:
        draft = answer.result.draft if answer.result else None
        missing = draft.not_covered if draft else None
        what = f" on {', '.join(f'“{t}”' for t in missing)}" if missing else ""
        return f"not covered: the library has nothing{what}; write it from the outline"
    return plural(len(answer.checks), "check")


def how_read_blocks(response: ConsultationResponse) -> list[Block]:
    """ "How it will be read": one short line per drafted answer, under "Before sending"
    (the check itself is `assistant.how_read`; advice only, nothing is blocked)."""
    checked = response_checks(response)
    if not checked:
        return []
    lines = [Block("bullet", f"{a.label}: {summary(a.check)}") for a in checked]
    return [heading(READ_HEADING, 2), para(READ_INTRO), *lines]


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


# The statuses whose text the response shows.
SHOWN = (AnswerStatus.DRAFTED, AnswerStatus.SUGGESTED, AnswerStatus.FOR_YOU_TO_CHOOSE)


def no_answer(answer: Answer) -> str:
    """What stands in for an answer that has no text."""
    return FILL_IN if answer.status == AnswerStatus.FOR_YOU_TO_FILL_IN else NO_ANSWER


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
    count, numbers = len(source.questions), ", ".join(source.questions)
    answers, questions = noun_for(count, "answer"), noun_for(count, "question")
    parts.append(f"Cited in the {answers} to {questions} {numbers}.")
    return " ".join(parts)


def response_page(response: ConsultationResponse) -> Page:
    """Cover, what to check, who we are, each question with its answer, then every source."""
    blocks: list[Block] = [Block("table", rows=tuple(cover_rows(response))), heading(SUMMARY)]
    blocks += [
        Block("bullet", x[2:]) if x.startswith("- ") else para(x) for x in summary_lines(response)
    ]
    blocks += how_read_blocks(response)
    if about := about_lines(response):
        blocks += [heading("About us"), *(para(line) for line in about)]
    blocks += [heading("How to read this response"), para(HOW_TO_READ)]
    for answer in response.answers:
        question = answer.question
        blocks.append(heading(f"{question.label}: {one_line(question.text)}"))
        if details := question_details(answer):
            blocks.append(para(f"*{details}*"))
        if answer.status == AnswerStatus.NO_EVIDENCE and answer.result is not None:
            blocks.append(written(answer.result.written, shift=1))  # the outline to write from
        elif answer.status not in SHOWN or answer.result is None:
            blocks.append(raw(no_answer(answer)))
        else:
            blocks.append(written(answer.result.written, shift=1))
            blocks += [heading(ANSWER_SOURCES, 2), *source_blocks(answer.cited, NO_SOURCES)]
        if answer.checks:
            blocks += [heading(CHECKS, 2), *numbered(answer.checks)]
    blocks.append(heading(ALL_SOURCES))
    provenance = [Block("bullet", source_provenance(s)) for s in response.sources]
    blocks += provenance or [raw(NO_SOURCES)]
    title = f"Response to: {one_line(response.consultation.title)}"
    subject = one_line(response.consultation.title)
    return Page(title, subject, response.profile.name or "", tuple(blocks))

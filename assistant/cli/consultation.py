"""`assistant consultation`: list a consultation document's questions; draft a whole response."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli.common import err, progress, settings_from
from assistant.core.errors import InputError
from assistant.core.text import noun_for, plural, shorten
from assistant.settings import GENERATORS, MAX_DRAFT_WORDS, MIN_DRAFT_WORDS

if TYPE_CHECKING:
    from assistant.consultation.model import Consultation, ConsultationQuestion
    from assistant.consultation.respond import ConsultationResponse


@click.group("consultation")
def consultation() -> None:
    """Read a consultation document's questions and draft a response to every one."""


@consultation.command("questions")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--json", "as_json", is_flag=True, help="Print a JSON array to edit and use with --questions."
)
def questions(file: Path, as_json: bool) -> None:
    """List the questions in FILE (PDF, DOCX, HTML, MD or TXT), in order, with their limits."""
    from assistant.consultation import extract_questions
    from assistant.consultation.editing import dump_questions

    found = extract_questions(file)
    if as_json:
        click.echo(dump_questions(found))
        err(f"{_count(found)} found in {file.name}{_closing(found)}.")
        return
    click.echo(report(found, file))


def report(found: Consultation, file: Path) -> str:
    """What was found, for the user to check before drafting, and how to correct it."""
    lines = [found.title, f"Closing date: {found.closing_date_text or 'not stated'}", ""]
    lines += [f"{_count(found)} found in {file.name}:", ""]
    for question in found.questions:
        about = "; ".join(_facts(question))
        lines.append(f"{question.label}" + (f"  ({about})" if about else ""))
        lines += textwrap.wrap(question.text, 96, initial_indent="    ", subsequent_indent="    ")
    if found.notes:
        lines += ["", "Notes:", *(f"- {note}" for note in found.notes)]
    lines += [
        "",
        "Open questions are drafted; a choice question gets a one-line suggested choice; an",
        '"about you" question is listed for you to fill in. To correct the list (change, remove,',
        'add or renumber questions, change a "kind", or give a question its own "stance" and',
        '"key_points"), save it, edit it, and draft from the edited file:',
        f"    assistant consultation questions {file} --json > questions.json",
        f"    assistant consultation respond {file} --questions questions.json \\",
        "        --profile org.toml --out response.docx",
    ]
    return "\n".join(lines)


def _facts(question: ConsultationQuestion) -> list[str]:
    facts = [question.kind] + ([question.chapter] if question.chapter else [])
    if question.word_limit:
        facts.append(f"limit {question.word_limit} words")
    if question.char_limit:
        facts.append(f"limit {question.char_limit:,} characters")
    if question.options:
        facts.append(f"choices: {' / '.join(question.options)}")
    return facts


def _count(found: Consultation) -> str:
    return plural(len(found.questions), "question")


def _closing(found: Consultation) -> str:
    return f"; closes {found.closing_date_text}" if found.closing_date else ""


@consultation.command("respond")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--profile", type=click.Path(path_type=Path), help="Organisation profile (TOML/JSON)."
)
@click.option(
    "--questions",
    "questions_file",
    type=click.Path(path_type=Path),
    help="An edited questions file (from `questions --json`) to draft instead of FILE's list.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Save as .md, .docx or .txt (default: print Markdown).",
)
@click.option("--words", type=int, help="Word target where no limit is stated (default 300).")
@click.option(
    "--max-questions",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Draft at most this many; the rest are listed, not drafted.",
)
@click.option(
    "--generator",
    type=click.Choice(GENERATORS),
    help="extractive (default, no model), local (bundled tiny model), ollama or openai.",
)
def respond(
    file: Path,
    profile: Path | None,
    questions_file: Path | None,
    out: Path | None,
    words: int | None,
    max_questions: int,
    generator: str | None,
) -> None:
    """Draft an answer to every question in FILE, in order, as one response document."""
    from assistant.answering.profile import load_profile
    from assistant.consultation import extract_questions
    from assistant.consultation.editing import apply_edits, load_questions
    from assistant.export import check_suffix, markdown_of, write_export

    # Cheap checks first, before the models load.
    if out is not None:
        check_suffix(out)
    if words is not None and not MIN_DRAFT_WORDS <= words <= MAX_DRAFT_WORDS:
        raise InputError(
            f"--words must be between {MIN_DRAFT_WORDS} and {MAX_DRAFT_WORDS:,}, got {words}"
        )
    org = load_profile(profile) if profile else None
    edited = load_questions(questions_file) if questions_file else None
    found = extract_questions(file)
    if edited is not None:
        found = apply_edits(found, edited)
    if len(found.questions) > max_questions:
        err(
            f"{_count(found)} found; drafting the first {max_questions} "
            "(the rest are listed in the response, not drafted)."
        )
    from assistant.answering.chains import Assistant
    from assistant.consultation.respond import respond as draft_all

    assistant = Assistant(settings_from(generator=generator))
    interactive = sys.stderr.isatty()
    with progress("Drafting") as update:

        def on_question(index: int, total: int, question: ConsultationQuestion) -> None:
            update(f"Question {index} of {total}", index - 1, total)
            if not interactive:  # a log, not a bar: one line per question
                err(f"Question {index} of {total}: {shorten(question.text, 70)}")

        response = draft_all(
            assistant,
            found,
            org,
            default_words=words,
            max_questions=max_questions,
            progress=on_question,
        )
    if out is None:
        click.echo(markdown_of(response))
    else:
        out = write_export(response, out)
    err(summary(response, out))


def summary(response: ConsultationResponse, out: Path | None) -> str:
    """One line: where it went, how many answers, which need checking."""
    answers = response.answers
    drafted = sum(1 for a in answers if a.status == "drafted")
    chosen = sum(1 for a in answers if a.status in ("suggested", "for you to choose"))
    yours = sum(1 for a in answers if a.status == "for you to fill in")
    kinds = (f", {plural(chosen, 'choice')}" if chosen else "") + (
        f", {yours} for you to fill in" if yours else ""
    )
    flagged = [a.question.number for a in response.flagged]
    where = f"Saved {out}: " if out else ""
    checks = (
        f"{len(flagged)} to check before sending "
        f"({noun_for(len(flagged), 'question')} {', '.join(flagged)})"
        if flagged
        else "nothing flagged by the checks"
    )
    return f"{where}{plural(len(answers), 'question')}, {drafted} drafted{kinds}; {checks}."

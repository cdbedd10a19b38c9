"""`assistant check FILE [--sources SOURCES.json] [--json]`: check a response you wrote."""

from __future__ import annotations

import json
from pathlib import Path

import click

from assistant.cli.answers import _GENERATOR
from assistant.cli.common import settings_from
from assistant.core.errors import InputError


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{what} {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{what} {path} could not be read ({exc.__class__.__name__})") from None


@click.command("check")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--sources",
    type=click.Path(path_type=Path),
    help='JSON list of {"n", "title", "text"} (as `draft --json` gives its evidence); [n] in '
    "the text refers to these. Without it every sentence is matched in the library.",
)
@click.option(
    "--question",
    default="",
    help="The consultation question it answers: then it also says whether the position it asks "
    "for is stated, and words its suggestions from its topic (How it will be read).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@_GENERATOR
def check(
    file: Path, sources: Path | None, question: str, as_json: bool, generator: str | None
) -> None:
    """Check a response you wrote: does each cited source say what the sentence says?"""
    from assistant.answering.chains import Assistant
    from assistant.answering.checking import check_with, parse_sources

    text = _read(file, "the response file")
    if not text.strip():
        raise InputError(f"the response file {file} is empty; write the text to check in it")
    evidence = parse_sources(_read(sources, "the sources file"), str(sources)) if sources else ()
    assistant = Assistant(settings_from(generator=generator))
    report = check_with(assistant, text, evidence)
    from assistant.how_read import how_read, render

    read = how_read(question, text)
    if as_json:
        data = {**report.as_dict(), "how_it_will_be_read": read.as_dict()}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for notice in report.notices:
        click.echo(f"Note: {notice}\n")
    doubtful = [s for s in report.sentences if not s.supported]
    for s in report.sentences:
        mark = "OK   " if s.supported else "CHECK"
        click.echo(f"{mark} {' '.join(s.text.split())}")
        if s.suggested:
            click.echo(f"      matched in the library: {s.suggested}")
        for problem in s.problems:
            click.echo(f"      - {problem}")
    click.echo(
        f"\n{len(report.sentences) - len(doubtful)} of {len(report.sentences)} sentences passed; "
        f"{len(doubtful)} to check."
    )
    click.echo("\n" + render.text(read))

"""Answer commands: `ask` a question and `draft` a consultation response."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from assistant.answering.writing.base import EventKind
from assistant.cli.common import err, settings_from
from assistant.settings import GENERATORS


def _print_grounded(result: Any) -> None:
    """Answer or draft, then its numbered sources, then what the verifier flagged."""
    from assistant.answering.writing.points import NOT_USED, NOT_USED_INTRO, not_used
    from assistant.rendering.checks import checks_text
    from assistant.rendering.sources import HEADING, source_line

    click.echo(result.text + "\n")
    if result.evidence:
        click.echo(f"{HEADING}:")
        for e in result.evidence:
            click.echo(source_line(e))
    if result.draft and result.draft.over_limit:
        click.echo(
            f"\nNote: {result.draft.words} words, over the limit of {result.draft.word_limit}."
        )
    left_out = not_used(result)
    if left_out:
        click.echo(f"\n{NOT_USED}: {NOT_USED_INTRO}")
        click.echo("\n".join(f"- {p}" for p in left_out))
    if not result.refused:  # a refusal says itself that nothing was written
        click.echo("\n" + "\n".join(checks_text(result.findings)))


def how_read_text(result: Any) -> str:
    """A draft's "How it will be read" check, for the terminal (docs/how-it-will-be-read.md)."""
    from assistant.how_read import how_read, render

    return render.text(how_read(result.question, result.text))


def draft_json(result: Any) -> dict[str, Any]:
    """The draft's JSON with its "How it will be read" check (none for a refusal)."""
    from assistant.how_read import how_read

    check = None if result.refused else how_read(result.question, result.text).as_dict()
    return {**result.as_dict(), "how_it_will_be_read": check}


_GENERATOR = click.option(
    "--generator",
    type=click.Choice(GENERATORS),
    help="local (default: the bundled model writes plain prose), extractive (quotes only, "
    "instant), ollama or openai.",
)


def show_progress(quiet: bool = False) -> Callable[[str, str], None]:
    """What the writer is doing, on stderr and only for a person at a terminal: the quick
    quoted answer first, then the model's words as it writes them. The checked text follows
    on stdout, so pipes and --json get only the result."""
    live = not quiet and sys.stderr.isatty()

    def on_event(kind: str, text: str) -> None:
        if not live:
            return
        if kind == EventKind.STATUS:
            err(text)
        elif kind == EventKind.QUICK:
            err(f"Quick answer from the sources:\n{text}\n\nWriting it in plain English…")
        elif kind == EventKind.TEXT:
            click.echo(text, err=True, nl=False)

    return on_event


def _notices(result: Any) -> None:
    for notice in result.notices:
        err(f"Note: {notice}")


@click.command()
@click.argument("question")
@_GENERATOR
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def ask(question: str, generator: str | None, as_json: bool) -> None:
    """Answer QUESTION from the library, with numbered sources."""
    from assistant.answering.chains import Assistant

    result = Assistant(settings_from(generator=generator)).ask(
        question, on_event=show_progress(as_json)
    )
    _notices(result)
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_grounded(result)


@click.command()
@click.option("--question", "-q", required=True, help="The consultation question to answer.")
@click.option(
    "--profile", type=click.Path(path_type=Path), help="Organisation profile (TOML/JSON)."
)
@click.option("--stance", help="agree, disagree, mixed or 'no view' (default: the profile's).")
@click.option("--point", "points", multiple=True, help="A key point to make (repeatable).")
@click.option("--words", type=int, help="Word limit (default 300).")
@_GENERATOR
@click.option("--out", type=click.Path(path_type=Path), help="Save as .md, .docx or .txt.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def draft(
    question: str,
    profile: Path | None,
    stance: str | None,
    points: tuple[str, ...],
    words: int | None,
    generator: str | None,
    out: Path | None,
    as_json: bool,
) -> None:
    """Draft a cited response to one consultation question in your organisation's voice."""
    from assistant.answering.profile import load_profile
    from assistant.export import check_suffix

    # Check the cheap things first, before the models load.
    if out is not None:
        check_suffix(out)
    org = load_profile(profile) if profile else None
    from assistant.answering.chains import Assistant

    result = Assistant(settings_from(generator=generator)).draft(
        question,
        profile=org,
        stance=stance,
        key_points=list(points) or None,
        words=words,
        on_event=show_progress(as_json),
    )
    _notices(result)
    if out is not None:
        from assistant.export import write_export

        saved = write_export(result, out)
        err(f"Saved to {saved}")
    if as_json:
        click.echo(json.dumps(draft_json(result), ensure_ascii=False, indent=2))
    else:
        _print_grounded(result)
        if not result.refused:
            click.echo("\n" + how_read_text(result))

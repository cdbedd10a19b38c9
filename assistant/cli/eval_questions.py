"""`assistant eval questions`: score the question finder on the bundled suite, or with --fresh
on the batches of real documents nobody here wrote (issue 22)."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli.common import err
from assistant.cli.evals import (
    FRESH_BATCH,
    QUESTION_SUITE,
    _command,
    _no_report,
    _out,
    _path,
    _shown,
    eval_group,
)


@eval_group.command("questions")
@click.argument("suite", required=False, type=_path)
@click.option(
    "--fresh",
    is_flag=True,
    help="Score the fresh batch of real documents (evals/questions/fresh), dev and held apart.",
)
@_out
@_no_report
def eval_questions(suite: Path | None, fresh: bool, out: Path, no_report: bool) -> None:
    """Score `consultation questions` on SUITE [evals/questions/suite]: precision, recall, and
    the share with the right number, kind, limits and options; every miss listed. With
    --fresh, the batch of real documents, per layout family and per part (dev, held)."""
    from assistant.evaluation.report_files import write_json

    if fresh:
        from assistant.evaluation import questions_fresh

        found = questions_fresh.run_fresh(suite or FRESH_BATCH)
        click.echo(questions_fresh.as_text(found))
        report = {"command": "assistant eval questions --fresh", **questions_fresh.as_report(found)}
        name = "questions-fresh.json"
    else:
        from assistant.evaluation.questions_eval import as_report, as_text, run_questions

        scores = run_questions(suite or QUESTION_SUITE)
        click.echo(as_text(scores))
        report = {"command": _command("questions", [suite] if suite else []), **as_report(scores)}
        name = "questions.json"
    if not no_report:
        written = write_json(Path(out) / name, report)
        err("Report: " + _shown(written))

"""`assistant eval questions`: score the question finder on the bundled suite, or with --fresh
on the batches of real documents nobody here wrote (issue 22)."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli.common import err
from assistant.cli.evals import (
    FRESH_BATCHES,
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
    help="Score the batches of real documents (evals/questions/fresh*), parts apart.",
)
@click.option(
    "--batch",
    type=click.Choice(["all", *FRESH_BATCHES]),
    default="all",
    show_default=True,
    help="With --fresh: which batch (fresh2, fresh3 held back whole; the others split).",
)
@_out
@_no_report
def eval_questions(suite: Path | None, fresh: bool, batch: str, out: Path, no_report: bool) -> None:
    """Score `consultation questions` on SUITE [evals/questions/suite]: precision, recall, and
    the share with the right number, kind, limits and options; every miss listed. With
    --fresh, the batches of real documents, per layout family and per part (dev, held)."""
    from assistant.evaluation.report_files import write_json

    if fresh:
        from assistant.evaluation import questions_fresh

        chosen = {"suite": suite} if suite else _batches(batch)
        reports: dict[str, object] = {}
        for label, folder in chosen.items():
            found = questions_fresh.run_fresh(folder)
            if len(chosen) > 1:
                click.echo(f"== {label} ({_shown(folder)})")
            click.echo(questions_fresh.as_text(found))
            reports[label] = questions_fresh.as_report(found)
        command = "assistant eval questions --fresh" + (f" --batch {batch}" if not suite else "")
        one = next(iter(reports.values())) if len(reports) == 1 else {"batches": reports}
        report = {"command": command, **one}  # type: ignore[dict-item]
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


def _batches(batch: str) -> dict[str, Path]:
    """The fresh batches to score: one by name, or every one."""
    return dict(FRESH_BATCHES) if batch == "all" else {batch: FRESH_BATCHES[batch]}

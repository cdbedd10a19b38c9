"""`assistant eval howread`: how well the "How it will be read" check agrees with hand labels
(no models; a second)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from assistant.cli.common import err
from assistant.cli.evals import EVALS, _no_report, _out, _path, _shown, eval_group

HOWREAD_SUITE = EVALS / "howread" / "answers.jsonl"


@eval_group.command("howread")
@click.argument("suite", required=False, type=_path)
@click.option(
    "--half",
    type=click.Choice(["dev", "held", "both", "all"]),
    default="both",
    show_default=True,
    help="Which half of the suite to score (all: every answer together).",
)
@_out
@_no_report
def eval_howread(suite: Path | None, half: str, out: Path, no_report: bool) -> None:
    """Agreement per sign (figures, examples, experience, solutions) and on the stance, with
    each miss and false alarm, on SUITE [evals/howread/answers.jsonl]'s dev and held halves."""
    from assistant.evaluation import howread
    from assistant.evaluation.report_files import write_json

    path = suite or HOWREAD_SUITE
    outcomes = howread.run(howread.load_labelled(path))
    halves = list(howread.HALVES) if half == "both" else [half]
    scores = [howread.score(outcomes, h) for h in halves]
    click.echo(f"How it will be read: {_shown(path)} (target {howread.TARGET:.2f} per sign)")
    click.echo(howread.as_text(scores))
    if not no_report:
        given = f" {_shown(path)}" if suite else ""
        report = {
            "command": f"assistant eval howread{given} --half {half}",
            **howread.as_report(scores),
        }
        name = "howread.json" if path == HOWREAD_SUITE else f"howread-{path.stem}.json"
        err(f"Report: {_shown(write_json(out / name, report))}")
    low = [s.half for s in scores for x in s.signs if x.agreement < howread.TARGET]
    if low:
        err(
            f"Below the target of {howread.TARGET:.2f} on a sign in: {', '.join(sorted(set(low)))}."
        )
        sys.exit(1)

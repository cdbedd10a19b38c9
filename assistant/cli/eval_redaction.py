"""`assistant eval redaction`: how well our evidence's personal data is masked (no models)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from assistant.cli.common import err
from assistant.cli.evals import EVALS, _path, _shown, eval_group


@eval_group.command("redaction")
@click.argument("suites", nargs=-1, type=_path)
@click.option("--details", is_flag=True, help="Also list each miss and each wrong mask.")
def eval_redaction(suites: tuple[Path, ...], details: bool) -> None:
    """Recall per kind and precision of our evidence's redaction (default: evals/redaction/)."""
    from assistant.evaluation.redaction import PRECISION_TARGET, RECALL_TARGETS, score_files
    from assistant.evidence.redact import Pii

    paths = list(suites) or sorted((EVALS / "redaction").glob("*.jsonl"))
    scores = score_files(paths)
    click.echo(f"Redaction: {scores.cases} texts ({', '.join(_shown(p) for p in paths)})")
    click.echo(f"{'kind':<15}{'expected':>9}{'recall':>8}{'target':>8}{'false masks':>13}")
    for kind in Pii:
        recall = scores.recall(kind)
        target = RECALL_TARGETS.get(kind)
        shown = "-" if recall is None else f"{recall:.3f}"
        click.echo(
            f"{kind.value:<15}{scores.expected.get(kind, 0):>9}{shown:>8}"
            f"{'' if target is None else f'{target:.2f}':>8}"
            f"{scores.false_masks.get(kind, 0):>13}"
        )
    click.echo(
        f"precision {scores.precision:.3f} over {scores.masked} masked "
        f"(target {PRECISION_TARGET:.2f})"
    )
    if details:
        for line in scores.misses:
            click.echo(f"missed: {line}")
        for line in scores.wrong:
            click.echo(f"masked wrongly: {line}")
    if not scores.meets_targets:
        err("Redaction is below its targets.")
        sys.exit(1)
    click.echo("Redaction meets its targets.")

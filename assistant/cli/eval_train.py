"""`assistant eval train-questions`: fit the question finder's trained scorer on the bundled
suite and the batches' development parts, and write its weights (issue 22, round six)."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli.common import err
from assistant.cli.evals import FLOORS, FRESH_BATCHES, QUESTION_SUITE, _path, _shown, eval_group


@eval_group.command("train-questions")
@click.option(
    "--out",
    type=_path,
    default=None,
    help="Weights file to write [assistant/consultation/scorer_weights.json].",
)
def eval_train_questions(out: Path | None) -> None:
    """Train the question scorer on the suite and the dev parts of the fresh batches (never
    the held halves of fresh4 to fresh7), then print what it learned."""
    from assistant.consultation import scoring
    from assistant.evaluation.gate import load_floors
    from assistant.evaluation.questions_training import train

    target = out or scoring.WEIGHTS
    floors = load_floors(FLOORS).questions
    data = train(QUESTION_SUITE, FRESH_BATCHES, target, (floors["recall"], floors["precision"]))
    click.echo(
        f"{data['documents']} documents, {data['candidates']} candidates, "
        f"{data['questions']} questions; keep the rules' unless under {data['keep']}, add "
        f"others from {data['add']} (chosen on {data['chosen_on']})"
    )
    for name, weight in zip(data["features"], data["weights"], strict=True):
        click.echo(f"  {name:16} {weight:+.3f}")
    scoring.model.cache_clear()
    err("Weights: " + _shown(target))

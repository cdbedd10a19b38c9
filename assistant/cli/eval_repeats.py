"""`assistant eval repeats`: how well a draft's repeated sentences are found (MiniLM only)."""

from __future__ import annotations

import click

from assistant.cli.common import settings_from
from assistant.cli.evals import EVALS, eval_group


@eval_group.command("repeats")
@click.option("--details", is_flag=True, help="Also list each pair missed or wrongly called.")
def eval_repeats(details: bool) -> None:
    """Repeats caught and different sentences wrongly dropped, on both halves of evals/repeats."""
    from assistant.evaluation.repeats_eval import load_pairs, score
    from assistant.library.embeddings import BundledEmbeddings

    pairs = load_pairs(EVALS / "repeats" / "pairs.jsonl")
    embeddings = BundledEmbeddings(models_dir=settings_from().models_dir)
    click.echo(f"{'half':<6}{'repeats':>9}{'caught':>8}{'different':>11}{'false alarms':>14}")
    for split in ("dev", "test"):
        s = score(pairs, split, embeddings)
        click.echo(
            f"{split:<6}{s.repeats:>9}{s.caught_share:>8.3f}{s.different:>11}"
            f"{s.false_alarm_share:>14.3f}"
        )
        if details:
            by_id = {p.id: p for p in pairs}
            for kind, ids in (("missed", s.missed), ("called a repeat", s.wrongly)):
                for pair_id in ids:
                    pair = by_id[pair_id]
                    click.echo(f"  {kind}: {pair.first}\n      / {pair.second}")
    click.echo("Thresholds were chosen on dev; report test (labels: evals/repeats/README.md).")

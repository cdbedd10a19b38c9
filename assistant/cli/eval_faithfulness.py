"""`assistant eval faithfulness`: the old support score and the meaning check side by side on
the held-back half of evals/faithfulness/ (or `--fit` to choose weights on the dev half)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import click

from assistant.cli.common import progress, settings_from
from assistant.cli.evals import EVALS, _path, eval_group

SUITE = EVALS / "faithfulness" / "items.jsonl"


@eval_group.command("faithfulness")
@click.option("--suite", type=_path, default=SUITE, show_default="evals/faithfulness/items.jsonl")
@click.option("--split", type=click.Choice(["test", "dev"]), default="test", show_default=True)
@click.option("--limit", type=int, help="Only the first N items of the split (by id).")
@click.option("--fit", is_flag=True, help="Fit the scorer's weights and threshold on dev.")
@click.option(
    "--cache",
    type=_path,
    help="Keep the model's P(yes) per (sentence, passage) in this JSON file and reuse it.",
)
def eval_faithfulness(
    suite: Path, split: str, limit: int | None, fit: bool, cache: Path | None
) -> None:
    """Share of unfaithful sentences caught and faithful ones falsely flagged, per kind."""
    from assistant.embeddings import BundledEmbeddings
    from assistant.evaluation import faithfulness as f
    from assistant.generation import get_text_model
    from assistant.meaning import WEIGHTS, judge_for

    settings = settings_from()
    items = sorted(f.load_items(suite, "dev" if fit else split), key=lambda i: i.id)[:limit]
    judge = judge_for(get_text_model("local", settings), settings.min_meaning)
    assert judge is not None  # the bundled model gives log-probabilities
    if cache and cache.is_file():
        judge.remember(json.loads(cache.read_text("utf-8")))
    embeddings = BundledEmbeddings(models_dir=settings.models_dir)
    with progress("Judging") as update:
        scored = f.score_items(
            items, embeddings, judge, settings.min_support, lambda d, t: update("", d, t)
        )
    if cache:
        cache.write_text(json.dumps(judge.remembered(), ensure_ascii=False), encoding="utf-8")
    weights, threshold = WEIGHTS, settings.min_meaning
    if fit:
        weights = f.fit(scored)
        threshold = f.choose_threshold(scored, weights)
        click.echo(f"Fitted on dev: WEIGHTS = {weights}\nthreshold (min_meaning) = {threshold}")
    shown = "dev" if fit else split
    click.echo(f"Faithfulness suite, {shown} half: {len(scored)} items ({suite.name})")
    click.echo(f"{'kind':<17}{'n':>4}{'old score':>11}{'old checker':>13}{'new check':>11}")
    for row in f.by_kind(scored, weights, threshold):
        click.echo(f"{row.kind:<17}{row.n:>4}{row.old:>11.2f}{row.rules:>13.2f}{row.new:>11.2f}")
    checks = {
        f"old support score (min_support {settings.min_support})": lambda s: s.old_flag,
        "old checker (all rules)": lambda s: s.old_flag or s.rules_flag,
        f"new check (min_meaning {threshold})": lambda s: s.new_flag(weights, threshold),
    }
    click.echo("\n(for unfaithful kinds: share caught; for paraphrase/verbatim: falsely flagged)")
    for name, flagged in checks.items():
        caught, false = f.rates(scored, flagged)
        click.echo(f"{name}: caught {caught:.3f}, faithful falsely flagged {false:.3f}")
    times = [s.seconds for s in scored]
    click.echo(
        f"Meaning check time per sentence: median {statistics.median(times):.2f} s, "
        f"max {max(times):.2f} s (cached P(yes) counts as 0)"
    )

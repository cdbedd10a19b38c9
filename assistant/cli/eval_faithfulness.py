"""`assistant eval faithfulness`: the old support score and the meaning check side by side on
the held-back half of evals/faithfulness/ (`--fit` to choose weights on the development data,
`--real real2` for a batch of the local writer's own sentences)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import click

from assistant.cli.common import progress, settings_from
from assistant.cli.evals import EVALS, _path, eval_group

SUITE = EVALS / "faithfulness" / "items.jsonl"
REAL = EVALS / "faithfulness" / "real.jsonl"  # development data of --fit, with the dev half
JUDGED = EVALS / "faithfulness" / "judged.json"  # saved P(yes) for `eval check`'s real floor


@eval_group.command("faithfulness")
@click.option("--suite", type=_path, default=SUITE, show_default="evals/faithfulness/items.jsonl")
@click.option(
    "--split", type=click.Choice(["test", "dev", "all"]), default="test", show_default=True
)
@click.option("--limit", type=int, help="Only the first N items of the split (by id).")
@click.option(
    "--fit",
    is_flag=True,
    help="Fit the scorer's weights and threshold on the development data "
    "(the suite's dev half and real.jsonl).",
)
@click.option(
    "--real",
    "batch",
    metavar="BATCH",
    help="Score a batch of the local writer's own sentences, evals/faithfulness/BATCH.jsonl "
    "(e.g. real2), whole and by half.",
)
@click.option(
    "--save-judged",
    is_flag=True,
    help="Save the model's P(yes) for these items in evals/faithfulness/judged.json "
    "(read by `assistant eval check`).",
)
@click.option(
    "--cache",
    type=_path,
    help="Keep the model's P(yes) per (sentence, passage) in this JSON file and reuse it.",
)
def eval_faithfulness(
    suite: Path,
    split: str,
    limit: int | None,
    fit: bool,
    batch: str | None,
    save_judged: bool,
    cache: Path | None,
) -> None:
    """Share of unfaithful sentences caught and faithful ones falsely flagged, per kind."""
    from assistant.checks.meaning import WEIGHTS, judge_for
    from assistant.core.errors import InputError
    from assistant.evaluation import faithfulness as f
    from assistant.evaluation.faithfulness_judged import save_judged as save
    from assistant.library.embeddings import BundledEmbeddings
    from assistant.llm.generation import get_text_model

    settings = settings_from()
    if batch:
        suite, split = EVALS / "faithfulness" / f"{batch}.jsonl", "all"
        if not suite.is_file():
            raise InputError(f"No batch {batch}: evals/faithfulness/{batch}.jsonl is missing.")
    wanted = "dev" if fit else (None if split == "all" else split)
    items = sorted(f.load_items(suite, wanted), key=lambda i: i.id)[:limit]
    real = sorted(f.load_items(REAL), key=lambda i: i.id) if fit else []
    judge = judge_for(get_text_model("local", settings), settings.min_meaning)
    assert judge is not None  # the bundled model gives log-probabilities
    if cache and cache.is_file():
        judge.remember(json.loads(cache.read_text("utf-8")))
    embeddings = BundledEmbeddings(models_dir=settings.models_dir)
    with progress("Judging") as update:
        scored = f.score_items(
            items + real, embeddings, judge, settings.min_support, lambda d, t: update("", d, t)
        )
    if cache:
        cache.write_text(json.dumps(judge.remembered(), ensure_ascii=False), encoding="utf-8")
    if save_judged:
        count = save(JUDGED, scored, judge.prompt, judge.label)
        click.echo(
            f"Saved P(yes) for {len(scored)} items ({count} in evals/faithfulness/judged.json)"
        )
    weights, threshold = WEIGHTS, settings.min_meaning
    if fit:
        weights, threshold = f.fit_development(scored)
        click.echo(f"Fitted on dev: WEIGHTS = {weights}\nthreshold (min_meaning) = {threshold}")
    shown = (
        "development data" if fit else {"dev": "dev half", "test": "test half"}.get(split, "all")
    )
    click.echo(f"Faithfulness suite, {shown}: {len(scored)} items ({suite.name})")
    click.echo(f"{'kind':<17}{'n':>4}{'old score':>11}{'old checker':>13}{'new check':>11}")
    for row in f.by_kind(scored, weights, threshold):
        click.echo(f"{row.kind:<17}{row.n:>4}{row.old:>11.2f}{row.rules:>13.2f}{row.new:>11.2f}")
    checks = {
        f"old support score (min_support {settings.min_support})": lambda s: s.old_flag,
        "old checker (all rules)": lambda s: s.old_flag or s.rules_flag,
        f"new check (min_meaning {threshold})": lambda s: s.new_flag(weights, threshold),
    }
    click.echo("\n(for unfaithful kinds: share caught; for paraphrase/verbatim: falsely flagged)")
    halves = {"": scored}
    if split == "all" and not fit:
        halves |= {
            f" [{h} half]": [s for s in scored if s.item.split == h] for h in ("test", "dev")
        }
    for name, flagged in checks.items():
        for half, group in halves.items():
            caught, false = f.rates(group, flagged)
            click.echo(f"{name}{half}: caught {caught:.3f}, faithful falsely flagged {false:.3f}")
    times = [s.seconds for s in scored]
    click.echo(
        f"Meaning check time per sentence: median {statistics.median(times):.2f} s, "
        f"max {max(times):.2f} s (cached P(yes) counts as 0)"
    )

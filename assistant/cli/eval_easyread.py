"""`assistant eval easyread`: the Easy Read versions of the bundled drafts against the guidance
(evals/easyread/; the work is in assistant/evaluation/easyread.py)."""

from __future__ import annotations

import json

import click

from assistant.cli.common import settings_from
from assistant.cli.evals import EVALS, eval_group

SUITE = EVALS / "easyread"
TARGETS = {"short": 0.95, "one_verb": 0.9, "faithful": 0.95, "reading_ease": 80.0}


@eval_group.command("easyread")
@click.option(
    "--half",
    type=click.Choice(["test", "dev", "all", "held"]),
    default="test",
    show_default=True,
    help="dev: tune on it; test: the first round's report half; held: the second round's held "
    "set (never tuned on); all: dev and test.",
)
@click.option(
    "--generator",
    type=click.Choice(["extractive", "local"]),
    default="extractive",
    show_default=True,
    help="extractive: the rules alone, judged from saved answers where there are any; local: "
    "the bundled model judges every sentence (and rewrites, unless --no-rewrite).",
)
@click.option("--no-rewrite", is_flag=True, help="With --generator local: judge only.")
@click.option("--limit", type=int, help="Only the first N drafts of the half (by name).")
@click.option(
    "--save-judged",
    is_flag=True,
    help="Save the model's answers in evals/easyread/judged.json (read by `assistant eval check`).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_easyread(
    half: str,
    generator: str,
    no_rewrite: bool,
    limit: int | None,
    save_judged: bool,
    as_json: bool,
) -> None:
    """Share of Easy Read sentences of at most 15 words, with one verb, judged faithful to
    their source sentence, and the reading ease of the text."""
    from assistant.checks.meaning import MeaningJudge
    from assistant.easyread.choose import maker_from_settings
    from assistant.easyread.make import Maker
    from assistant.evaluation import easyread as suite
    from assistant.llm.prompts import load_prompt

    settings = settings_from()
    drafts = suite.load_drafts(SUITE / "drafts", half)[:limit]
    if generator == "local":
        maker = maker_from_settings(settings, "local")
        if no_rewrite:
            maker = Maker(maker.judge)
        if isinstance(maker.judge, MeaningJudge):  # ask only about sentences not yet answered
            maker.judge.remember(suite.load_saved(SUITE / "judged.json", load_prompt("judge")))
    else:
        maker = Maker(suite.saved_judge(SUITE / "judged.json", settings.min_meaning))
    try:
        found, _ = suite.run(drafts, maker)
    except suite.NotSaved:
        found, _ = suite.run(drafts, Maker())
        click.echo(f"Note: no saved meaning-check answers; run `{suite.REFRESH}`.", err=True)
    if save_judged and maker.judge is not None and generator == "local":
        saved = suite.save_answers(SUITE / "judged.json", maker.judge, load_prompt("judge"))  # type: ignore[arg-type]
        click.echo(f"Saved {saved} meaning-check answers in evals/easyread/judged.json.", err=True)
    rewrite = "" if generator != "local" or no_rewrite else " with model rewrites"
    if as_json:
        out = {"half": half, "generator": generator + rewrite, **found.as_dict()}
        click.echo(json.dumps(out, indent=2))
        return
    click.echo(
        f"Easy Read on the {half} half ({found.drafts} drafts, {found.sources} response "
        f"sentences -> {found.sentences} Easy Read sentences; {generator}{rewrite}; "
        f"{found.seconds} s)"
    )
    values = found.as_dict()
    for key, target in TARGETS.items():
        value = values[key]
        shown = "not judged" if value is None else f"{value}"
        click.echo(f"  {key.replace('_', ' '):<13} {shown:<10} (target {target})")
    click.echo(
        f"  kept          {found.kept:<10} (response sentences whose numbers, names and "
        "negations are all in their Easy Read sentences)"
    )
    click.echo(f"  rewritten by the model: {found.by_model}; marked for a person: {found.marked}")

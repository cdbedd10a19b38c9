"""`assistant eval arguments`: draft the argument suite (evals/arguments/) and score what the
drafts cite against the passages a good answer must use (issue 21)."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli.common import err, progress, settings_from
from assistant.cli.evals import (
    ARGUMENT_SUITE,
    PROFILE,
    _command,
    _config_file,
    _no_report,
    _out,
    _path,
    _shown,
    _work_dir,
    eval_group,
)
from assistant.settings import GENERATORS


@eval_group.command("arguments")
@click.argument("suite", required=False, type=_path)
@click.option(
    "--generator",
    type=click.Choice(GENERATORS),
    default="extractive",
    show_default=True,
    help="The writer. The local model takes ~30-90 s a draft: use --limit.",
)
@click.option(
    "--half",
    type=click.Choice(["test", "dev", "all"]),
    default="test",
    show_default=True,
    help="Which half of the suite (thresholds are chosen on dev; report on test).",
)
@click.option("--limit", type=click.IntRange(min=1), help="The first N in-scope and N near.")
@click.option("--config", "config_name", help="Retrieval config [the first].")
@_config_file
@click.option(
    "--profile", type=_path, default=PROFILE, show_default="examples/org.toml", help="Voice."
)
@_out
@_no_report
@_work_dir
def eval_arguments(
    suite: Path | None,
    generator: str,
    half: str,
    limit: int | None,
    config_name: str | None,
    config_file: Path,
    profile: Path,
    out: Path,
    no_report: bool,
    work_dir: Path | None,
) -> None:
    """Draft the argument suite [evals/arguments/questions.jsonl] and score what the drafts
    cite: must-use passages cited, relevant paragraphs, near-domain questions drafted (should be
    none) and in-scope questions refused."""
    from assistant.answering.profile import load_profile
    from assistant.evaluation.argument_runner import (
        TARGETS,
        as_rows,
        meets,
        run_arguments,
        select,
        summarise,
    )
    from assistant.evaluation.arguments import load_arguments
    from assistant.evaluation.configs import load_configs
    from assistant.evaluation.configs import select as select_config
    from assistant.evaluation.stores import StorePool

    config = select_config(load_configs(config_file), config_name)[0]
    org = load_profile(profile)
    items = select(load_arguments(suite or ARGUMENT_SUITE), half, limit)
    with (
        progress("Drafting") as update,
        StorePool(settings_from(), None, work_dir, update) as pool,
    ):
        scores = run_arguments(items, generator, pool, config, org, progress=update)
    figures = summarise(scores, len(org.key_points))
    verdicts = meets(figures)
    subset = f", first {limit} in scope and {limit} near" if limit else ""
    click.echo(f"Argument suite, {half} half{subset}, {generator} writer:")
    for key, value in figures.items():
        shown = "none" if value is None else (f"{value:.3f}" if isinstance(value, float) else value)
        target = TARGETS.get(key)
        mark = (
            ""
            if target is None
            else f"  (target {target[0]} {target[1]}: "
            + {True: "met)", False: "MISSED)", None: "not measured)"}[verdicts[key]]
        )
        click.echo(f"  {key}: {shown}{mark}")
    if not no_report:
        from assistant.evaluation.report_files import write_json

        command = _command(
            "arguments", [suite] if suite else [], generator=generator, half=half, limit=limit
        )
        report = {"command": command, "figures": figures, "questions": as_rows(scores)}
        written = write_json(Path(out) / f"arguments-{generator}-{half}.json", report)
        err("Report: " + _shown(written))

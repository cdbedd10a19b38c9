"""`assistant eval check`: the CI gate over every suite's floors (evals/floors.toml)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from assistant.cli.common import err, progress, settings_from
from assistant.cli.evals import (
    ARGUMENT_SUITE,
    EVALS,
    FLOORS,
    FRESH_BATCHES,
    PROFILE,
    QUESTION_SUITE,
    RETRIEVAL_SUITES,
    _answer_items,
    _config_file,
    _path,
    _work_dir,
    eval_group,
)


@eval_group.command("check")
@click.option(
    "--floors",
    "floors_file",
    type=_path,
    default=FLOORS,
    show_default="evals/floors.toml",
    help="The floors to enforce (TOML).",
)
@_config_file
@_work_dir
def eval_check(floors_file: Path, config_file: Path, work_dir: Path | None) -> None:
    """CI gate: fail if retrieval, citations, question finding, the meaning check, repeats,
    "How it will be read" or Easy Read fall short."""
    from assistant.answering.profile import load_profile
    from assistant.evaluation import easyread, faithfulness, gate, howread, repeats_eval
    from assistant.evaluation.answer_runner import run_answers
    from assistant.evaluation.argument_runner import gate_figures
    from assistant.evaluation.configs import load_configs, select
    from assistant.evaluation.faithfulness_judged import real_gate_checks
    from assistant.evaluation.questions_eval import headline, run_questions
    from assistant.evaluation.questions_fresh import held_checks
    from assistant.evaluation.retrieval_runner import run_retrieval
    from assistant.evaluation.stores import StorePool
    from assistant.evaluation.suites import bundled_suites

    floors = gate.load_floors(floors_file)
    config = select(load_configs(config_file), floors.config)[0]
    items = _answer_items([], floors.limit)
    org = load_profile(PROFILE)
    with progress("Checking") as update, StorePool(settings_from(), None, work_dir, update) as pool:
        retrieval = run_retrieval(bundled_suites(RETRIEVAL_SUITES), [config], pool, update)
        answers, _ = run_answers(items, [floors.generator], pool, config, org, update)
        arguments = gate_figures(ARGUMENT_SUITE, pool, config, org) if floors.arguments else None
    checks = gate.check_retrieval(retrieval, floors) + gate.check_answers(answers, floors)
    checks += gate.check_questions(headline(run_questions(QUESTION_SUITE)), floors)
    checks += held_checks(FRESH_BATCHES, floors)
    if arguments is not None:
        checks += gate.check_arguments(arguments, floors)
    settings = settings_from()
    checks += faithfulness.gate_checks(floors_file, settings)
    checks += real_gate_checks(floors_file, EVALS, settings.min_meaning, settings.min_support)
    checks += repeats_eval.gate_checks(floors_file, EVALS, pool.embeddings)
    checks += howread.gate_checks(floors_file, EVALS / "howread")
    checks += easyread.gate_checks(floors_file, EVALS, settings.min_meaning)
    click.echo("\n".join(check.line() for check in checks))
    failed = [c for c in checks if not c.passed]
    if failed:
        err(f"Evaluation check failed: {len(failed)} of {len(checks)} below the floor.")
        sys.exit(1)
    click.echo(f"Evaluation check passed ({len(checks)} checks).")

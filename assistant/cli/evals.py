"""Evaluation commands: `eval retrieval`, `eval answers` and the CI gate `eval check` (other
suites have their own eval_*.py modules: arguments, faithfulness, howread, questions, redaction).

A thin face over `assistant.evaluation`: options are parsed here, the work is done there. Every
run ingests its suites' corpus into a temporary store (never your library), so it gives the
same numbers on any machine, and CI needs no ingested store.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from assistant.cli.common import err, progress, settings_from
from assistant.core.errors import InputError
from assistant.core.resources import bundled, home
from assistant.settings import GENERATORS, PROJECT_ROOT

EVALS = bundled("evals")  # the checkout's evals/, or the copy shipped in the package
RETRIEVAL_SUITES = EVALS / "retrieval"
ANSWER_SUITES = EVALS / "answers"
QUESTION_SUITE = EVALS / "questions" / "suite"
FRESH_BATCH = EVALS / "questions" / "fresh" / "docs"
ARGUMENT_SUITE = EVALS / "arguments" / "questions.jsonl"
# Batches of real documents nobody here wrote: round one's (its held part now development data),
# round two's (collected after round one, never tuned on) and a third (collected after round
# two's last change), a fourth (round three's: split dev / held, reported on held), a fifth
# (round four's, split the same way), a sixth (round five's) and a seventh (round six's, both
# split the same way).
FRESH_BATCHES = {
    "fresh": FRESH_BATCH,
    "fresh2": EVALS / "questions" / "fresh2" / "docs",
    "fresh3": EVALS / "questions" / "fresh3" / "docs",
    "fresh4": EVALS / "questions" / "fresh4" / "docs",
    "fresh5": EVALS / "questions" / "fresh5" / "docs",
    "fresh6": EVALS / "questions" / "fresh6" / "docs",
    "fresh7": EVALS / "questions" / "fresh7" / "docs",
}
REPORTS = home() / "evals" / "reports"  # written: the checkout's, or the user data folder
CONFIGS = EVALS / "configs.toml"
FLOORS = EVALS / "floors.toml"
PROFILE = bundled("examples") / "org.toml"

_path = click.Path(path_type=Path)
_config_file = click.option(
    "--config-file",
    type=_path,
    default=CONFIGS,
    show_default="evals/configs.toml",
    help="Named configurations.",
)
_work_dir = click.option(
    "--work-dir",
    type=_path,
    envvar="ASSISTANT_EVAL_WORK_DIR",
    help="Keep the evaluation stores here and reuse them (default: temporary, removed after).",
)
_out = click.option(
    "--out",
    type=_path,
    default=REPORTS,
    show_default="evals/reports",
    help="Folder for the report files.",
)
_no_report = click.option("--no-report", is_flag=True, help="Print only; write no report files.")


def _shown(path: Path) -> str:
    """A path as a command line would give it: relative to the project when inside it."""
    resolved = Path(path).resolve()
    return (
        str(resolved.relative_to(PROJECT_ROOT))
        if resolved.is_relative_to(PROJECT_ROOT)
        else str(path)
    )


def _command(name: str, paths: Sequence[Path], **options: Any) -> str:
    words = ["assistant", "eval", name, *(_shown(p) for p in paths)]
    words += [f"--{k.replace('_', '-')} {v}" for k, v in options.items() if v not in (None, "")]
    return " ".join(words)


def _console() -> Any:
    """A console for tables; wide when printing to a file or pipe, which has no width."""
    from rich.console import Console

    console = Console()
    return console if console.is_terminal else Console(width=150)


def _model() -> str:
    from assistant.library.embeddings import MODEL_SHA256

    return f"all-MiniLM-L6-v2 (sha256 {MODEL_SHA256[:12]})"


@click.group(name="eval")
def eval_group() -> None:
    """Run evaluation suites: retrieval, answers, and the CI check."""


@eval_group.command("retrieval")
@click.argument("suites", nargs=-1, type=_path)
@click.option("--configs", "names", help="Configs to compare, first is the baseline [all].")
@click.option("--modes", "names", hidden=True, help="Old name for --configs.")
@_config_file
@click.option("--markdown", is_flag=True, help="Print the comparison as a Markdown table.")
@click.option("--failures", is_flag=True, help="Also list questions with no hit in the top 5.")
@_out
@click.option("--name", help="Report file name [retrieval, or the suites' names].")
@_no_report
@_work_dir
def eval_retrieval(
    suites: tuple[Path, ...],
    names: str | None,
    config_file: Path,
    markdown: bool,
    failures: bool,
    out: Path,
    name: str | None,
    no_report: bool,
    work_dir: Path | None,
) -> None:
    """Compare retrieval configs on SUITES: JSONL files or BEIR folders (corpus.jsonl,
    queries.jsonl, qrels/test.tsv). Default: everything in evals/retrieval/."""
    from assistant.evaluation.configs import load_configs, select
    from assistant.evaluation.retrieval_report import markdown_table, terminal_tables
    from assistant.evaluation.retrieval_runner import run_retrieval
    from assistant.evaluation.stores import StorePool
    from assistant.evaluation.suites import bundled_suites

    configs = select(load_configs(config_file), names)
    paths = list(suites) or bundled_suites(RETRIEVAL_SUITES)
    with (
        progress("Evaluating") as update,
        StorePool(settings_from(), None, work_dir, update) as pool,
    ):
        results = run_retrieval(paths, configs, pool, progress=update)
        for message in pool.warnings:
            err(f"Warning: {message}")
    for miss in sorted({u for r in results for u in r.unmatched}):
        err(f"Warning: gold answer found in no passage: {miss}")
    if markdown:
        click.echo(markdown_table(results))
    else:
        console = _console()
        for table in terminal_tables(results):
            console.print(table)
        if failures:
            for r in results:
                for config_name, c in r.configs.items():
                    for f in c.failures:
                        console.print(
                            f"{r.suite} · {config_name} · {f.question_id}: missed "
                            f"{'; '.join(f.missed)}\n    first: {f.first}",
                            markup=False,
                            highlight=False,
                        )
    if not no_report:
        from assistant.evaluation.retrieval_report import write_reports

        command = _command("retrieval", suites, configs=names)
        meta = {"command": command, "embedding_model": _model()}
        report_name = name or (
            "retrieval" if not suites else "+".join(Path(p).stem for p in suites)
        )
        written = write_reports(results, meta, out, report_name)
        err("Report: " + ", ".join(_shown(p) for p in written))


def _answer_items(suites: Sequence[Path], limit: int | None) -> list[Any]:
    """Questions from the suites; --limit thins in-scope and drafting suites, never refusals."""
    from assistant.evaluation.answer_runner import load_items, subsample

    paths = list(suites) or [
        *sorted(RETRIEVAL_SUITES.glob("*.jsonl")),
        *sorted(ANSWER_SUITES.glob("*.jsonl")),
    ]
    items = []
    for path in paths:
        loaded = load_items(path)
        refusals = all(i.expect == "refuse" for i in loaded)
        items += loaded if refusals else subsample(loaded, limit)
    return items


@eval_group.command("answers")
@click.argument("suites", nargs=-1, type=_path)
@click.option(
    "--generators",
    default="extractive",
    show_default=True,
    help=f"Comma-separated: {', '.join(GENERATORS)}. The local model takes ~30-60 s an answer.",
)
@click.option("--limit", type=click.IntRange(min=1), help="At most N questions per suite.")
@click.option("--config", "config_name", help="Retrieval config for the answers [the first].")
@_config_file
@click.option(
    "--profile", type=_path, default=PROFILE, show_default="examples/org.toml", help="For drafts."
)
@_out
@click.option("--name", default="answers", show_default=True, help="Report file name.")
@_no_report
@_work_dir
def eval_answers(
    suites: tuple[Path, ...],
    generators: str,
    limit: int | None,
    config_name: str | None,
    config_file: Path,
    profile: Path,
    out: Path,
    name: str,
    no_report: bool,
    work_dir: Path | None,
) -> None:
    """Answer and draft every question of SUITES with each generator, checked by the verifier.

    Default: the in-scope questions of evals/retrieval/ and evals/answers/ (out of scope, to
    be refused, and consultation questions to draft). --limit keeps N questions spread
    through each suite; out-of-scope suites are always asked in full.
    """
    from assistant.answering.profile import load_profile
    from assistant.evaluation.answer_report import terminal_table, write_reports
    from assistant.evaluation.answer_runner import run_answers
    from assistant.evaluation.configs import load_configs, select
    from assistant.evaluation.stores import StorePool

    chosen = [g.strip() for g in generators.split(",") if g.strip()]
    unknown = [g for g in chosen if g not in GENERATORS]
    if unknown or not chosen:
        raise InputError(
            f"unknown generator(s) {', '.join(unknown)}; choose from {', '.join(GENERATORS)}"
        )
    config = select(load_configs(config_file), config_name)[0]
    org = load_profile(profile)
    items = _answer_items(suites, limit)
    with (
        progress("Answering") as update,
        StorePool(settings_from(), None, work_dir, update) as pool,
    ):
        results, used = run_answers(items, chosen, pool, config, org, progress=update)
    _console().print(terminal_table(results))
    if not no_report:
        command = _command(
            "answers", suites, generators=generators, limit=limit, config=config_name
        )
        meta = {"command": command, "embedding_model": _model(), "settings": used}
        written = write_reports(results, meta, out, name)
        err("Report: " + ", ".join(_shown(p) for p in written))

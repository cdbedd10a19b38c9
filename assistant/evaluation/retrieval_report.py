"""The retrieval comparison as a terminal table, JSON, Markdown (with p-values) and a chart."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.evaluation.metrics import HEADLINE, MEASURES
from assistant.evaluation.report_files import bar_chart, fmt, fmt_p, stamp, write_json, write_text
from assistant.evaluation.retrieval_runner import (
    DEPTH,
    FAILURE_K,
    ConfigResult,
    SuiteResult,
)
from assistant.evaluation.stats import METHOD
from assistant.settings import PROJECT_ROOT

CHART_MEASURES = ("nDCG@10", "hit@5")


def _p(result: ConfigResult, measure: str = HEADLINE) -> float | None:
    found = result.vs_baseline.get(measure)
    return None if found is None else found.p


def markdown_table(results: Sequence[SuiteResult]) -> str:
    """One row per suite and config, with the p-value of nDCG@10 against the first config."""
    header = "| suite | config | " + " | ".join(MEASURES) + f" | p ({HEADLINE}) |"
    lines = [header, "|" + "---|" * (len(MEASURES) + 3)]
    for result in results:
        for name, config in result.configs.items():
            cells = " | ".join(f"{config.metrics[m]:.3f}" for m in MEASURES)
            lines.append(
                f"| {result.suite} ({result.questions} q) | {name} | {cells} | "
                f"{fmt_p(_p(config))} |"
            )
    return "\n".join(lines)


def significance_table(result: SuiteResult) -> str:
    """Every measure's mean difference from the baseline, with its p-value."""
    lines = [
        f"| config (vs {result.baseline}) | " + " | ".join(MEASURES) + " |",
        "|" + "---|" * (len(MEASURES) + 1),
    ]
    for name, config in list(result.configs.items())[1:]:
        cells = " | ".join(
            f"{c.delta:+.3f} (p {fmt_p(c.p)})" for c in (config.vs_baseline[m] for m in MEASURES)
        )
        lines.append(f"| {name} | {cells} |")
    return "\n".join(lines)


def to_json(results: Sequence[SuiteResult], meta: dict[str, Any]) -> dict[str, Any]:
    """Everything needed to read or repeat the run: settings beside every result."""
    return {
        **meta,
        "measures": list(MEASURES),
        "significance": METHOD,
        "judged_depth": DEPTH,
        "failure_k": FAILURE_K,
        "suites": [
            {
                "suite": r.suite,
                "kind": r.kind,
                "path": _relative(r.path),
                "questions": r.questions,
                "levels": list(r.levels),
                "baseline": r.baseline,
                "configs": {name: _config_json(c) for name, c in r.configs.items()},
            }
            for r in results
        ],
    }


def _relative(path: str) -> str:
    """Suite paths inside the project are saved relative to it, so reports travel."""
    resolved = Path(path).resolve()
    inside = resolved.is_relative_to(PROJECT_ROOT)
    return str(resolved.relative_to(PROJECT_ROOT)) if inside else path


def _config_json(c: ConfigResult) -> dict[str, Any]:
    return {
        "settings": c.config.as_dict(),
        "metrics": c.metrics,
        "vs_baseline": {m: {"delta": v.delta, "p": v.p} for m, v in c.vs_baseline.items()},
        "latency_ms": c.latency,
        "unmatched": c.unmatched,
        "failures": [
            {
                "id": f.question_id,
                "question": f.question,
                "missed": list(f.missed),
                "first": f.first,
            }
            for f in c.failures
        ],
        "per_query": {qid: {m: c.per_query[m][qid] for m in MEASURES} for qid in c.rankings},
        "rankings": c.rankings,
    }


def markdown_report(results: Sequence[SuiteResult], meta: dict[str, Any], chart: str) -> str:
    parts = [
        "# Retrieval evaluation",
        "",
        f"Generated {stamp()} by `{meta['command']}`.",
        "",
        f"![{', '.join(CHART_MEASURES)} per configuration]({chart})",
        "",
        "## Results",
        "",
        markdown_table(results),
        "",
        f"p: {METHOD}, against the first config of each suite; * marks p < 0.05 "
        "(no correction for the number of comparisons).",
    ]
    for r in results:
        parts += ["", f"## {r.suite}", "", f"Compared with {r.baseline}:", ""]
        parts += [
            significance_table(r),
            "",
            "| config | latency p50 ms | p95 ms |",
            "|---|---|---|",
        ]
        parts += [
            f"| {n} | {c.latency['p50']:.1f} | {c.latency['p95']:.1f} |"
            for n, c in r.configs.items()
        ]
        for name, config in r.configs.items():
            parts += ["", f"### {name}: {len(config.failures)} with nothing relevant in the top "
                      f"{FAILURE_K}", ""]  # fmt: skip
            parts += [
                f"- **{f.question_id}** {f.question}\n  - missed: {'; '.join(f.missed)}"
                f"\n  - first: {f.first}"
                for f in config.failures
            ]
    parts += ["", "## Configurations", "", _configs_table(results)]
    return "\n".join(parts)


def _configs_table(results: Sequence[SuiteResult]) -> str:
    configs = {name: c.config for r in results for name, c in r.configs.items()}
    keys = [k for k in next(iter(configs.values())).values] if configs else []
    lines = ["| config | " + " | ".join(keys) + " |", "|" + "---|" * (len(keys) + 1)]
    lines += [
        f"| {name} | " + " | ".join(str(c.values[k]) for k in keys) + " |"
        for name, c in configs.items()
    ]
    return "\n".join(lines)


def terminal_tables(results: Sequence[SuiteResult]) -> list[Any]:
    """Rich tables, one per suite, for the terminal."""
    from rich.table import Table

    tables = []
    for r in results:
        table = Table(title=f"{r.suite}: {r.questions} questions (p against {r.baseline})")
        table.add_column("config")
        for name in MEASURES:
            table.add_column(name, justify="right")
        for column in (f"p {HEADLINE}", "p50 ms", "p95 ms"):
            table.add_column(column, justify="right")
        for name, c in r.configs.items():
            table.add_row(
                name,
                *(f"{c.metrics[m]:.3f}" for m in MEASURES),
                fmt_p(_p(c)),
                fmt(c.latency["p50"], 1),
                fmt(c.latency["p95"], 1),
            )
        tables.append(table)
    return tables


def write_reports(
    results: Sequence[SuiteResult], meta: dict[str, Any], folder: Path, name: str
) -> list[Path]:
    """<name>.json, <name>.md and <name>.png in `folder`."""
    chart = bar_chart(
        folder / f"{name}.png",
        [
            (
                f"{r.suite} ({r.questions} questions)",
                list(r.configs),
                {m: [c.metrics[m] for c in r.configs.values()] for m in CHART_MEASURES},
            )
            for r in results
        ],
        "Retrieval: " + " and ".join(CHART_MEASURES) + " per configuration",
    )
    return [
        write_json(folder / f"{name}.json", to_json(results, meta)),
        write_text(folder / f"{name}.md", markdown_report(results, meta, chart.name)),
        chart,
    ]

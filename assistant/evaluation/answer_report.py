"""The answer evaluation as a terminal table, JSON and Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.evaluation.answer_runner import GeneratorResult
from assistant.evaluation.report_files import fmt, stamp, write_json, write_text

COLUMNS = (
    ("n", "n", "{}"),
    ("answered", "answered", "share"),
    ("citation_validity", "citations valid", "share"),
    ("supported_share", "claims supported", "share"),
    ("invented_figures", "invented figures", "{}"),
    ("non_verbatim_quotes", "quotes not verbatim", "{}"),
    ("repaired_rewritten", "sentences rewritten", "{}"),
    ("repaired_quoted", "sentences quoted instead", "{}"),
    ("first_sentence_similarity", "first sentence ~ question", "cos"),
    ("stance_stated", "stance stated", "share"),
    ("reading_ease", "reading ease", "words"),
    ("mean_words", "mean words", "words"),
    ("seconds_p50", "p50 s", "secs"),
    ("seconds_p95", "p95 s", "secs"),
)


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "share":
        return fmt(value)
    if kind == "words":
        return f"{value:.0f}"
    if kind == "cos":
        return f"{value:.2f}"
    if kind == "secs":
        return f"{value:.2f}"
    return str(value)


def rows(results: Sequence[GeneratorResult]) -> list[list[str]]:
    return [
        [r.generator, group, *(_cell(summary[key], kind) for key, _, kind in COLUMNS)]
        for r in results
        for group, summary in r.groups().items()
    ]


def markdown_table(results: Sequence[GeneratorResult]) -> str:
    header = "| generator | questions | " + " | ".join(label for _, label, _ in COLUMNS) + " |"
    lines = [header, "|" + "---|" * (len(COLUMNS) + 2)]
    lines += ["| " + " | ".join(row) + " |" for row in rows(results)]
    return "\n".join(lines)


def headline_table(results: Sequence[GeneratorResult]) -> str:
    lines = [
        "| generator | citations valid | claims supported | answered in scope | "
        "refused out of scope | invented figures | quotes not verbatim | rewritten | "
        "quoted instead | first sentence ~ question | stance stated | reading ease | words | "
        "p50 s | p95 s |",
        "|---" * 15 + "|",
    ]
    for r in results:
        h = r.headline()
        lines.append(
            f"| {r.generator} | {fmt(h['citation_validity'])} | {fmt(h['supported_share'])} | "
            f"{fmt(h['answer_rate_in_scope'])} | {fmt(h['refusal_rate_out_of_scope'])} | "
            f"{h['invented_figures']} | {h['non_verbatim_quotes']} | "
            f"{h['repaired_rewritten']} | {h['repaired_quoted']} | "
            f"{_cell(h['first_sentence_similarity'], 'cos')} | "
            f"{_cell(h['stance_stated'], 'share')} | {_cell(h['reading_ease'], 'words')} | "
            f"{_cell(h['mean_words'], 'words')} | {_cell(h['seconds_p50'], 'secs')} | "
            f"{_cell(h['seconds_p95'], 'secs')} |"
        )
    return "\n".join(lines)


def to_json(results: Sequence[GeneratorResult], meta: dict[str, Any]) -> dict[str, Any]:
    return {
        **meta,
        "generators": {
            r.generator: {
                "headline": r.headline(),
                "groups": r.groups(),
                "items": [o.as_dict() for o in r.outcomes],
            }
            for r in results
        },
    }


def markdown_report(results: Sequence[GeneratorResult], meta: dict[str, Any]) -> str:
    parts = [
        "# Answer evaluation",
        "",
        f"Generated {stamp()} by `{meta['command']}`. Every output was checked by the product's "
        "own verifier (`assistant.checks.verify`), so these are the checks a user sees.",
        "",
        "## Headline",
        "",
        headline_table(results),
        "",
        "## By kind of question",
        "",
        markdown_table(results),
        "",
        "Citations valid: share of [n] markers that resolve to a numbered source. Claims "
        "supported: share of factual sentences with no finding at all. Invented figures: "
        "figures not in the passage cited, in the final text. Rewritten / quoted instead: "
        "written sentences that failed a check and were written again, or replaced by the "
        "source's own words. First sentence ~ question: mean cosine similarity of the first "
        "sentence to the question (the store's embedding model). Stance stated: share of "
        "drafts that say where the organisation stands. Reading ease: Flesch, higher is "
        "easier. Answered: share not refused (out of scope, lower is better).",
    ]
    for r in results:
        flagged = [o for o in r.outcomes if o.findings]
        parts += ["", f"## {r.generator}: {len(flagged)} outputs with findings", ""]
        parts += [] if flagged else ["None: every output passed every check."]
        for o in flagged:
            parts.append(f"- **{o.item.id}** ({o.item.group}) {o.item.question}")
            parts += [f"  - {rule}: {sentence}" for rule, sentence in o.findings]
    parts += ["", "## Settings", "", "```", *_settings_lines(meta["settings"]), "```"]
    return "\n".join(parts)


def _settings_lines(settings: dict[str, Any], prefix: str = "") -> list[str]:
    """key = value lines; a nested table (the retrieval config) as config.key = value."""
    lines = []
    for key, value in settings.items():
        if isinstance(value, dict):
            lines += _settings_lines(value, f"{prefix}{key}.")
        else:
            lines.append(f"{prefix}{key} = {value}")
    return lines


def terminal_table(results: Sequence[GeneratorResult]) -> Any:
    from rich.table import Table

    table = Table(title="Answers, checked by the product's verifier")
    for label in ("generator", "questions", *(label for _, label, _ in COLUMNS)):
        table.add_column(label, justify="left" if label in ("generator", "questions") else "right")
    for row in rows(results):
        table.add_row(*row)
    return table


def write_reports(
    results: Sequence[GeneratorResult], meta: dict[str, Any], folder: Path, name: str
) -> list[Path]:
    return [
        write_json(folder / f"{name}.json", to_json(results, meta)),
        write_text(folder / f"{name}.md", markdown_report(results, meta)),
    ]

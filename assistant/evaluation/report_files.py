"""Writing report files: JSON with stable number formatting, Markdown, and a PNG chart.

Numbers are rounded to six places and keys keep their order, so a re-run with the same
settings writes the same JSON (only measured times differ). The Markdown carries the one
timestamp; the chart is drawn with matplotlib's Agg backend (no display needed) and saved
without software metadata, so it changes only when the numbers do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PLACES = 6


def rounded(value: Any) -> Any:
    """Floats rounded to PLACES everywhere inside dicts and lists."""
    if isinstance(value, float):
        return round(value, PLACES)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(item) for item in value]
    return value


def fmt(value: float | None, places: int = 3) -> str:
    return "—" if value is None else f"{value:.{places}f}"


def fmt_p(p: float | None) -> str:
    """A p-value as read in a table: '<0.001', or three places; '*' when below 0.05."""
    if p is None:
        return "—"
    text = "<0.001" if p < 0.001 else f"{p:.3f}"
    return text + ("*" if p < 0.05 else "")


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def dumps(value: Any, depth: int = 0) -> str:
    """Indented JSON that keeps a list of scalars, or a short dict of scalars, on one line:
    a per-question row or a ranking reads as one line and diffs as one line."""
    flat = json.dumps(value, ensure_ascii=False)
    if _scalar(value) or (isinstance(value, list) and all(map(_scalar, value))):
        return flat
    if isinstance(value, dict) and all(map(_scalar, value.values())) and len(flat) <= 120:
        return flat
    pad = "  " * (depth + 1)
    if isinstance(value, dict):
        items = [
            f"{pad}{json.dumps(k, ensure_ascii=False)}: {dumps(v, depth + 1)}"
            for k, v in value.items()
        ]
        opening, closing = "{", "}"
    else:
        items = [f"{pad}{dumps(v, depth + 1)}" for v in value]
        opening, closing = "[", "]"
    if not items:
        return opening + closing
    return opening + "\n" + ",\n".join(items) + "\n" + "  " * depth + closing


def write_json(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(rounded(data)) + "\n", encoding="utf-8")
    return path


def write_text(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip() + "\n", encoding="utf-8")
    return path


def bar_chart(
    path: Path,
    panels: Sequence[tuple[str, list[str], dict[str, list[float]]]],
    title: str,
) -> Path:
    """Grouped bars, one panel per (title, categories, series name -> values)."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on CI or a server
    import matplotlib.pyplot as plt

    width = max(6.0, 1.2 * max(len(cats) for _, cats, _ in panels) + 2)
    fig, axes = plt.subplots(
        len(panels), 1, figsize=(width, 3.2 * len(panels)), squeeze=False, layout="constrained"
    )
    for ax, (name, categories, series) in zip(axes[:, 0], panels, strict=True):
        step = 0.8 / max(1, len(series))
        for i, (label, values) in enumerate(series.items()):
            xs = [c + (i - (len(series) - 1) / 2) * step for c in range(len(categories))]
            bars = ax.bar(xs, values, step, label=label)
            ax.bar_label(bars, fmt="%.2f", fontsize=7, padding=1)
        ax.set_xticks(range(len(categories)), categories, rotation=15, ha="right", fontsize=8)
        ax.set_ylim(0, 1.08)
        ax.set_title(name, fontsize=10)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(fontsize=8, loc="lower right")
    fig.suptitle(title, fontsize=11)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)
    return path

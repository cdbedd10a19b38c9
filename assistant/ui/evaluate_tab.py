"""The Evaluate tab: run a retrieval suite and see how well each search mode finds the answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from assistant.accounts import Action
from assistant.core.errors import AssistantError
from assistant.core.resources import bundled
from assistant.evaluation import MEASURES, evaluate_suite
from assistant.search.retrieval import HybridRetriever
from assistant.settings import MODES
from assistant.ui.gate import needs
from assistant.ui.render import status_html
from assistant.ui.services import Services

SUITES_DIR = bundled("evals") / "retrieval"


def suites() -> list[str]:
    return sorted(p.name for p in SUITES_DIR.glob("*.jsonl"))


def run(
    services: Services, names: list[str], modes: list[str], progress: gr.Progress | None = None
) -> tuple[Any, Any, str]:
    if not names or not modes:
        return gr.skip(), gr.skip(), status_html("Choose at least one suite and one mode.", "error")
    retriever = HybridRetriever(store=services.store, settings=services.settings)
    rows, chart = [], []
    try:
        for name in names:

            def tick(label: str, done: int, total: int) -> None:
                if progress is not None:
                    progress((done, total), desc=label)

            result = evaluate_suite(SUITES_DIR / Path(name).name, retriever, modes, progress=tick)
            for mode, values in result.metrics.items():
                rows.append([result.suite, mode, *(round(values[m], 3) for m in MEASURES)])
                # One bar per measure: Gradio stacks bars that share an x value, which would
                # add hit@5 and nDCG@10 together.
                chart += [
                    {"run": f"{result.suite} · {mode} · {m}", "measure": m, "value": values[m]}
                    for m in ("hit@5", "nDCG@10")
                ]
    except AssistantError as exc:
        return gr.skip(), gr.skip(), status_html(str(exc), "error")
    done = status_html(f"Finished {len(names)} suite(s). Higher is better; 1.0 is perfect.", "done")
    return rows, pd.DataFrame(chart), done


def build(services: Services) -> None:
    """Lay out the tab inside the current gr.Blocks context."""
    gr.Markdown(
        "Check how well the library finds the right passage. Each suite is a list of questions "
        "with the exact text that answers them. hit@5 is the share of questions whose answer "
        "is in the top five results; nDCG@10 also rewards putting it first."
    )
    chosen = gr.CheckboxGroup(suites(), value=suites()[:1], label="Question suites")
    modes = gr.CheckboxGroup(list(MODES), value=list(MODES), label="Search modes to compare")
    start = gr.Button("Run the evaluation", variant="primary", elem_id="eval-button")
    status = gr.HTML(status_html("Ready."), elem_id="eval-status", elem_classes=["live-status"])
    results = gr.Dataframe(headers=["Suite", "Mode", *MEASURES], label="Results", interactive=False)
    chart = gr.BarPlot(
        x="run",
        y="value",
        color="measure",
        label="hit@5 and nDCG@10 per suite and mode",
        x_title="suite · search mode · measure",
        y_title="score (1.0 is perfect)",
        y_lim=[0, 1],
        x_label_angle=-20,
    )

    def runner(names: list[str], picked: list[str], progress: gr.Progress = gr.Progress()) -> Any:  # noqa: B008
        return run(services, names, picked, progress)

    start.click(
        needs(Action.WRITE, runner), [chosen, modes], [results, chart, status], api_name="evaluate"
    )

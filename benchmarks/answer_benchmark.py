"""The local writer's speed on this machine: load, tokens/s, first streamed words, a 300-word draft.

    .venv/bin/python benchmarks/answer_benchmark.py [--n 3] [--generators local,extractive]

Ingests the bundled corpus into a temporary store, then for each writer measures `ask` (time to
the quick quoted answer, to the first streamed written word, and to the checked answer) and
`draft` (seconds per 300-word draft, and of those the seconds spent on the meaning check: the
writer's repair loop and the final check), and for the local model its load time and llama.cpp's own
prompt and generation rates. Figures depend on how busy the machine is: run it on a quiet one.
Targets (issue "A writer that writes"): draft p50 <= 90 s; first streamed words <= 15 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from assistant.answering.chains import Assistant
from assistant.answering.profile import load_profile
from assistant.library.ingest import ingest
from assistant.library.store import Store
from assistant.llm.generation import get_text_model
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
PROMPT = [
    {"role": "system", "content": "You write short passages in plain English."},
    {
        "role": "user",
        "content": "Evidence: "
        + " ".join(["User-led organisations know what disabled people in their area need."] * 18)
        + "\nIn 40 words, say why councils should ask them.",
    },
]


def items(n: int) -> tuple[list[str], list[tuple[str, str]]]:
    suite = ROOT / "evals" / "answers" / "consultation.jsonl"
    drafts = [(row["question"], row["stance"]) for row in map(json.loads, suite.open())]
    policy = (ROOT / "evals" / "retrieval" / "policy.jsonl").read_text(encoding="utf-8")
    asks = [json.loads(line)["question"] for line in policy.splitlines()[:n]]
    return asks, drafts[:n]


def timed_ask(assistant: Assistant, question: str) -> tuple[float, float | None, float]:
    """Seconds to the quick answer, to the first written word (None without a model), to done."""
    start = time.perf_counter()
    marks: dict[str, float] = {}

    def on_event(kind: str, text: str) -> None:
        if kind in ("quick", "text") and text.strip():
            marks.setdefault(kind, time.perf_counter() - start)

    assistant.ask(question, on_event=on_event)
    return marks.get("quick", 0.0), marks.get("text"), time.perf_counter() - start


def p50(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}" if values else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generators", default="local,extractive")
    parser.add_argument("--n", type=int, default=3, help="questions and drafts per writer")
    args = parser.parse_args()
    asks, drafts = items(args.n)
    profile = load_profile(ROOT / "examples" / "org.toml")
    console = Console()
    table = Table(title="Writers on this machine (seconds, median)")
    columns = ("quick answer", "first written word", "answer", "300-word draft", "of it checking")
    for column in ("writer", *columns):
        table.add_column(column, justify="left" if column == "writer" else "right")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, data_dir=Path(tmp))
        store = Store(settings)
        ingest([settings.corpus_dir], settings, store)
        for name in args.generators.split(","):
            if name == "local":
                start = time.perf_counter()
                model = get_text_model("local", settings)
                console.print(f"local model load: {time.perf_counter() - start:.1f} s")
                model.complete(PROMPT, max_tokens=60)
                t = getattr(model, "last_timings", {})
                console.print(
                    f"local model: prompt {t.get('prompt_n', 0):.0f} tokens at "
                    f"{t.get('prompt_per_second', 0):.1f}/s, wrote {t.get('predicted_n', 0):.0f} "
                    f"at {t.get('predicted_per_second', 0):.1f}/s"
                )
            assistant = Assistant(settings.model_copy(update={"generator": name}), store=store)
            quick, first, whole, drafted, checking = [], [], [], [], []
            for question in asks:
                q, f, w = timed_ask(assistant, question)
                quick.append(q)
                whole.append(w)
                if f is not None:
                    first.append(f)
            judge = getattr(assistant.writer, "judge", None)
            for question, stance in drafts:
                start, asked = time.perf_counter(), judge.seconds_asking if judge else 0.0
                assistant.draft(question, profile=profile, stance=stance, words=300)
                drafted.append(time.perf_counter() - start)
                if judge is not None:
                    checking.append(judge.seconds_asking - asked)
            figures = (p50(quick), p50(first), p50(whole), p50(drafted), p50(checking))
            table.add_row(name, *figures)
    console.print(table)


if __name__ == "__main__":
    main()

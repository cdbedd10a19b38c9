"""Latency of `ask` and `draft` per generator: p50/p95 over real questions on the bundled corpus.

    .venv/bin/python benchmarks/answer_benchmark.py [--generators extractive,local] [--n 10]

The bundled corpus is ingested into a temporary store first. `ollama` and `openai` are measured
only when named and a server is configured (ASSISTANT_OLLAMA_BASE_URL / ASSISTANT_OPENAI_BASE_URL).
Figures also count the verifier's findings, since every output is checked.
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

from assistant.chains import Assistant
from assistant.ingest import ingest
from assistant.profile import load_profile
from assistant.settings import Settings
from assistant.store import Store

ROOT = Path(__file__).resolve().parent.parent


def questions(n: int) -> tuple[list[str], list[tuple[str, str]]]:
    asks = []
    for suite in sorted((ROOT / "evals" / "retrieval").glob("*.jsonl")):
        lines = suite.read_text(encoding="utf-8").splitlines()
        asks += [json.loads(line)["question"] for line in lines[: n // 2 + 1]]
    drafts = [
        (row["question"], row["stance"])
        for row in map(json.loads, (ROOT / "evals/answers/consultation.jsonl").open())
    ]
    return asks[:n], drafts[:n]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generators", default="extractive,local")
    parser.add_argument("--n", type=int, default=8, help="questions per task")
    args = parser.parse_args()
    asks, drafts = questions(args.n)
    profile = load_profile(ROOT / "examples" / "org.toml")
    table = Table(title="ask / draft latency (seconds) on 2 CPU cores")
    for column in ("generator", "task", "n", "p50", "p95", "first call", "findings/output"):
        table.add_column(column, justify="left" if column in ("generator", "task") else "right")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        store = Store(settings)
        ingest([settings.corpus_dir], settings, store)
        for name in args.generators.split(","):
            assistant = Assistant(Settings(data_dir=Path(tmp), generator=name), store=store)
            for task, items in (("ask", asks), ("draft", drafts)):
                times, findings = [], []
                for item in items:
                    start = time.perf_counter()
                    if task == "ask":
                        result = assistant.ask(item)
                    else:
                        result = assistant.draft(item[0], profile=profile, stance=item[1])
                    times.append(time.perf_counter() - start)
                    findings.append(len(result.findings))
                warm = times[1:] or times
                table.add_row(
                    name,
                    task,
                    str(len(times)),
                    f"{percentile(warm, 0.5):.2f}",
                    f"{percentile(warm, 0.95):.2f}",
                    f"{times[0]:.2f}",
                    f"{statistics.mean(findings):.1f}",
                )
    Console().print(table)
    print("p50/p95 exclude the first call (model loading); 'first call' shows it.")


if __name__ == "__main__":
    main()

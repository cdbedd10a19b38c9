"""Load on the web app: N concurrent clients ask questions through the API; p50/p95 latency.

    .venv/bin/python benchmarks/ui_load.py                       # starts the app itself
    .venv/bin/python benchmarks/ui_load.py --url http://127.0.0.1:7860/ --clients 20

Without --url the bundled corpus is ingested into a temporary store and the app (the same
`launch()` as `assistant ui`) runs in this process on 127.0.0.1. Each client is a separate
`gradio_client.Client` (its own session) in its own thread, asking its questions one after
another through `/ask`; questions come from the in-scope retrieval suites. Latency is from
submitting a question to its final answer, so it includes time waiting in Gradio's queue
(`ASSISTANT_UI_CONCURRENCY` jobs run at once). The run is bounded by --timeout: anything not
finished by then counts as an error. This is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

ROOT = Path(__file__).resolve().parent.parent
SUITES = ("policy.jsonl", "seed.jsonl")  # in-scope questions about the bundled corpus


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)
    answered: int = 0
    refused: int = 0  # answered "the library does not cover this"
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def questions() -> list[str]:
    found = []
    for name in SUITES:
        path = ROOT / "evals" / "retrieval" / name
        if path.is_file():
            found += [json.loads(line)["question"] for line in path.open(encoding="utf-8")]
    if not found:
        sys.exit("no questions found under evals/retrieval/")
    return found


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_app(work_dir: Path, concurrency: int | None) -> tuple[str, object]:
    from assistant.ingest import ingest
    from assistant.settings import Settings
    from assistant.ui.app import launch

    overrides = {"ui_concurrency": concurrency} if concurrency else {}
    settings = Settings(
        _env_file=None, data_dir=work_dir / "data", corpus_dir=ROOT / "corpus", **overrides
    )
    started = time.perf_counter()
    report = ingest([settings.corpus_dir], settings)
    print(f"{report.summary()} in {time.perf_counter() - started:.1f} s", flush=True)
    port = free_port()
    app = launch(settings, "127.0.0.1", port, block=False)
    print(f"app on http://127.0.0.1:{port}/ (ui_concurrency={settings.ui_concurrency})")
    return f"http://127.0.0.1:{port}/", app


def run_client(url: str, asks: list[str], deadline: float, outcome: Outcome) -> None:
    from gradio_client import Client

    try:
        client = Client(url, verbose=False, download_files=False)
    except Exception as exc:
        with outcome.lock:
            outcome.errors += [f"connect: {exc}"] * len(asks)
        return
    for question in asks:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            with outcome.lock:
                outcome.errors.append("not started before the time limit")
            continue
        started = time.perf_counter()
        try:
            chat, _, _, _, status = client.submit(question, [], api_name="/ask").result(
                timeout=remaining
            )
        except Exception as exc:
            with outcome.lock:
                outcome.errors.append(f"{type(exc).__name__}: {exc}"[:200])
            continue
        elapsed = time.perf_counter() - started
        text = re.sub(r"<[^>]+>", "", status)
        with outcome.lock:
            if "status-error" in status or len(chat) < 2:
                outcome.errors.append(f"error status: {text.strip()}"[:200])
            else:
                outcome.latencies.append(elapsed)
                outcome.answered += 1
                outcome.refused += "does not cover" in text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an app already running (default: start one here)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-client", type=int, default=2, help="questions each client asks")
    parser.add_argument("--timeout", type=float, default=600, help="seconds for the whole run")
    parser.add_argument("--concurrency", type=int, help="ui_concurrency for the app started here")
    args = parser.parse_args()

    pool = questions()
    plan = [
        [pool[(c * args.per_client + i) % len(pool)] for i in range(args.per_client)]
        for c in range(args.clients)
    ]
    with tempfile.TemporaryDirectory(prefix="ui-load-") as tmp:
        app = None
        url = args.url
        if not url:
            url, app = start_app(Path(tmp), args.concurrency)
        outcome = Outcome()
        started = time.perf_counter()
        deadline = time.monotonic() + args.timeout
        executor = ThreadPoolExecutor(max_workers=args.clients)
        futures = [executor.submit(run_client, url, asks, deadline, outcome) for asks in plan]
        _, pending = wait(futures, timeout=args.timeout + 30)
        wall = time.perf_counter() - started
        executor.shutdown(wait=False, cancel_futures=True)
        total = args.clients * args.per_client
        with outcome.lock:
            missing = total - outcome.answered - len(outcome.errors)
            if pending or missing > 0:
                outcome.errors += ["still running at the time limit"] * max(missing, 0)
            lat = list(outcome.latencies)
            errors = list(outcome.errors)
        print(f"\n{args.clients} clients x {args.per_client} questions = {total} asks")
        print(f"answered: {outcome.answered} ({outcome.refused} of them: not in the library)")
        print(f"errors:   {len(errors)}")
        for message in sorted(set(errors))[:10]:
            print(f"  - {message}")
        if lat:
            print(
                f"latency (s): p50 {statistics.median(lat):.2f}  p95 {percentile(lat, 0.95):.2f}  "
                f"min {min(lat):.2f}  max {max(lat):.2f}"
            )
        print(f"wall time: {wall:.1f} s; throughput {outcome.answered / wall:.2f} answers/s")
        if app is not None:
            app.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()

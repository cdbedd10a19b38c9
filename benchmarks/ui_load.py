"""Load on the web app: N concurrent users ask questions; p50/p95 times and peak server memory.

    .venv/bin/python benchmarks/ui_load.py                       # starts the app itself
    .venv/bin/python benchmarks/ui_load.py --generator local --per-client 1
    .venv/bin/python benchmarks/ui_load.py --url http://127.0.0.1:7860/ --clients 20

Without --url the bundled corpus is ingested into a temporary store and the app (the same
`launch()` as `assistant ui`) runs in a child process on 127.0.0.1, whose peak resident memory
(VmHWM) is reported. The users ask as soon as it answers (the worst case: its warm-up,
`ui/warm_up.py`, is still running), or --settle seconds later. Each client is a separate
`gradio_client.Client` (its own session, like a browser tab) in its own thread, asking its
questions one after another as the page does: `/ask` gives the quoted quick answer, then
`/ask_written` the writer's checked answer. Times are from submitting the question, so they
include waiting in Gradio's queues (quotes: many at once; the writer: `ASSISTANT_UI_CONCURRENCY`
at once). The run is bounded by --timeout: anything not
finished by then counts as an error. This is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

ROOT = Path(__file__).resolve().parent.parent
SUITES = ("policy.jsonl", "seed.jsonl")  # in-scope questions about the bundled corpus


@dataclass
class Outcome:
    quick: list[float] = field(default_factory=list)  # seconds to the quoted quick answer
    latencies: list[float] = field(default_factory=list)  # seconds to the finished answer
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


def settings_for(data_dir: Path, generator: str, concurrency: int | None) -> Any:
    from assistant.settings import Settings

    overrides = {"ui_concurrency": concurrency} if concurrency else {}
    return Settings(
        _env_file=None,
        data_dir=data_dir,
        corpus_dir=ROOT / "corpus",
        generator=generator,
        **overrides,
    )


def serve(data_dir: str, port: int, generator: str, concurrency: int | None) -> None:
    """In the child process: serve the app over the ingested store until terminated."""
    from assistant.ui.app import launch

    settings = settings_for(Path(data_dir), generator, concurrency)
    print(f"serving (ui_concurrency={settings.ui_concurrency}, {generator})", flush=True)
    launch(settings, "127.0.0.1", port, block=True)


def start_app(work_dir: Path, generator: str, concurrency: int | None) -> subprocess.Popen[bytes]:
    """The app in a child process (so its memory is its own), once it answers on its port.
    The bundled corpus is ingested here first, so the child's peak memory is serving alone."""
    from assistant.library.ingest import ingest

    started = time.perf_counter()
    report = ingest([ROOT / "corpus"], settings_for(work_dir / "data", generator, concurrency))
    print(f"{report.summary()} in {time.perf_counter() - started:.1f} s", flush=True)
    port = free_port()
    args = [sys.executable, __file__, "--serve", str(work_dir / "data"), "--port", str(port)]
    args += ["--generator", generator]
    args += ["--concurrency", str(concurrency)] if concurrency else []
    child = subprocess.Popen(args)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(600):  # ingest takes a minute or two on a small machine
        if child.poll() is not None:
            sys.exit("the app stopped before it answered")
        try:
            urllib.request.urlopen(url, timeout=5).close()
            break
        except OSError:
            time.sleep(1)
    print(f"app on {url}, pid {child.pid}", flush=True)
    child.url = url  # type: ignore[attr-defined]
    return child


def memory_mb(pid: int, field_name: str) -> float:
    """VmRSS (now) or VmHWM (peak) of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


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
            quick = time.perf_counter() - started
            with outcome.lock:  # counted even when the writer does not finish in time
                outcome.quick.append(quick)
            final = client.submit(api_name="/ask_written").result(
                timeout=max(1.0, deadline - time.monotonic())
            )
        except Exception as exc:
            with outcome.lock:
                outcome.errors.append(f"{type(exc).__name__}: {exc}"[:200])
            continue
        elapsed = time.perf_counter() - started
        if isinstance(final, (list, tuple)) and len(final) == 5 and isinstance(final[4], str):
            chat, status = final[0], final[4]  # the writer's answer (else the quotes were final)
        text = re.sub(r"<[^>]+>", "", status)
        with outcome.lock:
            if "status-error" in status or len(chat) < 2:
                outcome.errors.append(f"error status: {text.strip()}"[:200])
            else:
                outcome.latencies.append(elapsed)
                outcome.answered += 1
                outcome.refused += "does not cover" in text


def summary(name: str, values: list[float]) -> str:
    return (
        f"{name} (s): p50 {statistics.median(values):.2f}  p95 {percentile(values, 0.95):.2f}  "
        f"min {min(values):.2f}  max {max(values):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an app already running (default: start one here)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-client", type=int, default=2, help="questions each client asks")
    parser.add_argument("--timeout", type=float, default=600, help="seconds for the whole run")
    parser.add_argument("--concurrency", type=int, help="ui_concurrency for the app started here")
    parser.add_argument("--generator", default="extractive", help="extractive or local")
    parser.add_argument(
        "--settle",
        type=float,
        default=0,
        help="seconds to wait after the app answers before the users ask (its warm-up runs)",
    )
    parser.add_argument("--serve", help=argparse.SUPPRESS)  # the child: its data folder
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port, args.generator, args.concurrency)
        return

    pool = questions()
    plan = [
        [pool[(c * args.per_client + i) % len(pool)] for i in range(args.per_client)]
        for c in range(args.clients)
    ]
    with tempfile.TemporaryDirectory(prefix="ui-load-") as tmp:
        child = None
        url = args.url
        if not url:
            child = start_app(Path(tmp), args.generator, args.concurrency)
            url = child.url  # type: ignore[attr-defined]
            time.sleep(args.settle)
            idle = memory_mb(child.pid, "VmRSS")
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
            lat, quick = list(outcome.latencies), list(outcome.quick)
            errors = list(outcome.errors)
        print(f"\n{args.clients} clients x {args.per_client} questions = {total} asks")
        print(f"answered: {outcome.answered} ({outcome.refused} of them: not in the library)")
        print(f"errors:   {len(errors)}")
        for message in sorted(set(errors))[:10]:
            print(f"  - {message}")
        if quick:
            print(summary(f"quick answer, {len(quick)} asks", quick))
        if lat:
            print(summary(f"finished answer, {len(lat)} asks", lat))
        print(f"wall time: {wall:.1f} s; throughput {outcome.answered / wall:.2f} answers/s")
        if child is not None:
            peak = memory_mb(child.pid, "VmHWM")
            print(f"server memory (MB): {idle:.0f} idle after start-up, peak {peak:.0f} (VmHWM)")
            child.terminate()
            child.wait(timeout=30)


if __name__ == "__main__":
    main()

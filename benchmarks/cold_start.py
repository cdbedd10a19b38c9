"""Cold-start seconds of the command line and the web app, beside the LangChain default recipe.

    .venv/bin/python benchmarks/cold_start.py              # 3 runs per job, about 3-5 minutes
    .venv/bin/python benchmarks/cold_start.py --runs 5 --out cold.json

Each job is a fresh process started from scratch, timed from spawn to exit (or, for a web app,
to its first HTTP 200 on a free loopback port, after which it is stopped): `assistant --help`,
`assistant search`, `assistant ask --generator extractive` (the quotes writer, no language
model) and `assistant ui`. Beside each, the same job by benchmarks/peer_recipe.py (a plain
LangChain script). Ours and the peer's runs alternate, so both see the same machine load; the
figure is the median. Both stores are built once in a temporary folder first (not timed).
Our ONNX query model comes from the project's models folder: run `make install` (or
`assistant prepare-embedder`) first, or the figures are for the sentence-transformers fallback.
A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER = [sys.executable, str(ROOT / "benchmarks" / "peer_recipe.py")]
QUERY = "Access to Work"
QUESTION = "What is Access to Work and who can get it?"


def assistant_cmd() -> list[str]:
    script = Path(sys.executable).with_name("assistant")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "assistant"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_to_exit(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[-3:])} failed: {done.stderr.strip()[-500:]}")
    return elapsed


def run_to_http_200(cmd: list[str], port: int, env: dict[str, str], limit: float = 300) -> float:
    """Start a web app, poll until it answers 200, stop it; seconds from spawn to the 200."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        while time.perf_counter() - start < limit:
            if proc.poll() is not None:
                raise RuntimeError(f"web app exited early: {proc.stderr.read()[-500:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as reply:
                    if reply.status == 200:
                        return time.perf_counter() - start
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)
        raise RuntimeError(f"no HTTP 200 within {limit:.0f} s")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def jobs(ours: list[str], peer_store: Path) -> dict[str, tuple[object, object]]:
    """job name -> (our command or web-app factory, the peer's)."""
    store = str(peer_store)
    return {
        "--help": ([*ours, "--help"], [*PEER, "--help"]),
        "search": ([*ours, "search", QUERY], [*PEER, "search", store, QUERY]),
        "ask (quotes)": (
            [*ours, "ask", QUESTION, "--generator", "extractive"],
            [*PEER, "ask", store, QUESTION],
        ),
        "web app (HTTP 200)": (
            lambda port: [*ours, "ui", "--port", str(port)],
            lambda port: [*PEER, "ui", store, "--port", str(port)],
        ),
    }


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_job(command: object, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one cold run. CPU time is what a busy machine scales:
    it counts the process's own work wherever it waited (a web app's includes its shutdown)."""
    cpu = _child_cpu()
    if callable(command):
        port = free_port()
        wall = run_to_http_200(command(port), port, env)
    else:
        wall = run_to_exit(command, env)  # type: ignore[arg-type]
    return wall, _child_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Runs per job (median reported).")
    parser.add_argument("--out", type=Path, help="Also write the figures as JSON.")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="cold-start-"))
    env = {
        **os.environ,
        "ASSISTANT_DATA_DIR": str(work / "data"),
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    ours = assistant_cmd()
    load_before = os.getloadavg()[0]
    try:
        print("Setting up (not timed): our library and the peer's store…", file=sys.stderr)
        run_to_exit([*ours, "ingest"], env)
        run_to_exit([*PEER, "build", str(work / "peer")], env)
        from assistant.library.onnx_embedder import manifest_path
        from assistant.settings import Settings

        onnx = manifest_path(Settings().models_dir).is_file()
        results: dict[str, dict[str, float]] = {}
        for name, (our_cmd, peer_cmd) in jobs(ours, work / "peer").items():
            runs: dict[str, list[tuple[float, float]]] = {"ours": [], "peer": []}
            for _ in range(args.runs):
                runs["ours"].append(time_job(our_cmd, env))
                runs["peer"].append(time_job(peer_cmd, env))
            row = {
                f"{who}_{kind}": statistics.median(r[i] for r in runs[who])
                for who in ("ours", "peer")
                for i, kind in enumerate(("s", "cpu_s"))
            }
            results[name] = {**row, "ratio": row["ours_s"] / row["peer_s"]}
            print(f"  {name}: {results[name]}", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    load = f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    print(f"\nCold start, median of {args.runs} runs (ONNX query model present: {onnx}; {load})")
    print(f"{'job':<20}{'assistant':>11}{'LangChain recipe':>18}{'ratio':>7}   CPU s (ours/peer)")
    for name, r in results.items():
        print(
            f"{name:<20}{r['ours_s']:>9.2f} s{r['peer_s']:>16.2f} s{r['ratio']:>7.2f}"
            f"   {r['ours_cpu_s']:.2f} / {r['peer_cpu_s']:.2f}"
        )
    if args.out:
        meta = {"runs": args.runs, "onnx_query_model": onnx, "cpus": os.cpu_count(), "load": load}
        args.out.write_text(json.dumps({**meta, "jobs": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()

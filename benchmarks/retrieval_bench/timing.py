"""Timing helpers: a timed block, percentiles in milliseconds, and how busy other processes
kept the CPU meanwhile (so figures inflated by another job are flagged, not published)."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from rich.console import Console

console = Console()
BUSY_CORES = 0.25  # other processes' load above which the output warns


@contextmanager
def timed(into: dict[str, float], key: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    into[key] = time.perf_counter() - start


def _system_busy_s() -> float | None:
    """CPU seconds all processes have spent busy since boot (Linux), or None elsewhere."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


class OtherLoad:
    """How many cores other processes kept busy while a block ran (their CPU time / wall time).

    Another test run or build on a 2-core machine inflates the latency figures; this makes that
    visible instead of silently publishing the inflated numbers.
    """

    def __init__(self) -> None:
        self.cores: float | None = None

    def start(self) -> OtherLoad:
        self._wall, self._own = time.perf_counter(), time.process_time()
        self._busy = _system_busy_s()
        return self

    def stop(self) -> float | None:
        busy = _system_busy_s()
        if busy is not None and self._busy is not None:
            wall = time.perf_counter() - self._wall
            own = time.process_time() - self._own
            self.cores = max(0.0, (busy - self._busy - own) / wall) if wall > 0 else 0.0
        return self.cores

    def __enter__(self) -> OtherLoad:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def stats_ms(samples: list[float]) -> dict[str, float]:
    ms = np.asarray(samples) * 1000.0
    return {
        "n": len(samples),
        "p50": float(np.percentile(ms, 50)),
        "p95": float(np.percentile(ms, 95)),
        "mean": float(ms.mean()),
        "min": float(ms.min()),
        "max": float(ms.max()),
    }


def log(message: str) -> None:
    console.print(f"[dim]{time.strftime('%H:%M:%S')}[/dim] {message}")


def release_chroma() -> None:
    """Drop Chroma's per-path client cache so a finished size frees its index memory."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    except Exception:  # best effort: only memory is at stake
        pass
    gc.collect()

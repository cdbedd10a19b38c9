"""Open the store once in a child process before trusting it, when its index files have changed.

Random bytes over Chroma's vector index files (the HNSW `*.bin` files beside `chroma.sqlite3`)
make Chroma crash outright with a segmentation fault: no exception, nothing Python can catch,
so `store_damage.guarded` never sees it and the person sees the process vanish. A tiny probe
in a child process (open the collection, run one query) crashes instead of us; a child killed
by a signal means the store is damaged, said in the same one line as `store_damage` gives.

The probe costs a second or two (the child imports Chroma), so it runs only when the index
files differ from the last good check: a stamp of their names, sizes and modification times
in the data folder. The common path (nothing changed since the last start) reads a few file
sizes and one small JSON file. Nothing in the store is written by the check.
"""

from __future__ import annotations

import json
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

from assistant.library.store_damage import damaged
from assistant.settings import Settings

STAMP_NAME = "store-check.json"
PROBE_TIMEOUT_S = 120
_Stamp = list[list[str | int]]


def stamp_path(settings: Settings) -> Path:
    return settings.data_dir / STAMP_NAME


def index_stamp(chroma_path: Path) -> _Stamp:
    """Each index file's (relative name, size, modification time): what changes when it is
    rewritten. Chroma's own database is left out: Chroma writes to it on every open."""
    rows: _Stamp = []
    for path in sorted(chroma_path.glob("*/*")):
        if path.is_file():
            info = path.stat()
            rows.append([str(path.relative_to(chroma_path)), info.st_size, info.st_mtime_ns])
    return rows


def _saved(settings: Settings) -> _Stamp | None:
    try:
        value = json.loads(stamp_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, list) else None


def needs_probe(settings: Settings) -> bool:
    """True when the embedded store has index files that no good check has seen yet."""
    if settings.chroma_host or not settings.chroma_path.is_dir():
        return False
    now = index_stamp(settings.chroma_path)
    return bool(now) and now != _saved(settings)


def check_store(settings: Settings) -> None:
    """Raise `StoreDamaged` when opening the store crashes a child process; stamp it when not.

    A probe that fails with an ordinary Python error says nothing: the same error is met in
    this process, where `store_damage.guarded` turns it into its one line (with its reason).
    """
    if not needs_probe(settings):
        return
    before = index_stamp(settings.chroma_path)
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "assistant.library.store_probe",
                str(settings.chroma_path),
                settings.collection,
            ],
            capture_output=True,
            timeout=PROBE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return  # no verdict: open it here as before
    if done.returncode < 0:  # killed by a signal: a segmentation fault or an abort
        reason = RuntimeError(f"Chroma crashed reading its index files (signal {-done.returncode})")
        raise damaged(settings, reason)
    if done.returncode == 0:
        _write_stamp(settings, before)


def _write_stamp(settings: Settings, stamp: _Stamp) -> None:
    with suppress(OSError):  # a read-only data folder: the check runs again next time
        stamp_path(settings).write_text(json.dumps(stamp), encoding="utf-8")


def probe(chroma_path: Path, collection: str) -> None:
    """In the child: open the store and read its vector index (a crash here is the verdict)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(
        path=str(chroma_path), settings=ChromaSettings(anonymized_telemetry=False)
    )
    try:
        found = client.get_collection(collection)
    except Exception:
        return  # no collection yet: nothing to read
    # The stored vectors' length is the collection's dimension (kept by Chroma on the model;
    # reading a stored vector instead would fail cleanly before the index is touched).
    dimension = getattr(getattr(found, "_model", None), "dimension", None)
    if dimension:
        vector: list[float] = [0.1] * dimension
        found.query(query_embeddings=vector, n_results=1, include=["distances"])


if __name__ == "__main__":
    probe(Path(sys.argv[1]), sys.argv[2])

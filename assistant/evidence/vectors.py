"""The vectors of our evidence, kept beside the items in one small file (no text in it).

Why not a Chroma collection like the library: Chroma keeps a deleted document's text in its
SQLite file (checked: a removed item's words could still be found in chroma.sqlite3), and
removing an item must leave no trace. An organisation's evidence is hundreds of short items,
so the vectors fit in one NumPy file that is rewritten whole, like the items file, and searched
by a single matrix product. Each vector is keyed by a hash of the redacted text it was made
from, so an edit or a consent change is noticed and embedded again.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np

from assistant.core.private_files import FILE_MODE, private_dir

FILE_NAME = "vectors.npz"


def load(folder: Path) -> dict[str, tuple[str, np.ndarray]]:
    """item id -> (text hash, vector); empty when there is no file or it cannot be read."""
    path = folder / FILE_NAME
    if not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            ids, keys, vectors = data["ids"], data["keys"], data["vectors"]
    except (OSError, ValueError, KeyError):
        return {}  # derived data: rebuilt from the items on the next search
    return {str(i): (str(k), v) for i, k, v in zip(ids, keys, vectors, strict=True)}


def save(folder: Path, entries: dict[str, tuple[str, np.ndarray]]) -> None:
    """Rewrite the file atomically with exactly `entries` (an empty dict removes it)."""
    path = folder / FILE_NAME
    if not entries:
        path.unlink(missing_ok=True)
        return
    private_dir(folder)
    ids = list(entries)
    fd, name = tempfile.mkstemp(dir=folder, prefix=".vectors-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as handle:
            np.savez(
                handle,
                ids=np.array(ids, dtype=str),
                keys=np.array([entries[i][0] for i in ids], dtype=str),
                vectors=np.stack([entries[i][1] for i in ids]).astype(np.float32),
            )
        os.chmod(name, FILE_MODE)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def forget(folder: Path, item_id: str) -> None:
    """Drop one item's vector (called whenever an item is removed, under the store's lock)."""
    entries = load(folder)
    if entries.pop(item_id, None) is not None:
        save(folder, entries)

"""A bounded memory of recent embeddings, so the same sentence is not embedded twice.

Answering a question embeds every sentence of its passages (to pick the quotes) and the
passages themselves (to check the answer): 96% of a quick quoted answer's time, measured with
cProfile on the 2-core machine. A library's passages and sentences come back question after
question, so most of those vectors were computed moments ago; with 20 people asking at once
they were the reason quotes took 14 s (`benchmarks/ui_load.py`, docs/security.md).

The cache holds at most `max_entries` vectors (384 float32 each, about 1.6 KB) under a 16-byte
digest of the text, never the text itself: a 1 MB hostile question costs 1.6 KB here, and the
whole cache stays under `max_entries * 1.7 KB` (about 7 MB for the default) however long the
server runs. It returns exactly the vectors the model gave, so answers do not change.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np

MAX_ENTRIES = 4096  # about 7 MB: every sentence and passage of a few hundred documents


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class VectorCache:
    """Least recently used text → vector, safe to share between the web app's threads."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        if max_entries < 0:
            raise ValueError(f"max_entries must be 0 or more, got {max_entries}")
        self.max_entries = max_entries
        self._vectors: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._vectors)

    def embed(self, texts: Sequence[str], compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """Vectors for `texts` in order: remembered ones from the cache, the rest from one call
        of `compute` (a batch, as the model prefers), which are then remembered."""
        keys = [_key(t) for t in texts]
        found: dict[int, np.ndarray] = {}
        with self._lock:
            for i, key in enumerate(keys):
                vector = self._vectors.get(key)
                if vector is not None:
                    self._vectors.move_to_end(key)
                    found[i] = vector
            self.hits += len(found)
            self.misses += len(texts) - len(found)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        # Each text not remembered is embedded once, however often it appears in the batch.
        todo = list(dict.fromkeys(keys[i] for i in range(len(texts)) if i not in found))
        if todo:
            text_of = {keys[i]: texts[i] for i in range(len(texts))}
            fresh = np.asarray(compute([text_of[k] for k in todo]), dtype=np.float32)
            # Copies, so a remembered row never keeps its whole batch alive.
            computed = {k: row.copy() for k, row in zip(todo, fresh, strict=True)}
            self._remember(computed)
            for i, key in enumerate(keys):
                if i not in found:
                    found[i] = computed[key]
        return np.stack([found[i] for i in range(len(texts))])

    def _remember(self, computed: dict[bytes, np.ndarray]) -> None:
        if self.max_entries == 0:
            return
        with self._lock:
            for key, vector in computed.items():
                self._vectors[key] = vector
                self._vectors.move_to_end(key)
            while len(self._vectors) > self.max_entries:
                self._vectors.popitem(last=False)

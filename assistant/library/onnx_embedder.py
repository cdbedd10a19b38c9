"""Embeddings from an ONNX export of the bundled MiniLM: no torch, so `search` starts fast.

Importing sentence-transformers (and with it torch) costs a cold CLI call 7-10 s; onnxruntime
and tokenizers (both already installed by chromadb) cost 0.2 s. The export is made once
(`assistant prepare-embedder`, run by `make install` and by `assistant ingest`) into the
models folder, checked against sentence-transformers' vectors before it is trusted, and
recorded with its sha256 in a manifest beside it. Anything missing, stale or altered is simply
not used: `BundledEmbeddings` then falls back to sentence-transformers (same vectors, slower).
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.core.errors import ModelError
from assistant.core.file_hash import file_sha256

log = logging.getLogger(__name__)

MANIFEST_NAME = "all-minilm-l6-v2.onnx.json"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model (tokenizer.json says 128)
MAX_COSINE_GAP = 1e-4  # largest allowed 1 - cos(onnx, sentence-transformers) on the check set
PREPARE_HINT = "run `assistant prepare-embedder` to rebuild it"


@dataclass(frozen=True)
class OnnxManifest:
    """What was exported, from which weights, and how closely it matched when checked."""

    file: str  # the ONNX file's name in the same folder (its hash is part of the name)
    sha256: str
    source_sha256: str  # model.safetensors it was exported from
    max_cosine_gap: float
    checked_texts: int

    def save(self, path: Path) -> None:
        tmp = path.with_name(f"{path.name}.{id(self):x}.tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)  # atomic: readers see the old manifest or the new one

    @classmethod
    def load(cls, path: Path) -> OnnxManifest:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(**{k: raw[k] for k in cls.__dataclass_fields__})
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"the ONNX manifest {path} is unreadable ({exc})") from None


def manifest_path(models_dir: Path) -> Path:
    return Path(models_dir) / MANIFEST_NAME


def load_tokenizer(model_dir: Path) -> Any:
    """The model folder's own tokenizer.json, truncating and padding as sentence-transformers."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest text in the batch
    return tokenizer


class OnnxEmbedder:
    """Unit-length 384-d vectors from the checked ONNX file (mean pooling is inside the graph).

    Up to SMALL_TEXTS texts run on one thread: on a busy two-core machine a second thread that
    loses its core stalls a query (the same reason embeddings.py gives for torch). Larger
    batches (ingest) get a second session that uses every core, made only when first needed.
    """

    SMALL_TEXTS = 64

    def __init__(self, onnx_file: Path, model_dir: Path) -> None:
        self.onnx_file = Path(onnx_file)
        self.tokenizer = load_tokenizer(model_dir)
        self._sessions: dict[int, Any] = {}
        self._lock = threading.Lock()
        self._session(1)  # a bad file fails here, not at the first query

    def _session(self, threads: int) -> Any:
        with self._lock:
            if threads not in self._sessions:
                self._sessions[threads] = self._open(threads)
            return self._sessions[threads]

    def _open(self, threads: int) -> Any:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads  # 0: onnxruntime's default, one per core
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # errors only
        try:
            return onnxruntime.InferenceSession(
                str(self.onnx_file), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own untyped errors for bad files
            reason = " ".join(str(exc).split())[:200]
            raise ModelError(
                f"the ONNX model {self.onnx_file} cannot be loaded ({reason})"
            ) from None

    def embed(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Vectors in the order given; texts of similar length are batched (less padding)."""
        session = self._session(1 if len(texts) <= self.SMALL_TEXTS else 0)
        inputs = {i.name for i in session.get_inputs()}
        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in chunk])
            feeds = {
                "input_ids": [e.ids for e in encoded],
                "attention_mask": [e.attention_mask for e in encoded],
                "token_type_ids": [e.type_ids for e in encoded],
            }
            arrays = {k: np.asarray(v, dtype=np.int64) for k, v in feeds.items() if k in inputs}
            (vectors,) = session.run(None, arrays)
            out[chunk] = vectors
        return out


def load_checked(models_dir: Path, model_dir: Path, source_sha256: str) -> OnnxEmbedder | None:
    """The ONNX embedder if a checked export for these weights is present and intact, else None.

    Missing (never prepared) is silent; altered, stale or unloadable logs one warning line.
    """
    manifest_file = manifest_path(models_dir)
    if not manifest_file.is_file():
        return None
    try:
        manifest = OnnxManifest.load(manifest_file)
        onnx_file = manifest_file.parent / Path(manifest.file).name
        if manifest.source_sha256 != source_sha256:
            raise ModelError(f"the ONNX model {onnx_file} was made from other weights")
        if manifest.max_cosine_gap > MAX_COSINE_GAP:
            raise ModelError(f"the ONNX model {onnx_file} did not pass its check")
        if not onnx_file.is_file():
            raise ModelError(f"the ONNX model {onnx_file} is missing")
        if file_sha256(onnx_file) != manifest.sha256:
            raise ModelError(f"the ONNX model {onnx_file} does not match its recorded sha256")
        return OnnxEmbedder(onnx_file, model_dir)
    except ModelError as exc:
        log.warning(
            "Note: %s; searching with sentence-transformers instead (%s).", exc, PREPARE_HINT
        )
        return None

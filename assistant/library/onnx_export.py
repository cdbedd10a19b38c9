"""Make the ONNX embedding model once: export the bundled MiniLM, check it, record its hash.

Runs at install, or after an ingest that had to load torch anyway. The graph includes
sentence-transformers' mean pooling and L2 normalisation, so the ONNX file gives the same unit
vectors. It is trusted only if, on the bundled corpus's passages (one by one, in padded batches
and all at once), every vector is within 1e-4 cosine of sentence-transformers'; otherwise
nothing is recorded and everything keeps using sentence-transformers.
"""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.core.errors import ModelError
from assistant.core.file_hash import file_sha256
from assistant.core.models_folder import make_models_folder
from assistant.library.embeddings import (
    MODEL_SHA256,
    BundledEmbeddings,
    bundled_model_dir,
    verify_model,
)
from assistant.library.onnx_embedder import (
    MAX_COSINE_GAP,
    OnnxEmbedder,
    OnnxManifest,
    load_checked,
    manifest_path,
)

OPSET = 17
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Short queries and odd inputs, checked with the passages (a query is usually a few words).
CHECK_QUERIES = (
    "Access to Work",
    "How can disabled people's organisations help to run public services?",
    "a",
    "PIP, ESA & Universal Credit — what changed in 2013?",
    "word " * 400,  # longer than MAX_TOKENS: must be truncated the same way
)


@dataclass(frozen=True)
class PrepareReport:
    manifest: OnnxManifest
    path: Path
    made: bool  # False when a checked export was already there

    def summary(self) -> str:
        state = "made and checked" if self.made else "already present and intact"
        return (
            f"Fast query model {state}: {self.path} (largest cosine gap to sentence-transformers "
            f"{self.manifest.max_cosine_gap:.1e} over {self.manifest.checked_texts} texts)"
        )


def _export_graph(model_dir: Path, target: Path) -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(
        str(model_dir), local_files_only=True, attn_implementation="eager"
    ).eval()

    class MeanPooled(torch.nn.Module):
        def __init__(self, encoder: Any) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    dummy = torch.ones((2, 16), dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in _INPUTS}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer chatter about constant shapes; the check decides
        torch.onnx.export(
            MeanPooled(model),
            (dummy, dummy, torch.zeros_like(dummy)),
            str(target),
            input_names=list(_INPUTS),
            output_names=["embedding"],
            dynamic_axes={**axes, "embedding": {0: "batch"}},
            opset_version=OPSET,
            dynamo=False,  # the TorchScript exporter: offline, no onnxscript needed
        )


def cosine_gap(texts: Sequence[str], onnx: OnnxEmbedder, reference: BundledEmbeddings) -> float:
    """Largest 1 - cos between the two paths: texts one by one, in small padded batches (one
    thread, as queries run) and all at once (every core, as ingest runs)."""
    expected = np.asarray(reference.embed_documents(list(texts)), dtype=np.float64)
    batched = np.concatenate(
        [onnx.embed(list(texts[i : i + 16])) for i in range(0, len(texts), 16)]
    )
    single = np.concatenate([onnx.embed([t]) for t in texts])
    whole = onnx.embed(list(texts))
    gaps = [
        1.0 - np.sum(expected * got.astype(np.float64), axis=1) for got in (batched, single, whole)
    ]
    return float(max(g.max() for g in gaps))


def corpus_texts(corpus_dir: Path, min_words: int, max_words: int) -> list[str]:
    """The bundled corpus's passages as ingest embeds them, plus the check queries."""
    from assistant.library.chunking import chunk_document
    from assistant.library.documents import find_files, load_document
    from assistant.library.ingest import embedding_text

    files, _ = find_files([corpus_dir])
    texts = [
        embedding_text(chunk)
        for path in files
        for chunk in chunk_document(load_document(path), min_words, max_words)
    ]
    return texts + list(CHECK_QUERIES)


def prepare_onnx(
    models_dir: Path,
    check_texts: Callable[[], Sequence[str]],
    model_dir: Path | None = None,
    force: bool = False,
) -> PrepareReport:
    """Export, check and record the ONNX model unless a checked, intact one is already there.

    `check_texts` is called only when an export is made (the corpus need not be read to find
    that one is already there).
    """
    model_dir = Path(model_dir) if model_dir else bundled_model_dir()
    verify_model(model_dir)
    models_dir = Path(models_dir)
    manifest_file = manifest_path(models_dir)
    if not force and load_checked(models_dir, model_dir, MODEL_SHA256) is not None:
        manifest = OnnxManifest.load(manifest_file)
        return PrepareReport(manifest, models_dir / manifest.file, made=False)
    texts = list(check_texts())
    if not texts:
        raise ModelError("no texts to check the ONNX model against")
    make_models_folder(models_dir)
    tmp = models_dir / f".export-{os.getpid()}-{uuid.uuid4().hex[:8]}.onnx.tmp"
    try:
        _export_graph(model_dir, tmp)
        gap = cosine_gap(
            texts, OnnxEmbedder(tmp, model_dir), BundledEmbeddings(model_dir, use_onnx=False)
        )
        if gap > MAX_COSINE_GAP:
            raise ModelError(
                f"the ONNX export differs from sentence-transformers by {gap:.1e} cosine "
                f"(limit {MAX_COSINE_GAP:.0e}); search keeps using sentence-transformers"
            )
        digest = file_sha256(tmp)
        final = models_dir / f"all-minilm-l6-v2.{digest[:12]}.onnx"
        tmp.replace(final)  # then the manifest: a reader never sees a half-made pair
        manifest = OnnxManifest(final.name, digest, MODEL_SHA256, gap, len(texts))
        manifest.save(manifest_file)
    finally:
        tmp.unlink(missing_ok=True)
    for old in models_dir.glob("all-minilm-l6-v2.*.onnx"):
        if old.name != final.name:
            old.unlink(missing_ok=True)
    return PrepareReport(manifest, final, made=True)

"""The bundled model: 384-d unit vectors, sensible similarity, refused unless the pinned file."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.core.errors import ModelError
from assistant.core.file_hash import file_sha256
from assistant.library.embeddings import (
    DIMENSIONS,
    MODEL_SHA256,
    BundledEmbeddings,
    bundled_model_dir,
    verify_model,
)


def test_vectors_have_384_unit_length_dimensions(embeddings: BundledEmbeddings) -> None:
    vectors = np.asarray(
        embeddings.embed_documents(["Accessible buses need ramps.", "Grants for stairlifts."])
    )
    assert vectors.shape == (2, DIMENSIONS) == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    query = np.asarray(embeddings.embed_query("Accessible buses need ramps."))
    assert query.shape == (384,)
    assert np.allclose(query, vectors[0], atol=1e-5)  # same text, same vector
    assert embeddings.embed_documents([]) == []


def test_similar_sentences_are_closer_than_unrelated_ones(embeddings: BundledEmbeddings) -> None:
    anchor, similar, unrelated = np.asarray(
        embeddings.embed_documents(
            [
                "The council is cutting funding for disability support services.",
                "Local authority budgets for disabled people's services are being reduced.",
                "The recipe needs two eggs, flour and a pinch of salt.",
            ]
        )
    )
    assert anchor @ similar > anchor @ unrelated + 0.3


def test_bundled_weights_match_the_pinned_hash() -> None:
    model_dir = bundled_model_dir()
    assert file_sha256(model_dir / "model.safetensors") == MODEL_SHA256
    verify_model(model_dir)  # does not raise


def test_wrong_hash_is_refused() -> None:
    with pytest.raises(ModelError, match="do not match the pinned hash"):
        verify_model(bundled_model_dir(), expected="0" * 64)


def test_missing_weights_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        verify_model(tmp_path)


def test_a_tampered_model_folder_cannot_be_loaded(tmp_path: Path) -> None:
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    for item in bundled_model_dir().iterdir():
        if item.is_file() and item.name != "model.safetensors":
            shutil.copy(item, model_dir / item.name)
    (model_dir / "model.safetensors").write_bytes(b"not the real weights")
    with pytest.raises(ModelError, match="pinned hash"):
        BundledEmbeddings(model_dir).embed_query("anything")


def test_batch_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        BundledEmbeddings(batch_size=0)

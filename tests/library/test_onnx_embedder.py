"""The ONNX query model: same vectors as sentence-transformers, used only when intact.

A fresh export is made once for this module into a temp models folder (it loads the real model,
hence `slow`); the checks on missing, stale, tampered or corrupt files need no model.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.support.helpers import CORPUS_DIR, cli_env

from assistant.core.file_hash import file_sha256
from assistant.library.embeddings import MODEL_SHA256, BundledEmbeddings, bundled_model_dir
from assistant.library.onnx_embedder import (
    MAX_COSINE_GAP,
    OnnxEmbedder,
    OnnxManifest,
    load_checked,
    manifest_path,
)
from assistant.library.onnx_export import corpus_texts, prepare_onnx
from assistant.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def corpus_passages() -> list[str]:
    return corpus_texts(CORPUS_DIR, 80, 200)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, corpus_passages: list[str]) -> Path:
    """A models folder holding a fresh, checked export (made the way `make install` makes it)."""
    models = tmp_path_factory.mktemp("models")
    report = prepare_onnx(models, lambda: corpus_passages[:8])  # quick check; tests go further
    assert report.made and report.path.is_file()
    return models


def _fake_export(models: Path, content: bytes, **manifest: object) -> Path:
    """A models folder with `content` as the ONNX file and a manifest (default: its true hash)."""
    models.mkdir(parents=True, exist_ok=True)
    onnx = models / "all-minilm-l6-v2.fake.onnx"
    onnx.write_bytes(content)
    fields = {
        "file": onnx.name,
        "sha256": file_sha256(onnx),
        "source_sha256": MODEL_SHA256,
        "max_cosine_gap": 1e-7,
        "checked_texts": 1,
    }
    OnnxManifest(**{**fields, **manifest}).save(manifest_path(models))  # type: ignore[arg-type]
    return onnx


# ---- the check itself: real model, real export ----------------------------------------------


@pytest.mark.slow
def test_onnx_vectors_match_sentence_transformers_on_the_corpus(
    exported: Path, corpus_passages: list[str]
) -> None:
    manifest = OnnxManifest.load(manifest_path(exported))
    onnx = OnnxEmbedder(exported / manifest.file, bundled_model_dir())
    reference = np.asarray(
        BundledEmbeddings(use_onnx=False).embed_documents(corpus_passages), dtype=np.float64
    )
    # Padded batches (mixed lengths) and texts one at a time must both agree.
    batched = np.concatenate(
        [onnx.embed(corpus_passages[i : i + 8]) for i in range(0, len(corpus_passages), 8)]
    ).astype(np.float64)
    single = np.concatenate([onnx.embed([t]) for t in corpus_passages]).astype(np.float64)
    # Over 64 texts at once takes the all-cores session: the corpus twice over gets there.
    doubled = [*corpus_passages, *corpus_passages]
    whole = onnx.embed(doubled)[: len(corpus_passages)].astype(np.float64)
    assert len(doubled) > 64 and batched.shape == reference.shape == (len(batched), 384)
    for got in (batched, single, whole):
        assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
        assert (1.0 - np.sum(reference * got, axis=1)).max() <= MAX_COSINE_GAP
    assert manifest.max_cosine_gap <= MAX_COSINE_GAP and manifest.source_sha256 == MODEL_SHA256


@pytest.mark.slow
def test_embeddings_use_the_checked_export_for_queries(exported: Path) -> None:
    fast = BundledEmbeddings(models_dir=exported)
    assert fast.onnx is not None
    slow = BundledEmbeddings(models_dir=exported, use_onnx=False)
    query = "Who pays for a support worker under Access to Work?"
    assert float(np.dot(fast.embed_query(query), slow.embed_query(query))) > 1 - MAX_COSINE_GAP


@pytest.mark.slow
def test_tampered_export_is_not_used_and_search_still_gets_right_vectors(
    exported: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    manifest = OnnxManifest.load(manifest_path(exported))
    tampered = tmp_path / "models"
    tampered.mkdir()
    data = bytearray((exported / manifest.file).read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte inside the weights: still loadable
    (tampered / manifest.file).write_bytes(bytes(data))
    manifest.save(manifest_path(tampered))
    embeddings = BundledEmbeddings(models_dir=tampered)
    with caplog.at_level(logging.WARNING):
        assert embeddings.onnx is None
    assert "does not match its recorded sha256" in caplog.text
    reference = BundledEmbeddings(use_onnx=False).embed_query("Access to Work")
    assert np.allclose(embeddings.embed_query("Access to Work"), reference, atol=1e-6)


# ---- what is trusted: no model needed ------------------------------------------------------


def test_missing_export_falls_back_silently(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        assert load_checked(tmp_path / "no-models", bundled_model_dir(), MODEL_SHA256) is None
    assert caplog.text == ""


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("hash", "does not match its recorded sha256"),
        ("stale", "was made from other weights"),
        ("unchecked", "did not pass its check"),
        ("gone", "is missing"),
        ("corrupt", "cannot be loaded"),
        ("manifest", "unreadable"),
    ],
)
def test_altered_export_is_refused_with_one_warning_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, case: str, message: str
) -> None:
    models = tmp_path / "models"
    onnx = _fake_export(models, b"not an onnx graph")  # hash matches: only `corrupt` loads it
    if case == "hash":
        onnx.write_bytes(b"not an onnx graph, altered")
    elif case == "stale":
        _fake_export(models, onnx.read_bytes(), source_sha256="0" * 64)
    elif case == "unchecked":
        _fake_export(models, onnx.read_bytes(), max_cosine_gap=0.01)
    elif case == "gone":
        onnx.unlink()
    elif case == "manifest":
        manifest_path(models).write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_checked(models, bundled_model_dir(), MODEL_SHA256) is None
    assert message in caplog.text
    assert len(caplog.records) == 1 and "\n" not in caplog.records[0].getMessage()
    assert "assistant prepare-embedder" in caplog.text  # says how to fix it


# ---- the command line: search and ask without torch -----------------------------------------

_PROBE = """
import atexit, json, sys
heavy = ("torch", "sentence_transformers", "transformers", "gradio")
atexit.register(lambda: print("IMPORTED", json.dumps([m for m in heavy if m in sys.modules])))
sys.argv = ["assistant", *sys.argv[1:]]
from assistant.cli import main
main()
"""


def _probe(args: list[str], data_dir: Path, models: Path) -> tuple[list[str], str]:
    env = {**cli_env(data_dir), "ASSISTANT_MODELS_DIR": str(models)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    head, _, imported = done.stdout.rpartition("IMPORTED ")
    return json.loads(imported), head + done.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["search", "Access to Work"],
        ["ask", "What is Access to Work?", "--generator", "extractive"],
    ],
)
def test_search_and_ask_run_without_torch_when_the_export_is_there(
    corpus, exported: Path, args: list[str]
) -> None:
    imported, output = _probe(args, corpus.settings.data_dir, exported)
    assert "Access to Work" in output
    assert imported == []


@pytest.mark.slow
def test_without_the_export_search_falls_back_to_sentence_transformers(
    corpus, tmp_path: Path
) -> None:
    imported, output = _probe(["search", "Access to Work"], corpus.settings.data_dir, tmp_path)
    assert "Access to Work" in output and "Note:" not in output  # silent, same answer
    assert "sentence_transformers" in imported and "torch" in imported


@pytest.mark.slow
def test_prepare_command_only_checks_an_intact_export(exported: Path, tmp_path: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in exported.iterdir()}
    env = {**cli_env(tmp_path / "data"), "ASSISTANT_MODELS_DIR": str(exported)}
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "prepare-embedder"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "already present and intact" in done.stdout and "Making" not in done.stderr
    assert {p.name: p.stat().st_mtime_ns for p in exported.iterdir()} == before

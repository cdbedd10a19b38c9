"""The retrieval benchmark still runs and prints its figures (a smoke test, not a measurement).

Tiny sizes and the fake embeddings, so it takes seconds: this checks that the parts in
benchmarks/retrieval_bench/ fit together, that the synthetic passages come out of the real
`assistant.library.chunking` one per paragraph, and that the report and JSON file are written. The
figures it prints mean nothing about speed; `make bench` measures.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.fake_embeddings import HashEmbeddings

from assistant.settings import PROJECT_ROOT

BENCHMARKS = PROJECT_ROOT / "benchmarks"


@pytest.fixture
def benchmark(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Any]:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    import retrieval_benchmark

    yield retrieval_benchmark
    for name in [m for m in sys.modules if m.startswith("retrieval_bench")]:
        del sys.modules[name]


def test_synthetic_passages_are_chunked_by_the_library_one_per_paragraph(
    benchmark: Any,
) -> None:
    from retrieval_bench.synthetic import CHUNKS_PER_DOC, synthetic_chunks
    from retrieval_bench.vocabulary import Vocabulary

    chunks = synthetic_chunks(Vocabulary(), n=20, pool=5, seed=7)
    assert len(chunks) == 20 and len({c.id for c in chunks}) == 20
    first = [c for c in chunks if c.doc_id == chunks[0].doc_id]
    assert len(first) == CHUNKS_PER_DOC
    assert [c.para_start for c in first] == list(range(1, CHUNKS_PER_DOC + 1))
    for key in ("title", "kind", "section", "char_start", "chunk_index", "source_path"):
        assert key in chunks[0].metadata
    for chunk in chunks:  # one whole paragraph each, cited by its offsets like a real one
        assert 60 <= len(chunk.text.split()) <= 200
        assert chunk.char_end - chunk.char_start == len(chunk.text)
        assert chunk.para_start == chunk.para_end


def test_the_benchmark_runs_and_prints_its_figures(
    benchmark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "figures.json"
    argv = ["--sizes", "16,24", "--queries", "2", "--pool", "8", "--ingest-docs", "2"]
    code = benchmark.main([*argv, "--out", str(out)], embeddings=HashEmbeddings())
    assert code == 0
    printed = capsys.readouterr().out
    for heading in ("Retrieval latency", "Per-size setup", "Ingest (real pipeline"):
        assert heading in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [size["chunks"] for size in figures["sizes"]] == [16, 24]
    for size in figures["sizes"]:
        assert set(size["latency_ms"]) >= {"dense", "bm25", "hybrid", "hybrid+MMR"}
        assert size["latency_ms"]["hybrid"]["n"] == 2
        assert size["mean_passages_returned"]["hybrid"] > 0
    assert figures["ingest"]["documents"] == 2 and figures["ingest"]["chunks"] > 0
    assert figures["ingest"]["reingest_unchanged_documents"] == 2
    assert figures["pool"]["size"] == 8 and 0 < figures["pool"]["mean_cosine_to_parent"] <= 1

"""Benchmark 2, ingest throughput: the real pipeline (load, chunk, embed, store) end to end on
synthetic Markdown files, how much of it is the embedding step, and a re-ingest of the same
unchanged files (which should embed nothing)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.library.chunking import chunk_document
from assistant.library.documents import find_files, load_document
from assistant.library.ingest import embedding_text, ingest
from assistant.library.store import Store
from assistant.settings import Settings

from .synthetic import write_markdown_corpus
from .timing import OtherLoad, release_chroma, timed
from .vocabulary import Vocabulary


def bench_ingest(vocab: Vocabulary, docs: int, seed: int, embeddings: Embeddings) -> dict[str, Any]:
    """Figures for ingesting `docs` synthetic Markdown files into a fresh temporary store."""
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ingest-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        write_markdown_corpus(folder, vocab, docs, seed)
        settings = Settings(data_dir=Path(tmp) / "data", collection="bench", chroma_host=None)
        store = Store(settings, embeddings)  # type: ignore[arg-type]  (any LangChain Embeddings)
        with OtherLoad() as other, timed(times, "ingest_s"):
            first = ingest([folder], settings, store)
        with timed(times, "reingest_s"):
            again = ingest([folder], settings, store)
        # Where the time goes: the embedding step alone, on the same chunk texts.
        files, _ = find_files([folder])
        chunks = [
            c
            for path in files
            for c in chunk_document(
                load_document(path, settings=settings),
                settings.chunk_min_words,
                settings.chunk_max_words,
            )
        ]
        with timed(times, "embed_only_s"):
            embeddings.embed_documents([embedding_text(c) for c in chunks])
        del store
        release_chroma()
    if first.failed or again.chunks_added or again.chunks_removed:
        raise RuntimeError(f"unexpected ingest result: {first.summary()} / {again.summary()}")
    return {
        "documents": first.documents,
        "chunks": first.chunks_added,
        "ingest_s": times["ingest_s"],
        "ingest_chunks_per_s": first.chunks_added / times["ingest_s"],
        "embed_only_s": times["embed_only_s"],
        "embed_share": times["embed_only_s"] / times["ingest_s"],
        "reingest_s": times["reingest_s"],
        "reingest_unchanged_documents": again.unchanged,
        "other_processes_cores": other.cores,
    }

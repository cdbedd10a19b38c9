"""The Chroma collection: the single source of truth for passages, their metadata and vectors.

Embedded (PersistentClient in the data folder) by default; a Chroma server when
ASSISTANT_CHROMA_HOST is set. Our own embedding function is always attached, because Chroma's
default one would try to download a model.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import chromadb
import numpy as np
from chromadb.api.types import Documents, Embeddable, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings

from assistant.core.errors import EmptyStoreError, StoreError
from assistant.core.schema import Chunk, Metadata
from assistant.library.embeddings import BundledEmbeddings
from assistant.library.store_damage import GuardedCollection, guarded
from assistant.library.store_probe import check_store
from assistant.settings import Settings

REVISION_KEY = "revision"
PENDING_KEY = "pending_documents"
_PAGE = 5000


class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Adapter so Chroma itself can embed with the bundled model (and never downloads one)."""

    def __init__(self, embeddings: BundledEmbeddings) -> None:
        self.embeddings = embeddings

    def __call__(self, input: Documents) -> Embeddings:
        # float32 arrays: what Chroma stores, and what it would convert plain lists to anyway.
        vectors = self.embeddings.embed_documents(list(input))
        return [np.asarray(vector, dtype=np.float32) for vector in vectors]

    @staticmethod
    def name() -> str:
        return "consult_assistant_minilm"

    def get_config(self) -> dict[str, Any]:
        return {"model_dir": str(self.embeddings.model_dir)}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        return ChromaEmbeddingFunction(BundledEmbeddings(config.get("model_dir")))


@dataclass(frozen=True)
class StoredChunk:
    id: str
    text: str
    metadata: Metadata
    distance: float | None = None
    embedding: list[float] | None = None


def make_client(settings: Settings) -> chromadb.api.ClientAPI:
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        try:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
        except Exception as exc:
            raise StoreError(
                f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port}"
                f" ({exc}); start it with `chroma run` or unset ASSISTANT_CHROMA_HOST"
            ) from None
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    check_store(settings)  # index files changed since the last good check: open in a child first
    with guarded(settings):  # a damaged store is one line naming it, never a traceback
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


class Store:
    """Thin typed wrapper over one Chroma collection."""

    def __init__(self, settings: Settings, embeddings: BundledEmbeddings | None = None) -> None:
        self.settings = settings
        self.embeddings = embeddings or BundledEmbeddings(
            batch_size=settings.embed_batch_size, models_dir=settings.models_dir
        )
        self.client = make_client(settings)
        self._collection: Any = None

    def _embedding_function(self) -> EmbeddingFunction[Embeddable]:
        # Chroma types the parameter for text or images; ours embeds text only, and this store
        # never adds images, so Chroma only ever passes it Documents.
        return cast("EmbeddingFunction[Embeddable]", ChromaEmbeddingFunction(self.embeddings))

    @property
    def collection(self) -> Any:
        if self._collection is None:
            with guarded(self.settings):
                found = self.client.get_or_create_collection(
                    self.settings.collection,
                    embedding_function=self._embedding_function(),
                    metadata={"hnsw:space": "cosine"},
                )
            self._collection = GuardedCollection(found, self.settings)
        return self._collection

    def count(self) -> int:
        return int(self.collection.count())

    def require_content(self) -> None:
        if self.count() == 0:
            raise EmptyStoreError(
                "the library is empty: run `assistant ingest` first to add the bundled corpus"
            )

    def revision(self) -> str:
        """Changes whenever the collection's contents change; keys derived indexes (BM25)."""
        with guarded(self.settings):
            fresh = self.client.get_collection(
                self.settings.collection, embedding_function=self._embedding_function()
            )
            metadata = fresh.metadata or {}
            return f"{metadata.get(REVISION_KEY, 'none')}-{fresh.count()}"

    def _bump_revision(self) -> None:
        metadata = {k: v for k, v in (self.collection.metadata or {}).items() if ":" not in k}
        metadata[REVISION_KEY] = uuid.uuid4().hex
        self.collection.modify(metadata=metadata)

    def pending(self) -> set[str]:
        """Documents whose ingest started and has not finished (shown as incomplete)."""
        try:
            return set(json.loads(str((self.collection.metadata or {}).get(PENDING_KEY, "[]"))))
        except ValueError:
            return set()

    def set_pending(self, doc_ids: set[str]) -> None:
        """Record which documents are part-way through an ingest (in the collection itself, so a
        shared Chroma server shows it to everyone)."""
        metadata = {k: v for k, v in (self.collection.metadata or {}).items() if ":" not in k}
        metadata[PENDING_KEY] = json.dumps(sorted(doc_ids))
        self.collection.modify(metadata=metadata)

    def ids_by_doc(self) -> dict[str, set[str]]:
        result: dict[str, set[str]] = {}
        for item in self.iter_all(include_text=False):
            result.setdefault(str(item.metadata.get("doc_id", "")), set()).add(item.id)
        return result

    def iter_all(self, include_text: bool = True) -> Iterable[StoredChunk]:
        include = ["metadatas", "documents"] if include_text else ["metadatas"]
        offset = 0
        while True:
            page = self.collection.get(include=include, limit=_PAGE, offset=offset)
            ids = page["ids"]
            if not ids:
                return
            docs = page.get("documents") or [""] * len(ids)
            for item_id, text, metadata in zip(ids, docs, page["metadatas"], strict=True):
                yield StoredChunk(item_id, text or "", dict(metadata or {}))
            offset += len(ids)

    def add(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        if not chunks:
            return
        self.collection.upsert(
            ids=[c.id for c in chunks],
            documents=[c.text for c in chunks],
            metadatas=[c.metadata for c in chunks],
            embeddings=[list(v) for v in vectors],
        )
        self._bump_revision()

    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), _PAGE):
            self.collection.delete(ids=ids[start : start + _PAGE])
        if ids:
            self._bump_revision()

    def query(
        self, vector: Sequence[float], n: int, with_embeddings: bool = False
    ) -> list[StoredChunk]:
        include = ["documents", "metadatas", "distances"]
        if with_embeddings:
            include.append("embeddings")
        result = self.collection.query(
            query_embeddings=[list(vector)], n_results=max(1, n), include=include
        )
        embeddings = result.get("embeddings")
        rows = []
        for i, item_id in enumerate(result["ids"][0]):
            rows.append(
                StoredChunk(
                    item_id,
                    result["documents"][0][i] or "",
                    dict(result["metadatas"][0][i] or {}),
                    float(result["distances"][0][i]),
                    list(embeddings[0][i]) if embeddings is not None else None,
                )
            )
        return rows

    def get(self, ids: Sequence[str], with_embeddings: bool = False) -> list[StoredChunk]:
        include = ["documents", "metadatas"] + (["embeddings"] if with_embeddings else [])
        page = self.collection.get(ids=list(ids), include=include)
        embeddings = page.get("embeddings")
        by_id = {
            item_id: StoredChunk(
                item_id,
                page["documents"][i] or "",
                dict(page["metadatas"][i] or {}),
                None,
                list(embeddings[i]) if embeddings is not None else None,
            )
            for i, item_id in enumerate(page["ids"])
        }
        return [by_id[i] for i in ids if i in by_id]

    def document_chunks(self, doc_id: str) -> list[StoredChunk]:
        """Every stored passage of one document, in reading order (the reading view rebuilds
        the document from them); empty when the document is not (or no longer) in the library."""
        rows: list[StoredChunk] = []
        offset = 0
        while True:
            page = self.collection.get(
                where={"doc_id": doc_id},
                include=["documents", "metadatas"],
                limit=_PAGE,
                offset=offset,
            )
            if not page["ids"]:
                break
            for item_id, text, metadata in zip(
                page["ids"], page["documents"], page["metadatas"], strict=True
            ):
                rows.append(StoredChunk(item_id, text or "", dict(metadata or {})))
            offset += len(page["ids"])
        return sorted(rows, key=lambda c: (int(c.metadata.get("char_start") or 0), c.id))

    def present_documents(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these documents still have passages in the library (a reopened answer
        marks the others "document removed")."""
        present: set[str] = set()
        for doc_id in set(doc_ids):
            if self.collection.get(where={"doc_id": doc_id}, limit=1, include=[])["ids"]:
                present.add(doc_id)
        return present

"""Temporary stores for evaluation: one per corpus and chunking, built once per run.

Evaluation never reads the user's library: a suite is scored against exactly the corpus it was
written for, so numbers do not move when someone adds a document, and CI (which has no
library) can run it. Configs that differ only in retrieval share one store; a config that
changes chunking gets its own. A BEIR corpus is written out as Markdown files (front matter
`id` = the BEIR `_id`) and ingested through the ordinary `assistant.library.ingest`, so it is split
and embedded exactly as a user's documents would be.
"""

from __future__ import annotations

import hashlib
import tempfile
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType

import yaml

from assistant.core.errors import StoreError
from assistant.evaluation.configs import EvalConfig
from assistant.evaluation.suites import BeirDoc, Suite
from assistant.library.documents import slugify
from assistant.library.embeddings import BundledEmbeddings
from assistant.library.ingest import Progress, ingest
from assistant.library.store import Store
from assistant.settings import Settings


def write_beir_corpus(docs: tuple[BeirDoc, ...], folder: Path) -> dict[str, str]:
    """One Markdown file per BEIR document; returns store doc_id -> BEIR _id.

    Ingest turns a front-matter id into a slug ("MED-10" -> "med-10"), so the map is how
    results are reported with the BEIR ids again. Two ids with one slug get a numbered suffix.
    """
    folder.mkdir(parents=True, exist_ok=True)
    to_beir: dict[str, str] = {}
    for number, doc in enumerate(docs, start=1):
        doc_id = slugify(doc.id)
        if doc_id in to_beir:
            doc_id = f"{doc_id[:50]}-{number}"
        to_beir[doc_id] = doc.id
        front = yaml.safe_dump(
            {"id": doc_id, "title": doc.title or doc.id, "kind": "user upload"},
            allow_unicode=True,
            sort_keys=False,
        )
        body = doc.text.strip() or doc.title or doc.id
        (folder / f"doc-{number:07d}.md").write_text(f"---\n{front}---\n{body}\n", "utf-8")
    return to_beir


class StorePool(AbstractContextManager["StorePool"]):
    """Ingested stores keyed by (corpus, chunking), under one work folder.

    Without `work_dir` the folder is temporary and removed on exit. With one, stores persist
    and a later run only re-checks them (ingest skips unchanged files), which saves minutes on
    a large BEIR corpus.
    """

    def __init__(
        self,
        base: Settings,
        embeddings: BundledEmbeddings | None = None,
        work_dir: Path | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.base = base
        self.embeddings = embeddings or BundledEmbeddings(
            batch_size=base.embed_batch_size, models_dir=base.models_dir
        )
        self._tmp = None if work_dir else tempfile.TemporaryDirectory(prefix="assistant-eval-")
        self.root = Path(work_dir) if work_dir else Path(self._tmp.name)  # type: ignore[union-attr]
        self.progress = progress
        self._stores: dict[tuple[str, int, int, str], Store] = {}
        self._beir: dict[str, tuple[Path, dict[str, str]]] = {}
        self.warnings: list[str] = []  # documents that could not be ingested, one line each

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stores.clear()
        if self._tmp is not None:
            self._tmp.cleanup()

    def _corpus(self, suite: Suite | None) -> tuple[str, Path, dict[str, str] | None]:
        """(key, folder to ingest, doc_id -> suite id map or None for the bundled corpus)."""
        if suite is None or suite.corpus is None:
            return "bundled", self.base.corpus_dir, None
        digest = hashlib.sha1(str(suite.path.resolve()).encode()).hexdigest()[:8]
        key = f"beir-{slugify(suite.name)[:40]}-{digest}"
        if key not in self._beir:
            folder = self.root / key / "docs"
            self._beir[key] = (folder, write_beir_corpus(suite.corpus, folder))
        folder, to_beir = self._beir[key]
        return key, folder, to_beir

    def doc_ids(self, suite: Suite | None) -> dict[str, str] | None:
        """How the store's doc ids map back to the suite's ids (None: they are the same)."""
        return self._corpus(suite)[2]

    def store(self, suite: Suite | None, config: EvalConfig) -> Store:
        """The store holding `suite`'s corpus (None: the bundled corpus) chunked as `config`
        says, ingested on first use."""
        key, folder, _ = self._corpus(suite)
        low, high, splitter = config.store_key
        if (key, low, high, splitter) not in self._stores:
            name = f"chunks-{low}-{high}" + ("" if splitter == "structure" else f"-{splitter}")
            settings = config.settings(self.base, self.root / key / name)
            # The suite's folder is this store's library, so its front matter ids are honoured.
            settings = settings.model_copy(update={"corpus_dir": folder})
            store = Store(settings, embeddings=self.embeddings)
            report = ingest([folder], settings, store=store, progress=self.progress)
            self.warnings += [f"{key}: {message}" for message in report.failed]
            if store.count() == 0:
                problems = "; ".join(report.failed[:3]) or "no readable documents"
                name = suite.name if suite else "the bundled corpus"
                raise StoreError(f"{name}: nothing could be ingested ({problems})")
            self._stores[(key, low, high, splitter)] = store
        return self._stores[(key, low, high, splitter)]

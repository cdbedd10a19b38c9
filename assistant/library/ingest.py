"""Bring files into the store, idempotently.

Every file is loaded and chunked (cheap); only chunks whose ids are new get embedded and added,
chunks that no longer exist are removed. So re-running on unchanged files changes nothing, a
changed file replaces just its changed passages, and an ingest interrupted part-way is completed
by the next run (missing ids are simply still missing).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.errors import DocumentError
from assistant.core.file_lock import locked
from assistant.core.schema import Chunk, Document
from assistant.core.text import plural
from assistant.library.chunking import chunk_document, chunk_document_recursive
from assistant.library.documents import find_files, load_document, skip_reason
from assistant.library.injection import SUSPECT_PHRASE_KEY, suspect_metadata
from assistant.library.store import Store
from assistant.settings import Settings

Progress = Callable[[str, int, int], None]
LIBRARY_LOCK = ".library.lock"  # in the data folder: held while the list of unfinished documents
# or the uploads folder changes
ADD_BATCH = 256  # passages embedded and written at a time


@dataclass
class IngestReport:
    """What an ingest run did, for the one-line summary and for tests."""

    documents: int = 0
    unchanged: int = 0
    chunks_added: int = 0
    chunks_removed: int = 0
    documents_removed: int = 0
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one message per file, naming it
    failed_names: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)  # one message per file with marked passages

    def summary(self) -> str:
        parts = [
            f"{plural(self.documents, 'document')} ({self.unchanged} unchanged)",
            f"{plural(self.chunks_added, 'chunk')} added",
            f"{self.chunks_removed} removed",
        ]
        if self.documents_removed:
            parts.append(f"{plural(self.documents_removed, 'document')} gone")
        if self.skipped:
            parts.append(f"{plural(len(self.skipped), 'file')} skipped")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return "Ingest: " + ", ".join(parts)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    return f"{round(seconds / 60)} min"


def embedding_text(chunk: Chunk) -> str:
    """Title and section (and a briefing note's references) go into the vector, not the stored
    text, so context helps matching while quotes stay exact."""
    title = chunk.metadata.get("title", "")
    heading = f"{title} — {chunk.section}" if chunk.section and chunk.section != title else title
    text = f"{heading}\n{chunk.text}" if heading else chunk.text
    references = chunk.metadata.get("references", "")
    return f"{text}\n{references}" if references else text


def ingest(
    paths: Sequence[Path],
    settings: Settings,
    store: Store | None = None,
    progress: Progress | None = None,
    overrides: dict[str, str] | None = None,
    warn: Callable[[str], None] | None = None,
    load: Callable[..., Document] = load_document,
) -> IngestReport:
    """Ingest files and folders; a folder is mirrored (a file gone from it loses its chunks).

    `load` reads one file (`load_document`'s signature); the web app passes
    `parse_worker.load_isolated` so a hostile upload is read in a capped child process.
    """
    store = store or Store(settings)
    report = IngestReport()
    files, skipped = find_files(paths)
    for path in skipped:
        report.skipped.append(path.name)
        if warn:
            warn(f"skipped {path.name}: {skip_reason(path)}")
    existing = store.ids_by_doc()
    existing_sources = _sources_by_doc(store)
    seen_docs: dict[str, Path] = {}
    for index, path in enumerate(files, start=1):
        if progress:
            progress(path.name, index, len(files))
        try:
            document = load(path, overrides, library_root=settings.corpus_dir, settings=settings)
        except DocumentError as exc:
            report.failed.append(str(exc))
            report.failed_names.append(path.name)
            if warn:
                warn(str(exc))
            continue
        if document.doc_id in seen_docs:
            # Two files claiming one id would replace each other's passages on every run.
            message = (
                f"{path.name}: has the same id '{document.doc_id}' as "
                f"{seen_docs[document.doc_id].name}; give each document its own id"
            )
            report.failed.append(message)
            report.failed_names.append(path.name)
            if warn:
                warn(message)
            continue
        report.documents += 1
        seen_docs[document.doc_id] = path
        if settings.splitter == "recursive":
            chunks = chunk_document_recursive(document)
        else:
            chunks = chunk_document(document, settings.chunk_min_words, settings.chunk_max_words)
        _mark_suspect(chunks, path, report, warn)
        _note_cuts(chunks, path, warn)
        old = existing.get(document.doc_id, set())
        new = [c for c in chunks if c.id not in old]
        stale = old - {c.id for c in chunks}
        if not new and not stale:
            report.unchanged += 1
            update_pending(store, drop={document.doc_id})  # finished, but stopped before saying so
            continue
        # Marked pending until done, so an interrupted document is listed as incomplete; added
        # before removing, so an interruption never leaves a document with no passages.
        update_pending(store, add={document.doc_id})
        started = time.monotonic()
        for start in range(0, len(new), ADD_BATCH):
            batch = new[start : start + ADD_BATCH]
            texts = [
                c.text if settings.splitter == "recursive" else embedding_text(c) for c in batch
            ]
            vectors = store.embeddings.embed_documents(texts)
            store.add(batch, vectors)
            report.chunks_added += len(batch)
            done = start + len(batch)
            if progress and done < len(new):  # a large file: say how far and how long to go
                left = (time.monotonic() - started) / done * (len(new) - done)
                note = f"{path.name}: {done} of {len(new)} passages, about {_duration(left)} left"
                progress(note, index, len(files))
        store.delete(stale)
        report.chunks_removed += len(stale)
        update_pending(store, drop={document.doc_id})
    gone = _removed_documents(paths, existing_sources, seen_docs)
    for doc_id in gone:
        ids = existing.get(doc_id, set())
        store.delete(ids)
        report.chunks_removed += len(ids)
        report.documents_removed += 1
    if gone:
        update_pending(store, drop=set(gone))
    return report


def _mark_suspect(
    chunks: list[Chunk], path: Path, report: IngestReport, warn: Callable[[str], None] | None
) -> None:
    """Mark passages that address an AI or the reader with instructions (kept, as data)."""
    marked = []
    for chunk in chunks:
        extra = suspect_metadata(chunk.text)
        chunk.metadata.update(extra)
        if extra:
            marked.append(extra[SUSPECT_PHRASE_KEY])
    if marked:
        message = (
            f"{path.name}: {plural(len(marked), 'passage')} read as instructions to an AI or "
            f"the reader (“{marked[0]}”); kept as data, flagged, never used as our words"
        )
        report.flagged.append(message)
        if warn:
            warn(message)


def _note_cuts(chunks: list[Chunk], path: Path, warn: Callable[[str], None] | None) -> None:
    """Say when a sentence was too long for one passage and was cut (shown as "…")."""
    cut = sum(1 for chunk in chunks if chunk.metadata.get("cut_after"))
    if cut and warn:
        warn(
            f"{path.name}: a sentence too long for one passage was cut {plural(cut, 'time')}, "
            "at a clause or else a word (each cut is shown as …)"
        )


def _sources_by_doc(store: Store) -> dict[str, str]:
    return {
        str(item.metadata.get("doc_id")): str(item.metadata.get("source_path", ""))
        for item in store.iter_all(include_text=False)
    }


def _removed_documents(
    paths: Sequence[Path], sources: dict[str, str], seen: dict[str, Path]
) -> list[str]:
    """Documents whose file is gone from an ingested folder, or whose file now has another id."""
    folders = [Path(p).resolve() for p in paths if Path(p).is_dir()]
    seen_sources = {str(path.resolve()) for path in seen.values()}
    gone = []
    for doc_id, source in sources.items():
        if doc_id in seen or not source:
            continue
        source_path = Path(source)
        inside = any(source_path.is_relative_to(folder) for folder in folders)
        if (inside and not source_path.exists()) or source in seen_sources:
            gone.append(doc_id)
    return sorted(gone)


def update_pending(
    store: Store,
    add: frozenset[str] | set[str] = frozenset(),
    drop: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Change the library's list of unfinished documents under its lock (read, change, write),
    so two processes adding at once never lose each other's entries."""
    with locked(store.settings.data_dir / LIBRARY_LOCK):
        before = store.pending()
        after = (before | add) - drop
        if after != before:
            store.set_pending(after)

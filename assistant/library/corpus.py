"""The library as documents: list what the store holds with provenance, add with provenance, remove.

Provenance travels with every chunk (see `schema.PROVENANCE_FIELDS`), so this view is derived
from the store itself and is the same for a laptop store and a shared Chroma server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import InputError
from assistant.library.ingest import update_pending
from assistant.library.injection import SUSPECT_KEY
from assistant.library.source_kinds import normalise_kind
from assistant.library.store import Store
from assistant.library.uploads import Added, add_uploads, discard
from assistant.settings import Settings


@dataclass(frozen=True)
class LibraryDocument:
    doc_id: str
    title: str
    kind: str
    date: str
    publisher: str
    official_url: str
    licence: str
    sources: str
    source_path: str
    chunks: int
    bundled: bool = False  # from the library's own corpus folder; everything else can be removed
    complete: bool = True  # False while an interrupted ingest has added only some passages
    flagged: int = 0  # passages marked as instructions to an AI or the reader (injection.py)


def list_documents(store: Store) -> list[LibraryDocument]:
    """One row per document, in title order."""
    from assistant.library.documents import is_inside

    pending = store.pending()
    rows: dict[str, dict[str, str]] = {}
    counts: dict[str, int] = {}
    flagged: dict[str, int] = {}
    for item in store.iter_all(include_text=False):
        doc_id = str(item.metadata.get("doc_id", ""))
        counts[doc_id] = counts.get(doc_id, 0) + 1
        if item.metadata.get(SUSPECT_KEY):
            flagged[doc_id] = flagged.get(doc_id, 0) + 1
        rows.setdefault(doc_id, {k: str(v) for k, v in item.metadata.items()})
    return sorted(
        (
            LibraryDocument(
                doc_id=doc_id,
                title=md.get("title", doc_id),
                kind=md.get("kind", ""),
                date=md.get("date", ""),
                publisher=md.get("publisher", ""),
                official_url=md.get("official_url", ""),
                licence=md.get("licence", ""),
                sources=md.get("sources", ""),
                source_path=md.get("source_path", ""),
                chunks=counts[doc_id],
                bundled=is_inside(md.get("source_path", ""), store.settings.corpus_dir),
                complete=doc_id not in pending,
                flagged=flagged.get(doc_id, 0),
            )
            for doc_id, md in rows.items()
        ),
        key=lambda d: (d.kind, d.title.lower()),
    )


def add_document(
    path: Path,
    settings: Settings,
    store: Store | None = None,
    *,
    title: str = "",
    kind: str = "user upload",
    **provenance: str,
) -> Added:
    """Add one file with the provenance the user gives (title, kind, publisher, date...).

    The same path as a web upload (`uploads.add_uploads`): checked, copied, ingested.
    """
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    overrides = {"title": title, "kind": normalise_kind(kind), **provenance}
    return add_uploads([path], settings, store, overrides=overrides)


def remove_document(doc_id: str, store: Store) -> int:
    """Remove a document's passages, and the library's copy if it was an upload; returns how
    many passages went. Unknown ids are an input error."""
    ids = store.ids_by_doc().get(doc_id)
    if not ids:
        raise InputError(f"no document with id '{doc_id}'; see `assistant corpus list`")
    sources = {str(c.metadata.get("source_path", "")) for c in store.get(sorted(ids)[:1])}
    store.delete(ids)
    update_pending(store, drop={doc_id})
    for source in sources:  # so nothing re-adds it later
        discard(source, store.settings)
    return len(ids)

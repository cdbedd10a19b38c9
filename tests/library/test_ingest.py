"""Ingest: idempotent, incremental, mirrors folders, survives bad files and interruptions."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import make_settings, paragraph, write_markdown

from assistant.library.chunking import chunk_document
from assistant.library.documents import load_document
from assistant.library.ingest import embedding_text, ingest
from assistant.library.store import Store
from assistant.settings import Settings

SECTIONS = {
    "alpha": {"Transport": [paragraph("transport", 90)], "Housing": [paragraph("housing", 90)]},
    "beta": {"Housing": [paragraph("housing", 100)], "Jobs": [paragraph("employment", 90)]},
    "gamma": {
        "Jobs": [paragraph("employment", 95)],
        "Travel": [paragraph("transport", 85)],
        "Homes": [paragraph("housing", 80)],
    },
}


def write_doc(folder: Path, name: str, sections: dict[str, list[str]] | None = None, **front):
    return write_markdown(
        folder / f"{name}.md", name, f"{name.title()} paper", sections or SECTIONS[name], **front
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """These tests' folders are the library itself: their front matter ids are honoured."""
    return make_settings(tmp_path / "data", corpus_dir=tmp_path)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    for name in SECTIONS:
        write_doc(root, name)
    return root


def expected_ids(paths: list[Path], settings: Settings) -> set[str]:
    """The ids a clean ingest of these files must end with."""
    return {
        c.id
        for p in paths
        for c in chunk_document(
            load_document(p, library_root=settings.corpus_dir),
            settings.chunk_min_words,
            settings.chunk_max_words,
        )
    }


def stored_ids(store: Store) -> set[str]:
    return {item.id for item in store.iter_all(include_text=False)}


def stop_on_second_add(store: Store) -> Callable[..., None]:
    """Make the store's second `add` raise KeyboardInterrupt, as Ctrl+C mid-ingest would;
    returns the real `add`, to put back for the run that finishes the job."""
    real_add, calls = store.add, []

    def add_then_stop(chunks, vectors):
        calls.append(len(chunks))
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_add(chunks, vectors)

    store.add = add_then_stop  # type: ignore[method-assign]
    return real_add


def test_first_ingest_adds_and_a_rerun_changes_nothing(
    folder: Path, settings: Settings, store: Store
) -> None:
    first = ingest([folder], settings, store=store)
    want = expected_ids(sorted(folder.glob("*.md")), settings)
    assert first.documents == 3 and first.unchanged == 0
    assert first.chunks_added == len(want) >= 6
    assert stored_ids(store) == want
    assert store.count() == len(want)
    revision = store.revision()

    again = ingest([folder], settings, store=store)
    assert (again.documents, again.unchanged) == (3, 3)
    assert (again.chunks_added, again.chunks_removed, again.documents_removed) == (0, 0, 0)
    assert stored_ids(store) == want
    assert store.revision() == revision  # nothing written, so derived indexes stay valid
    assert "3 documents (3 unchanged), 0 chunks added, 0 removed" in again.summary()


def test_stored_chunks_carry_text_metadata_and_title_aware_vectors(
    folder: Path, settings: Settings, store: Store, fake_embeddings: HashEmbeddings
) -> None:
    ingest([folder / "alpha.md"], settings, store=store)
    chunks = chunk_document(load_document(folder / "alpha.md", library_root=folder), 60, 250)
    stored = store.get([c.id for c in chunks], with_embeddings=True)
    assert [s.id for s in stored] == [c.id for c in chunks]
    for chunk, item in zip(chunks, stored, strict=True):
        assert item.text == chunk.text
        assert item.metadata["doc_id"] == "alpha"
        assert item.metadata["title"] == "Alpha paper"
        assert item.metadata["section"] == chunk.section
        assert item.metadata["source_path"] == str((folder / "alpha.md").resolve())
        assert embedding_text(chunk).startswith(f"Alpha paper — {chunk.section}\n")
        vector = fake_embeddings.embed_query(embedding_text(chunk))
        assert sum(a * b for a, b in zip(vector, item.embedding, strict=True)) > 0.999


def test_editing_one_file_replaces_only_its_changed_chunks(
    folder: Path, settings: Settings, store: Store
) -> None:
    ingest([folder], settings, store=store)
    before = store.ids_by_doc()
    changed = dict(SECTIONS["gamma"], Homes=[paragraph("housing", 80) + " Rents rose again."])
    write_doc(folder, "gamma", changed)

    report = ingest([folder], settings, store=store)
    after = store.ids_by_doc()
    assert (report.unchanged, report.chunks_added, report.chunks_removed) == (2, 1, 1)
    assert after["alpha"] == before["alpha"] and after["beta"] == before["beta"]
    assert len(after["gamma"] & before["gamma"]) == len(before["gamma"]) - 1
    assert stored_ids(store) == expected_ids(sorted(folder.glob("*.md")), settings)
    assert any("Rents rose again." in item.text for item in store.iter_all())


def test_changing_front_matter_updates_the_stored_metadata(
    folder: Path, settings: Settings, store: Store
) -> None:
    ingest([folder], settings, store=store)
    write_doc(folder, "beta", licence="Open Government Licence v3.0")
    report = ingest([folder], settings, store=store)
    assert report.chunks_added == report.chunks_removed == len(store.ids_by_doc()["beta"])
    licences = {
        item.metadata["licence"]
        for item in store.iter_all(include_text=False)
        if item.metadata["doc_id"] == "beta"
    }
    assert licences == {"Open Government Licence v3.0"}


def test_a_file_deleted_from_an_ingested_folder_loses_its_chunks(
    folder: Path, settings: Settings, store: Store
) -> None:
    ingest([folder], settings, store=store)
    gone = len(store.ids_by_doc()["beta"])
    (folder / "beta.md").unlink()

    report = ingest([folder], settings, store=store)
    assert (report.documents_removed, report.chunks_removed) == (1, gone)
    assert set(store.ids_by_doc()) == {"alpha", "gamma"}
    assert stored_ids(store) == expected_ids(sorted(folder.glob("*.md")), settings)


def test_ingesting_one_file_does_not_drop_the_rest_of_its_folder(
    folder: Path, settings: Settings, store: Store
) -> None:
    ingest([folder], settings, store=store)
    report = ingest([folder / "alpha.md"], settings, store=store)
    assert report.documents_removed == 0
    assert set(store.ids_by_doc()) == {"alpha", "beta", "gamma"}


def test_a_file_moved_to_another_folder_survives_reingesting_the_old_folder(
    folder: Path, tmp_path: Path, settings: Settings, store: Store
) -> None:
    ingest([folder], settings, store=store)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.move(folder / "alpha.md", elsewhere / "alpha.md")
    ingest([elsewhere], settings, store=store)
    ingest([folder], settings, store=store)  # alpha.md is gone from here, but lives on there
    assert set(store.ids_by_doc()) == {"alpha", "beta", "gamma"}
    sources = {
        item.metadata["source_path"]
        for item in store.iter_all(include_text=False)
        if item.metadata["doc_id"] == "alpha"
    }
    assert sources == {str((elsewhere / "alpha.md").resolve())}


def test_changing_a_documents_id_drops_the_old_id(
    folder: Path, settings: Settings, store: Store
) -> None:
    ingest([folder], settings, store=store)
    text = (folder / "alpha.md").read_text()
    (folder / "alpha.md").write_text(text.replace('id: "alpha"', 'id: "alpha-2024"'))
    ingest([folder], settings, store=store)
    assert set(store.ids_by_doc()) == {"alpha-2024", "beta", "gamma"}
    assert stored_ids(store) == expected_ids(sorted(folder.glob("*.md")), settings)


def test_a_file_from_outside_the_library_never_replaces_a_library_document(
    folder: Path, settings: Settings, store: Store, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Hostile case 1: "1 chunk added, 9 removed" and the bundled note's passages were gone.
    ingest([folder], settings, store=store)
    before = store.ids_by_doc()
    outside = tmp_path_factory.mktemp("outside")
    impostor = write_markdown(
        outside / "alpha.md", "alpha", "Alpha paper", {"Transport": ["It was repealed."]},
        kind="briefing note",
    )  # fmt: skip
    report = ingest([impostor], settings, store=store)
    assert (report.documents, report.chunks_removed, report.documents_removed) == (1, 0, 0)
    after = store.ids_by_doc()
    assert {k: v for k, v in after.items() if k in before} == before
    (new_id,) = set(after) - set(before)
    kinds = {i.metadata["kind"] for i in store.iter_all(False) if i.metadata["doc_id"] == new_id}
    assert kinds == {"user upload, says: briefing note"}


def test_two_files_with_one_id_are_reported_and_nothing_flip_flops(
    folder: Path, settings: Settings, store: Store
) -> None:
    copy = write_markdown(folder / "zz-copy.md", "alpha", "Copy", SECTIONS["beta"])
    first = ingest([folder], settings, store=store)
    assert first.failed == [
        "zz-copy.md: has the same id 'alpha' as alpha.md; give each document its own id"
    ]
    assert first.failed_names == ["zz-copy.md"]
    want = expected_ids(sorted(p for p in folder.glob("*.md") if p != copy), settings)
    assert stored_ids(store) == want
    for _ in range(2):  # before the fix, the two files deleted each other's passages in turn
        again = ingest([folder], settings, store=store)
        assert again.chunks_added == again.chunks_removed == 0
        assert stored_ids(store) == want


def test_unsupported_files_are_skipped_with_a_warning(
    folder: Path, settings: Settings, store: Store
) -> None:
    (folder / "data.xyz").write_text("not a document")
    warnings: list[str] = []
    report = ingest([folder], settings, store=store, warn=warnings.append)
    assert report.skipped == ["data.xyz"]
    assert any("data.xyz" in w and "unsupported" in w for w in warnings)
    assert report.documents == 3 and not report.failed
    assert set(store.ids_by_doc()) == {"alpha", "beta", "gamma"}


def test_a_corrupt_pdf_is_named_and_the_rest_ingest(
    folder: Path, settings: Settings, store: Store
) -> None:
    (folder / "scan.pdf").write_bytes(os.urandom(3000))
    (folder / "old.txt").write_bytes(b"caf\xe9 na\xefve")
    warnings: list[str] = []
    report = ingest([folder], settings, store=store, warn=warnings.append)
    assert len(report.failed) == 2
    assert any(f.startswith("scan.pdf:") for f in report.failed)
    assert any(f.startswith("old.txt:") and "UTF-8" in f for f in report.failed)
    assert warnings == report.failed
    assert report.documents == 3
    assert set(store.ids_by_doc()) == {"alpha", "beta", "gamma"}
    assert "2 failed" in report.summary()


def test_an_interrupted_ingest_is_completed_by_the_next_run(
    folder: Path, tmp_path: Path, settings: Settings, fake_embeddings: HashEmbeddings
) -> None:
    clean_settings = make_settings(tmp_path / "clean", corpus_dir=settings.corpus_dir)
    ingest([folder], clean_settings, store=Store(clean_settings, embeddings=fake_embeddings))
    clean = stored_ids(Store(clean_settings, embeddings=fake_embeddings))

    store = Store(settings, embeddings=fake_embeddings)
    real_add = stop_on_second_add(store)
    with pytest.raises(KeyboardInterrupt):
        ingest([folder], settings, store=store)
    partial = stored_ids(store)
    assert 0 < len(partial) < len(clean) and partial < clean

    store.add = real_add  # type: ignore[method-assign]
    report = ingest([folder], settings, store=store)
    assert report.chunks_added == len(clean) - len(partial)
    assert report.unchanged == 1
    assert stored_ids(store) == clean


def test_chunks_lost_from_the_store_are_restored(
    folder: Path, settings: Settings, store: Store
) -> None:
    ingest([folder], settings, store=store)
    full = stored_ids(store)
    lost = sorted(full)[::3]
    store.delete(lost)
    assert stored_ids(store) == full - set(lost)
    report = ingest([folder], settings, store=store)
    assert report.chunks_added == len(lost) and report.chunks_removed == 0
    assert stored_ids(store) == full


def test_a_new_store_object_sees_what_was_ingested(
    folder: Path, settings: Settings, store: Store, fake_embeddings: HashEmbeddings
) -> None:
    ingest([folder], settings, store=store)
    reopened = Store(settings, embeddings=fake_embeddings)
    assert stored_ids(reopened) == stored_ids(store)
    assert (settings.chroma_path / "chroma.sqlite3").is_file()


def test_an_interrupted_document_is_listed_incomplete_until_finished(
    folder: Path, settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Hostile case 6: an interrupted large file was left partial but listed as complete.
    from assistant.library import ingest as ingest_module
    from assistant.library.corpus import list_documents

    big = write_doc(folder, "big", {f"Part {n}": [paragraph("housing", 90)] for n in range(8)})
    monkeypatch.setattr(ingest_module, "ADD_BATCH", 2)
    real_add = stop_on_second_add(store)
    with pytest.raises(KeyboardInterrupt):
        ingest([big], settings, store=store)
    (partial,) = list_documents(store)
    assert partial.doc_id == "big" and not partial.complete and partial.chunks == 2

    store.add = real_add  # type: ignore[method-assign]
    notes: list[str] = []
    ingest([big], settings, store=store, progress=lambda item, done, total: notes.append(item))
    (whole,) = list_documents(store)
    assert whole.complete and whole.chunks == 8
    # A file needing several batches says how far it has got and roughly how long is left.
    expected = re.compile(r"big\.md: \d+ of 6 passages, about \d+ (s|min) left")
    assert any(expected.fullmatch(note) for note in notes), notes

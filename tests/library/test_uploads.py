"""Uploads live in the library (assistant/library/uploads.py): the web page and `corpus add` share
one path, `corpus remove` deletes the library's copy, and the size limit is the one in Settings.

A real Chroma store in a temp folder with the fake embeddings (fast: no model load).
"""

from __future__ import annotations

from pathlib import Path

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import Run, make_settings

from assistant.library.corpus import add_document, list_documents, remove_document
from assistant.library.store import Store
from assistant.library.uploads import add_uploads
from assistant.settings import Settings

NOTE = "# Ramp audit\n\nEvery station ramp was checked in March. Two were too steep.\n"


def library(tmp_path: Path, fake_embeddings: HashEmbeddings, **overrides: object) -> Store:
    return Store(make_settings(tmp_path / "data", **overrides), embeddings=fake_embeddings)


def write(folder: Path, name: str, text: str = NOTE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def copies(settings: Settings) -> list[Path]:
    folder = settings.uploads_dir
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_an_upload_is_copied_ingested_and_removed_with_its_copy(
    tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    store = library(tmp_path, fake_embeddings)
    original = write(tmp_path / "mine", "ramps.md")
    added = add_uploads([original], store.settings, store)
    assert added.report.documents == 1 and added.problems == ()
    (copy,) = copies(store.settings)
    assert copy.read_bytes() == original.read_bytes() and copy != original
    (document,) = list_documents(store)
    assert Path(document.source_path) == copy.resolve()

    assert remove_document(document.doc_id, store) > 0
    assert list_documents(store) == []
    assert copies(store.settings) == [] and not any(store.settings.uploads_dir.iterdir())
    assert original.is_file(), "the person's own file is never touched"


def test_web_page_and_corpus_add_take_the_same_path(
    tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    store = library(tmp_path, fake_embeddings)
    original = write(tmp_path / "mine", "ramps.md")
    first = add_uploads([original], store.settings, store)  # what the Library tab calls
    again = add_document(original, store.settings, store, title="Ramp audit", kind="upload")
    # The same content lands in the same copy, so it is the same document, not a second one.
    assert first.report.documents == 1 and again.report.unchanged == 1
    assert len(list_documents(store)) == 1 and len(copies(store.settings)) == 1


def test_a_same_named_file_with_other_content_is_kept_beside_the_first(
    tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    store = library(tmp_path, fake_embeddings)
    add_uploads([write(tmp_path / "a", "notes.md")], store.settings, store)
    other = write(tmp_path / "b", "notes.md", "# Notes\n\nThe library lift was broken in May.\n")
    added = add_uploads([other], store.settings, store)
    assert added.twins == ("notes.md",) and "both are kept" in added.message()
    assert len(list_documents(store)) == 2 and len(copies(store.settings)) == 2


def test_the_size_limit_is_the_one_in_settings(
    tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    big = write(tmp_path / "mine", "big.txt", "Accessible transport matters. " * 55_000)
    assert 1 * 2**20 < big.stat().st_size < 2 * 2**20  # ~1.6 MB
    strict = library(tmp_path / "strict", fake_embeddings, max_file_mb=1)
    refused = add_uploads([big], strict.settings, strict)
    assert refused.report.documents == 0
    (problem,) = refused.problems
    assert problem.startswith("big.txt: 1.6 MB is over the 1 MB limit")
    assert "ASSISTANT_MAX_FILE_MB" in problem
    assert copies(strict.settings) == [] and list_documents(strict) == []

    roomy = library(tmp_path / "roomy", fake_embeddings, max_file_mb=2)
    assert add_uploads([big], roomy.settings, roomy).report.documents == 1


def test_unreadable_and_unsupported_files_are_named_and_leave_no_copy(
    tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    store = library(tmp_path, fake_embeddings)
    odd = write(tmp_path / "mine", "notes.xyz", "some notes")
    broken = tmp_path / "mine" / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a PDF at all\n%%EOF\n")
    good = write(tmp_path / "mine", "ramps.md")
    added = add_uploads([odd, broken, good], store.settings, store)
    assert added.report.documents == 1
    assert [p.split(":")[0] for p in added.problems] == ["notes.xyz", "broken.pdf"]
    assert "Added 1 file." in added.message() and "Not added: notes.xyz" in added.message()
    assert [p.name for p in copies(store.settings)] == ["ramps.md"]


def test_cli_corpus_remove_deletes_the_uploaded_copy(
    run_main: Run, tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    # run_main points ASSISTANT_DATA_DIR at tmp_path / "data": the same library as `library`.
    store = library(tmp_path, fake_embeddings)
    add_document(write(tmp_path / "mine", "ramps.md"), store.settings, store, title="Ramps")
    (document,) = list_documents(store)
    assert len(copies(store.settings)) == 1

    code, out, err = run_main("corpus", "remove", document.doc_id)
    assert code == 0, err
    assert f"Removed {document.doc_id}" in out
    assert list_documents(store) == []
    assert copies(store.settings) == [], "the uploaded copy went with the document"

    code, _, err = run_main("corpus", "remove", document.doc_id)
    assert code == 2 and "no document with id" in err

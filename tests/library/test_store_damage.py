"""A damaged Chroma store: one line saying what is damaged and how to rebuild it, nothing changed.

Issue 26, case 8: a damaged store ended in a Rust panic and a 47-line traceback (the panic is a
BaseException and passed the one-line handler). Real damage here: a truncated and a garbage
`chroma.sqlite3`, a garbage index header. A panic is simulated (its cause varies by build).
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pytest

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import make_settings

from assistant.core.schema import Chunk
from assistant.library.store import Store
from assistant.library.store_damage import StoreDamaged, guarded
from assistant.settings import Settings

ITEMS = 1100  # past Chroma's sync threshold, so the vector index is written to its own files


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("healthy") / "data"
    embeddings = HashEmbeddings()
    store = Store(make_settings(data), embeddings=embeddings)
    texts = [f"passage {i} about accessible buses and ramps" for i in range(ITEMS)]
    chunks = [
        Chunk(f"c{i}", "doc", text, "s", 0, 0, 0, len(text), {"doc_id": "doc", "title": "T"})
        for i, text in enumerate(texts)
    ]
    store.add(chunks, embeddings.embed_documents(texts))
    return data


def damage(healthy: Path, tmp_path: Path, how: str) -> Settings:
    data = tmp_path / "data"
    shutil.copytree(healthy, data)
    chroma = data / "chroma"
    if how == "truncated":
        with (chroma / "chroma.sqlite3").open("r+b") as db:
            db.truncate(8192)
    elif how == "garbage":
        (chroma / "chroma.sqlite3").write_bytes(bytes(range(256)) * 400)
    else:
        (header,) = chroma.glob("*/header.bin")
        header.write_bytes(b"\xff" * 100)
    return make_settings(data)


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("how", ["truncated", "garbage", "index_header"])
def test_a_damaged_store_is_one_line_and_left_as_it_was(
    healthy: Path, tmp_path: Path, how: str
) -> None:
    settings = damage(healthy, tmp_path, how)
    before = fingerprint(settings.chroma_path)
    if how == "index_header":  # Chroma itself writes to a healthy database as it opens it
        before.pop("chroma.sqlite3")
    with pytest.raises(StoreDamaged) as caught:
        store = Store(settings, embeddings=HashEmbeddings())
        store.require_content()
        store.query(HashEmbeddings().embed_query("buses"), 5)
    message = str(caught.value)
    assert "\n" not in message
    assert f"the library's store in {settings.chroma_path} is damaged (" in message
    assert "move that folder aside" in message and "`assistant ingest`" in message
    after = fingerprint(settings.chroma_path)
    assert {name: after.get(name) for name in before} == before  # nothing overwritten


def test_the_cli_says_it_in_one_line(
    healthy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from assistant.cli import main

    settings = damage(healthy, tmp_path, "truncated")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(settings.data_dir))
    monkeypatch.setattr(sys, "argv", ["assistant", "corpus", "list"])
    with pytest.raises(SystemExit) as exited:
        main()
    err = capsys.readouterr().err
    assert exited.value.code == 1
    assert err.count("\n") == 1 and err.startswith("Error: the library's store in ")
    assert "Traceback" not in err


class PanicException(BaseException):
    """Stands in for pyo3's, which derives from BaseException and cannot be imported."""


def test_a_rust_panic_is_caught_but_ctrl_c_is_not(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    with (
        pytest.raises(StoreDamaged, match="is damaged \\(index out of bounds\\)"),
        guarded(settings),
    ):
        raise PanicException("index out of bounds")
    with pytest.raises(KeyboardInterrupt), guarded(settings):
        raise KeyboardInterrupt

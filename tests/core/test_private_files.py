"""Files holding members' words or history are 0600 and their folders 0700 (issue 26, item 6).

The paths and modes are the `permissions` case of tests/hostile/personal_data.toml. Each file is
made the way the app makes it: evidence through the store and a search, history through the
history store (with SQLite's journal caught mid-write), downloads through the web app's
`downloads` after the app's `prepare`, as a process serving the page would.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import make_settings
from tests.support.history_support import grounded
from tests.support.personal_data_cases import cases

from assistant.core.private_files import clear_copies, private_file
from assistant.evidence.index import EvidenceIndex
from assistant.evidence.model import Kind, new_item
from assistant.evidence.store import EvidenceStore
from assistant.export import write_export
from assistant.history.store import HistoryStore
from assistant.settings import Settings
from assistant.ui import downloads

CASE = cases()["permissions"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.delenv("GRADIO_TEMP_DIR", raising=False)  # put back after the test
    before = os.umask(0o022)  # a usual desktop umask: files would be 0644 unless made private
    try:
        yield make_settings(tmp_path / "data")
    finally:
        os.umask(before)


def _fill(settings: Settings) -> None:
    store = EvidenceStore.from_settings(settings)
    text = "The bus ramp was broken."
    store.add(new_item(Kind.MEMBER_EXPERIENCE, text, consent="anonymous", consent_date="2026-03"))
    EvidenceIndex(store, HashEmbeddings()).search("Are buses accessible?")  # writes the vectors
    history = HistoryStore(settings.history_path)
    history.add("draft", None, grounded("Q?", "A draft [1]."), "written")
    history.close()
    downloads.prepare(settings)  # as the web app does before it is built
    folder = downloads.new_folder(settings, "draft")
    write_export(grounded("Q?", "A draft [1]."), folder / "consultation-draft.docx")
    gradio_copy = downloads.gradio_cache(settings) / "abc123" / "consultation-draft.docx"
    gradio_copy.parent.mkdir()
    gradio_copy.write_bytes(b"as Gradio copies it")


def test_files_with_members_words_are_private(settings: Settings) -> None:
    _fill(settings)
    data = settings.data_dir
    for name in CASE["files"]:
        assert mode(data / name) == CASE["file_mode"], name
    for name in CASE["folders"]:
        assert mode(data / name) == CASE["folder_mode"], name
    made = [p for p in (data / "cache").rglob("*")]
    assert len([p for p in made if p.is_file()]) == 2  # the download and Gradio's copy
    for path in made:
        assert mode(path) == (CASE["folder_mode"] if path.is_dir() else CASE["file_mode"]), path
    assert os.environ["GRADIO_TEMP_DIR"] == str(data / "cache" / "gradio")


def test_sqlites_journal_takes_the_history_files_mode(settings: Settings) -> None:
    HistoryStore(settings.history_path).close()
    other = sqlite3.connect(settings.history_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO items (id, kind, created, updated) VALUES ('x', 'draft', '', '')")
    journals = [p for p in settings.data_dir.iterdir() if p.name.startswith("history.sqlite3-")]
    try:
        assert journals  # mid-write: the journal exists
        assert all(mode(p) == CASE["file_mode"] for p in journals)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_an_older_readable_history_file_is_narrowed(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True)
    settings.history_path.write_bytes(b"")
    os.chmod(settings.history_path, 0o644)
    HistoryStore(settings.history_path).close()
    assert mode(settings.history_path) == CASE["file_mode"]
    assert mode(private_file(settings.data_dir / "other")) == CASE["file_mode"]


def test_clearing_copies_leaves_nothing_and_follows_no_link(
    settings: Settings, tmp_path: Path
) -> None:
    _fill(settings)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("not ours")
    (downloads.root(settings) / "link").symlink_to(outside)
    clear_copies(settings.cache_dir)
    assert not [p for p in (settings.data_dir / "cache").rglob("*") if not p.is_dir()]
    assert (outside / "keep.txt").read_text() == "not ours"

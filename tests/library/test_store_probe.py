"""The store is opened in a child process first when its index files changed (issue 26).

Random bytes over Chroma's HNSW index files crash Chroma outright (a segmentation fault),
which Python cannot catch. The stamp keeps the child off the common path: tested with a
stand-in for the child; the crash itself with real Chroma over a real damaged index.
"""

from __future__ import annotations

import random
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.library.test_store_damage import ITEMS, fingerprint
from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import make_settings

from assistant.core.schema import Chunk
from assistant.library import store_probe
from assistant.library.store import Store
from assistant.library.store_damage import StoreDamaged
from assistant.settings import Settings


def index_files(settings: Settings) -> list[Path]:
    return sorted(p for p in settings.chroma_path.glob("*/*") if p.is_file())


def fake_index(tmp_path: Path) -> Settings:
    settings = make_settings(tmp_path / "data")
    segment = settings.chroma_path / "0b2f"
    segment.mkdir(parents=True)
    (segment / "data_level0.bin").write_bytes(b"v" * 64)
    (segment / "header.bin").write_bytes(b"h" * 16)
    return settings


class Child:
    """Stands in for the probe process: records each run, ends with `code`."""

    def __init__(self, code: int) -> None:
        self.code = code
        self.runs = 0

    def __call__(self, args: list[str], **_: Any) -> subprocess.CompletedProcess[bytes]:
        self.runs += 1
        return subprocess.CompletedProcess(args, self.code, b"", b"")


def test_a_good_check_is_stamped_and_not_repeated_until_an_index_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = fake_index(tmp_path)
    child = Child(0)
    monkeypatch.setattr(store_probe.subprocess, "run", child)
    assert store_probe.needs_probe(settings)
    store_probe.check_store(settings)
    store_probe.check_store(settings)
    assert child.runs == 1, "the second open reads the stamp only"
    assert not store_probe.needs_probe(settings)
    (settings.chroma_path / "0b2f" / "header.bin").write_bytes(b"x" * 17)
    assert store_probe.needs_probe(settings)
    store_probe.check_store(settings)
    assert child.runs == 2


def test_a_crashed_probe_is_one_line_and_not_stamped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = fake_index(tmp_path)
    monkeypatch.setattr(store_probe.subprocess, "run", Child(-11))
    with pytest.raises(StoreDamaged) as caught:
        store_probe.check_store(settings)
    message = str(caught.value)
    assert "\n" not in message and "is damaged (Chroma crashed" in message
    assert "`assistant ingest`" in message
    assert not store_probe.stamp_path(settings).exists()
    assert store_probe.needs_probe(settings), "a damaged store is checked again next time"


def test_an_ordinary_probe_error_is_left_to_the_open_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = fake_index(tmp_path)
    monkeypatch.setattr(store_probe.subprocess, "run", Child(1))
    store_probe.check_store(settings)  # no verdict: guarded() reports it with its reason
    assert store_probe.needs_probe(settings)


def test_no_index_files_or_a_chroma_server_need_no_probe(tmp_path: Path) -> None:
    assert not store_probe.needs_probe(make_settings(tmp_path / "empty"))
    served = make_settings(tmp_path / "served", chroma_host="127.0.0.1")
    assert not store_probe.needs_probe(served)


def test_random_bytes_over_the_index_are_one_line_not_a_crash(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    embeddings = HashEmbeddings()
    store = Store(settings, embeddings=embeddings)
    texts = [f"passage {i} about accessible buses and ramps" for i in range(ITEMS)]
    chunks = [
        Chunk(f"c{i}", "doc", text, "s", 0, 0, 0, len(text), {"doc_id": "doc", "title": "T"})
        for i, text in enumerate(texts)
    ]
    store.add(chunks, embeddings.embed_documents(texts))
    del store
    Store(settings, embeddings=embeddings)  # a healthy store passes and is stamped
    assert not store_probe.needs_probe(settings)
    noise = random.Random(26)
    for path in index_files(settings):  # the header stays: Chroma checks that one
        if path.name in ("data_level0.bin", "link_lists.bin"):
            path.write_bytes(noise.randbytes(path.stat().st_size))
    before = fingerprint(settings.chroma_path)
    before.pop("chroma.sqlite3")
    with pytest.raises(StoreDamaged) as caught:
        Store(settings, embeddings=embeddings)
    message = str(caught.value)
    assert "\n" not in message
    assert f"the library's store in {settings.chroma_path} is damaged (" in message
    after = fingerprint(settings.chroma_path)
    assert {name: after.get(name) for name in before} == before  # nothing overwritten

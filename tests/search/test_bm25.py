"""The BM25 index: derived from the store, cached per revision, safe with concurrent users."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.support.helpers import paragraph, write_markdown

from assistant.library.ingest import ingest
from assistant.library.store import Store
from assistant.search.bm25 import BM25Cache, BM25Index
from assistant.settings import Settings


def test_index_ranks_matching_passages_and_ignores_stopword_queries() -> None:
    index = BM25Index.build(
        ["bus", "home", "job"],
        [paragraph("transport", 40), paragraph("housing", 40), paragraph("employment", 40)],
    )
    hits = index.search("wheelchair ramps on buses", 3)
    assert hits[0][0] == "bus" and hits[0][1] > 0
    assert "home" not in {i for i, _ in hits}  # no shared term, no result
    assert index.search("the and of", 3) == []
    assert index.search("   ", 3) == []
    assert index.search("qwertyuiop", 3) == []
    assert BM25Index.build([], []).search("buses", 3) == []


def test_index_survives_a_save_and_load(tmp_path: Path) -> None:
    index = BM25Index.build(["a", "b"], [paragraph("transport", 30), paragraph("housing", 30)])
    index.save(tmp_path / "idx")
    loaded = BM25Index.load(tmp_path / "idx")
    assert loaded.ids == ["a", "b"]
    assert loaded.search("stairlifts", 2) == index.search("stairlifts", 2)


@pytest.fixture
def small_store(tmp_path: Path, settings: Settings, store: Store) -> Store:
    write_markdown(tmp_path / "docs" / "a.md", "a", "A", {"S": [paragraph("transport", 70)]})
    ingest([tmp_path / "docs"], settings, store=store)
    return store


def test_cache_is_reused_on_disk_and_rebuilt_when_the_store_changes(
    small_store: Store, settings: Settings
) -> None:
    cache = BM25Cache(small_store)
    first = cache.get()
    assert cache.get() is first  # same revision: same object
    folders = [p.name for p in cache.root.iterdir()]
    assert folders == [small_store.revision()]

    fresh = BM25Cache(Store(settings, embeddings=small_store.embeddings))
    assert fresh.get().ids == first.ids  # loaded from disk by another user of the store

    small_store.delete([first.ids[0]])
    rebuilt = cache.get()
    assert rebuilt is not first and first.ids[0] not in rebuilt.ids
    assert [p.name for p in cache.root.iterdir()] == [small_store.revision()]  # old one gone


def test_a_damaged_cache_is_rebuilt(small_store: Store, settings: Settings) -> None:
    cache = BM25Cache(small_store)
    ids = cache.get().ids
    (cache.root / small_store.revision() / "ids.json").write_text("{not json")
    again = BM25Cache(Store(settings, embeddings=small_store.embeddings)).get()
    assert again.ids == ids


def test_concurrent_builders_of_one_revision_do_not_crash(
    small_store: Store, settings: Settings
) -> None:
    """Two processes searching right after an ingest both build and save the same revision."""
    errors: list[BaseException] = []
    for _ in range(10):
        small_store._bump_revision()  # a new revision, nothing cached yet
        caches = [BM25Cache(Store(settings, embeddings=small_store.embeddings)) for _ in range(4)]
        barrier = threading.Barrier(len(caches))

        def build(cache: BM25Cache, barrier: threading.Barrier) -> None:
            barrier.wait()
            try:
                assert cache.get().search("buses", 3)
            except BaseException as exc:  # collected, reported below
                errors.append(exc)

        threads = [threading.Thread(target=build, args=(c, barrier)) for c in caches]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert [p.name for p in caches[0].root.iterdir()] == [small_store.revision()]

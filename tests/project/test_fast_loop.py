"""The fast test loop stays honest: real-model tests are marked, unmarked ones cannot load it,
and the fake embeddings behave like embeddings (deterministic, unit length, similar texts close).
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.support.fake_embeddings import DIMENSIONS, HashEmbeddings, hash_vector
from tests.support.fixtures import pytest_collection_modifyitems

from assistant.library.embeddings import BundledEmbeddings


class Item:
    """Just what the marking hook reads and writes on a collected test."""

    def __init__(self, *fixturenames: str) -> None:
        self.fixturenames = list(fixturenames)
        self.marks: list[str] = []

    def add_marker(self, mark: pytest.MarkDecorator) -> None:
        self.marks.append(mark.name)


def test_a_test_needing_the_real_model_through_any_fixture_is_marked_slow(
    request: pytest.FixtureRequest,
) -> None:
    # fixturenames is the closure: a module fixture built on `corpus` lists `corpus` too.
    direct, indirect, fake, plain = (
        Item("embeddings"),
        Item("drafted", "corpus_assistant", "corpus", "embeddings"),
        Item("fake_corpus", "fake_embeddings", "store"),
        Item("tmp_path"),
    )
    pytest_collection_modifyitems(request.config, [direct, indirect, fake, plain])
    assert (direct.marks, indirect.marks, fake.marks, plain.marks) == (["slow"], ["slow"], [], [])


def test_a_fast_test_that_loads_the_real_model_fails_and_says_what_to_do() -> None:
    with pytest.raises(AssertionError, match=r"mark it `slow`.*fake_embeddings"):
        BundledEmbeddings().embed_query("anything")


def test_fake_vectors_are_unit_length_and_the_same_every_time() -> None:
    fake = HashEmbeddings()
    texts = ["Accessible buses need ramps.", "", "!!!", "Stairlift grants take months."]
    vectors = np.asarray(fake.embed_documents(texts))
    assert vectors.shape == (4, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert fake.embed_query(texts[0]) == hash_vector(texts[0]) == vectors[0].tolist()
    # Pinned: blake2b, not Python's per-process salted `hash`, so every run and machine agrees.
    # "bus" is one word (weight 1) and three trigrams "<bu", "bus", "us>" (weight 0.2 each).
    bus = np.asarray(hash_vector("bus"))
    assert np.flatnonzero(bus).tolist() == [94, 106, 158, 276]
    assert np.round(bus[[94, 106, 158, 276]], 4).tolist() == [-0.189, 0.189, 0.9449, -0.189]


def test_fake_vectors_put_shared_words_closer_than_unrelated_ones() -> None:
    fake = HashEmbeddings()
    query, near, far = fake.embed_documents(
        [
            "grants for stairlifts",
            "Councils pay grants for stairlifts and level-access showers.",
            "Job coaches work alongside new staff during the first weeks.",
        ]
    )
    assert np.dot(query, near) > np.dot(query, far) + 0.2

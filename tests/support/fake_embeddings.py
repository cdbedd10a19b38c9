"""Deterministic stand-in for the bundled embedding model, for the fast test loop.

Unit tests of ingest, the store, BM25 and the retriever's plumbing need vectors, not meaning:
loading MiniLM (torch and sentence-transformers) costs several seconds per process, which is
most of a fast run. `HashEmbeddings` turns text into a vector by hashing its words, word pairs
and character trigrams into 384 buckets, so texts that share words are close, a near-duplicate
is very close, and the same text always gets the same vector, in any process on any machine
(blake2b, not Python's salted `hash`). Tests of the real model's behaviour (thresholds,
retrieval quality) keep the real model.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

DIMENSIONS = 384  # the bundled MiniLM's size, so stores built either way look alike
_WORD = re.compile(r"\w+")
# How much each kind of feature counts: whole words most, then word pairs, then trigrams
# (which let "buses" and "bus" share a little).
_WEIGHTS = {"w": 1.0, "p": 0.5, "c": 0.2}


@lru_cache(maxsize=65536)
def _bucket(feature: str) -> tuple[int, float]:
    """The feature's bucket and sign (a signed hash keeps unrelated texts near orthogonal)."""
    digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % DIMENSIONS, 1.0 if (value >> 63) & 1 else -1.0


def _features(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    features = [f"w:{w}" for w in words]
    features += [f"p:{a} {b}" for a, b in pairwise(words)]
    for word in words:
        padded = f"<{word}>"
        features += [f"c:{padded[i : i + 3]}" for i in range(len(padded) - 2)]
    return features


def hash_vector(text: str) -> list[float]:
    """A unit-length vector derived only from `text`."""
    vector = np.zeros(DIMENSIONS)
    for feature in _features(text):
        index, sign = _bucket(feature)
        vector[index] += sign * _WEIGHTS[feature[0]]
    norm = float(np.linalg.norm(vector))
    if norm == 0.0:  # no words at all: one fixed direction, never a zero vector
        vector[0], norm = 1.0, 1.0
    return (vector / norm).tolist()


class HashEmbeddings(Embeddings):
    """LangChain `Embeddings` from hashed n-grams: no model, no torch, same vectors everywhere."""

    # The store records where its embedding model lives; this names the fake instead.
    model_dir = Path("hash-embeddings-for-tests")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [hash_vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

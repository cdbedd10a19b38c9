"""Reasons lean on the passages that answer: the hybrid search's ranking marks the strong ones.

Fast: word-count vectors stand in for the embedding model, so every sentence here scores alike
and only the passage rule decides what is quoted.
"""

from __future__ import annotations

import re

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.answering.extractive import PER_PASSAGE, draft_text, strong_passages
from assistant.checks.claims import citations_in
from assistant.core.schema import Evidence

VOCAB = ("grant", "groups", "small", "funding", "should", "help", "local", "council")


class WordEmbeddings(Embeddings):
    """Counts of a few words, normalised: sentences that share the question's words score
    high, whatever else they say."""

    def _vector(self, text: str) -> list[float]:
        words = re.findall(r"[a-z]+", text.lower())
        vector = np.asarray([words.count(w) for w in VOCAB], dtype=float) + 0.01
        return list(vector / np.linalg.norm(vector))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def passage(
    n: int, score: float, sentences: int, kind: str = "article", extra: str = ""
) -> Evidence:
    text = " ".join(
        f"The grant helps small local groups with funding in case {n}{chr(96 + i)}."
        for i in range(1, sentences + 1)
    )
    return Evidence(
        n=n,
        id=f"doc-{n}:0",
        doc_id=f"doc-{n}",
        title=f"Document {n}",
        kind=kind,
        section=f"Document {n}",
        paragraphs="1",
        quote=f"{text} {extra}".strip(),
        score=score,
    )


QUESTION = "Should the grant help small local groups with funding?"


def test_a_strong_passage_reaches_the_floor_of_the_best_one() -> None:
    found = [passage(1, 0.13, 1), passage(2, 0.12, 1), passage(3, 0.10, 1)]
    assert strong_passages(found, floor=0.9) == {1, 2}  # 0.12 >= 0.117; 0.10 is below
    assert strong_passages(found, floor=0.7) == {1, 2, 3}


def test_our_members_evidence_is_always_strong() -> None:
    ours = passage(4, 0.02, 1, kind="our evidence")  # a cosine, not a fused score
    assert 4 in strong_passages([passage(1, 0.13, 1), ours])
    assert strong_passages([]) == set()


def cited(text: str) -> list[int]:
    return [n for line in text.splitlines() if line.startswith("- ") for n in citations_in(line)]


def test_a_weak_passage_gives_one_sentence_and_a_strong_one_up_to_three() -> None:
    found = [passage(1, 0.13, 5), passage(2, 0.08, 5)]
    text = draft_text(QUESTION, found, WordEmbeddings(), ["We agree."], word_limit=400)
    quoted = cited(text)
    assert quoted.count(1) == PER_PASSAGE
    assert quoted.count(2) == 1


def test_the_draft_is_shorter_rather_than_padded_from_weak_passages() -> None:
    weak = [passage(n, 0.05, 3) for n in range(2, 6)]
    text = draft_text(
        QUESTION, [passage(1, 0.13, 1), *weak], WordEmbeddings(), ["We agree."], word_limit=400
    )
    quoted = cited(text)
    assert quoted.count(1) == 1
    assert all(quoted.count(n) <= 1 for n in range(2, 6))  # never three quotes from a weak one


def test_only_a_strong_passage_gives_a_recommendation() -> None:
    advice = "The council should give the grant to small local groups with funding needs."
    found = [passage(1, 0.13, 2), passage(2, 0.05, 1, extra=advice)]
    text = draft_text(QUESTION, found, WordEmbeddings(), ["We agree."], word_limit=400)
    assert "What we recommend" not in text or advice not in text.split("What we recommend")[1]

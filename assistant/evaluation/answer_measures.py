"""Measures of how an answer reads, beyond whether it is true: does its first sentence answer
the question, does a draft say where the organisation stands, how easy is it to read.

Kept apart from the runner so each measure is a small pure function that a test can pin.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from assistant.answering.profile import STANCE_SENTENCES
from assistant.core.text import split_sentences, strip_markers

# How a draft states its position: the position sentence (answering/writing/position.py) or the
# profile's stance sentences, each of which opens with one of these.
_STANCE_OPENINGS = re.compile(
    r"^\s*we (?:agree|do not agree|disagree|have mixed views|do not take a position)\b",
    re.IGNORECASE,
)


def first_sentence(text: str) -> str:
    """The first sentence a reader meets, with headings and citation markers left out."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for sentence in split_sentences(body):
        plain = " ".join(strip_markers(sentence).split())
        if plain:
            return plain
    return ""


def similarity(question: str, sentence: str, embeddings: Any) -> float | None:
    """Cosine similarity of a sentence to the question, with the store's embedding model."""
    if not (question.strip() and sentence.strip()) or embeddings is None:
        return None
    q = np.asarray(embeddings.embed_query(question), dtype=float)
    (s,) = np.asarray(embeddings.embed_documents([sentence]), dtype=float)
    norm = float(np.linalg.norm(q) * np.linalg.norm(s))
    return float(q @ s / norm) if norm else None


def states_stance(text: str) -> bool:
    """Whether a draft says where the organisation stands, in any of its sentences."""
    stock = {s.lower() for s in STANCE_SENTENCES.values()}
    return any(
        _STANCE_OPENINGS.match(s) or s.strip().lower() in stock
        for s in (" ".join(strip_markers(x).split()) for x in split_sentences(text))
    )


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None

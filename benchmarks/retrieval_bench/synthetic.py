"""Synthetic library: documents chunked by the real `assistant.library.chunking`, stand-in vectors,
and Markdown files for the ingest benchmark.

Passages come from `chunk_document`, so their ids and metadata are exactly what ingest stores
(no hand-built metadata to drift from the real thing). Each generated paragraph is one passage:
paragraphs are 60-200 words, chunked with `min_words=1` (nothing merged) and `max_words=200`
(nothing split), so passage i is paragraph i and its stand-in vector can follow its text.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.core.schema import Block, Chunk, Document
from assistant.library.chunking import chunk_document

from .vocabulary import KINDS, SECTIONS, TITLE_TOPICS, Vocabulary

CHUNKS_PER_DOC = 8  # synthetic store: passages per document
PARAGRAPH_WORDS = (60, 201)  # a paragraph's length in words: 60-200
POOL_NOISE = 0.025  # per-dimension std of the perturbation (cosine to the pool vector ~0.9)
REWORD_RATE = 0.3  # share of words replaced in the text of a derived passage


def paragraph_words(
    vocab: Vocabulary, n: int, pool: int, rng: np.random.Generator
) -> list[np.ndarray]:
    """Word indices for n paragraphs; paragraph i >= pool rewords pool paragraph i % pool, so
    its perturbed vector and its text stay roughly consistent, as dense and BM25 are on real
    data."""
    words: list[np.ndarray] = []
    for i in range(n):
        if i < pool:
            words.append(vocab.draw(rng, int(rng.integers(*PARAGRAPH_WORDS))))
        else:
            parent = words[i % pool].copy()
            mask = rng.random(len(parent)) < REWORD_RATE
            parent[mask] = vocab.draw(rng, int(mask.sum()))
            words.append(parent)
    return words


def synthetic_document(doc_no: int, paragraphs: list[str], rng: np.random.Generator) -> Document:
    """One document laid out as a loader would: title, a section heading every third
    paragraph, paragraphs as numbered blocks with their offsets."""
    topic = TITLE_TOPICS[doc_no % len(TITLE_TOPICS)]
    kind = KINDS[doc_no % len(KINDS)]
    year = 2010 + doc_no % 15
    title = f"{kind.capitalize()} on {topic} ({year}), no. {doc_no}"
    doc_id = f"bench-doc-{doc_no:06d}"
    provenance = {
        "title": title,
        "author": "Benchmark Borough Council",
        "date": f"{year}-{1 + doc_no % 12:02d}",
        "kind": kind,
        "publisher": "Synthetic benchmark data",
        "source": f"{doc_id}.md",
        "official_url": f"https://example.org/{doc_id}",
        "licence": "Synthetic",
        "sources": "",
    }
    text, blocks, section = title, [], ""
    for index, paragraph in enumerate(paragraphs):
        if index % 3 == 0:
            section = SECTIONS[int(rng.integers(len(SECTIONS)))]
            text += f"\n\n{section}"
        start = len(text) + 2
        text += f"\n\n{paragraph}"
        blocks.append(Block(paragraph, section, index + 1, start, len(text)))
    return Document(doc_id, text, tuple(blocks), provenance, f"/benchmark/{doc_id}.md")


def synthetic_chunks(vocab: Vocabulary, n: int, pool: int, seed: int) -> list[Chunk]:
    """n passages in documents of CHUNKS_PER_DOC, chunked by `assistant.library.chunking`."""
    rng = np.random.default_rng(seed)
    words = paragraph_words(vocab, n, pool, rng)
    chunks: list[Chunk] = []
    for doc_no, first in enumerate(range(0, n, CHUNKS_PER_DOC)):
        texts = [vocab.render(w, rng) for w in words[first : first + CHUNKS_PER_DOC]]
        document = synthetic_document(doc_no, texts, rng)
        chunks += chunk_document(document, min_words=1, max_words=PARAGRAPH_WORDS[1] - 1)
    if len(chunks) != n:  # one passage per paragraph is what the vectors rely on
        raise RuntimeError(f"chunking made {len(chunks)} passages from {n} paragraphs")
    return chunks


def perturbed_vectors(pool_vectors: np.ndarray, n: int, seed: int) -> tuple[np.ndarray, float]:
    """The pool vectors, then unit-length perturbations of them up to n rows; and mean cosine."""
    pool = len(pool_vectors)
    if n <= pool:
        return pool_vectors[:n].astype(np.float32), 1.0
    rng = np.random.default_rng(seed)
    parents = pool_vectors[np.arange(pool, n) % pool]
    noisy = parents + rng.normal(0.0, POOL_NOISE, size=parents.shape)
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    cosine = float(np.mean(np.sum(noisy * parents, axis=1)))
    return np.vstack([pool_vectors, noisy]).astype(np.float32), cosine


def write_markdown_corpus(folder: Path, vocab: Vocabulary, docs: int, seed: int) -> None:
    """docs Markdown files with front matter; 7 or 8 paragraphs of 60-200 words each."""
    rng = np.random.default_rng(seed)
    for d in range(docs):
        topic = TITLE_TOPICS[d % len(TITLE_TOPICS)]
        kind = KINDS[d % len(KINDS)]
        title = f"{kind.capitalize()} on {topic}, part {d + 1}"
        lines = [
            "---",
            f'id: "ingest-bench-{d:03d}"',
            f'title: "{title}"',
            'author: "Benchmark Borough Council"',
            f'date: "{2012 + d % 12}"',
            f'kind: "{kind}"',
            'publisher: "Synthetic benchmark data"',
            "---",
            f"# {title}",
            "",
        ]
        for p in range(7 + d % 2):
            if p % 3 == 0:
                lines += [f"## {SECTIONS[int(rng.integers(len(SECTIONS)))]}", ""]
            words = vocab.draw(rng, int(rng.integers(*PARAGRAPH_WORDS)))
            lines += [vocab.render(words, rng), ""]
        (folder / f"doc-{d:03d}.md").write_text("\n".join(lines), encoding="utf-8")

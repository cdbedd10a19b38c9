"""Our evidence as draft evidence: quotable items cited, background items only steer, removal
leaves no vector behind."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.evidence import vectors
from assistant.evidence.index import EvidenceIndex
from assistant.evidence.model import new_item
from assistant.evidence.store import EvidenceStore


class WordEmbeddings(Embeddings):
    """Deterministic bag-of-words vectors; counts the texts it embeds."""

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def _vector(self, text: str) -> list[float]:
        vector = np.zeros(64)
        for word in re.findall(r"[a-z]{4,}", text.lower()):
            vector[zlib.crc32(word.encode()) % 64] += 1.0
        return vector.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


BUS = "Sarah Jones said the bus driver would not lower the ramp for her wheelchair."
SURVEY = "Members could not book an accessible taxi for wheelchair journeys."
HOUSING = "Mrs Okafor waited two years for housing adaptations to her bathroom."


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    store = EvidenceStore(tmp_path / "evidence")
    store.add(
        new_item("member-experience", BUS, consent="anonymous", consent_date="2026-03"),
        new_item("survey", SURVEY, consent="anonymous", count=38, base=52, given_by="members"),
        new_item("member-experience", HOUSING, consent="background"),
    )
    return store


def test_quotable_items_become_numbered_evidence(store: EvidenceStore) -> None:
    found = EvidenceIndex(store, WordEmbeddings()).search(
        "wheelchair users and the bus ramp", min_score=0.1
    )
    evidence = found.as_evidence(first_n=6)
    assert [e.n for e in evidence] == [6, 7]
    assert evidence[0].title == "member experience (anonymised, consent given 2026-03)"
    assert "Sarah" not in evidence[0].quote and "[name]" in evidence[0].quote
    assert evidence[1].quote.startswith("38 of 52 (members): ")
    assert all(e.kind == "our evidence" for e in evidence)


def test_background_items_steer_but_are_never_evidence(store: EvidenceStore) -> None:
    found = EvidenceIndex(store, WordEmbeddings()).search(
        "housing adaptations for bathrooms", min_score=0.3
    )
    assert found.empty and found.as_evidence(1) == []
    assert "housing adaptations" in found.steer
    assert "Okafor" not in found.steer  # steering text is redacted too


def test_only_redacted_text_is_embedded_and_only_once(store: EvidenceStore) -> None:
    embeddings = WordEmbeddings()
    index = EvidenceIndex(store, embeddings)
    index.search("bus")
    index.search("taxi")
    assert len(embeddings.embedded) == 3
    assert not any("Sarah" in t or "Okafor" in t for t in embeddings.embedded)


def test_removal_drops_the_vector(store: EvidenceStore) -> None:
    EvidenceIndex(store, WordEmbeddings()).search("bus")
    first = store.items()[0]
    assert first.id in vectors.load(store.folder)
    store.remove(first.id)
    assert first.id not in vectors.load(store.folder)
    assert len(vectors.load(store.folder)) == 2
    raw = b"".join(p.read_bytes() for p in store.folder.rglob("*") if p.is_file())
    assert b"lower the ramp" not in raw and first.id.encode() not in raw


def test_no_items_finds_nothing(tmp_path: Path) -> None:
    found = EvidenceIndex(EvidenceStore(tmp_path), WordEmbeddings()).search("anything")
    assert found.empty and found.steer == ""


@pytest.mark.slow
def test_the_bundled_model_finds_the_member_experience(store: EvidenceStore, embeddings) -> None:
    found = EvidenceIndex(store, embeddings).search(
        "Will bus drivers put the ramp down for wheelchair users?", k=1
    )
    assert [h.item.text for h in found.quotable] == [BUS]
    unrelated = EvidenceIndex(store, embeddings).search("Corporation tax rates for banks")
    assert unrelated.empty


def test_a_survey_figure_is_checked_against_its_item_by_the_verifier(
    store: EvidenceStore,
) -> None:
    from assistant.checks.verify import verify

    found = EvidenceIndex(store, WordEmbeddings()).search("accessible taxi", min_score=0.1)
    evidence = [e for e in found.as_evidence(first_n=1) if "38 of 52" in e.quote]
    (n,) = [e.n for e in evidence]
    right = verify(f"38 of 52 members could not book an accessible taxi [{n}].", evidence)
    wrong = verify(f"45 of 52 members could not book an accessible taxi [{n}].", evidence)
    assert "figure-not-in-source" not in {f.rule for f in right.findings}
    assert "figure-not-in-source" in {f.rule for f in wrong.findings}

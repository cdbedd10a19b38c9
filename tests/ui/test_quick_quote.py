"""The quick quoted answer under load (issue 26): no model, no meaning check, no passage
embedded twice; the vector cache stays bounded; the warm-up embeds what a quote will need.
Fast: fake embeddings, a fake model that records every prompt and every judgement."""

from __future__ import annotations

import numpy as np
import pytest

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.fixtures import CorpusStore
from tests.support.helpers import FakeJudgeModel, echo_evidence

from assistant.answering.chains import Assistant
from assistant.checks.claims import citations_in
from assistant.core.schema import Turn
from assistant.library.store import Store
from assistant.library.vector_cache import VectorCache
from assistant.ui.ask_tab import Pending, quote
from assistant.ui.services import Services
from assistant.ui.warm_up import warm_up

QUESTION = "What was the Facilitation Fund and how much could a group get?"
FOLLOW_UP = "And who could apply for it?"  # leans on the conversation: a model would rewrite it
HISTORY = (Turn("user", QUESTION), Turn("assistant", "It paid for support [1]."))


def over(corpus: CorpusStore, model: FakeJudgeModel) -> Assistant:
    """The local writer's assistant over the bundled corpus (fake vectors, gate open for them)."""
    settings = corpus.settings.model_copy(update={"min_relevance": 0.0})
    return Assistant(settings, store=corpus.store, generator="local", model=model)


def test_the_quick_quote_runs_no_model_and_no_meaning_check(fake_corpus: CorpusStore) -> None:
    model = FakeJudgeModel(default=0.1, replies=[echo_evidence])  # would fail every sentence
    assistant = over(fake_corpus, model)
    for question, history in ((QUESTION, ()), (FOLLOW_UP, HISTORY)):
        result = assistant.quote(question, history)
        assert not result.refused and citations_in(result.text), result.text
        assert result.generator == "extractive"
        assert not [f for f in result.verification.findings if f.rule == "not-in-source"]
        # The check did not embed the cited passages again to score support.
        assert all(s.semantic is None for s in result.verification.sentences)
    assert model.received == [] and model.judged == [], "no prompt, no judgement"
    # The full answer, by contrast, asks the same fakes: they would have noticed.
    full = assistant.ask(QUESTION)
    assert model.received and model.judged and full.generator == "local"


def test_the_ask_tabs_quote_step_uses_the_quick_path(fake_corpus: CorpusStore) -> None:
    model = FakeJudgeModel(replies=[echo_evidence])
    settings = fake_corpus.settings.model_copy(update={"generator": "local", "min_relevance": 0.0})
    services = Services(settings, models={"local": model})
    services.store = fake_corpus.store
    *_, (chat, _, sources, _, status, pending) = quote(services, QUESTION, [])
    assert isinstance(pending, Pending) and "[1]" in chat[-1]["content"]
    assert "Waiting for the writer" in status and "[1]" in sources
    assert model.received == [] and model.judged == []


class Counting:
    """A `compute` for the cache that records every batch it was asked to embed."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.batches.append(list(texts))
        return np.asarray(HashEmbeddings().embed_documents(texts), dtype=np.float32)


def test_the_cache_gives_the_models_vectors_and_embeds_each_text_once() -> None:
    cache, compute = VectorCache(100), Counting()
    first = cache.embed(["a cat", "a dog", "a cat"], compute)
    again = cache.embed(["a dog", "a bird", "a cat"], compute)
    assert compute.batches == [["a cat", "a dog"], ["a bird"]]
    expected = np.asarray(HashEmbeddings().embed_documents(["a dog", "a bird", "a cat"]))
    assert np.allclose(again, expected) and np.allclose(first[0], first[2])
    assert (cache.hits, cache.misses) == (2, 4)  # a repeat in one batch: missed, embedded once


def test_the_cache_stays_within_its_bound_and_keeps_no_text() -> None:
    cache, compute = VectorCache(8), Counting()
    huge = "word " * 200_000  # a 1 MB hostile question
    cache.embed([huge, *(f"text {i}" for i in range(20))], compute)
    assert len(cache) == 8
    assert all(len(key) == 16 for key in cache._vectors), "a digest, never the text"
    cache.embed(["text 19", "text 0"], compute)  # the newest are kept, the oldest dropped
    assert compute.batches[-1] == ["text 0"]
    assert len(VectorCache(0).embed(["a", "b"], compute)) == 2
    with pytest.raises(ValueError):
        VectorCache(-1)


class CachedHash(HashEmbeddings):
    """The fake vectors behind a cache, as `BundledEmbeddings` has one."""

    def __init__(self) -> None:
        self.cache = VectorCache(100_000)
        self.computed = Counting()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.cache.embed(texts, self.computed).tolist() if texts else []


def test_after_the_warm_up_a_quote_embeds_only_its_question(fake_corpus: CorpusStore) -> None:
    settings = fake_corpus.settings.model_copy(
        update={"generator": "extractive", "min_relevance": 0.0}
    )
    services = Services(settings)
    embeddings = CachedHash()
    services.store = Store(settings, embeddings=embeddings)  # type: ignore[arg-type]
    assert warm_up(services) > fake_corpus.report.chunks_added, "passages and their sentences"
    before = len(embeddings.computed.batches)
    result = services.assistant("extractive").quote(QUESTION)
    assert not result.refused and citations_in(result.text)
    fresh = [t for batch in embeddings.computed.batches[before:] for t in batch]
    assert fresh and all(QUESTION in t or t in QUESTION for t in fresh), fresh

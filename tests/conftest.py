"""Shared fixtures: a loopback-only network guard, clean settings, one ingested corpus store."""

from __future__ import annotations

import importlib.util
import os
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import CORPUS_DIR, NETGUARD_DIR, FakeTextModel, make_settings

from assistant.chains import Assistant
from assistant.embeddings import BundledEmbeddings
from assistant.ingest import IngestReport, ingest
from assistant.retrieval import HybridRetriever
from assistant.settings import Settings
from assistant.store import Store


def _load_netguard():
    spec = importlib.util.spec_from_file_location(
        "assistant_test_netguard", NETGUARD_DIR / "sitecustomize.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


netguard = _load_netguard()


@pytest.fixture(scope="session", autouse=True)
def _block_outbound_network() -> Iterator[None]:
    """Every test (and every session fixture) may reach only loopback addresses.

    Session-scoped so the expensive session fixtures built before any test also run under it.
    Tests marked `network_ok` still get the guard: the mark only documents loopback use.
    """
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", netguard.guarded_connect)
        mp.setattr(socket.socket, "connect_ex", netguard.guarded_connect_ex)
        mp.setattr(socket, "create_connection", netguard.guarded_create_connection)
        mp.setattr(socket, "getaddrinfo", netguard.guarded_getaddrinfo)
        yield


@pytest.fixture(scope="session", autouse=True)
def _clean_environment() -> Iterator[None]:
    """No developer ASSISTANT_* variables leak in; model hubs and telemetry stay off."""
    with pytest.MonkeyPatch.context() as mp:
        for key in list(os.environ):
            if key.startswith("ASSISTANT_"):
                mp.delenv(key)
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        mp.setenv("ANONYMIZED_TELEMETRY", "False")
        yield


@pytest.fixture(scope="session")
def embeddings() -> BundledEmbeddings:
    """One model instance for the whole run (the weights load once per process anyway)."""
    return BundledEmbeddings()


@dataclass
class CorpusStore:
    settings: Settings
    store: Store
    report: IngestReport
    retriever: HybridRetriever


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory, embeddings: BundledEmbeddings) -> CorpusStore:
    """The bundled corpus ingested once into a temp store. Tests must not modify it."""
    settings = make_settings(tmp_path_factory.mktemp("corpus-store") / "data")
    store = Store(settings, embeddings=embeddings)
    report = ingest([CORPUS_DIR], settings, store=store)
    retriever = HybridRetriever(store=store, settings=settings)
    return CorpusStore(settings, store, report, retriever)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a fresh, empty store in this test's temp folder."""
    return make_settings(tmp_path / "data")


@pytest.fixture
def store(settings: Settings, embeddings: BundledEmbeddings) -> Store:
    return Store(settings, embeddings=embeddings)


@pytest.fixture(scope="session")
def corpus_assistant(corpus: CorpusStore) -> Assistant:
    """The default (extractive) assistant over the ingested corpus: no language model at all."""
    return Assistant(corpus.settings, store=corpus.store)


@pytest.fixture
def fake_llm_assistant(
    corpus: CorpusStore,
) -> Callable[[Sequence[str]], tuple[Assistant, FakeTextModel]]:
    """Build an assistant over the corpus whose "ollama" model is a fake with fixed replies.

    Returns the assistant and the fake, which records the messages it was sent. No server.
    """

    def build(replies: Sequence[str]) -> tuple[Assistant, FakeTextModel]:
        model = FakeTextModel(replies)
        assistant = Assistant(corpus.settings, store=corpus.store, generator="ollama", model=model)
        return assistant, model

    return build

"""The shared fixtures, as a pytest plugin: a loopback-only network guard, clean settings, one
ingested corpus store, fakes for the models, and the hook that marks real-model tests `slow`.

Registered once, by `pytest_plugins` in tests/conftest.py, so every test folder gets these
fixtures and no test imports from a conftest. Types a test names (`CorpusStore`) are imported
from here: `from tests.support.fixtures import CorpusStore`.

Two kinds of embeddings: `embeddings` (the real bundled model, loaded once per run) and
`fake_embeddings` (hashed n-grams, no model). Any test that needs the real model, directly or
through another fixture, is marked `slow` here, so `make test-fast` (`-m "not slow and not
server and not browser"`) never loads it.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import CORPUS_DIR, NETGUARD_DIR, FakeTextModel, Run, make_settings

from assistant.answering.chains import Assistant
from assistant.cli import main
from assistant.library import embeddings as embeddings_module
from assistant.library.embeddings import BundledEmbeddings
from assistant.library.ingest import IngestReport, ingest
from assistant.library.store import Store
from assistant.search.retrieval import HybridRetriever
from assistant.settings import Settings


def _load_netguard():
    spec = importlib.util.spec_from_file_location(
        "assistant_test_netguard", NETGUARD_DIR / "sitecustomize.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


netguard = _load_netguard()

# Fixtures that load the real embedding model (the others that need it depend on one of these).
REAL_MODEL_FIXTURES = frozenset({"embeddings", "corpus"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark `slow` every test that uses the real model through any chain of fixtures.

    `item.fixturenames` is the closure of all fixtures a test needs, so a module fixture built
    on `corpus` counts too, and a new test cannot forget the mark.
    """
    for item in items:
        if REAL_MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


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


def _refuse_model(model_dir: str) -> None:
    """Stands in for loading the weights: checks the folder as the real load does, then fails."""
    embeddings_module.verify_model(Path(model_dir))  # a tampered folder still fails as it should
    raise AssertionError(
        "this test loads the real embedding model: mark it `slow` (or use a fixture that "
        "does, such as `embeddings` or `corpus`), or use `fake_embeddings`"
    )


def _refuse_onnx(models_dir: str, model_dir: str) -> None:
    _refuse_model(model_dir)


@pytest.fixture(autouse=True)
def _real_model_only_in_slow_tests(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the fast loop honest: a test not marked `slow` that loads the model fails."""
    if request.node.get_closest_marker("slow") is None and hasattr(embeddings_module, "_load"):
        monkeypatch.setattr(embeddings_module, "_load", _refuse_model)
        # The same weights through the ONNX export (used when `models/` holds one).
        monkeypatch.setattr(embeddings_module, "_load_onnx", _refuse_onnx)


@pytest.fixture(scope="session")
def embeddings() -> BundledEmbeddings:
    """One model instance for the whole run (the weights load once per process anyway)."""
    return BundledEmbeddings()


@pytest.fixture(scope="session")
def fake_embeddings() -> HashEmbeddings:
    """Vectors derived from the text alone: for tests of plumbing, not of meaning."""
    return HashEmbeddings()


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


@pytest.fixture(scope="session")
def fake_corpus(
    tmp_path_factory: pytest.TempPathFactory, fake_embeddings: HashEmbeddings
) -> CorpusStore:
    """The bundled corpus ingested with the fake embeddings (a second or two): for tests of
    input checks, chunk bookkeeping and BM25, where what the vectors mean does not matter.
    Tests must not modify it."""
    settings = make_settings(tmp_path_factory.mktemp("fake-corpus-store") / "data")
    store = Store(settings, embeddings=fake_embeddings)
    report = ingest([CORPUS_DIR], settings, store=store)
    retriever = HybridRetriever(store=store, settings=settings)
    return CorpusStore(settings, store, report, retriever)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a fresh, empty store in this test's temp folder."""
    return make_settings(tmp_path / "data")


@pytest.fixture
def store(settings: Settings, fake_embeddings: HashEmbeddings) -> Store:
    """A fresh, empty store with the fake embeddings (use `embeddings` where meaning matters)."""
    return Store(settings, embeddings=fake_embeddings)


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


@pytest.fixture
def run_main(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Run:
    """Run `assistant ARGS` in this process: (exit code, stdout, stderr); 0 when it returns."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))

    def run(*args: str) -> tuple[int | None, str, str]:
        monkeypatch.setattr(sys, "argv", ["assistant", *args])
        try:
            main()
            code = 0
        except SystemExit as exited:
            code = exited.code
        out, err = capsys.readouterr()
        return code, out, err

    return run

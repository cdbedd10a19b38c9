"""Server mode: the same ingest and search against a `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from tests.support.helpers import make_settings, paragraph, write_markdown

from assistant.core.errors import StoreError
from assistant.library.embeddings import BundledEmbeddings
from assistant.library.ingest import ingest
from assistant.library.store import Store
from assistant.search.retrieval import HybridRetriever
from assistant.settings import MODES

pytestmark = [pytest.mark.server, pytest.mark.network_ok]

HOST = "127.0.0.1"
# A hang guard: `chroma run` is up in seconds, but a busy single core can make that a minute.
SERVER_START_GUARD_S = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def http_client(port: int) -> chromadb.api.ClientAPI:
    return chromadb.HttpClient(
        host=HOST, port=port, settings=ChromaSettings(anonymized_telemetry=False)
    )


@dataclass
class Server:
    port: int
    path: Path
    log: Path


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    base = tmp_path_factory.mktemp("chroma-server")
    chroma = Path(sys.executable).parent / "chroma"
    if not chroma.is_file():
        pytest.fail(f"the chroma command is missing from {chroma.parent}")
    port = free_port()
    server = Server(port, base / "db", base / "server.log")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["ANONYMIZED_TELEMETRY"] = "False"
    with server.log.open("wb") as log:
        proc = subprocess.Popen(
            [str(chroma), "run", "--path", str(server.path), "--host", HOST, "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=base,
            env=env,
        )
    try:
        deadline = time.monotonic() + SERVER_START_GUARD_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited ({proc.returncode}): {server.log.read_text()}")
            try:
                http_client(port).heartbeat()
                break
            except Exception:
                if time.monotonic() > deadline:
                    log = server.log.read_text()
                    pytest.fail(f"chroma server not up after {SERVER_START_GUARD_S} s: {log}")
                time.sleep(0.3)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_ingest_and_search_through_a_chroma_server(
    chroma_server: Server, tmp_path: Path, embeddings: BundledEmbeddings
) -> None:
    docs = tmp_path / "docs"
    settings = make_settings(
        tmp_path / "data", chroma_host=HOST, chroma_port=chroma_server.port, corpus_dir=docs
    )
    write_markdown(docs / "buses.md", "buses", "Buses", {"Buses": [paragraph("transport", 90)]})
    write_markdown(docs / "homes.md", "homes", "Homes", {"Homes": [paragraph("housing", 90)]})
    store = Store(settings, embeddings=embeddings)

    report = ingest([docs], settings, store=store)
    assert report.documents == 2 and report.chunks_added >= 2 and not report.failed
    again = ingest([docs], settings, store=store)
    assert (again.unchanged, again.chunks_added, again.chunks_removed) == (2, 0, 0)

    retriever = HybridRetriever(store=store, settings=settings)
    for mode in MODES:
        top = retriever.search("ramps for wheelchair users on buses", k=2, mode=mode)
        # BM25 leaves out the passage that shares no word with the question.
        assert [p.doc_id for p in top] == (["buses"] if mode == "bm25" else ["buses", "homes"])
        assert [p.rank for p in top] == list(range(1, len(top) + 1))

    # The data lives on the server, not in the local data folder.
    fresh = http_client(chroma_server.port)
    assert fresh.get_collection(settings.collection).count() == report.chunks_added
    assert not settings.chroma_path.exists()
    assert (chroma_server.path / "chroma.sqlite3").is_file()

    (docs / "homes.md").unlink()
    ingest([docs], settings, store=store)
    assert set(Store(settings, embeddings=embeddings).ids_by_doc()) == {"buses"}


def test_an_unreachable_server_is_a_store_error(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", chroma_host=HOST, chroma_port=free_port())
    with pytest.raises(StoreError, match="cannot reach the Chroma server"):
        Store(settings).count()

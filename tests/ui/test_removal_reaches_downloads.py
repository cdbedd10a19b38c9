"""Removing an evidence item reaches every copy of it (issue 26, item 5), through the real app.

An item of ours is cited in a draft written on the Draft tab, whose Word and Markdown downloads
(and Gradio's copies of them) then hold its words and are served over HTTP. After
`assistant evidence remove` in another process, as a user would run it, no file in the data
folder or Gradio's folder holds those words, and the download addresses serve nothing.
"""

from __future__ import annotations

import os
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.fixtures import CorpusStore
from tests.support.helpers import run_cli
from tests.support.personal_data_cases import cases
from tests.support.ui_support import CLIENT_TIMEOUT_S, RunningApp, client, running_app

from assistant.evidence.model import Consent, Kind, new_item
from assistant.evidence.store import EvidenceStore

pytestmark = [pytest.mark.slow, pytest.mark.server]  # the web app on 127.0.0.1

CASE = cases()["removal"]


@pytest.fixture(scope="module")
def app(corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    # Gradio's folder is one per process (the first app's): this app must have its own.
    before = os.environ.pop("GRADIO_TEMP_DIR", None)
    try:
        with running_app(corpus.settings, tmp_path_factory) as running:
            yield running
    finally:
        os.environ.pop("GRADIO_TEMP_DIR", None)
        if before is not None:
            os.environ["GRADIO_TEMP_DIR"] = before


def holding(folder: Path, words: str) -> list[Path]:
    """Every file under `folder` whose bytes (or, for Word, whose parts) hold `words`."""
    found = []
    for path in (p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                data += b"".join(archive.read(name) for name in archive.namelist())
        if words.encode("utf-8") in data:
            found.append(path)
    return found


def served(app: RunningApp, update: dict[str, Any]) -> str:
    """What the server sends for a download button's file (its value: path and url)."""
    file = update.get("value") or update
    url = file.get("url") or f"{app.url}gradio_api/file={file['path']}"
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code}"


def test_removed_evidence_leaves_no_download_copy(app: RunningApp, tmp_path: Path) -> None:
    data = app.settings.data_dir
    marker = CASE["marker"]
    item = new_item(
        Kind.MEMBER_EXPERIENCE, CASE["text"], given_by="member",
        consent=Consent.QUOTE_ANONYMOUSLY, consent_date="2026-03",
    )  # fmt: skip
    EvidenceStore.from_settings(app.settings).add(item)
    outputs = (
        client(app)
        .submit(
            CASE["question"], "agree", "", 300, "extractive", "", "", "", "", "", api_name="/draft"
        )
        .result(timeout=CLIENT_TIMEOUT_S)
    )
    draft, docx, markdown = outputs[0], outputs[5], outputs[6]
    assert marker in draft  # our item is cited in the draft
    assert marker in served(app, markdown)
    copies = holding(data / "cache", marker)
    assert {p.suffix for p in copies} == {".docx", ".md"}
    assert any("gradio" in p.parts for p in copies)  # Gradio's copies are in the data folder

    removed = run_cli(["evidence", "remove", item.id, "--yes"], data, tmp_path)
    assert removed.returncode == 0, removed.stderr

    assert holding(data, marker) == []  # downloads, Gradio's copies, history, evidence
    assert holding(Path(tempfile.gettempdir()) / "gradio", marker) == []
    for file in (docx, markdown):
        assert marker not in served(app, file)

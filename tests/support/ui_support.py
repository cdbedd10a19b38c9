"""Shared UI fixtures: the web app running in this process on 127.0.0.1, over its own library.

Each UI test module starts one app with `running_app(...)` in a module-scoped fixture. The app
gets a copy of the session's ingested corpus store (copying takes a second; ingesting again
would take ten or more), so uploads made through the page never touch the store other tests
share.
"""

from __future__ import annotations

import os
import shutil
import socket
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.helpers import make_settings

from assistant.settings import Settings

# The app sets these on import too; set them before gradio or gradio_client is imported.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

HOST = "127.0.0.1"
UPLOAD_LIMIT_MB = 1  # small, so the over-the-limit case needs only a 1.5 MB file
CLIENT_TIMEOUT_S = 120  # every call to the app is bounded: a stuck stream fails, never hangs

PROGRAMME_QUESTION = "What was the Strengthening DPULOs Programme?"
PROGRAMME_TITLE = "Strengthening Disabled People's User-Led Organisations Programme"


@dataclass
class RunningApp:
    url: str
    settings: Settings
    app: Any  # gradio.Blocks (imported lazily: gradio is heavy)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, timeout: float = CLIENT_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.2)


def start_app(settings: Settings, models: dict[str, Any] | None = None) -> RunningApp:
    """Launch the real app (same options as `assistant ui`) in a background thread.

    `models`: a ready text model per generator name (a fake), so a writer needs no real model.
    """
    from assistant.ui.app import launch
    from assistant.ui.services import Services

    port = free_port()
    services = Services(settings, models=models) if models else None
    app = launch(settings, HOST, port, block=False, services=services)
    url = f"http://{HOST}:{port}/"
    wait_until_up(url)
    return RunningApp(url, settings, app)


def copy_store(source: Settings, target_dir: Path, **overrides: Any) -> Settings:
    """Settings for a copy of an ingested store (its Chroma files and caches) in `target_dir`."""
    shutil.copytree(source.data_dir, target_dir)
    return make_settings(target_dir, **overrides)


@contextmanager
def running_app(
    corpus_settings: Settings, tmp_path_factory: Any, **overrides: Any
) -> Iterator[RunningApp]:
    """The app over a private copy of an ingested store, closed on the way out.

    Each UI test module makes its fixture from this, so uploads in one module never show in
    another, and the session's shared corpus store is never written to.
    """
    data_dir = tmp_path_factory.mktemp("ui-store") / "data"
    models = overrides.pop("models", None)
    settings = copy_store(corpus_settings, data_dir, max_file_mb=UPLOAD_LIMIT_MB, **overrides)
    running = start_app(settings, models)
    try:
        yield running
    finally:
        running.app.close()


def client(running: RunningApp) -> Any:
    from gradio_client import Client

    return Client(running.url, verbose=False, download_files=False)


def text_of(message: dict[str, Any]) -> str:
    """A chat message's text, whether Gradio sends a string or a list of parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    return "\n".join(part.get("text", "") for part in content or [] if isinstance(part, dict))

"""Where the web app writes the files it offers for download, and how they are cleared.

Each download gets its own folder under `data/cache/downloads`, inside the data folder (not
the system's shared temp folder), so deleting a conversation or draft in History can clear
them all at once (`clear`). Gradio serves a copy of each file from its own cache; the app asks
Gradio to delete those copies an hour after they were made, and all of them when it restarts
(`CACHE_CLEANUP`, passed to `gr.Blocks`).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from assistant.settings import Settings

CACHE_CLEANUP = (3600, 3600)  # Gradio's copies: checked every hour, removed after an hour


def root(settings: Settings) -> Path:
    return settings.cache_dir / "downloads"


def new_folder(settings: Settings, prefix: str) -> Path:
    """A fresh folder for one set of download files."""
    base = root(settings)
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}-", dir=base))


def clear(settings: Settings) -> None:
    """Remove every download file the app has written (after a delete in History)."""
    shutil.rmtree(root(settings), ignore_errors=True)

"""Where the web app writes the files it offers for download, and how they are cleared.

Each download gets its own folder under `data/cache/downloads`, inside the data folder (not
the system's shared temp folder). Gradio serves a copy of each file from its own cache, which
`prepare` puts in `data/cache/gradio` (GRADIO_TEMP_DIR, unless set) so removal reaches it too:
removing an evidence item or deleting a conversation or draft in History clears both
(`private_files.clear_copies`). Gradio also deletes its copies an hour after they were made,
and all of them when it restarts (`CACHE_CLEANUP`, passed to `gr.Blocks`). Every folder is
0700 and every file 0600: the app's process makes all new files private (`prepare`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from assistant.core.private_files import clear_copies, copy_folders, private_dir, restrict_new_files
from assistant.settings import Settings

CACHE_CLEANUP = (3600, 3600)  # Gradio's copies: checked every hour, removed after an hour


def root(settings: Settings) -> Path:
    return copy_folders(settings.cache_dir)[0]


def gradio_cache(settings: Settings) -> Path:
    return copy_folders(settings.cache_dir)[1]


def prepare(settings: Settings) -> None:
    """Before the app is built: private new files, and Gradio's copies in the data folder."""
    restrict_new_files()
    private_dir(settings.data_dir)
    for folder in copy_folders(settings.cache_dir):
        private_dir(folder)
    # Gradio reads this for every request, so one folder serves the whole process: the first
    # app's (tests run two at once). A folder the user chose is kept, and removal cannot reach it.
    os.environ.setdefault("GRADIO_TEMP_DIR", str(gradio_cache(settings)))


def new_folder(settings: Settings, prefix: str) -> Path:
    """A fresh folder for one set of download files (0700, like every folder mkdtemp makes)."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}-", dir=private_dir(root(settings))))


def clear(settings: Settings) -> None:
    """Remove every download file the app has written, and Gradio's copies of them."""
    clear_copies(settings.cache_dir)

"""Files that hold members' words or history are readable by this user only (0600, folders 0700).

Evidence, its vectors, the history database (and the journal SQLite writes beside it, which
takes the database's mode), the files made for downloading and Gradio's copies of them: on a
shared computer, other accounts must not read them. Files are created with these modes from
the start (`os.open`, `mkstemp`, or the web app's `umask`), never made and then narrowed, so
there is no moment when another account could open them. One helper for every such place.

Copies made for downloading (`data/cache/downloads`, and Gradio's copies in `data/cache/gradio`)
are cleared by `clear_copies` whenever something they may hold is removed: an evidence item, a
saved conversation or draft. They are re-made the next time a page offers a download.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
PRIVATE_UMASK = 0o077  # new files 0600 and folders 0700, whoever creates them (Gradio too)


def private_dir(path: Path) -> Path:
    """`path` as a folder only this user can open (made if missing, narrowed if not)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if path.stat().st_mode & 0o777 != DIR_MODE:
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """`path` as a file only this user can read, created empty if missing (before SQLite
    opens it, so its first byte is already private); an older, wider file is narrowed."""
    path = Path(path)
    private_dir(path.parent)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    if path.stat().st_mode & 0o777 != FILE_MODE:
        os.chmod(path, FILE_MODE)
    return path


def restrict_new_files() -> None:
    """From now on, every file this process creates is private (the web app calls this: its
    downloads and Gradio's cached copies are written by code that takes no mode)."""
    os.umask(PRIVATE_UMASK)


def copy_folders(cache_dir: Path) -> tuple[Path, Path]:
    """Where the web app's download files and Gradio's copies of them live, in the cache
    folder (`Settings.cache_dir`, passed in so these helpers sit below the settings)."""
    return cache_dir / "downloads", cache_dir / "gradio"


def clear_copies(cache_dir: Path) -> None:
    """Delete every download file and every Gradio copy (they are made again on demand)."""
    for folder in copy_folders(cache_dir):
        if folder.is_dir():
            for child in folder.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)

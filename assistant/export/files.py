"""Where an export goes: a writable file path; a folder or an unwritable place is an InputError."""

from __future__ import annotations

from pathlib import Path

from assistant.core.errors import InputError


def writable(path: Path) -> Path:
    """The path, its folders created; a folder or an unwritable place is an InputError."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name, e.g. {path / 'response.docx'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path.parent}: cannot create folder ({exc.strerror})") from None
    return path


def write_text(path: Path, text: str) -> Path:
    path = writable(path)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    return path

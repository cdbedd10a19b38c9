"""Documents: load any supported file into a `Document` of structural blocks, find files.

Each loader (see `assistant.library.loaders`) keeps headings as section names and paragraphs as
numbered blocks with character offsets into the document text, so a chunk can later be cited by
section and paragraph. Uploaded files are data: nothing in them is ever executed or obeyed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from assistant.core.display import visible
from assistant.core.errors import DocumentError
from assistant.core.schema import PROVENANCE_FIELDS, Document
from assistant.library.loaders import LOADERS
from assistant.library.loaders.limits import Limits
from assistant.settings import Settings, get_settings

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(LOADERS)


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60] or "document"


def default_doc_id(path: Path) -> str:
    """Readable and unique: the file name plus a short hash of where it lives."""
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:6]
    return f"{slugify(path.stem)}-{digest}"


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in LOADERS


def is_inside(path: Path | str, root: Path | None) -> bool:
    """True when `path` lies in the folder `root` (both resolved; symlinks followed)."""
    if root is None or not str(path):
        return False
    return Path(path).resolve().is_relative_to(Path(root).resolve())


def _distrust(meta: dict[str, str]) -> None:
    """A file outside the library folder may not choose its id or vouch for itself.

    Its front matter `id` is dropped (the id comes from where the file lives), and a kind it
    claims ("briefing note", "official text") is kept only as its claim: "user upload, says: ...".
    """
    meta.pop("id", None)
    claimed = " ".join(meta.get("kind", "").split())
    if claimed and claimed.lower() not in ("user upload", "upload"):
        meta["kind"] = f"user upload, says: {claimed}"


def load_document(
    path: Path,
    overrides: dict[str, str] | None = None,
    *,
    library_root: Path | None = None,
    settings: Settings | None = None,
) -> Document:
    """Load one file. Raises DocumentError with the file's name on anything unreadable.

    Only a file inside `library_root` (default: the bundled corpus folder) takes its id and kind
    from its own front matter; any other file gets an id from its location, so it can never
    replace a bundled document or another user's file, whatever it says about itself.
    `overrides` are what the user states when adding it (`corpus add --kind`), taken as given.
    Reading is bounded by the settings' limits (size, unpacked size, paragraphs, pages, time).
    """
    path = Path(path)
    settings = settings or get_settings()
    limits = open_limits(path, settings)
    text, blocks, meta = LOADERS[path.suffix.lower()](path, limits)
    if not blocks:
        raise DocumentError(f"{path.name}: no text found in this file")
    if library_root is None:
        library_root = settings.corpus_dir
    if not is_inside(path, library_root):
        _distrust(meta)
    meta.update({k: v for k, v in (overrides or {}).items() if v})
    # Control characters in a file name or front matter are kept visible, never acted on.
    provenance = {name: visible(meta.get(name, "")) for name in PROVENANCE_FIELDS}
    stem = path.stem.replace("_", " ").replace("-", " ")
    provenance["title"] = provenance["title"] or visible(stem)
    provenance["kind"] = provenance["kind"] or "user upload"
    provenance["source"] = provenance["source"] or visible(path.name)
    doc_id = slugify(meta["id"]) if meta.get("id") else default_doc_id(path)
    return Document(doc_id, text, tuple(blocks), provenance, str(path.resolve()))


def open_limits(path: Path, settings: Settings | None = None) -> Limits:
    """The limits to read `path` within, once it is known to be a file of a supported type no
    larger than the one size limit (ASSISTANT_MAX_FILE_MB); DocumentError naming it otherwise.
    Every reader (ingest, upload, consultation import) starts here."""
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    if path.suffix.lower() not in LOADERS:
        raise DocumentError(
            f"{path.name}: unsupported file type '{path.suffix or '(none)'}'; "
            f"use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    limits = Limits.from_settings(path.name, settings)
    limits.file_size(path.stat().st_size)
    return limits


def check_size(path: Path, settings: Settings | None = None) -> None:
    """DocumentError naming the file when it is over the one size limit (ASSISTANT_MAX_FILE_MB)."""
    Limits.from_settings(path.name, settings).file_size(path.stat().st_size)


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Expand folders into files. Returns (supported files, skipped files); hidden files ignored.

    Skipped are files of an unsupported type and anything that is not a regular file (a pipe,
    socket or device: reading one could block for ever); `skip_reason` says which.
    """
    found: list[Path] = []
    skipped: list[Path] = []
    for root in paths:
        root = Path(root)
        if not root.exists():
            raise DocumentError(f"{root}: no such file or folder")
        if root.is_dir():
            candidates = sorted(p for p in root.rglob("*") if not p.is_dir() and p.exists())
        else:
            candidates = [root]
        # Hidden names below the folder asked for are skipped; the folder's own name ("..", ".",
        # or a hidden folder named on purpose) is not held against its files.
        base = root if root.is_dir() else root.parent
        for path in candidates:
            if any(part.startswith(".") for part in path.relative_to(base).parts):
                continue
            if path.name.lower() == "readme.md" and root.is_dir():
                continue
            (found if path.is_file() and is_supported(path) else skipped).append(path)
    return found, skipped


def skip_reason(path: Path) -> str:
    """Why `find_files` skipped a path, in a few words."""
    if not path.is_file():
        return "not a regular file (a pipe, socket or device); save its contents to a file"
    return f"unsupported file type '{path.suffix or '(none)'}'"

"""Uploads: a file a person adds to the library, from the web page or `assistant corpus add`.

Both faces come through here, so they agree on every rule:
- a file is checked before anything is copied: a supported type, and no larger than the one
  limit in `Settings` (ASSISTANT_MAX_FILE_MB), which the reader applies again while reading;
- the library keeps its own copy, in a folder named by the content, so a file with the same name
  but other content (another organisation's, or a new version) becomes a new document beside the
  first, never a silent replacement, and the very same file again is the same document;
- a copy that could not be read is deleted again, and `corpus.remove_document` deletes the copy
  with the passages, so the uploads folder holds exactly what the library holds.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import DocumentError
from assistant.core.file_lock import locked
from assistant.core.schema import Document
from assistant.core.text import plural
from assistant.library.documents import SUPPORTED_SUFFIXES, check_size, is_inside, is_supported
from assistant.library.documents import load_document as read_file
from assistant.library.ingest import LIBRARY_LOCK, IngestReport, Progress, ingest
from assistant.library.store import Store
from assistant.settings import Settings


@dataclass(frozen=True)
class Added:
    """What adding files did: the ingest report, each file refused or unreadable (one line
    naming it), and the names already in the library with other content (both are kept)."""

    report: IngestReport
    problems: tuple[str, ...] = ()
    twins: tuple[str, ...] = ()

    def twins_note(self) -> str:
        """Why the library now holds two files of the same name ("" when it does not)."""
        if not self.twins:
            return ""
        return (
            f"A file named {', '.join(self.twins)} was already in the library; both are kept, "
            "told apart by their ids (remove the one you do not want)."
        )

    def message(self) -> str:
        """One paragraph for the person who added the files."""
        added = self.report.documents
        parts = [f"Added {plural(added, 'file')}.", self.twins_note()]
        if self.problems:
            parts.append("Not added: " + "; ".join(self.problems))
        return " ".join(part for part in parts if part)


def check(path: Path, settings: Settings) -> None:
    """DocumentError naming the file if it is missing, of an unsupported type or too large."""
    if not path.is_file():
        raise DocumentError(f"{path.name}: no such file")
    if not is_supported(path):
        raise DocumentError(f"{path.name}: not a supported type ({', '.join(SUPPORTED_SUFFIXES)})")
    check_size(path, settings)


def keep_copy(path: Path, settings: Settings) -> Path:
    """The library's own copy of `path`, in a folder named by its content (made if new)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    folder = settings.uploads_dir / digest.hexdigest()[:12]
    target = folder / path.name
    with locked(settings.data_dir / LIBRARY_LOCK):  # two adds of one file make one copy
        folder.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            shutil.copyfile(path, target)
    return target


def discard(copy: Path | str, settings: Settings) -> bool:
    """Delete the library's copy of an upload (and its folder once empty); True if it went.

    Anything outside the uploads folder (the bundled corpus, a folder given to `ingest`) is
    the user's own file and is never touched.
    """
    copy = Path(copy)
    if not str(copy) or not copy.is_file() or not is_inside(copy, settings.uploads_dir):
        return False
    with locked(settings.data_dir / LIBRARY_LOCK):
        copy.unlink(missing_ok=True)
        if copy.parent.is_dir() and not any(copy.parent.iterdir()):
            copy.parent.rmdir()
    return True


def add_uploads(
    paths: Sequence[Path],
    settings: Settings,
    store: Store | None = None,
    *,
    overrides: dict[str, str] | None = None,
    progress: Progress | None = None,
    load: Callable[..., Document] = read_file,
) -> Added:
    """Check each file, keep a copy and ingest the copies; report every file not added.

    `overrides`: provenance the person states (title, kind...). `load` reads one file; the web
    app passes `parse_worker.load_isolated` to read a hostile upload in a capped child process.
    """
    store = store or Store(settings)
    problems: list[str] = []
    copies: list[Path] = []
    for path in map(Path, paths):
        try:
            check(path, settings)
        except DocumentError as exc:
            problems.append(str(exc))
            continue
        copies.append(keep_copy(path, settings))
    if not copies:
        return Added(IngestReport(), tuple(problems))
    held = _held_uploads(store, settings)
    report = ingest(copies, settings, store, progress=progress, overrides=overrides, load=load)
    problems += report.failed
    kept = []
    for copy in copies:
        if copy.name in report.failed_names:
            discard(copy, settings)
        else:
            kept.append(copy)
    twins = sorted(
        c.name
        for c in kept
        if str(c.resolve()) not in held and any(Path(h).name == c.name for h in held)
    )
    return Added(report, tuple(problems), tuple(twins))


def _held_uploads(store: Store, settings: Settings) -> set[str]:
    """Where every document not bundled with the app was read from."""
    sources = {str(item.metadata.get("source_path", "")) for item in store.iter_all(False)}
    return {s for s in sources if s and not is_inside(s, settings.corpus_dir)}

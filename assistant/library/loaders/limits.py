"""Bounds on reading one document, checked while it is read, so a small hostile file cannot hang
the app or fill its memory (a Word file that unpacks to gigabytes, 45,000 empty paragraphs).

The numbers come from `Settings` (ASSISTANT_MAX_*); the defaults are far above a real 300-page
consultation. Exceeding one is a `DocumentError` that names the file and the limit.
"""

from __future__ import annotations

import time
import zipfile
from dataclasses import dataclass, field
from typing import IO

from assistant.core.errors import DocumentError


@dataclass
class Limits:
    """The bounds for one file; each number comes from its one setting (`from_settings`)."""

    max_file_mb: int
    max_unpacked_mb: int
    max_paragraphs: int
    max_pages: int
    seconds: float
    name: str = ""  # the file's name, for messages
    started: float = field(default_factory=time.monotonic)
    max_part_mb: int = 16  # each side part of a zipped document (styles, lists, properties)
    inflated: int = 0  # bytes unpacked so far from this file's parts, all parts together

    @classmethod
    def from_settings(cls, name: str, settings: object | None = None) -> Limits:
        """Limits for the file `name`, from `settings` (default: the process's settings)."""
        if settings is None:
            from assistant.settings import get_settings

            settings = get_settings()
        return cls(
            name=name,
            max_file_mb=settings.max_file_mb,  # type: ignore[attr-defined]
            max_unpacked_mb=settings.max_unpacked_mb,  # type: ignore[attr-defined]
            max_paragraphs=settings.max_paragraphs,  # type: ignore[attr-defined]
            max_pages=settings.max_pages,  # type: ignore[attr-defined]
            seconds=settings.parse_timeout_s,  # type: ignore[attr-defined]
            max_part_mb=settings.max_part_mb,  # type: ignore[attr-defined]
        )

    def _over(self, what: str, setting: str) -> DocumentError:
        return DocumentError(
            f"{self.name}: {what} (limit set by ASSISTANT_{setting.upper()}); "
            "split the document or raise the limit"
        )

    def file_size(self, size: int) -> None:
        if size > self.max_file_mb * 2**20:
            over = f"{size / 2**20:.1f} MB is over the {self.max_file_mb} MB limit"
            raise self._over(over, "max_file_mb")

    def unpacked(self, size: int) -> None:
        if size > self.max_unpacked_mb * 2**20:
            raise self._over(f"unpacks to more than {self.max_unpacked_mb} MB", "max_unpacked_mb")

    def part(self, part: str, size: int, budget_mb: int | None) -> None:
        """`size` bytes of the part `part` unpacked: within its own budget (None: the body,
        whose budget is the whole file's) and, with every other part, within the total."""
        if budget_mb is not None and size > budget_mb * 2**20:
            over = f"its part {part} unpacks to more than {budget_mb} MB"
            raise self._over(over, "max_part_mb")
        self.unpacked(self.inflated)

    def paragraphs(self, count: int) -> None:
        if count > self.max_paragraphs:
            raise self._over(f"more than {self.max_paragraphs} paragraphs", "max_paragraphs")
        if count % 512 == 0:
            self.clock()

    def pages(self, count: int) -> None:
        if count > self.max_pages:
            raise self._over(f"more than {self.max_pages} pages", "max_pages")
        self.clock()

    def clock(self) -> None:
        if time.monotonic() - self.started > self.seconds:
            raise self._over(f"took more than {self.seconds:g} seconds to read", "parse_timeout_s")


class PartStream:
    """One part of a zipped document, read as a stream that stops at the part's own budget and
    at the file's total budget as the bytes arrive, never after the part is parsed whole."""

    def __init__(self, stream: IO[bytes], limits: Limits, part: str, budget_mb: int | None):
        self.stream, self.limits, self.part, self.budget_mb = stream, limits, part, budget_mb
        self.read_so_far = 0

    def __enter__(self) -> PartStream:
        return self

    def __exit__(self, *_: object) -> None:
        self.stream.close()

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size if size and size > 0 else 1 << 16)
        self.read_so_far += len(data)
        self.limits.inflated += len(data)
        self.limits.part(self.part, self.read_so_far, self.budget_mb)
        return data


def check_declared(archive: zipfile.ZipFile, names: list[str], limits: Limits) -> None:
    """Refuse at once when the parts to be read declare more than the total budget together
    (the bytes are still counted as they come: a declared size may lie)."""
    present = set(archive.namelist())
    limits.unpacked(sum(archive.getinfo(name).file_size for name in set(names) & present))


def open_part(
    archive: zipfile.ZipFile, name: str, limits: Limits, *, body: bool = False
) -> PartStream:
    """Open the part `name` of a Word (or ODT) file within its budget: the body may use the
    whole file's budget (ASSISTANT_MAX_UNPACKED_MB), every side part ASSISTANT_MAX_PART_MB. The
    size the archive declares is checked before anything is inflated; the bytes, as they come.
    KeyError when the part is missing. Use it in a `with` block, which closes it."""
    budget = None if body else limits.max_part_mb
    declared = archive.getinfo(name).file_size
    limits.part(name, declared, budget)
    limits.unpacked(limits.inflated + declared)
    return PartStream(archive.open(name), limits, name, budget)

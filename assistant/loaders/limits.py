"""Bounds on reading one document, checked while it is read, so a small hostile file cannot hang
the app or fill its memory (a Word file that unpacks to gigabytes, 45,000 empty paragraphs).

The numbers come from `Settings` (ASSISTANT_MAX_*); the defaults are far above a real 300-page
consultation. Exceeding one is a `DocumentError` that names the file and the limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from assistant.errors import DocumentError


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

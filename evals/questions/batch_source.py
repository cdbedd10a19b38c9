# ruff: noqa: E741 (the kinds keep the one-letter names every batch file writes: O, C, A, G)
"""What each split batch's sources.py (fresh4, fresh5, fresh6, …) declares its documents with.

One home for the record of a real document, the stable dev / held split and the `src` helper,
so a new batch's sources.py holds only its documents. held_batch.py (run by each batch's
build.py) reads `SOURCES`, `SEEN` and `split` from the batch's sources.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

O, C, A, G = "open", "choice", "about you", "grid"  # the kinds, as the expected lists write them
Expected = tuple[str | None, str, str]  # (number, text start, kind)


@dataclass(frozen=True)
class Source:
    name: str  # file name stem
    family: str  # survey, nhs, call, list, grid, response, none
    fmt: str  # txt, html, docx, odt, rtf, pdf
    url: str
    text: str
    expected: tuple[Expected, ...]
    note: str = ""


def split(name: str) -> str:
    """`dev` or `held`, fixed by the document's name alone (first byte of its SHA-256)."""
    return "dev" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def adder(into: list[Source]) -> Callable[..., None]:
    """The batch's `src(name, family, fmt, url, text, expected, note="")`, adding to `into`."""

    def src(
        name: str,
        family: str,
        fmt: str,
        url: str,
        text: str,
        expected: list[Expected],
        note: str = "",
    ) -> None:
        into.append(Source(name, family, fmt, url, text.strip("\n"), tuple(expected), note))

    return src

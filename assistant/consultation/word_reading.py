"""A Word file as headings and paragraphs in reading order, with its list numbers and tables.

Read once, by the shared bounded reader (`loaders.docx_reader`), which gives paragraphs with
their style and list, and tables, in reading order. The search loader puts tables after the
text and drops the numbers Word draws for auto-numbered lists; a consultation needs both where
they stand: "Question 3" is often a Word list number, and many forms put each question in a
table row. The numbers are worked out here from the file's list definitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from assistant.consultation import patterns
from assistant.library.loaders.base import clean
from assistant.library.loaders.docx_reader import Table, read_docx
from assistant.library.loaders.limits import Limits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_LABEL_CELL = re.compile(r"^(?:(?:question|q)\s*\.?\s*)?\d{1,3}(?:\.\d{1,3})*[a-z]?[.:)]?$", re.I)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return str(n)


@dataclass
class _Numbering:
    """Word's list numbering: each list's level formats, and the running counters."""

    levels: dict[str, dict[int, tuple[str, str, int]]]  # abstract id -> level -> (fmt, text, start)
    nums: dict[str, tuple[str, dict[int, int]]]  # num id -> (abstract id, start overrides)
    counters: dict[str, list[int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    def label(self, num_id: str, level: int) -> str:
        """The number Word draws for the next item of list `num_id` at `level` ("3.", "b)")."""
        if num_id not in self.nums:
            return ""
        abstract, overrides = self.nums[num_id]
        formats = self.levels.get(abstract, {})
        counts = self.counters.setdefault(abstract, [0] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in overrides.items():
                counts[lvl] = start - formats.get(lvl, ("", "", 1))[2]
        level = min(max(level, 0), 8)
        counts[level] += 1
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        fmt, text, _ = formats.get(level, ("decimal", f"%{level + 1}.", 1))
        if fmt in ("bullet", "none"):
            return "•" if fmt == "bullet" else ""

        def value(match: re.Match[str]) -> str:
            lvl = int(match[1]) - 1
            lvl_fmt, _, start = formats.get(lvl, ("decimal", "", 1))
            return _format(max(counts[lvl], 1) + start - 1, lvl_fmt)

        return re.sub(r"%([1-9])", value, text)


def _attr(element: ET.Element, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.get(f"{_W}val")


def _numbering(root: ET.Element | None) -> _Numbering:
    """The list definitions: each list's level formats and its start overrides."""
    if root is None:
        return _Numbering({}, {})
    levels: dict[str, dict[int, tuple[str, str, int]]] = {}
    for abstract in root.iter(f"{_W}abstractNum"):
        formats = {}
        for lvl in abstract.iter(f"{_W}lvl"):
            start = _attr(lvl, f"{_W}start") or "1"
            formats[int(lvl.get(f"{_W}ilvl", "0"))] = (
                _attr(lvl, f"{_W}numFmt") or "decimal",
                _attr(lvl, f"{_W}lvlText") or "",
                int(start) if start.isdigit() else 1,
            )
        levels[abstract.get(f"{_W}abstractNumId", "")] = formats
    nums = {}
    for num in root.iter(f"{_W}num"):
        overrides = {}
        for override in num.iter(f"{_W}lvlOverride"):
            restart = _attr(override, f"{_W}startOverride")
            if restart and restart.isdigit():
                overrides[int(override.get(f"{_W}ilvl", "0"))] = int(restart)
        nums[num.get(f"{_W}numId", "")] = (_attr(num, f"{_W}abstractNumId") or "", overrides)
    return _Numbering(levels, nums)


def row_text(row: tuple[str, ...]) -> str:
    """A table row as one paragraph: "Question 3" and its text cell joined, empty answer cells
    and merged (repeated) cells left out; a row of tick-box choices becomes "Yes / No"."""
    cells: list[str] = []
    for text in map(clean, row):
        if text and (not cells or cells[-1] != text):
            cells.append(text)
    if len(cells) > 1 and all(patterns.OPTION_ALONE.match(c) for c in cells):
        return " / ".join(cells)
    if len(cells) > 1 and _LABEL_CELL.match(cells[0]):
        return f"{cells[0].rstrip('.:)')}: {' '.join(cells[1:])}"
    return " ".join(cells)


def word_units(path: Path, limits: Limits | None = None) -> tuple[str, list[tuple[str, bool]]]:
    """(title, [(text, is heading)]) in the order the document shows them, from the shared
    bounded Word reader (`loaders.docx_reader`), which ingest uses too."""
    content = read_docx(path, limits)
    numbering = _numbering(content.numbering)
    title = ""
    units: list[tuple[str, bool]] = []
    for item in content.items:
        if isinstance(item, Table):
            units += [(text, False) for row in item.shown if (text := row_text(row))]
            continue
        text = clean(item.text)
        if not text:
            continue
        listed = item.numbering if item.numbering and item.numbering[0] != "0" else None
        if listed and (label := numbering.label(*listed)):  # list "0": numbering turned off
            text = f"{label} {text}"
        name = item.style.lower()  # "Heading 1", "Title" as Word shows them
        heading = name == "title" or name.startswith("heading")
        if name == "title" and not title:
            title = text
        units.append((text, heading))
    return title or clean(content.title), units

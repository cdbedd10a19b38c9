"""A Word file as headings and paragraphs in reading order, with its list numbers and tables.

The shared loader reads paragraphs for search passages: it puts tables after the text and drops
the numbers Word draws for auto-numbered lists. A consultation needs both where they stand:
"Question 3" is often a Word list number, and many forms put each question in a table row.
Styles are looked up once (a table of style id -> name and numbering), not paragraph by
paragraph, so a long document reads in time proportional to its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.consultation import patterns
from assistant.errors import DocumentError
from assistant.loaders.base import clean
from assistant.loaders.limits import Limits

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


def _attr(element: Any, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.get(f"{_W}val")


def _numbering(document: Any) -> _Numbering:
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
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


def _styles(document: Any) -> dict[str, tuple[str, str | None, int]]:
    """Style id -> (name, numbering id, level), read once for the whole document."""
    table = {}
    for style in document.styles.element.iter(f"{_W}style"):
        name = _attr(style, f"{_W}name") or ""
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        num_id = None if num_pr is None else _attr(num_pr, f"{_W}numId")
        level = 0 if num_pr is None else int(_attr(num_pr, f"{_W}ilvl") or 0)
        table[style.get(f"{_W}styleId", "")] = (name, num_id, level)
    return table


def _text(element: Any) -> str:
    """A paragraph's visible text: its runs' text, tabs and breaks as spaces."""
    parts = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        parts.append((node.text or "") if node.tag == f"{_W}t" else " ")
    return "".join(parts)


def _row_text(row: Any) -> str:
    """A table row as one paragraph: "Question 3" and its text cell joined, empty answer cells
    and merged (repeated) cells left out; a row of tick-box choices becomes "Yes / No"."""
    cells: list[str] = []
    for cell in row.iter(f"{_W}tc"):
        text = clean(" ".join(_text(p) for p in cell.iter(f"{_W}p")))
        if text and (not cells or cells[-1] != text):
            cells.append(text)
    if len(cells) > 1 and all(patterns.OPTION_ALONE.match(c) for c in cells):
        return " / ".join(cells)
    if len(cells) > 1 and _LABEL_CELL.match(cells[0]):
        return f"{cells[0].rstrip('.:)')}: {' '.join(cells[1:])}"
    return " ".join(cells)


def word_units(path: Path, limits: Limits | None = None) -> tuple[str, list[tuple[str, bool]]]:
    """(title, [(text, is heading)]) in the order the document shows them.

    The bounded reader goes first: python-docx would inflate a zip bomb or a huge body whole,
    so a file past the unpacked-size, paragraph or time limits is refused before it opens.
    """
    import docx

    from assistant.loaders.docx_reader import read_docx

    read_docx(path, limits)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # zip, XML and package errors from damaged files
        raise DocumentError(f"{path.name}: cannot read this Word file ({exc})") from None
    styles, numbering = _styles(document), _numbering(document)
    title = ""
    units: list[tuple[str, bool]] = []
    for element in _blocks(document.element.body):
        if element.tag == f"{_W}tbl":
            units += [(text, False) for row in element.iter(f"{_W}tr") if (text := _row_text(row))]
            continue
        text = clean(_text(element))
        style_id = _attr(element, f"{_W}pPr/{_W}pStyle") or ""
        name, num_id, level = styles.get(style_id, ("", None, 0))
        num_pr = element.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            num_id = _attr(num_pr, f"{_W}numId")
            level = int(_attr(num_pr, f"{_W}ilvl") or 0)
        if not text:
            continue
        if num_id and num_id != "0" and (label := numbering.label(num_id, level)):
            text = f"{label} {text}"
        name = name.lower()  # Word stores built-in names in lower case ("heading 1")
        heading = name == "title" or name.startswith("heading")
        if name == "title" and not title:
            title = text
        units.append((text, heading))
    props_title = clean(document.core_properties.title or "")
    return title or props_title, units


def _blocks(body: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in order (a table's own paragraphs stay in the table)."""
    for child in body.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":  # a content control wraps paragraphs in many forms
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)

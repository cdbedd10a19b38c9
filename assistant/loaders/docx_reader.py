"""Read a Word (DOCX) file's body as a stream, within limits: paragraphs (with their style's
name) and tables, in reading order.

Why not python-docx: it inflates the whole `document.xml` into memory before reading a word (a
1 MB file that unpacks to 300 MB took 3.6 GB), and looks up each paragraph's style by walking
the style sheet (67 of 72 seconds on a 46 KB file with 45,000 paragraphs). Here the zip members'
declared sizes are checked before anything is inflated, the XML is parsed incrementally and each
finished paragraph is dropped, and the style names are read once into a dictionary.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree import ElementTree as ET

from assistant.errors import DocumentError
from assistant.loaders.limits import Limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_TEXT_TAGS = {W + "t": None, W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n"}
_TEXT_TAGS[W + "noBreakHyphen"] = "-"
_MAX_SPAN = 64  # Word allows 63 columns; a hostile gridSpan must not multiply a cell
_SKIP = {W + "txbxContent", W + "del", W + "footnoteReference"}  # text boxes, deleted revisions


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str  # the style's name as Word shows it ("Heading 1", "Title", "Normal"...)
    # (list id, level) when Word numbers or bullets it, from the paragraph or its style
    numbering: tuple[str, int] | None = None


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # one text per grid column, merged cells repeated
    shown: tuple[tuple[str, ...], ...] = ()  # each cell once, as drawn (merged: drawn empty)


@dataclass(frozen=True)
class DocxContent:
    items: tuple[Paragraph | Table, ...]  # in reading order
    title: str  # from the file's properties, "" if none
    numbering: ET.Element | None = None  # the list definitions (word/numbering.xml), if any


class _Capped:
    """A read-only stream that refuses to give more than `limit` bytes in total."""

    def __init__(self, stream: IO[bytes], limits: Limits) -> None:
        self.stream, self.limits, self.total = stream, limits, 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size if size and size > 0 else 1 << 16)
        self.total += len(data)
        self.limits.unpacked(self.total)
        return data


def read_docx(path: Path, limits: Limits | None = None) -> DocxContent:
    """The body of a Word file; DocumentError naming the file on damage or an exceeded limit."""
    path = Path(path)
    limits = limits or Limits.from_settings(path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            targets = _package_targets(archive, limits)
            main = targets.get("officeDocument", "word/document.xml")
            styles = _styles(archive, "word/styles.xml", limits)
            title = _core_title(archive, targets.get("core-properties", ""), limits)
            numbering = _small_part(archive, "word/numbering.xml", limits)
            limits.unpacked(sum(_size(archive, name) for name in (main, "word/styles.xml")))
            with archive.open(main) as raw:
                items = tuple(_body(_Capped(raw, limits), styles, limits))
    except DocumentError:
        raise
    except KeyError as exc:
        raise DocumentError(f"{path.name}: cannot read this Word file (missing {exc})") from None
    except (
        zipfile.BadZipFile, zlib.error, ET.ParseError, EOFError, OSError, ValueError,
        NotImplementedError, RuntimeError, RecursionError,
    ) as exc:  # fmt: skip
        raise DocumentError(f"{path.name}: cannot read this Word file ({exc})") from None
    return DocxContent(items, title, numbering)


def _size(archive: zipfile.ZipFile, name: str) -> int:
    try:
        return archive.getinfo(name).file_size
    except KeyError:
        return 0


def _small_part(archive: zipfile.ZipFile, name: str, limits: Limits) -> ET.Element | None:
    """A small XML part (relationships, styles, properties), size-checked before inflating."""
    if not name or name not in archive.namelist():
        return None
    limits.unpacked(_size(archive, name))
    with archive.open(name) as raw:
        return ET.parse(_Capped(raw, limits)).getroot()


def _package_targets(archive: zipfile.ZipFile, limits: Limits) -> dict[str, str]:
    """{"officeDocument": "word/document.xml", "core-properties": ...} from `_rels/.rels`."""
    root = _small_part(archive, "_rels/.rels", limits)
    targets: dict[str, str] = {}
    for rel in root.iter(_RELS) if root is not None else ():
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        targets.setdefault(kind, rel.get("Target", "").lstrip("/"))
    return targets


_Styles = dict[str, tuple[str, tuple[str, int] | None]]


def _styles(archive: zipfile.ZipFile, name: str, limits: Limits) -> _Styles:
    """Style id -> (name as Word shows it, "heading 1" -> "Heading 1"; the list it numbers, if
    any), read once; "" maps to the default paragraph style."""
    from docx.styles import BabelFish  # python-docx's table of built-in names, no parsing

    root = _small_part(archive, name, limits)
    styles: _Styles = {}
    for style in root.iter(W + "style") if root is not None else ():
        label = style.find(W + "name")
        style_name = BabelFish.internal2ui(label.get(W + "val", "")) if label is not None else ""
        entry = (style_name, _numbering(style))
        styles[style.get(W + "styleId", "")] = entry
        if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true"):
            styles.setdefault("", entry)
    return styles


def _numbering(
    element: ET.Element, inherited: tuple[str, int] | None = None
) -> tuple[str, int] | None:
    """(list id, level) from the element's own numbering properties, else `inherited`."""
    num_pr = element.find(f"{W}pPr/{W}numPr")
    if num_pr is None:
        return inherited
    num_id, level = num_pr.find(W + "numId"), num_pr.find(W + "ilvl")
    value = level.get(W + "val", "0") if level is not None else "0"
    number = num_id.get(W + "val", "") if num_id is not None else ""
    return (number, int(value) if value.isdigit() else 0) if number else None


def _core_title(archive: zipfile.ZipFile, name: str, limits: Limits) -> str:
    root = _small_part(archive, name or "docProps/core.xml", limits)
    found = root.find(_DC_TITLE) if root is not None else None
    return (found.text or "").strip() if found is not None else ""


def _body(stream: _Capped, styles: _Styles, limits: Limits) -> Iterator[Paragraph | Table]:
    """Body-level paragraphs and tables (also those a content control wraps, as many forms
    do), each dropped from memory once read."""
    open_elements: list[ET.Element] = []
    count = 0
    for event, element in ET.iterparse(stream, events=("start", "end")):
        if event == "start":
            open_elements.append(element)
            continue
        open_elements.pop()
        if not _in_body([e.tag for e in open_elements]):
            continue
        if element.tag == W + "p":
            count += 1
            limits.paragraphs(count)
            yield _paragraph(element, styles)
        elif element.tag == W + "tbl":
            rows, shown = _table(element)
            count += len(rows)
            limits.paragraphs(count)
            yield Table(rows, shown)
        else:
            continue
        open_elements[-1].clear()


def _in_body(tags: list[str]) -> bool:
    """The open elements end at the body, or at content controls straight inside it."""
    while len(tags) >= 2 and tags[-2:] == [W + "sdt", W + "sdtContent"]:
        tags = tags[:-2]
    return bool(tags) and tags[-1] == W + "body"


def _paragraph(paragraph: ET.Element, styles: _Styles) -> Paragraph:
    found = paragraph.find(f"{W}pPr/{W}pStyle")
    style_id = found.get(W + "val", "") if found is not None else ""
    name, numbering = styles.get(style_id, (style_id, None))
    return Paragraph(_text(paragraph), name, _numbering(paragraph, numbering))


def _text(element: ET.Element) -> str:
    """A paragraph's text as Word shows it (tabs and line breaks kept), without text boxes."""
    parts: list[str] = []
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag in _SKIP:
            continue
        if child.tag in _TEXT_TAGS:
            parts.append(child.text or "" if child.tag == W + "t" else _TEXT_TAGS[child.tag] or "")
        else:
            stack.append(iter(child))
    return "".join(parts)


def _table(table: ET.Element) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """Rows of cell texts, one per grid column: a cell spanning columns (gridSpan) repeats, and
    a cell continuing a vertical merge repeats the one above, as python-docx gives them; and
    the rows as drawn, each cell once (a merged cell's continuation is drawn empty)."""
    rows: list[tuple[str, ...]] = []
    shown: list[tuple[str, ...]] = []
    above: list[str] = []
    for row in table.findall(W + "tr"):  # a nested table's rows are read in its outer cell
        cells: list[str] = []
        drawn: list[str] = []
        for cell in row.findall(W + "tc"):
            span = cell.find(f"{W}tcPr/{W}gridSpan")
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            text = "\n".join(_text(p) for p in cell.findall(W + "p"))
            drawn.append(text)
            if merge is not None and merge.get(W + "val", "continue") == "continue":
                column = len(cells)
                text = above[column] if column < len(above) else text
            width = int(span.get(W + "val", "1")) if span is not None else 1
            cells.extend([text] * max(1, min(width, _MAX_SPAN)))
        rows.append(tuple(cells))
        shown.append(tuple(drawn))
        above = cells
    return tuple(rows), tuple(shown)

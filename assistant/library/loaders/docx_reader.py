"""Read a Word (DOCX) file's body as a stream, within limits: paragraphs (with their style's
name) and tables, in reading order.

Why not python-docx: it inflates the whole `document.xml` into memory before reading a word (a
1 MB file that unpacks to 300 MB took 3.6 GB), and looks up each paragraph's style by walking
the style sheet (67 of 72 seconds on a 46 KB file with 45,000 paragraphs). Here the zip members'
declared sizes are checked before anything is inflated, the XML is parsed incrementally and each
finished paragraph is dropped, and the style names are read once into a dictionary.

Every part has its own budget and all together one total (`limits.open_part`), counted as the
bytes are inflated; the side parts (styles, lists, properties) are read as streams too, each
element dropped once its few useful values are taken, so a 150 MB style sheet costs neither
the memory nor the minutes of a parsed one.

Hidden text is left out: runs marked hidden (`w:vanish`, `w:specVanish`, `w:webHidden`) directly
or through their character or paragraph style. Word does not show or print them, so a claim
planted there must not become a passage the assistant quotes as fact.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from assistant.core.errors import DocumentError
from assistant.library.loaders.limits import Limits, PartStream, check_declared, open_part

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_TEXT_TAGS = {W + "t": None, W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n"}
_TEXT_TAGS[W + "noBreakHyphen"] = "-"
_MAX_SPAN = 64  # Word allows 63 columns; a hostile gridSpan must not multiply a cell
_SKIP = {W + "txbxContent", W + "del", W + "footnoteReference"}  # text boxes, deleted revisions
_HIDING = (W + "vanish", W + "specVanish", W + "webHidden")  # run properties that hide text
_OFF = {"0", "false", "off"}
_NUMBERING = "word/numbering.xml"


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


def read_docx(path: Path, limits: Limits | None = None) -> DocxContent:
    """The body of a Word file; DocumentError naming the file on damage or an exceeded limit."""
    path = Path(path)
    limits = limits or Limits.from_settings(path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            targets = _package_targets(archive, limits)
            main = targets.get("officeDocument", "word/document.xml")
            core = targets.get("core-properties", "") or "docProps/core.xml"
            check_declared(archive, [main, "word/styles.xml", core, _NUMBERING], limits)
            styles = _styles(archive, "word/styles.xml", limits)
            title = _core_title(archive, core, limits)
            numbering = _numbering_part(archive, _NUMBERING, limits)
            with open_part(archive, main, limits, body=True) as raw:
                items = tuple(_body(raw, styles, limits))
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


def _side_part(archive: zipfile.ZipFile, name: str, limits: Limits) -> Iterator[ET.Element]:
    """Each child of a side part's root, finished, within the part's budget; each is dropped
    once the caller moves on, so memory stays flat whatever the part's size."""
    if not name or name not in archive.namelist():
        return
    with open_part(archive, name, limits) as raw:
        depth, root = 0, None
        for event, element in ET.iterparse(raw, events=("start", "end")):
            if event == "start":
                depth += 1
                root = element if root is None else root
                continue
            depth -= 1
            if depth == 1 and root is not None:
                yield element
                root.clear()


def _package_targets(archive: zipfile.ZipFile, limits: Limits) -> dict[str, str]:
    """{"officeDocument": "word/document.xml", "core-properties": ...} from `_rels/.rels`."""
    targets: dict[str, str] = {}
    for rel in _side_part(archive, "_rels/.rels", limits):
        if rel.tag == _RELS:
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            targets.setdefault(kind, rel.get("Target", "").lstrip("/"))
    return targets


@dataclass(frozen=True)
class _Styles:
    """Style id -> (name as Word shows it, "heading 1" -> "Heading 1"; the list it numbers, if
    any); "" maps to the default paragraph style. `hidden`: the styles whose text Word hides."""

    by_id: dict[str, tuple[str, tuple[str, int] | None]] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()


def _styles(archive: zipfile.ZipFile, name: str, limits: Limits) -> _Styles:
    """The style sheet, read once as a stream."""
    from docx.styles import BabelFish  # python-docx's table of built-in names, no parsing

    by_id: dict[str, tuple[str, tuple[str, int] | None]] = {}
    hidden: set[str] = set()
    for style in _side_part(archive, name, limits):
        if style.tag != W + "style":
            continue
        label = style.find(W + "name")
        style_name = BabelFish.internal2ui(label.get(W + "val", "")) if label is not None else ""
        entry = (style_name, _numbering(style))
        style_id = style.get(W + "styleId", "")
        by_id[style_id] = entry
        if _hides(style.find(W + "rPr")):
            hidden.add(style_id)
        if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true"):
            by_id.setdefault("", entry)
            if style_id in hidden:
                hidden.add("")
    return _Styles(by_id, frozenset(hidden))


def _hides(properties: ET.Element | None) -> bool:
    """Whether run properties hide the text (`<w:vanish/>`, unless its value turns it off)."""
    if properties is None:
        return False
    found = (properties.find(tag) for tag in _HIDING)
    return any(f is not None and f.get(W + "val", "1").lower() not in _OFF for f in found)


def _numbering_part(archive: zipfile.ZipFile, name: str, limits: Limits) -> ET.Element | None:
    """The list definitions: only the `abstractNum` and `num` elements are kept."""
    if name not in archive.namelist():
        return None
    kept = ET.Element(W + "numbering")
    for element in _side_part(archive, name, limits):
        if element.tag in (W + "abstractNum", W + "num"):
            kept.append(element)
    return kept


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
    for element in _side_part(archive, name, limits):
        if element.tag == _DC_TITLE:
            return (element.text or "").strip()
    return ""


def _body(stream: PartStream, styles: _Styles, limits: Limits) -> Iterator[Paragraph | Table]:
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
            rows, shown = _table(element, styles)
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
    name, numbering = styles.by_id.get(style_id, (style_id, None))
    return Paragraph(_text(paragraph, styles), name, _numbering(paragraph, numbering))


def _text(element: ET.Element, styles: _Styles) -> str:
    """A paragraph's text as Word shows it (tabs and line breaks kept), without text boxes or
    hidden runs."""
    found = element.find(f"{W}pPr/{W}pStyle")
    style_hidden = (found.get(W + "val", "") if found is not None else "") in styles.hidden
    parts: list[str] = []
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag in _SKIP or (
            child.tag == W + "r" and _run_hidden(child, styles, style_hidden)
        ):
            continue
        if child.tag in _TEXT_TAGS:
            parts.append(child.text or "" if child.tag == W + "t" else _TEXT_TAGS[child.tag] or "")
        else:
            stack.append(iter(child))
    return "".join(parts)


def _run_hidden(run: ET.Element, styles: _Styles, paragraph_hidden: bool) -> bool:
    """A run is hidden by its own properties, else by its character style, else its paragraph's
    style (a run's own `<w:vanish w:val="0"/>` shows it again)."""
    properties = run.find(W + "rPr")
    if properties is not None:
        own = [f for f in (properties.find(tag) for tag in _HIDING) if f is not None]
        if own:
            return _hides(properties)
        style = properties.find(W + "rStyle")
        if style is not None and style.get(W + "val", "") in styles.hidden:
            return True
    return paragraph_hidden


def _table(
    table: ET.Element, styles: _Styles
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
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
            text = "\n".join(_text(p, styles) for p in cell.findall(W + "p"))
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

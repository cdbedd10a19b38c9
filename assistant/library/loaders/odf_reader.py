"""OpenDocument text (.odt, LibreOffice's own format) read within bounds, in reading order.

Many small charities write and receive consultation response forms in LibreOffice. The file is
a zip like DOCX, so the same bounds apply and are checked BEFORE anything is parsed: the total
unpacked size of the zip's members (`max_unpacked_mb`, from their headers, and counted again
while `content.xml` is read), a document type declaration (which ODF never needs, and which is
how an XML file expands itself) refused outright, and the paragraph count (`max_paragraphs`).
Parsing is odfdo's (lxml underneath). Headings, paragraphs, list items (marked "• ") and table
rows come out in the order the document shows them; ingest (`odt.py`) and consultation reading
both start here.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import DocumentError
from assistant.library.loaders.base import clean
from assistant.library.loaders.limits import Limits

CONTENT = "content.xml"
_DECLARATION_WINDOW = 4096  # bytes of content.xml searched for a <!DOCTYPE or <!ENTITY


@dataclass(frozen=True)
class OdtItem:
    """A heading ("h"), paragraph ("p"), list item ("li") or table row ("row", cells)."""

    kind: str
    text: str = ""
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class OdtContent:
    title: str
    items: tuple[OdtItem, ...]


def _checked_zip(path: Path, limits: Limits) -> bytes:
    """content.xml's bytes, after the zip's declared and actual sizes are within bounds."""
    try:
        with zipfile.ZipFile(path) as archive:
            limits.unpacked(sum(member.file_size for member in archive.infolist()))
            budget = limits.max_unpacked_mb * 2**20
            with archive.open(CONTENT) as stream:
                data = stream.read(budget + 1)  # a lying header cannot make this read more
            limits.unpacked(len(data))
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise DocumentError(f"{path.name}: not a readable OpenDocument text file ({exc})") from None
    head = data[:_DECLARATION_WINDOW].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise DocumentError(f"{path.name}: declares its own XML entities; refused as unsafe")
    return data


def read_odt(path: Path, limits: Limits | None = None) -> OdtContent:
    """The document's headings, paragraphs, list items and table rows in reading order."""
    path = Path(path)
    limits = limits or Limits.from_settings(path.name)
    limits.file_size(path.stat().st_size)
    _checked_zip(path, limits)
    from odfdo import Document

    try:
        document = Document(str(path))
        body = document.body
    except Exception as exc:  # odfdo and lxml raise many kinds for a broken file
        raise DocumentError(f"{path.name}: not a readable OpenDocument text file ({exc})") from None
    items: list[OdtItem] = []
    _walk(body, items, limits)
    title = ""
    try:
        title = clean(document.meta.get_title() or "")
    except Exception:  # no meta.xml: the first heading will do
        title = ""
    return OdtContent(title, tuple(items))


def _text(element: object) -> str:
    return clean(str(element).replace("\n", " "))


def _walk(element: object, items: list[OdtItem], limits: Limits) -> None:
    for child in getattr(element, "children", ()):
        tag = getattr(child, "tag", "")
        if tag == "text:h":
            _add(items, OdtItem("h", _text(child)), limits)
        elif tag == "text:p":
            _add(items, OdtItem("p", _text(child)), limits)
        elif tag == "text:list":
            for entry in child.children:
                for part in getattr(entry, "children", ()):
                    if getattr(part, "tag", "") == "text:list":
                        _walk_list(part, items, limits)
                    else:
                        _add(items, OdtItem("li", _text(part)), limits)
        elif tag == "table:table":
            for row in child.get_rows():
                cells = tuple(clean(str(v or "")) for v in row.get_values())
                _add(items, OdtItem("row", cells=cells), limits)
        elif tag in ("text:section", "text:soft-page-break", "office:forms"):
            _walk(child, items, limits)


def _walk_list(element: object, items: list[OdtItem], limits: Limits) -> None:
    wrapper = type("Wrapper", (), {"children": [element]})()
    _walk(wrapper, items, limits)


def _add(items: list[OdtItem], item: OdtItem, limits: Limits) -> None:
    if item.text or any(item.cells):
        items.append(item)
        limits.paragraphs(len(items))

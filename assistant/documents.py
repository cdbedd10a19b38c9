"""Loaders: turn a file (Markdown, text, HTML, PDF, DOCX) into a `Document` of structural blocks.

Each loader keeps headings as section names and paragraphs as numbered blocks with character
offsets into the document text, so a chunk can later be cited by section and paragraph.
Uploaded files are data: nothing in them is ever executed or obeyed.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import DocumentError
from assistant.schema import PROVENANCE_FIELDS, Block, Document

SUPPORTED_SUFFIXES: tuple[str, ...] = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")
MAX_FILE_BYTES = 50 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


class _Builder:
    """Accumulates headings and paragraphs into document text with exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.section = ""

    def _append(self, piece: str) -> int:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start

    def heading(self, text: str) -> None:
        text = _clean(text)
        if text:
            self._append(text)
            self.section = text

    def paragraph(self, text: str) -> None:
        text = _clean(text)
        if text:
            start = self._append(text)
            self.blocks.append(
                Block(text, self.section, len(self.blocks) + 1, start, start + len(text))
            )

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _clean(text: str) -> str:
    """Collapse runs of whitespace inside a paragraph (PDF and HTML line breaks)."""
    return re.sub(r"\s+", " ", text).strip()


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60] or "document"


def default_doc_id(path: Path) -> str:
    """Readable and unique: the file name plus a short hash of where it lives."""
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:6]
    return f"{slugify(path.stem)}-{digest}"


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path.name}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from None


def _markdown(path: Path) -> tuple[str, list[Block], dict[str, str]]:
    raw = _read_text(path).replace("\r\n", "\n")
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(raw)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            detail = " ".join(str(exc).split())  # one line: YAML messages span several
            raise DocumentError(f"{path.name}: front matter is not valid YAML ({detail})") from None
        if not isinstance(loaded, dict):
            raise DocumentError(f"{path.name}: front matter must be a mapping of fields")
        meta = {str(k): _meta_value(v) for k, v in loaded.items()}
        raw = raw[match.end() :]
    builder = _Builder()
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            builder.paragraph(" ".join(paragraph))
            paragraph.clear()

    for line in raw.split("\n"):
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            builder.heading(heading.group(2))
            if heading.group(1) == "#" and "title" not in meta:
                meta["title"] = _clean(heading.group(2))
        elif not line.strip():
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            paragraph.append(line.strip())
        else:
            paragraph.append(line.strip())
    flush()
    return builder.text, builder.blocks, meta


def _meta_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


def _looks_like_heading(para: str) -> bool:
    words = para.split()
    return (
        0 < len(words) <= 12
        and "\n" not in para
        and not para.rstrip().endswith((".", "!", "?", ":", ";", ","))
    )


def _plain_paragraphs(builder: _Builder, text: str) -> None:
    for para in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        stripped = para.strip()
        if _looks_like_heading(stripped):
            builder.heading(stripped)
        else:
            builder.paragraph(stripped)


def _text(path: Path) -> tuple[str, list[Block], dict[str, str]]:
    builder = _Builder()
    _plain_paragraphs(builder, _read_text(path))
    first = next(iter(builder.blocks), None)
    title = builder.section if not first else (first.section or "")
    return builder.text, builder.blocks, {"title": title} if title else {}


_HTML_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that start a new paragraph; every other tag (<a>, <b>, <span>, <ul>...) is inline.
_HTML_BLOCKS = _HTML_HEADINGS | {
    "p", "li", "blockquote", "pre", "td", "th", "dd", "dt", "div", "section", "article",
    "main", "aside", "header", "figcaption", "caption", "address", "details", "summary",
}  # fmt: skip


def _html_blocks(root: Any, builder: _Builder) -> None:
    """Walk the page in reading order: text between block elements is a paragraph of its own,
    so words straight inside a <div> or before a nested list are kept, once, in order."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    run: list[str] = []

    def flush() -> None:
        builder.paragraph("".join(run))
        run.clear()

    def visit(node: Any) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):  # comments, doctype, CDATA
                continue
            if isinstance(child, NavigableString):
                run.append(str(child))
            elif isinstance(child, Tag) and child.name in {"head", "title"}:
                continue
            elif isinstance(child, Tag) and child.name in _HTML_HEADINGS:
                flush()
                builder.heading(child.get_text())
            elif isinstance(child, Tag) and child.name in _HTML_BLOCKS:
                flush()
                visit(child)
                flush()
            elif isinstance(child, Tag):
                visit(child)

    visit(root)
    flush()


def _html(path: Path) -> tuple[str, list[Block], dict[str, str]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_read_text(path), "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "footer", "iframe"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    builder = _Builder()
    try:
        _html_blocks(soup, builder)
    except RecursionError:
        raise DocumentError(f"{path.name}: the page is nested too deeply to read") from None
    meta: dict[str, str] = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = _clean(soup.title.get_text())
    elif (h1 := soup.find("h1")) is not None:
        meta["title"] = _clean(h1.get_text(" "))
    return builder.text, builder.blocks, meta


def _pdf(path: Path) -> tuple[str, list[Block], dict[str, str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs every repair it attempts; the one-line error below is what the user needs.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{path.name}: the PDF is encrypted; save an unlocked copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"{path.name}: cannot read this PDF ({exc})") from None
    except Exception as exc:  # pypdf raises many internal types on hostile files
        if "crypt" in str(exc).lower() or "password" in str(exc).lower():
            raise DocumentError(
                f"{path.name}: the PDF is encrypted; save an unlocked copy"
            ) from None
        raise DocumentError(f"{path.name}: cannot read this PDF ({exc})") from None
    builder = _Builder()
    for number, page_text in enumerate(pages, start=1):
        builder.section = f"Page {number}"
        _plain_paragraphs(builder, page_text)
    if not builder.blocks:
        raise DocumentError(
            f"{path.name}: no text layer found (a scanned PDF?); add a text version instead"
        )
    meta = {}
    if info and info.title:
        meta["title"] = _clean(str(info.title))
    return builder.text, builder.blocks, meta


def _docx(path: Path) -> tuple[str, list[Block], dict[str, str]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"{path.name}: cannot read this Word file ({exc})") from None
    except Exception as exc:  # zip and XML errors from damaged files
        raise DocumentError(f"{path.name}: cannot read this Word file ({exc})") from None
    builder = _Builder()
    meta: dict[str, str] = {}
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        if style == "Title" and para.text.strip():
            meta.setdefault("title", _clean(para.text))
            builder.heading(para.text)
        elif style.startswith("Heading"):
            builder.heading(para.text)
        else:
            builder.paragraph(para.text)
    for table in document.tables:
        for row in table.rows:
            builder.paragraph(" | ".join(cell.text.strip() for cell in row.cells))
    title = document.core_properties.title
    if title and "title" not in meta:
        meta["title"] = _clean(title)
    return builder.text, builder.blocks, meta


_LOADERS: dict[str, Callable[[Path], tuple[str, list[Block], dict[str, str]]]] = {
    ".md": _markdown,
    ".markdown": _markdown,
    ".txt": _text,
    ".html": _html,
    ".htm": _html,
    ".pdf": _pdf,
    ".docx": _docx,
}


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in _LOADERS


def load_document(path: Path, overrides: dict[str, str] | None = None) -> Document:
    """Load one file. Raises DocumentError with the file's name on anything unreadable."""
    path = Path(path)
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        raise DocumentError(
            f"{path.name}: unsupported file type '{path.suffix or '(none)'}'; "
            f"use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if path.stat().st_size > MAX_FILE_BYTES:
        raise DocumentError(
            f"{path.name}: larger than {MAX_FILE_BYTES // 2**20} MB; split it first"
        )
    text, blocks, meta = loader(path)
    if not blocks:
        raise DocumentError(f"{path.name}: no text found in this file")
    meta.update({k: v for k, v in (overrides or {}).items() if v})
    provenance = {name: meta.get(name, "") for name in PROVENANCE_FIELDS}
    provenance["title"] = provenance["title"] or path.stem.replace("_", " ").replace("-", " ")
    provenance["kind"] = provenance["kind"] or "user upload"
    provenance["source"] = provenance["source"] or path.name
    doc_id = slugify(meta["id"]) if meta.get("id") else default_doc_id(path)
    return Document(doc_id, text, tuple(blocks), provenance, str(path.resolve()))


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Expand folders into files. Returns (supported files, skipped files); hidden files ignored."""
    found: list[Path] = []
    skipped: list[Path] = []
    for root in paths:
        root = Path(root)
        if not root.exists():
            raise DocumentError(f"{root}: no such file or folder")
        candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        # Hidden names below the folder asked for are skipped; the folder's own name ("..", ".",
        # or a hidden folder named on purpose) is not held against its files.
        base = root.parent if root.is_file() else root
        for path in candidates:
            if any(part.startswith(".") for part in path.relative_to(base).parts):
                continue
            if path.name.lower() == "readme.md" and root.is_dir():
                continue
            (found if is_supported(path) else skipped).append(path)
    return found, skipped

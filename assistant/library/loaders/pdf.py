"""PDF files via pypdf: every paragraph keeps the page it is on (for "p. 14" citations), and its
section is the nearest heading above it, across page breaks. Encrypted and damaged files named."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.core.errors import DocumentError
from assistant.library.loaders.base import Builder, Loaded, clean, plain_paragraphs
from assistant.library.loaders.limits import Limits

_NO_TEXT = "{name}: no text layer found (a scanned PDF?); add a text version instead"


def load_pdf(path: Path, limits: Limits | None = None) -> Loaded:
    pages, title = read_pdf(path, limits)
    builder = Builder(limits)
    for number, page_text in enumerate(pages, start=1):
        builder.page = number
        plain_paragraphs(builder, page_text)
    if not builder.blocks:
        raise DocumentError(_NO_TEXT.format(name=path.name))
    return builder.text, builder.blocks, {"title": title} if title else {}


def read_pdf(path: Path, limits: Limits | None = None) -> tuple[list[str], str]:
    """(each page's text, the title in the file's properties or ""), within `limits`.

    The one place a PDF is opened: search passages (`load_pdf`) and a consultation's lines
    (`consultation.pdf_reading`) both start from these page texts.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs every repair it attempts; the one-line error below is what the user needs.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{path.name}: the PDF is encrypted; save an unlocked copy")
        if limits is not None:
            limits.pages(len(reader.pages))
        pages = []
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            if limits is not None:
                limits.clock()
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
    if not any(page.strip() for page in pages):
        raise DocumentError(_NO_TEXT.format(name=path.name))
    return pages, clean(str(info.title)) if info and info.title else ""

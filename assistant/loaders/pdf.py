"""PDF files via pypdf: every paragraph keeps the page it is on (for "p. 14" citations), and its
section is the nearest heading above it, across page breaks. Encrypted and damaged files named."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.errors import DocumentError
from assistant.loaders.base import Builder, Loaded, clean, plain_paragraphs
from assistant.loaders.limits import Limits


def load_pdf(path: Path, limits: Limits | None = None) -> Loaded:
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
    builder = Builder(limits)
    for number, page_text in enumerate(pages, start=1):
        builder.page = number
        plain_paragraphs(builder, page_text)
    if not builder.blocks:
        raise DocumentError(
            f"{path.name}: no text layer found (a scanned PDF?); add a text version instead"
        )
    meta = {}
    if info and info.title:
        meta["title"] = clean(str(info.title))
    return builder.text, builder.blocks, meta

"""Word (DOCX) files via python-docx: Title and Heading styles become sections."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import DocumentError
from assistant.loaders.base import Builder, Loaded, clean


def load_docx(path: Path) -> Loaded:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"{path.name}: cannot read this Word file ({exc})") from None
    except Exception as exc:  # zip and XML errors from damaged files
        raise DocumentError(f"{path.name}: cannot read this Word file ({exc})") from None
    builder = Builder()
    meta: dict[str, str] = {}
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        if style == "Title" and para.text.strip():
            meta.setdefault("title", clean(para.text))
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
        meta["title"] = clean(title)
    return builder.text, builder.blocks, meta

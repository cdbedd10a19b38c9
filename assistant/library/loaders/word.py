"""Word (DOCX) files: Title and Heading styles become sections; tables follow as rows.

Read by the bounded streaming reader in `docx_reader` (see there for why not python-docx).
"""

from __future__ import annotations

from pathlib import Path

from assistant.library.loaders.base import Builder, Loaded, clean
from assistant.library.loaders.docx_reader import Paragraph, Table, read_docx
from assistant.library.loaders.limits import Limits


def load_docx(path: Path, limits: Limits | None = None) -> Loaded:
    content = read_docx(path, limits)
    builder = Builder()
    meta: dict[str, str] = {}
    tables: list[Table] = []
    for item in content.items:
        if isinstance(item, Table):
            tables.append(item)
            continue
        assert isinstance(item, Paragraph)
        style = item.style.lower()
        if style == "title" and item.text.strip():
            meta.setdefault("title", clean(item.text))
            builder.heading(item.text)
        elif style.startswith("heading"):
            builder.heading(item.text)
        else:
            builder.paragraph(item.text)
    for table in tables:  # after the paragraphs, as before: passages keep their numbering
        for row in table.rows:
            builder.paragraph(" | ".join(cell.strip() for cell in row))
    if content.title and "title" not in meta:
        meta["title"] = clean(content.title)
    return builder.text, builder.blocks, meta

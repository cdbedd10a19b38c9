"""OpenDocument text (.odt) for the library: headings become sections, list items and table
rows paragraphs, in reading order (read within bounds by `odf_reader`)."""

from __future__ import annotations

from pathlib import Path

from assistant.library.loaders.base import Builder, Loaded
from assistant.library.loaders.limits import Limits
from assistant.library.loaders.odf_reader import read_odt


def load_odt(path: Path, limits: Limits | None = None) -> Loaded:
    content = read_odt(path, limits)
    builder = Builder()
    for item in content.items:
        if item.kind == "h":
            builder.heading(item.text)
        elif item.kind == "row":
            builder.paragraph(" | ".join(cell for cell in item.cells))
        else:
            builder.paragraph(item.text)
    return builder.text, builder.blocks, {"title": content.title} if content.title else {}

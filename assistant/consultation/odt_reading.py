"""An OpenDocument text file (.odt) as headings and paragraphs in reading order, for finding
its questions: list items keep a "• " mark (read as choices under a question, or as the asks of
a call for evidence) and each table row is one paragraph, as for Word (`word_reading`). Read
within the same bounds as ingest, by the shared `loaders.odf_reader`."""

from __future__ import annotations

from pathlib import Path

from assistant.consultation.word_reading import row_text
from assistant.library.loaders.limits import Limits
from assistant.library.loaders.odf_reader import read_odt


def odt_units(path: Path, limits: Limits | None = None) -> tuple[str, list[tuple[str, bool]]]:
    """(title, [(text, is heading)]) in the order the document shows them."""
    content = read_odt(path, limits)
    units: list[tuple[str, bool]] = []
    for item in content.items:
        if item.kind == "row":
            if text := row_text(item.cells):
                units.append((text, False))
        elif item.kind == "li":
            units.append((f"• {item.text}", False))
        else:
            units.append((item.text, item.kind == "h"))
    return content.title, units

"""Rich Text Format (.rtf): parliamentary committees ask for evidence "in Word or rich text
format", and older response forms are still sent as RTF.

striprtf turns the control words into plain text; the file size is bounded before reading
(`max_file_mb`, checked by `documents.open_limits`) and the paragraphs after. RTF marks each
paragraph's end (\\par), so every line is a paragraph; short lines read as headings as in
plain text.
"""

from __future__ import annotations

from pathlib import Path

from assistant.core.errors import DocumentError
from assistant.library.loaders.base import Builder, Loaded, plain_paragraphs
from assistant.library.loaders.limits import Limits


def read_rtf(path: Path, limits: Limits | None = None) -> str:
    """The document's text, lines kept; DocumentError if it is not RTF."""
    path = Path(path)
    limits = limits or Limits.from_settings(path.name)
    limits.file_size(path.stat().st_size)
    raw = path.read_bytes()
    if not raw.lstrip().startswith(b"{\\rtf"):
        raise DocumentError(
            f"{path.name}: not a Rich Text Format file (it does not start with {{\\rtf)"
        )
    from striprtf.striprtf import rtf_to_text

    text = rtf_to_text(raw.decode("latin-1"), errors="ignore")
    limits.paragraphs(text.count("\n"))
    limits.clock()
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_rtf(path: Path, limits: Limits | None = None) -> Loaded:
    builder = Builder(limits)
    text = read_rtf(path, limits)  # each RTF paragraph mark (\\par) ends a line
    plain_paragraphs(builder, "\n\n".join(line for line in text.split("\n") if line.strip()))
    first = next(iter(builder.blocks), None)
    title = builder.section if not first else (first.section or "")
    return builder.text, builder.blocks, {"title": title} if title else {}

"""One loader per file format; each returns (text, blocks, metadata) with exact offsets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.library.loaders.base import Loaded
from assistant.library.loaders.html import load_html
from assistant.library.loaders.limits import Limits
from assistant.library.loaders.markdown import load_markdown, load_text
from assistant.library.loaders.odt import load_odt
from assistant.library.loaders.pdf import load_pdf
from assistant.library.loaders.rtf import load_rtf
from assistant.library.loaders.word import load_docx

# Each takes the file and the limits to read it within (None: the settings' limits).
LOADERS: dict[str, Callable[[Path, Limits | None], Loaded]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".odt": load_odt,
    ".rtf": load_rtf,
}

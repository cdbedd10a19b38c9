"""A `Page` as a Word document with real headings, lists and tables, so screen readers see
them as such: the built-in Title, Heading, List Bullet and List Number styles. An answer's own
text (a `written` block) and the paragraph and numbering helpers are `assistant.rendering.word`.

python-docx is imported only when a Word file is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.errors import InputError
from assistant.export.files import writable
from assistant.export.page import Block, Page, plain_text
from assistant.rendering.word import add_paragraph, add_written, fresh_numbering

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

_WORD_MAX = 255  # characters in a core property such as the title


def to_docx(page: Page, path: Path) -> Path:
    """Write the page; parent folders are created."""
    from docx import Document

    path = writable(path)
    document = Document()
    props = document.core_properties
    props.title, props.subject = page.title[:_WORD_MAX], page.subject[:_WORD_MAX]
    props.author, props.comments = page.author, ""
    document.add_heading(page.title, level=0)
    if page.marking:
        for section in document.sections:
            section.header.paragraphs[0].text = page.marking
        add_paragraph(document, f"**{page.marking}**")
    num_id, previous = 0, ""
    for block in page.blocks:
        if block.kind == "number":
            num_id = num_id if previous == "number" else fresh_numbering(document)
        _add(document, block, num_id)
        previous = block.kind
    try:
        document.save(str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    return path


def _add(document: WordDocument, block: Block, num_id: int) -> None:
    if block.kind == "written" and block.written is not None:
        add_written(document, block.written, block.level)
    elif block.kind == "heading":
        document.add_heading(plain_text(block.text), level=min(block.level, 9))
    elif block.kind == "raw":
        document.add_paragraph(block.text)
    elif block.kind == "table":
        table = document.add_table(rows=len(block.rows), cols=2)
        table.style = "Table Grid"
        for row, (label, value) in zip(table.rows, block.rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
            row.cells[0].paragraphs[0].runs[0].bold = True
    elif block.kind == "number":
        add_paragraph(document, block.text, "List Number", num_id)
    else:
        add_paragraph(document, block.text, "List Bullet" if block.kind == "bullet" else None)

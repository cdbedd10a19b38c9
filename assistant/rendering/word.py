"""A written text in a Word document: real headings and lists (the built-in Heading, List
Bullet and List Number styles), so screen readers see them as such, and **bold** and *italic*
as real runs. The export's `Page` writer uses the same two helpers for its own blocks.

python-docx is imported only by the caller that makes the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core.written_text import Form, WrittenText
from assistant.rendering.inline import EMPHASIS, plain_text, without_links
from assistant.rendering.views import document_level

if TYPE_CHECKING:
    from docx.document import Document as WordDocument


def add_written(document: WordDocument, written: WrittenText, shift: int = 0) -> None:
    """Add the text, its headings under the document's own (`shift` levels further down)."""
    num_id, previous = 0, None
    for section in written.sections:
        if section.form == Form.HEADING:
            level = min(document_level(section, shift), 9)
            document.add_heading(plain_text(section.text), level=level)
        elif section.form == Form.NUMBER:
            num_id = num_id if previous == Form.NUMBER else fresh_numbering(document)
            add_paragraph(document, section.text, "List Number", num_id)
        elif section.form == Form.BULLET:
            add_paragraph(document, section.text, "List Bullet")
        else:
            add_paragraph(document, section.text)
        previous = section.form


def fresh_numbering(document: WordDocument) -> int:
    """A new numbering instance of the List Number style, restarting at 1.

    Word otherwise continues one count across every List Number paragraph in the file, so the
    checks list would start at 4 after a three-point draft list.
    """
    numbering = document.part.numbering_part.element
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    num = numbering.add_num(numbering.num_having_numId(style_num).abstractNumId.val)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return int(num.numId)


def add_paragraph(
    document: WordDocument, text: str, style: str | None = None, num_id: int = 0
) -> None:
    """A paragraph whose **bold** and *italic* Markdown become real bold and italic runs."""
    paragraph = document.add_paragraph(style=style)
    text, position = without_links(text), 0
    for match in EMPHASIS.finditer(text):
        paragraph.add_run(text[position : match.start()])
        run = paragraph.add_run(match["b"] or match["u"] or match["i"])
        run.bold, run.italic = bool(match["b"] or match["u"]) or None, bool(match["i"]) or None
        position = match.end()
    paragraph.add_run(text[position:])
    if num_id:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id

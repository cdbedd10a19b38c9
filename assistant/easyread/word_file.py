"""The Easy Read version as a Word file laid out as Easy Read guidance asks: a clear sans-serif
font at 16 pt (never under 14), generous spacing, one point a line, left-aligned, and a marked
space beside each point for a picture.

No symbol set is bundled: none with an open licence ships in a package this project can install,
so each point gets an empty, labelled cell where the organisation adds its own picture. The
label at the top says it is a draft to check with people who use Easy Read; the table at the
end links every sentence to the response sentence it came from, for whoever checks it.
python-docx is imported only here, when a file is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.errors import InputError
from assistant.easyread.model import DRAFT_LABEL, EasyRead, EasySentence
from assistant.export.files import writable

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import _Cell

FONT = "Arial"
BODY_PT = 16
SMALLEST_PT = 14  # the links table, for the checker; still Easy Read size
PICTURE = "Space for a picture"
WORDS_TO_KNOW = "Words to know"
LINKS = "Where each sentence comes from"
LINKS_INTRO = (
    "For the person who checks this. Each Easy Read sentence comes from one sentence of the "
    "response. Check that it says the same thing."
)


CHANGED_WORDS = "Words the word lists changed (check each one)"


def easy_read_docx(easy: EasyRead, path: Path) -> Path:
    """Write the Word file; parent folders are created."""
    from docx import Document

    path = writable(path)
    document = Document()
    _styles(document)
    document.core_properties.title = easy.title[:255]
    document.add_heading(easy.title, level=0)
    label = document.add_paragraph()
    label.add_run(DRAFT_LABEL).bold = True
    for notice in easy.notices:
        document.add_paragraph(notice)
    for section in easy.sections:
        if section.heading:
            document.add_heading(section.heading, level=1)
        _points(document, section.sentences)
    if easy.hard_words:
        document.add_heading(WORDS_TO_KNOW, level=1)
        for hard in easy.hard_words:
            paragraph = document.add_paragraph()
            paragraph.add_run(hard.word).bold = True
            paragraph.add_run(f" means {hard.meaning}.")
    _links(document, easy)
    if easy.changed:  # for the people who check it: the meaning check cannot see these
        document.add_heading(CHANGED_WORDS, level=1)
        for swap in easy.changed:
            document.add_paragraph(f"{swap.word}: written as {swap.meaning}", style="List Bullet")
    try:
        document.save(str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    return path


def _styles(document: WordDocument) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY_PT)
    form = normal.paragraph_format
    form.alignment = WD_ALIGN_PARAGRAPH.LEFT
    form.line_spacing, form.space_after = 1.5, Pt(12)
    for name, size in (("Title", 28), ("Heading 1", 22)):
        style = document.styles[name]
        style.font.name, style.font.size = FONT, Pt(size)


def _points(document: WordDocument, sentences: tuple[EasySentence, ...]) -> None:
    """One row a point: the picture space on the left, the sentence on the right."""
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=2)
    table.autofit = False
    for sentence in sentences:
        row = table.add_row()
        picture, text = row.cells
        picture.width, text.width = Cm(4), Cm(12)
        _text(picture, f"[{PICTURE}]", italic=True)
        _text(text, sentence.text)


def _text(cell: _Cell, text: str, italic: bool = False, size: int = BODY_PT) -> None:
    from docx.shared import Pt

    run = cell.paragraphs[0].add_run(text)
    run.italic = italic or None
    run.font.size = Pt(size)


def _links(document: WordDocument, easy: EasyRead) -> None:
    document.add_heading(LINKS, level=1)
    document.add_paragraph(LINKS_INTRO)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    names = ("Easy Read sentence", "From", "Response sentence", "To check")
    for cell, name in zip(table.rows[0].cells, names, strict=True):
        _text(cell, name, size=SMALLEST_PT)
        cell.paragraphs[0].runs[0].bold = True
    _header_row(table.rows[0])
    for sentence in easy.sentences:
        cells = table.add_row().cells
        made = "rewritten by the model" if sentence.by == "model" else "by the rules"
        values = (
            sentence.text,
            f"Sentence {sentence.source.index} ({made})",
            sentence.source.text,
            " ".join(sentence.to_check) or _verdict(sentence),
        )
        for cell, value in zip(cells, values, strict=True):
            _text(cell, value, size=SMALLEST_PT)


def _header_row(row: object) -> None:
    """Mark the first row as the table's header, so screen readers announce the columns."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)  # type: ignore[attr-defined]  # python-docx private


def _verdict(sentence: EasySentence) -> str:
    if sentence.faithful is None:
        return "Not checked for meaning."
    return "Nothing found."

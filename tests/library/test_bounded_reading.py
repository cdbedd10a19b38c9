"""Bounded reading: a small hostile Word file is refused by name and limit, never inflated whole.

Hostile case 2: a 1.1 MB DOCX whose document.xml unpacked to 300 MB ran for 7 minutes and 3.6 GB;
a 46 KB DOCX with 45,000 paragraphs took 100 s. The files here are built in a temp folder.
"""

from __future__ import annotations

import tracemalloc
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from tests.support.helpers import make_settings

from assistant.consultation.reading import read_consultation
from assistant.core.errors import DocumentError
from assistant.library.documents import load_document
from assistant.library.loaders.docx_reader import Paragraph, Table, read_docx
from assistant.library.loaders.limits import Limits

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RELS = (
    '<?xml version="1.0"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


def raw_docx(path: Path, paragraphs: list[str] | None = None, filler: int = 0) -> Path:
    """A minimal Word file written by hand: `paragraphs`, then `filler` bytes of one long run."""
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs or [])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(f'<?xml version="1.0"?><w:document {NS}><w:body>{body}'.encode())
            if filler:
                out.write(b"<w:p><w:r><w:t>")
                chunk = b"a" * (1 << 20)
                for _ in range(filler // len(chunk)):
                    out.write(chunk)
                out.write(b"</w:t></w:r></w:p>")
            out.write(b"</w:body></w:document>")
    return path


def test_a_word_file_that_unpacks_too_far_is_refused_naming_the_limit(tmp_path: Path) -> None:
    bomb = raw_docx(tmp_path / "bomb.docx", ["Hello."], filler=40 << 20)
    assert bomb.stat().st_size < 200_000  # small on disk, 40 MB unpacked
    settings = make_settings(tmp_path / "data", max_unpacked_mb=8)
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as caught:
            load_document(bomb, settings=settings)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert message.startswith("bomb.docx: ") and "ASSISTANT_MAX_UNPACKED_MB" in message
    assert "8 MB" in message
    assert peak < 30 << 20, f"peak {peak / 2**20:.0f} MB: the XML was inflated, not streamed"


def test_too_many_paragraphs_is_refused_naming_the_limit(tmp_path: Path) -> None:
    many = raw_docx(tmp_path / "many.docx", [""] * 3_000)  # empty paragraphs count too
    settings = make_settings(tmp_path / "data", max_paragraphs=2_000)
    with pytest.raises(DocumentError, match=r"many\.docx: more than 2000 paragraphs"):
        load_document(many, settings=settings)


def five_page_pdf(path: Path) -> Path:
    """A PDF with one question on each of its five pages."""
    from fpdf import FPDF

    pdf = FPDF()
    for number in range(1, 6):
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.cell(text=f"Question {number}: Do you agree with proposal {number}?")
    pdf.output(str(path))
    return path


def test_the_page_limit_holds_for_pdfs(tmp_path: Path) -> None:
    path = five_page_pdf(tmp_path / "long.pdf")
    settings = make_settings(tmp_path / "data", max_pages=3)
    with pytest.raises(DocumentError, match=r"long\.pdf: more than 3 pages"):
        load_document(path, settings=settings)


def test_the_time_limit_is_checked_while_reading(tmp_path: Path) -> None:
    path = raw_docx(tmp_path / "slow.docx", [f"Paragraph {n}." for n in range(2_000)])
    limits = Limits.from_settings("slow.docx", make_settings(tmp_path / "data"))
    expired = replace(limits, seconds=1.0, started=0.0)  # started long ago
    with pytest.raises(DocumentError, match=r"slow\.docx: took more than 1 seconds"):
        read_docx(path, expired)


def test_the_streamed_reader_agrees_with_python_docx(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Consultation on buses", level=0)
    word.add_paragraph("Intro with a\ttab and a line").add_run().add_break()
    word.add_heading("Part 1", level=1)
    word.add_paragraph("Question 1: Do you agree?")
    table = word.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Merged"
    table.cell(0, 2).text = "Right"
    table.cell(1, 0).text = "Down"
    path = tmp_path / "buses.docx"
    word.save(str(path))

    content = read_docx(path)
    again = docx.Document(str(path))
    paragraphs = [i for i in content.items if isinstance(i, Paragraph)]
    assert [(p.text, p.style) for p in paragraphs] == [
        (p.text, p.style.name) for p in again.paragraphs
    ]
    (read_table,) = [i for i in content.items if isinstance(i, Table)]
    assert read_table.rows == tuple(
        tuple(cell.text for cell in row.cells) for row in again.tables[0].rows
    )


def test_a_consultation_in_word_is_read_through_the_bounded_reader(tmp_path: Path) -> None:
    many = raw_docx(tmp_path / "form.docx", ["Q1. Do you agree?"] * 60_000)
    with pytest.raises(DocumentError, match="MAX_PARAGRAPHS"):
        read_consultation(many)  # default limit: 50,000 paragraphs


def test_consultation_import_reads_within_the_same_limits(tmp_path: Path) -> None:
    """Importing a consultation goes through ingest's reader: the page limit holds there too."""
    path = five_page_pdf(tmp_path / "long.pdf")
    settings = make_settings(tmp_path / "data", max_pages=3)
    with pytest.raises(DocumentError, match=r"long\.pdf: more than 3 pages"):
        read_consultation(path, settings)
    assert len(read_consultation(path, make_settings(tmp_path / "data")).units) == 5


def test_a_consultation_pdf_is_opened_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdf

    from tests.support.consultation_docs import pdf_consultation

    opened: list[str] = []
    real = pypdf.PdfReader

    def counting(stream: str, *args: object, **kwargs: object) -> pypdf.PdfReader:
        opened.append(str(stream))
        return real(stream, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pypdf, "PdfReader", counting)
    path = pdf_consultation(tmp_path / "transport.pdf")
    document = read_consultation(path)
    assert opened == [str(path)]
    assert any("?" in unit.text for unit in document.units)


NUMBERING = (
    f'<?xml version="1.0"?><w:numbering {NS}><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0">'
    '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Q%1."/></w:lvl>'
    '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
)


def _numbered(text: str) -> str:
    props = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>'
    return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_consultation_word_file_is_read_once_with_its_list_numbers_and_controls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The consultation reader takes Word files from the shared bounded reader alone: list
    numbers from the file's list definitions, and questions inside content controls."""
    body = (
        "<w:p><w:r><w:t>Please answer the questions below.</w:t></w:r></w:p>"
        + _numbered("Do you agree that bus passes should be free?")
        + "<w:sdt><w:sdtContent>"
        + _numbered("Should companions travel free?")
        + "</w:sdtContent></w:sdt>"
    )
    path = tmp_path / "form.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/numbering.xml", NUMBERING)
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document {NS}><w:body>{body}</w:body></w:document>',
        )

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx opened the file a second time")

    monkeypatch.setattr(docx, "Document", refuse)
    texts = [unit.text for unit in read_consultation(path).units]
    assert texts == [
        "Please answer the questions below.",
        "Q1. Do you agree that bus passes should be free?",
        "Q2. Should companions travel free?",
    ]
    assert "Should companions travel free?" in load_document(path).text  # search sees it too

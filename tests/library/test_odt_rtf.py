"""LibreOffice's .odt and .rtf: read for the library (ingest's loaders) and for consultations,
within the same bounds as Word (a zip that unpacks too far, or declares its own XML entities,
is refused with a one-line reason before anything is parsed)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from assistant.consultation import extract_questions
from assistant.consultation.reading import read_consultation
from assistant.core.errors import DocumentError
from assistant.library.documents import SUPPORTED_SUFFIXES, load_document
from assistant.settings import Settings


def _odt(path: Path) -> Path:
    from odfdo import Document, Header, List, ListItem, Paragraph, Table

    document = Document("text")
    body = document.body
    body.clear()
    body.append(Header(1, "Library services consultation"))
    body.append(Paragraph("The council is reviewing its libraries."))
    body.append(Paragraph("1. Which library do you use most? Please explain why."))
    body.append(Paragraph("2. Should opening hours change at weekends?"))
    choices = List()
    for text in ("Yes", "No", "Not sure"):
        choices.append(ListItem(text))
    body.append(choices)
    table = Table("Q", width=2, height=1)
    table.set_value((0, 0), "3")
    table.set_value((1, 0), "What would make the library easier to reach?")
    body.append(table)
    document.save(str(path))
    return path


def test_odt_consultation_keeps_headings_lists_and_tables_in_order(tmp_path: Path) -> None:
    path = _odt(tmp_path / "libraries.odt")
    units = read_consultation(path).units
    assert units[0].heading and units[0].text == "Library services consultation"
    assert [u.text for u in units[4:7]] == ["• Yes", "• No", "• Not sure"]
    assert units[-1].text == "3: What would make the library easier to reach?"
    found = extract_questions(path).questions
    assert [(q.number, q.text) for q in found] == [
        ("1", "Which library do you use most? Please explain why."),
        ("2", "Should opening hours change at weekends?"),
        ("3", "What would make the library easier to reach?"),
    ]
    assert found[1].options == ("Yes", "No", "Not sure")


def test_odt_and_rtf_go_into_the_library(tmp_path: Path) -> None:
    assert ".odt" in SUPPORTED_SUFFIXES and ".rtf" in SUPPORTED_SUFFIXES
    odt = load_document(_odt(tmp_path / "libraries.odt"), library_root=tmp_path)
    assert (
        "easier to reach" in odt.text and odt.blocks[0].section == "Library services consultation"
    )
    rtf = tmp_path / "evidence.rtf"
    rtf.write_text(
        r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 \pard Written evidence\par"
        "\n"
        r"\pard The committee welcomes views on \u8220?bus services\u8221?.\par"
        "\n"
        r"\pard \u8226? Why should the Committee examine this area?\par}",
        encoding="ascii",
    )
    loaded = load_document(rtf, library_root=tmp_path)
    assert "welcomes views on “bus services”." in loaded.text and "{" not in loaded.text
    found = extract_questions(rtf).questions
    assert [q.text for q in found] == ["Why should the Committee examine this area?"]


def test_a_zip_bomb_odt_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<a>" + " " * (3 * 2**20) + "</a>")  # 3 MB of spaces
    settings = Settings(max_unpacked_mb=1)
    with pytest.raises(DocumentError, match=r"bomb\.odt: unpacks to more than 1 MB"):
        load_document(path, library_root=tmp_path, settings=settings)
    with pytest.raises(DocumentError, match="unpacks to more than 1 MB"):
        read_consultation(path, settings)


def test_an_odt_declaring_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "entities.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "content.xml",
            '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;&x;</a>',
        )
    with pytest.raises(DocumentError, match="declares its own XML entities; refused as unsafe"):
        extract_questions(path)


def test_a_file_that_is_not_rtf_says_so(tmp_path: Path) -> None:
    path = tmp_path / "fake.rtf"
    path.write_text("just text", encoding="utf-8")
    with pytest.raises(DocumentError, match="not a Rich Text Format file"):
        load_document(path, library_root=tmp_path)

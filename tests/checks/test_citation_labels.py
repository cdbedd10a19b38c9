"""Citations as a reader would write them: "Title (kind), p. 14", "pp. 14-15", "section 3.2,
paragraph 4", and "(document removed)" for a source taken out of the library since."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.checks.citations import build_evidence
from assistant.core.schema import Block, Document, Evidence, Passage
from assistant.library.chunking import chunk_document
from assistant.rendering.sources import describe, location, section_label


def evidence(**fields: object) -> Evidence:
    values: dict = {
        "n": 1, "id": "d:1", "doc_id": "d", "title": "Bus report", "kind": "user upload",
        "section": "", "paragraphs": "", "quote": "Ramps must work.",
    }  # fmt: skip
    values.update(fields)
    return Evidence(**values)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"pages": "14", "paragraphs": "31"}, "Bus report (user upload), p. 14"),
        ({"pages": "14-15", "section": "Access"}, "Bus report (user upload), pp. 14-15"),
        (
            {"section": "3.2 Funding", "paragraphs": "4"},
            "Bus report (user upload), section 3.2, paragraph 4",
        ),
        (
            {"section": "Who we asked", "paragraphs": "4-5"},
            "Bus report (user upload), Who we asked, paragraphs 4-5",
        ),
        ({"kind": "", "paragraphs": "2"}, "Bus report, paragraph 2"),
        ({"pages": "3", "removed": True}, "Bus report (user upload), p. 3 (document removed)"),
    ],
)
def test_describe_writes_the_citation_a_reader_would(fields: dict, expected: str) -> None:
    assert describe(evidence(**fields)) == expected


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("3.2 Funding arrangements", "section 3.2"),
        ("4. Who we asked", "section 4"),
        ("Section 7 Next steps", "section 7"),
        ("2024 in review", "2024 in review"),
        ("12.3.1 Detail", "section 12.3.1"),
        ("Funding", "Funding"),
        ("", ""),
    ],
)
def test_numbered_headings_are_cited_by_number(heading: str, label: str) -> None:
    assert section_label(heading) == label


def test_location_is_empty_when_nothing_is_known() -> None:
    assert location(evidence()) == ""


def paged_document() -> Document:
    """Three short paragraphs over pages 1-3 under one heading, as the PDF loader gives them."""
    texts = ["Ramps must work every time.", "Drivers wait for wheelchair users.", "Fares fall."]
    text, blocks, start = "", [], 0
    for number, para in enumerate(texts, start=1):
        text += ("\n\n" if text else "") + para
        start = len(text) - len(para)
        blocks.append(Block(para, "Access", number, start, start + len(para), page=number))
    return Document("buses", text, tuple(blocks), {"title": "Bus report", "kind": "x"}, "/b.pdf")


def test_a_passage_across_a_page_break_keeps_both_pages() -> None:
    (chunk,) = chunk_document(paged_document(), min_words=80, max_words=200)
    assert (chunk.metadata["page_start"], chunk.metadata["page_end"]) == (1, 3)
    passage = Passage(chunk.id, chunk.text, chunk.metadata, 1.0, rank=1)
    (cited,) = build_evidence([passage])
    assert cited.pages == "1-3" and describe(cited).endswith(", pp. 1-3")
    assert passage.as_dict()["pages"] == [1, 3]


def test_formats_without_pages_carry_no_page_metadata() -> None:
    document = paged_document()
    flat = Document(
        document.doc_id,
        document.text,
        tuple(Block(b.text, b.section, b.paragraph, b.start, b.end) for b in document.blocks),
        document.provenance,
        document.source_path,
    )
    (chunk,) = chunk_document(flat)
    # The same PDF read before pages were kept gets new ids, so a re-ingest replaces it.
    assert chunk.id != chunk_document(document)[0].id
    assert "page_start" not in chunk.metadata
    (cited,) = build_evidence([Passage(chunk.id, chunk.text, chunk.metadata, 1.0)])
    assert cited.pages == "" and describe(cited) == "Bus report (x), Access, paragraphs 1-3"


def test_a_word_passage_is_cited_by_its_numbered_heading_and_paragraph(tmp_path: Path) -> None:
    import docx

    from assistant.library.documents import load_document

    word = docx.Document()
    word.add_heading("Bus report", level=0)
    word.add_heading("3.1 Background", level=1)
    word.add_paragraph("Members use buses every day. " * 20)
    word.add_heading("3.2 Funding", level=2)
    for n in range(1, 4):
        word.add_paragraph(f"Funding point {n}: ramps and drivers need money. " * 18)
    path = tmp_path / "report.docx"
    word.save(str(path))
    chunks = chunk_document(load_document(path))
    passages = [Passage(c.id, c.text, c.metadata, 1.0) for c in chunks]
    labels = [describe(e) for e in build_evidence(passages)]
    assert labels[0] == "Bus report (user upload), section 3.1, paragraph 1"
    assert "Bus report (user upload), section 3.2, paragraph 3" in labels
    assert all("p. " not in label for label in labels)  # Word files have no fixed pages

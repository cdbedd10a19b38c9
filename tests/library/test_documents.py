"""Loaders: structure, provenance and exact offsets for each file type; clear errors otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfWriter

from tests.support.helpers import CORPUS_DIR

from assistant.core.errors import DocumentError
from assistant.core.schema import PROVENANCE_FIELDS, Document
from assistant.library.documents import default_doc_id, find_files, load_document


def assert_offsets_exact(document: Document) -> None:
    assert document.blocks, "no blocks"
    for number, block in enumerate(document.blocks, start=1):
        assert document.text[block.start : block.end] == block.text
        assert block.paragraph == number
        assert block.text == block.text.strip() and block.text


MARKDOWN = """---
id: "Budget Note 2024"
title: "Budget note"
author: "A. Writer"
date: "2024-03"
kind: "briefing note"
publisher: "Test publisher"
licence: "OGL v3.0"
sources:
  - "First source"
  - "Second source"
---
# Budget note heading

Opening paragraph about the council budget.
It continues on a second line.

## Spending

- First item on the list
- Second item
  continued on the next line

Closing words of the spending section.
"""


def test_a_file_outside_the_library_cannot_choose_its_id_or_vouch_for_its_kind(
    tmp_path: Path,
) -> None:
    # Hostile case 1: a user file claiming a bundled note's id and kind replaced that note.
    path = tmp_path / "note.md"
    path.write_text(MARKDOWN.replace("Budget Note 2024", "social-value-act-2012"), "utf-8")
    doc = load_document(path)  # the library is the bundled corpus folder, not tmp_path

    assert doc.doc_id == default_doc_id(path) != "social-value-act-2012"
    assert doc.provenance["kind"] == "user upload, says: briefing note"
    assert load_document(path, library_root=tmp_path).doc_id == "social-value-act-2012"
    given = load_document(path, overrides={"kind": "official text"})
    assert given.provenance["kind"] == "official text"  # what the user states is taken as given


def test_markdown_front_matter_sections_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = load_document(path, library_root=tmp_path)  # a file of the library itself

    assert doc.doc_id == "budget-note-2024"  # front matter id, slugified
    assert set(doc.provenance) == set(PROVENANCE_FIELDS)
    assert doc.provenance["title"] == "Budget note"  # front matter beats the H1
    assert doc.provenance["author"] == "A. Writer"
    assert doc.provenance["kind"] == "briefing note"
    assert doc.provenance["licence"] == "OGL v3.0"
    assert doc.provenance["sources"] == "First source; Second source"
    assert doc.provenance["source"] == "note.md"  # default when front matter has none
    assert doc.source_path == str(path.resolve())
    assert "---" not in doc.text and "licence" not in doc.text

    assert [(b.section, b.text) for b in doc.blocks] == [
        (
            "Budget note heading",
            "Opening paragraph about the council budget. It continues on a second line.",
        ),
        ("Spending", "- First item on the list"),
        ("Spending", "- Second item continued on the next line"),
        ("Spending", "Closing words of the spending section."),
    ]
    assert_offsets_exact(doc)


def test_markdown_without_front_matter_uses_h1_and_path_based_id(tmp_path: Path) -> None:
    path = tmp_path / "My Notes.md"
    path.write_text("# Plain title\n\nJust one paragraph.\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.provenance["title"] == "Plain title"
    assert doc.provenance["kind"] == "user upload"
    assert doc.doc_id == default_doc_id(path)
    assert doc.doc_id.startswith("my-notes-")
    # Same file, same id; another folder, another id.
    other = tmp_path / "sub" / "My Notes.md"
    other.parent.mkdir()
    other.write_text(path.read_text())
    assert load_document(path).doc_id == doc.doc_id
    assert load_document(other).doc_id != doc.doc_id


def test_overrides_replace_provenance(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = load_document(path, overrides={"title": "Given title", "author": ""})
    assert doc.provenance["title"] == "Given title"
    assert doc.provenance["author"] == "A. Writer"  # empty overrides are ignored


def test_text_file_headings_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Meeting minutes\n\nThe group met on Tuesday.\nEveryone attended.\n\n"
        "Actions\n\nWrite to the council about ramps.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.provenance["title"] == "Meeting minutes"
    assert [(b.section, b.text) for b in doc.blocks] == [
        ("Meeting minutes", "The group met on Tuesday. Everyone attended."),
        ("Actions", "Write to the council about ramps."),
    ]
    assert_offsets_exact(doc)


def test_html_drops_scripts_keeps_headings_and_uses_title(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        """<!doctype html><html><head><title>Consultation page</title>
        <style>body { color: red; }</style>
        <script>var secret = "do not index me"; alert("x");</script></head>
        <body><nav>Home | About</nav>
        <h1>Have your say</h1><p>The council wants views on   <a href="#">day centres</a>.</p>
        <p>Line one<br>line two</p>
        <h2>How to respond</h2><ul><li>By email</li><li>By post</li></ul>
        <script>document.write("injected")</script>
        <footer>Copyright footer</footer></body></html>""",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.provenance["title"] == "Consultation page"
    for unwanted in ("secret", "do not index", "alert", "injected", "color: red", "Copyright"):
        assert unwanted not in doc.text
    assert [(b.section, b.text) for b in doc.blocks] == [
        ("Have your say", "The council wants views on day centres."),
        ("Have your say", "Line one line two"),
        ("How to respond", "By email"),
        ("How to respond", "By post"),
    ]
    assert_offsets_exact(doc)


def test_html_without_title_falls_back_to_h1(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text("<h1>Only a heading</h1><p>Some text.</p>", encoding="utf-8")
    assert load_document(path).provenance["title"] == "Only a heading"


def make_pdf(path: Path, pages: list[str], title: str = "") -> Path:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def test_pdf_paragraphs_keep_their_pages(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            "The council consulted residents about library closures.",
            "Page two covers social care funding for disabled people.",
        ],
        title="Library report",
    )
    doc = load_document(path)
    assert doc.provenance["title"] == "Library report"
    assert [b.page for b in doc.blocks] == [1, 2]
    assert [b.section for b in doc.blocks] == ["", ""]  # no heading: pages alone place them
    assert "library closures" in doc.blocks[0].text
    assert "social care funding" in doc.blocks[1].text
    assert_offsets_exact(doc)


def test_docx_headings_become_sections(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Response to the consultation", level=0)  # "Title" style
    word.add_paragraph("We welcome the chance to respond.")
    word.add_heading("Question 1", level=1)
    word.add_paragraph("Yes, with changes to the eligibility rules.")
    word.add_heading("Question 2", level=2)
    word.add_paragraph("No. The proposal would cut support.")
    path = tmp_path / "response.docx"
    word.save(str(path))

    doc = load_document(path)
    assert doc.provenance["title"] == "Response to the consultation"
    assert [(b.section, b.text) for b in doc.blocks] == [
        ("Response to the consultation", "We welcome the chance to respond."),
        ("Question 1", "Yes, with changes to the eligibility rules."),
        ("Question 2", "No. The proposal would cut support."),
    ]
    assert_offsets_exact(doc)


def test_docx_title_from_core_properties(tmp_path: Path) -> None:
    word = docx.Document()
    word.core_properties.title = "From properties"
    word.add_paragraph("Body text.")
    path = tmp_path / "props.docx"
    word.save(str(path))
    assert load_document(path).provenance["title"] == "From properties"


def _encrypted_pdf(tmp_path: Path) -> Path:
    plain = make_pdf(tmp_path / "plain.pdf", ["Secret minutes of the meeting."])
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    writer.write(str(path))
    return path


BAD_FILES = {
    "unsupported": (lambda d: _write(d / "data.xyz", b"hello"), "unsupported file type"),
    "latin-1": (lambda d: _write(d / "notes.txt", b"caf\xe9 na\xefve"), "not UTF-8"),
    "corrupt pdf": (lambda d: _write(d / "broken.pdf", os.urandom(4096)), "cannot read"),
    "encrypted pdf": (_encrypted_pdf, "encrypted"),
    "corrupt docx": (lambda d: _write(d / "broken.docx", os.urandom(512)), "cannot read"),
    "empty": (lambda d: _write(d / "blank.md", b"\n\n   \n"), "no text"),
    "bad front matter": (
        lambda d: _write(d / "badfm.md", b"---\ntitle: [unclosed\n---\n# T\n\nText.\n"),
        "front matter",
    ),
    "missing": (lambda d: d / "nowhere.md", "no such file"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_raise_document_error_naming_the_file(tmp_path: Path, case: str) -> None:
    make, expected = BAD_FILES[case]
    path = make(tmp_path)
    with pytest.raises(DocumentError) as info:
        load_document(path)
    message = str(info.value)
    assert path.name in message
    assert expected in message
    assert "\n" not in message


def test_find_files_expands_folders_and_skips_hidden_readme_and_unsupported(
    tmp_path: Path,
) -> None:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    for name in ("a.md", "sub/b.txt", "sub/c.HTML", "README.md", ".secret.md", ".hidden/d.md"):
        (root / name).write_text("x")
    (root / "e.xyz").write_text("x")
    found, skipped = find_files([root])
    assert sorted(p.relative_to(root).as_posix() for p in found) == [
        "a.md",
        "sub/b.txt",
        "sub/c.HTML",
    ]
    assert [p.name for p in skipped] == ["e.xyz"]
    with pytest.raises(DocumentError, match="no such file or folder"):
        find_files([tmp_path / "missing"])


def test_find_files_accepts_parent_and_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs" / "deeper").mkdir(parents=True)
    (tmp_path / "docs" / "a.md").write_text("x")
    monkeypatch.chdir(tmp_path / "docs")
    assert [p.name for p in find_files([Path(".")])[0]] == ["a.md"]
    monkeypatch.chdir(tmp_path / "docs" / "deeper")
    assert [p.name for p in find_files([Path("..")])[0]] == ["a.md"]


def test_bundled_corpus_loads_with_exact_offsets() -> None:
    files, skipped = find_files([CORPUS_DIR])
    assert len(files) >= 9 and not skipped
    for path in files:
        doc = load_document(path)
        assert doc.doc_id == path.stem
        assert_offsets_exact(doc)
        assert all(b.section for b in doc.blocks)


def test_html_keeps_text_in_divs_and_list_lead_ins_without_repeating_it(tmp_path: Path) -> None:
    path = tmp_path / "divs.html"
    path.write_text(
        """<html><body><div class="page"><h1>Care charges</h1>
        <div class="intro">The council plans <a href="#">new charges</a> for home care.</div>
        <ul><li>Who pays:<ul><li>people with savings</li><li>people with a home</li></ul></li></ul>
        <div><div>Replies close on 1 May.</div><p>Write to the <b>care team</b>.</p></div>
        <table><tr><td><p>Cell paragraph.</p></td><td>Plain cell</td></tr></table>
        </div></body></html>""",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert [b.text for b in doc.blocks] == [
        "The council plans new charges for home care.",
        "Who pays:",
        "people with savings",
        "people with a home",
        "Replies close on 1 May.",
        "Write to the care team.",
        "Cell paragraph.",
        "Plain cell",
    ]
    assert {b.section for b in doc.blocks} == {"Care charges"}
    assert_offsets_exact(doc)


def test_html_loose_text_keeps_its_place_and_section(tmp_path: Path) -> None:
    path = tmp_path / "loose.html"
    path.write_text(
        "<!-- a comment --><body>Before any heading<div><h2>Fees</h2>Loose words"
        "<p>A paragraph.</p>tail words</div></body>",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert [(b.section, b.text) for b in doc.blocks] == [
        ("", "Before any heading"),
        ("Fees", "Loose words"),
        ("Fees", "A paragraph."),
        ("Fees", "tail words"),
    ]
    assert "comment" not in doc.text


def test_deeply_nested_html_is_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 5000 + "deep" + "</div>" * 5000, encoding="utf-8")
    try:
        doc = load_document(path)
    except DocumentError as exc:
        assert "deep.html" in str(exc)
    else:
        assert [b.text for b in doc.blocks] == ["deep"]

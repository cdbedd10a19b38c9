"""Every part of a Word file within its own budget and all parts within one total; hidden runs
left out.

Issue 26, case 1: a 230 KB .docx whose styles part unpacked to 150 MB took 17 s and 2.3 GB; a
912 KB .docx with three 199 MB side parts took 68 s and 3.0 GB (each part was checked alone
against 200 MB, then parsed whole). Case 2: a false claim in a hidden run was indexed and
quoted. The files are built here by hand, small on disk.
"""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from tests.hostile.make_cases import RELS, W_NS, _docx_side_parts
from tests.support.helpers import make_settings

from assistant.consultation.reading import read_consultation
from assistant.core.errors import DocumentError
from assistant.library.documents import load_document
from assistant.library.loaders.docx_reader import Paragraph, read_docx
from assistant.library.loaders.limits import Limits

CLAIM = "The council banned ramps on every bus in 2020."


def limits(name: str, part_mb: int = 4, total_mb: int = 10) -> Limits:
    return Limits(
        max_file_mb=50,
        max_unpacked_mb=total_mb,
        max_paragraphs=1000,
        max_pages=10,
        seconds=60,
        name=name,
        max_part_mb=part_mb,
    )


def peak_mb(action) -> tuple[float, BaseException | None]:
    """Run `action`; its peak Python memory in MB and what it raised, if anything."""
    tracemalloc.start()
    caught = None
    try:
        action()
    except Exception as exc:
        caught = exc
    finally:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return peak, caught


def test_a_side_part_over_its_budget_is_refused_while_streaming(tmp_path: Path) -> None:
    path = tmp_path / "styles.docx"
    _docx_side_parts(path, {"word/styles.xml": 30})
    assert path.stat().st_size < 200_000
    peak, caught = peak_mb(lambda: read_docx(path, limits("styles.docx", total_mb=100)))
    assert isinstance(caught, DocumentError)
    assert str(caught) == (
        "styles.docx: its part word/styles.xml unpacks to more than 4 MB (limit set by "
        "ASSISTANT_MAX_PART_MB); split the document or raise the limit"
    )
    assert peak < 20  # never inflated whole, never parsed whole


def test_a_part_that_lies_about_its_size_is_stopped_as_the_bytes_come(tmp_path: Path) -> None:
    """The archive's declared size is checked first; the bytes are counted as well."""
    from assistant.library.loaders.limits import PartStream

    path = tmp_path / "styles.docx"
    _docx_side_parts(path, {"word/styles.xml": 6})
    with zipfile.ZipFile(path) as archive, archive.open("word/styles.xml") as raw:
        stream = PartStream(raw, limits("styles.docx"), "word/styles.xml", 4)
        with pytest.raises(DocumentError, match="more than 4 MB"):
            while stream.read(1 << 16):
                pass
        assert stream.read_so_far <= (4 << 20) + (1 << 16)


def test_side_parts_each_within_budget_are_refused_together(tmp_path: Path) -> None:
    path = tmp_path / "parts.docx"
    parts = {"word/styles.xml": 4, "word/numbering.xml": 4, "docProps/core.xml": 4}
    _docx_side_parts(path, {name: size - 1 for name, size in parts.items()})
    peak, caught = peak_mb(lambda: read_docx(path, limits("parts.docx", part_mb=4, total_mb=8)))
    assert isinstance(caught, DocumentError)
    assert "parts.docx: unpacks to more than 8 MB (limit set by ASSISTANT_MAX_UNPACKED_MB)" in str(
        caught
    )
    assert peak < 20


def test_within_budget_the_side_parts_are_read_as_streams(tmp_path: Path) -> None:
    """A large but allowed style sheet costs little memory: each style is dropped once read."""
    path = tmp_path / "styles.docx"
    _docx_side_parts(path, {"word/styles.xml": 12})
    peak, caught = peak_mb(lambda: read_docx(path, limits("styles.docx", part_mb=16, total_mb=20)))
    assert caught is None
    assert peak < 20  # parsed whole, 12 MB of small elements took hundreds of MB


@pytest.mark.parametrize("command", ["ingest", "consultation"])
def test_every_reader_uses_the_same_budgets(tmp_path: Path, command: str) -> None:
    path = tmp_path / "styles.docx"
    _docx_side_parts(path, {"word/styles.xml": 20})
    settings = make_settings(tmp_path / "data")
    with pytest.raises(DocumentError, match="ASSISTANT_MAX_PART_MB"):
        if command == "ingest":
            load_document(path, settings=settings)
        else:
            read_consultation(path, settings=settings)


# ---- hidden text -------------------------------------------------------------------------------

STYLES = (
    f'<?xml version="1.0"?><w:styles {W_NS}>'
    '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
    "<w:rPr><w:vanish/></w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="Hidden para"/>'
    "<w:rPr><w:vanish/></w:rPr></w:style></w:styles>"
)


def hidden_docx(path: Path) -> Path:
    run = "<w:r>{props}<w:t xml:space='preserve'>{text}</w:t></w:r>"
    claim = f"{CLAIM} "
    paragraphs = [
        run.format(props="", text="Buses must carry ramps. ")
        + run.format(props="<w:rPr><w:vanish/></w:rPr>", text=claim)
        + run.format(props="<w:rPr><w:specVanish/></w:rPr>", text=claim)
        + run.format(props="<w:rPr><w:webHidden/></w:rPr>", text=claim)
        + run.format(props="<w:rPr><w:rStyle w:val='Secret'/></w:rPr>", text=claim)
        + run.format(props="<w:rPr><w:vanish w:val='0'/></w:rPr>", text="Drivers help. "),
        "<w:pPr><w:pStyle w:val='HiddenPara'/></w:pPr>" + run.format(props="", text=claim),
    ]
    body = "".join(f"<w:p>{p}</w:p>" for p in paragraphs)
    table = f"<w:tbl><w:tr><w:tc><w:p>{paragraphs[0]}</w:p></w:tc></w:tr></w:tbl>"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/styles.xml", STYLES)
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document {W_NS}><w:body>{body}{table}</w:body></w:document>',
        )
    return path


def test_hidden_runs_are_left_out_of_a_word_file(tmp_path: Path) -> None:
    content = read_docx(hidden_docx(tmp_path / "hidden.docx"), limits("hidden.docx"))
    texts = [item.text for item in content.items if isinstance(item, Paragraph)]
    assert texts == ["Buses must carry ramps. Drivers help. ", ""]
    document = load_document(tmp_path / "hidden.docx", settings=make_settings(tmp_path / "d"))
    assert "banned" not in document.text
    assert "Buses must carry ramps." in document.text  # a table cell, hidden run left out too

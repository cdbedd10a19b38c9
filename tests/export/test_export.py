"""Export to Markdown, Word and plain text: markers, sources and checks all survive."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from assistant.core.errors import InputError
from assistant.core.schema import Evidence, Finding, GroundedText, Verification
from assistant.export import SUFFIXES, markdown_of, plain_text_of, write_export
from assistant.export.answer import CHECKS, SOURCES, default_title
from assistant.rendering.sources import source_line

QUESTION = (
    "Question 4: Do you agree that funding for disabled people's user-led organisations should "
    "be offered over several years rather than one year at a time?"
)
TEXT = """We agree with this proposal.

## Reasons

- User-led organisations are run by disabled people [1].
- Short-term grants make **planning** hard [2].
- The programme had *four* parts [3].

### What we ask for

We ask for funding over several years [2][3].
"""
LONG_QUOTE = " ".join(f"word{i}" for i in range(100))
EVIDENCE = (
    Evidence(
        n=1,
        id="dpulos-1",
        doc_id="dpulos",
        title="DPULOs and public service delivery",
        kind="article",
        section="What a DPULO is",
        paragraphs="2",
        quote="A DPULO is an organisation run and controlled by disabled people.",
    ),
    Evidence(
        n=2,
        id="compact-3",
        doc_id="compact",
        title="Voluntary sector independence compact",
        kind="policy",
        section="Funding",
        paragraphs="5-6",
        quote="Funding should be multi-year where possible to allow planning.",
    ),
    Evidence(
        n=3,
        id="programme-2",
        doc_id="programme",
        title="Strengthening DPULOs Programme",
        kind="briefing note",
        section="The four parts of the programme",
        paragraphs="4",
        quote=LONG_QUOTE,
    ),
)
FINDING = Finding(
    sentence="The programme had *four* parts [3].",
    problem="This sentence is not well supported by passage [3].",
    rule="low-support",
    citations=(3,),
)


def _result(findings: tuple[Finding, ...] = (FINDING,), text: str = TEXT) -> GroundedText:
    return GroundedText(
        task="draft",
        question=QUESTION,
        query=QUESTION,
        text=text,
        evidence=EVIDENCE,
        verification=Verification(sentences=(), findings=findings),
        generator="fake",
    )


def _markers(text: str) -> set[str]:
    return set(re.findall(r"\[\d+\]", text))


def test_markdown_keeps_markers_sources_and_findings() -> None:
    markdown = markdown_of(_result())

    assert markdown.startswith("# Response to: Question 4: Do you agree")
    assert QUESTION in markdown
    assert _markers(TEXT) <= _markers(markdown.split(f"## {SOURCES}")[0])
    sources = markdown.split(f"## {SOURCES}")[1]
    for evidence in EVIDENCE:
        assert f"[{evidence.n}] {evidence.title} ({evidence.kind})" in sources
        assert evidence.quote.split()[0] in sources
    assert "[2] Voluntary sector independence compact (policy), Funding, paragraphs 5-6" in sources
    checks = markdown.split(f"## {CHECKS}")[1]
    assert FINDING.problem in checks
    assert "The programme had four parts [3]." in checks


def test_markdown_without_findings_has_no_checks_section() -> None:
    markdown = markdown_of(_result(findings=()))
    assert CHECKS not in markdown
    assert "Before sending" not in markdown


def test_findings_are_announced_before_the_draft() -> None:
    markdown = markdown_of(_result())
    assert markdown.index("Before sending") < markdown.index("We agree with this proposal.")


def test_long_quotes_are_shortened_with_an_ellipsis() -> None:
    entry = source_line(EVIDENCE[2])
    assert "word59…”" in entry and "word60" not in entry


def test_default_title_is_shortened_at_a_word() -> None:
    title = default_title(_result())
    assert title.startswith("Response to: Question 4:")
    assert title.endswith("…") and len(title) <= len("Response to: ") + 81
    assert markdown_of(_result(), title="Our response").startswith("# Our response\n")


def test_docx_has_real_headings_markers_sources_and_checks(tmp_path: Path) -> None:
    path = write_export(_result(), tmp_path / "new" / "folder" / "response.docx")

    assert path.is_file()
    document = docx.Document(str(path))
    paragraphs = document.paragraphs
    styles = {p.text: p.style.name for p in paragraphs}
    assert document.core_properties.title == default_title(_result())
    assert document.core_properties.author == ""
    assert paragraphs[0].style.name == "Title"
    assert paragraphs[0].text == default_title(_result())
    assert styles["Reasons"] == "Heading 1"
    assert styles["What we ask for"] == "Heading 2"
    assert styles[SOURCES] == "Heading 1"
    assert styles[CHECKS] == "Heading 1"
    assert styles["User-led organisations are run by disabled people [1]."] == "List Bullet"
    assert not any(p.text.startswith(("#", "- ")) for p in paragraphs)

    texts = [p.text for p in paragraphs]
    start = texts.index(SOURCES)
    body, sources = "\n".join(texts[:start]), texts[start + 1 : texts.index(CHECKS)]
    assert _markers(TEXT) <= _markers(body)
    assert "**" not in body
    bold = [run.text for p in paragraphs for run in p.runs if run.bold]
    assert "planning" in bold
    for evidence in EVIDENCE:
        entry = next(s for s in sources if s.startswith(f"[{evidence.n}] "))
        assert evidence.title in entry
        assert evidence.quote.split()[0] in entry
    checks = texts[texts.index(CHECKS) + 1 :]
    flagged = [p for p in paragraphs if FINDING.problem in p.text]
    assert len(flagged) == 1 and flagged[0].style.name == "List Number"
    assert any("The programme had four parts [3]." in line for line in checks)


def test_docx_numbered_lists_restart(tmp_path: Path) -> None:
    text = "Our points:\n\n1. First [1].\n2. Second [2].\n\n## More\n\n1. Third [3].\n"
    document = docx.Document(str(write_export(_result(text=text), tmp_path / "r.docx")))

    def num_id(paragraph: docx.text.paragraph.Paragraph) -> int:
        return paragraph._p.pPr.numPr.numId.val

    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered][:3] == ["First [1].", "Second [2].", "Third [3]."]
    ids = [num_id(p) for p in numbered]
    assert ids[0] == ids[1], "items of one list share a numbering"
    assert len({ids[0], ids[2], ids[3]}) == 3, "each new list starts again at 1"


def test_plain_text_has_no_markdown_symbols() -> None:
    text = plain_text_of(_result())

    assert "#" not in text and "**" not in text and "*" not in text
    assert not re.search(r"^- ", text, re.MULTILINE)
    assert "\nReasons\n" in text
    assert "• Short-term grants make planning hard [2]." in text
    assert _markers(TEXT) <= _markers(text.split(f"\n{SOURCES}\n")[0])
    sources = text.split(f"\n{SOURCES}\n")[1]
    assert all(f"[{e.n}] {e.title}" in sources for e in EVIDENCE)
    assert text.index(f"\n{SOURCES}\n") < text.index(f"\n{CHECKS}\n")
    assert FINDING.problem in text.split(f"\n{CHECKS}\n")[1]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_write_export_dispatches_on_suffix(tmp_path: Path, suffix: str) -> None:
    path = write_export(_result(), tmp_path / "out" / f"response{suffix.upper()}")
    assert path.is_file() and path.stat().st_size > 0
    if suffix == ".docx":
        assert docx.Document(str(path)).paragraphs[0].style.name == "Title"
    else:
        written = path.read_text(encoding="utf-8")
        assert FINDING.problem in written and EVIDENCE[1].title in written
        assert ("## Sources" in written) == (suffix == ".md")


@pytest.mark.parametrize("name", ["response.pdf", "response"])
def test_unknown_suffix_is_an_input_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match=r"\.md, \.docx, \.txt"):
        write_export(_result(), tmp_path / name)
    assert not (tmp_path / name).exists()


def test_refuses_to_overwrite_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "answer.docx"
    folder.mkdir()
    with pytest.raises(InputError, match="folder"):
        write_export(_result(), folder)
    assert folder.is_dir()

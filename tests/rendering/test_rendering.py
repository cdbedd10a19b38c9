"""One rendering of a result: the views of the typed text (Markdown, plain text, the web form's
text, HTML, Word) and one wording of the checks for the CLI, the page and every export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.support.history_support import grounded

from assistant.core.schema import Finding, FindingRule
from assistant.core.written_markdown import read_markdown
from assistant.export import markdown_of, plain_text_of, write_export
from assistant.rendering import checks, views
from assistant.rendering.word import add_written
from assistant.ui.render import findings_markdown, md_escape

DRAFT = (
    "We **agree** [1]. See [the plan](https://example.org/plan).\n\n"
    "## Our reasons\n\n"
    "- Grants fell by 40% [1].\n"
    "- Councils cut *advocacy* <b>services</b> [2].\n\n"
    "### Waiting\n\n"
    "1. Decide in time [2].\n"
    "2. Say how long [1].\n\n"
    "We close here."
)


def test_exported_markdown_puts_the_text_under_the_document_title() -> None:
    written = read_markdown(DRAFT)
    assert views.markdown(written) == DRAFT
    assert views.markdown_lines(written) == [
        "We **agree** [1]. See [the plan](https://example.org/plan).",
        "",
        "## Our reasons",
        "",
        "- Grants fell by 40% [1].",
        "- Councils cut *advocacy* <b>services</b> [2].",
        "",
        "### Waiting",
        "",
        "1. Decide in time [2].",
        "2. Say how long [1].",
        "",
        "We close here.",
        "",
    ]
    shifted = views.markdown_lines(written, shift=1)  # an answer under its question
    assert "### Our reasons" in shifted and "#### Waiting" in shifted


def test_plain_text_and_the_web_forms_text_have_no_markdown() -> None:
    written = read_markdown(DRAFT)
    assert views.plain_lines(written)[:6] == [
        "We agree [1]. See the plan (https://example.org/plan).",
        "",
        "Our reasons",
        "",
        "• Grants fell by 40% [1].",
        "• Councils cut advocacy <b>services</b> [2].",
    ]
    assert "1. Decide in time [2].\n2. Say how long [1]." in views.plain_text_of(written)
    assert views.form_text(written).splitlines()[2] == "Grants fell by 40% [1]."


def test_html_escapes_the_words_and_names_each_sentence_and_its_check() -> None:
    result = grounded("Q?", DRAFT)  # its one check: the whole text as one flagged sentence
    flagged = Finding("Grants fell by 40% [1].", "The figure is not in the source.", "low-support")
    result = replace(result, verification=replace(result.verification, findings=(flagged,)))
    page = views.html(result.written)
    assert "&lt;b&gt;services&lt;/b&gt;" in page and "<b>" not in page
    assert "<strong>agree</strong>" in page and "<em>advocacy</em>" in page
    assert "the plan (https://example.org/plan)" in page
    assert '<h2><span class="sentence" data-id="s3"' in page
    assert '<ul>\n<li><span class="sentence" data-id="s4" data-check="flagged"' in page
    assert 'title="The figure is not in the source."' in page
    assert '<ol start="1">' in page and page.count("<li>") == 4 and page.endswith("</p>")


def test_the_word_view_uses_real_headings_lists_and_runs(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    add_written(document, read_markdown(DRAFT))
    add_written(document, read_markdown("1. Again [1]."))  # a second list starts at 1 again
    shown = [(p.style.name, p.text) for p in document.paragraphs]
    assert shown[1] == ("Heading 1", "Our reasons")
    assert shown[2] == ("List Bullet", "Grants fell by 40% [1].")
    assert shown[4] == ("Heading 2", "Waiting")
    assert shown[5][0] == "List Number" and shown[-1] == ("List Number", "Again [1].")
    runs = {r.text: (r.bold, r.italic) for r in document.paragraphs[0].runs}
    assert runs["agree"] == (True, None)
    listed = [p for p in document.paragraphs if p.style.name == "List Number"]
    numbering = [p._p.pPr.numPr.numId.val for p in listed]
    assert numbering[0] == numbering[1] != numbering[2]
    path = write_export(grounded("Q?", DRAFT), tmp_path / "a.docx")  # the export uses it too
    assert "Our reasons" in [p.text for p in Document(str(path)).paragraphs]


FINDINGS = (
    Finding("Grants fell by **40%** [1].", "The figure 40% is not in source [1].", "low-support"),
    Finding("", "Evidence [2] was removed.", FindingRule.EVIDENCE_REMOVED),
)


def test_one_wording_of_the_checks_in_the_terminal_the_page_and_the_file() -> None:
    line = "“Grants fell by 40% [1].” — The figure 40% is not in source [1]."
    assert checks.finding_line(FINDINGS[0]) == line
    assert checks.finding_line(FINDINGS[1]) == "Evidence [2] was removed."  # no empty quotes
    assert checks.checks_text(FINDINGS) == [
        "Checks to make before sending (2):",
        f"- {line}",
        "- Evidence [2] was removed.",
    ]
    page = findings_markdown(FINDINGS)
    assert page.startswith("## Checks to make before sending (2)")
    assert f"- {md_escape(line)}" in page
    result = replace(
        grounded("Q?", "Grants fell by **40%** [1]."),
        verification=replace(grounded("Q?", "x").verification, findings=FINDINGS),
    )
    exported = markdown_of(result)
    assert "## Checks to make before sending" in exported and f"1. {line}" in exported
    assert "the automatic check flagged 2 sentences" in exported
    assert f"1. {line}" in plain_text_of(result)


def test_one_all_clear_and_one_line_for_nothing_written() -> None:
    assert checks.checks_text(()) == [f"Checked: {checks.ALL_CLEAR}"]
    assert findings_markdown(()) == f"**Checked:** {checks.ALL_CLEAR}"
    assert checks.checks_text((), refused=True) == [checks.NOTHING_TO_CHECK]
    assert findings_markdown(FINDINGS, refused=True) == checks.NOTHING_TO_CHECK


def test_the_terminal_prints_the_checks_in_the_one_wording(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from assistant.cli.answers import _print_grounded

    result = replace(
        grounded("Q?", "Grants fell by **40%** [1]."),
        verification=replace(grounded("Q?", "x").verification, findings=FINDINGS),
    )
    _print_grounded(result)
    out = capsys.readouterr().out
    assert "\nChecks to make before sending (2):\n- “Grants fell by 40% [1].” — The figure" in out
    _print_grounded(replace(result, verification=replace(result.verification, findings=())))
    assert f"Checked: {checks.ALL_CLEAR}" in capsys.readouterr().out

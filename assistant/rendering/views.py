"""The views of a written text (`written_text.WrittenText`): Markdown, plain text, HTML, and
the layout an exported document gives it. Word is `rendering.word`.

Each view reads the sections and their forms, never a Markdown string, so a heading, a list
item and a paragraph are laid out alike in every one. In an exported document the text sits
under the document's title (and, in a whole response, under its question): `shift` moves its
headings down that many levels, as the export always did.
"""

from __future__ import annotations

import html as _html
import re

from assistant.core.written_text import LISTS, Form, Section, Sentence, WrittenText
from assistant.rendering.inline import EMPHASIS, plain_text, without_links


def markdown(written: WrittenText) -> str:
    """The text as Markdown, as a result keeps it (`GroundedText.text`)."""
    return written.markdown()


def document_level(section: Section, shift: int = 0) -> int:
    """A heading's level under a document's title: "#" and "##" become 1, "###" 2, deeper 3."""
    return min(max(section.level - 1, 1), 3) + shift


def markdown_lines(written: WrittenText, shift: int = 0) -> list[str]:
    """The text as lines of an exported Markdown document, ending with a blank line."""
    lines: list[str] = []
    previous: Form | None = None
    for section in written.sections:
        if previous in LISTS and section.form != previous:
            lines.append("")  # a list ends with a blank line; its items sit together
        if section.form == Form.HEADING:
            lines += [f"{'#' * (document_level(section, shift) + 1)} {section.text}", ""]
        elif section.form == Form.BULLET:
            lines.append(f"- {section.text}")
        elif section.form == Form.NUMBER:
            lines.append(f"{section.number}. {section.text}")
        else:
            lines += [section.text, ""]
        previous = section.form
    return [*lines, ""] if previous in LISTS else lines


def plain_lines(written: WrittenText) -> list[str]:
    """The text as lines of a plain-text document (no Markdown marks; "•" or the number before
    a list item), each block followed by a blank line, list items together."""
    out: list[str] = []
    previous: Form | None = None
    for section in written.sections:
        if section.form in LISTS and previous == section.form and out and out[-1] == "":
            out.pop()
        prefix = {Form.BULLET: "• ", Form.NUMBER: f"{section.number}. "}.get(section.form, "")
        out += [prefix + plain_text(section.text), ""]
        previous = section.form
    return out


def plain_text_of(written: WrittenText) -> str:
    """The whole text as plain text."""
    return "\n".join(plain_lines(written)).rstrip() + "\n" if written.sections else ""


def form_text(written: WrittenText) -> str:
    """The text as it is pasted into a consultation's web form (and counted against its
    character limit): one line a block, no Markdown marks, [n] kept."""
    return "\n".join(plain_text(section.text) for section in written.sections)


def html(written: WrittenText) -> str:
    """The text as HTML: every word escaped (a quoted source is data), each sentence a span
    naming its identity and its check, so a page can mark or link it."""
    out: list[str] = []
    open_list = ""
    for section in written.sections:
        tag = {Form.BULLET: "ul", Form.NUMBER: "ol"}.get(section.form, "")
        if open_list and tag != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if tag and not open_list:
            start = f' start="{_html.escape(section.number)}"' if tag == "ol" else ""
            out.append(f"<{tag}{start}>")
            open_list = tag
        body = " ".join(_sentence_html(s) for s in section.sentences)
        if section.form == Form.HEADING:
            level = min(max(section.level, 1), 6)
            out.append(f"<h{level}>{body}</h{level}>")
        elif tag:
            out.append(f"<li>{body}</li>")
        else:
            out.append(f"<p>{body}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def _sentence_html(sentence: Sentence) -> str:
    text = _html.escape(without_links(sentence.text), quote=False)
    text = EMPHASIS.sub(_emphasis_html, text)
    attrs = f'data-id="{sentence.id}" data-check="{sentence.check}"'
    title = f' title="{_html.escape(" ".join(sentence.problems))}"' if sentence.problems else ""
    return f'<span class="sentence" {attrs}{title}>{text}</span>'


def _emphasis_html(match: re.Match[str]) -> str:
    if match["b"] or match["u"]:
        return f"<strong>{match['b'] or match['u']}</strong>"
    return f"<em>{match['i']}</em>"

"""Turn a grounded answer or draft into a file an organisation can edit, send or paste.

Every format keeps the [n] markers inline and ends with the numbered sources they point to, so
a reader can check each claim. The verifier's findings are written out as "Checks to make before
sending" in every format: a flag that is silently dropped is a wrong figure that gets sent.
Word output uses the built-in Title, Heading and List styles so screen readers see real
headings and lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import InputError
from assistant.schema import Evidence, Finding, GroundedText

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

QUOTE_WORDS = 60  # longer source passages are shortened to this many words in the sources list
TITLE_CHARS = 80  # the question is shortened to about this many characters in a default title
SOURCES = "Sources"
CHECKS = "Checks to make before sending"
CHECKS_INTRO = (
    "The automatic check flagged the sentences below. Check each one against its source, then "
    "correct or remove it before sending."
)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
_BULLET = re.compile(r"^\s*[-*+•]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)")
# **bold**, __bold__ and *italic*; a lone * (as in "5 * 3") is left alone.
_EMPHASIS = re.compile(r"\*\*(?P<b>.+?)\*\*|__(?P<u>.+?)__|(?<![\w*])\*(?P<i>[^\s*][^*]*?)\*(?!\w)")


@dataclass(frozen=True)
class _Block:
    """One unit of a Markdown draft: a heading (level 1-3), a list item or a paragraph."""

    kind: str  # "heading", "bullet", "number" or "para"
    text: str
    level: int = 0
    number: str = ""


def text_blocks(text: str) -> list[_Block]:
    """The small subset of Markdown a drafted answer uses, read into blocks."""
    blocks: list[_Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(_Block("para", " ".join(para)))
            para.clear()

    for line in text.splitlines():
        stripped = line.strip().lstrip(">").strip()
        if not stripped or _RULE.match(stripped):
            flush()
        elif heading := _HEADING.match(stripped):
            flush()  # "#"/"##" -> level 1 under the document title, "###" -> 2, deeper -> 3
            level = min(max(len(heading[1]) - 1, 1), 3)
            blocks.append(_Block("heading", heading[2], level))
        elif bullet := _BULLET.match(line):
            flush()
            blocks.append(_Block("bullet", bullet[1].strip()))
        elif number := _NUMBER.match(line):
            flush()
            blocks.append(_Block("number", number[2].strip(), number=number[1]))
        elif not para and line[:1].isspace() and blocks and blocks[-1].kind in ("bullet", "number"):
            last = blocks.pop()  # an indented line continues the list item above it
            blocks.append(_Block(last.kind, f"{last.text} {stripped}", number=last.number))
        else:
            para.append(stripped)
    flush()
    return blocks


def plain_text(text: str) -> str:
    """Inline Markdown removed: **bold** -> bold, [text](url) -> text (url), `code` -> code."""
    text = _LINK.sub(lambda m: f"{m[1]} ({m[2]})", text).replace("`", "")
    return _EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), text)


def one_line(text: str) -> str:
    return " ".join(text.split())


def default_title(result: GroundedText) -> str:
    """ "Response to: <question>", the question cut at a word boundary if long."""
    question = one_line(plain_text(result.question))
    if not question:
        return "Consultation response"
    if len(question) > TITLE_CHARS:
        question = question[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:.?") + "…"
    return f"Response to: {question}"


def _title(result: GroundedText, title: str | None) -> str:
    return one_line(title or "") or default_title(result)


def shorten_quote(quote: str, words: int = QUOTE_WORDS) -> str:
    """The passage on one line, cut to about `words` words with "…" so the list stays readable."""
    parts = quote.split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:.") + "…"


def source_entry(evidence: Evidence) -> str:
    """ "[n] Title (kind), section, paragraph(s) N — “quoted passage”"; empty parts left out."""
    kind = evidence.label or evidence.kind
    parts = [evidence.title + (f" ({kind})" if kind else "")]
    parts += [evidence.section] if evidence.section else []
    if evidence.paragraphs:
        plural = "s" if re.search(r"[-–,]", evidence.paragraphs) else ""
        parts.append(f"paragraph{plural} {evidence.paragraphs}")
    entry = f"[{evidence.n}] {', '.join(parts)} — “{shorten_quote(evidence.quote)}”"
    return f"{entry} {evidence.references}" if evidence.references else entry


def finding_entry(finding: Finding) -> str:
    """The flagged sentence and what is wrong with it, in plain English."""
    return f"“{one_line(plain_text(finding.sentence))}” — {finding.problem}"


def _notice(findings: tuple[Finding, ...]) -> str:
    count = f"{len(findings)} sentence" + ("s" if len(findings) != 1 else "")
    return f"the automatic check flagged {count}: see “{CHECKS}” at the end."


def to_markdown(result: GroundedText, title: str | None = None) -> str:
    """A Markdown document: title, question, the draft as written, sources and checks."""
    lines = [f"# {_title(result, title)}", "", f"**Question:** {one_line(result.question)}", ""]
    if result.findings:
        lines += [f"**Before sending:** {_notice(result.findings)}", ""]
    lines += [result.text.strip(), "", f"## {SOURCES}", ""]
    for evidence in result.evidence:
        lines += [source_entry(evidence), ""]
    if not result.evidence:
        lines += ["No sources were cited.", ""]
    if result.findings:
        lines += [f"## {CHECKS}", "", CHECKS_INTRO, ""]
        lines += [f"{i}. {finding_entry(f)}" for i, f in enumerate(result.findings, 1)] + [""]
    return "\n".join(lines)


def to_plain_text(result: GroundedText, title: str | None = None) -> str:
    """Text to paste into a consultation web form: no Markdown symbols, [n] markers kept."""
    out = [_title(result, title), "", f"Question: {one_line(plain_text(result.question))}", ""]
    if result.findings:
        out += [f"Before sending: {_notice(result.findings)}", ""]
    previous = ""
    for block in text_blocks(result.text):
        text = plain_text(block.text)
        in_list = block.kind in ("bullet", "number") and previous == block.kind
        if out[-1] == "" and in_list:
            out.pop()  # consecutive list items sit on consecutive lines
        prefix = {"bullet": "• ", "number": f"{block.number}. "}.get(block.kind, "")
        out += [prefix + text, ""]
        previous = block.kind
    out += [SOURCES, *(source_entry(e) for e in result.evidence)]
    out += [] if result.evidence else ["No sources were cited."]
    if result.findings:
        out += ["", CHECKS, CHECKS_INTRO]
        out += [f"{i}. {finding_entry(f)}" for i, f in enumerate(result.findings, 1)]
    return "\n".join(out) + "\n"


def writable(path: Path) -> Path:
    """The path, its folders created; a folder or an unwritable place is an InputError."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name, e.g. {path / 'response.docx'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path.parent}: cannot create folder ({exc.strerror})") from None
    return path


def write_text(path: Path, text: str) -> Path:
    path = writable(path)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    return path


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
    text, position = _LINK.sub(lambda m: f"{m[1]} ({m[2]})", text).replace("`", ""), 0
    for match in _EMPHASIS.finditer(text):
        paragraph.add_run(text[position : match.start()])
        run = paragraph.add_run(match["b"] or match["u"] or match["i"])
        run.bold, run.italic = bool(match["b"] or match["u"]) or None, bool(match["i"]) or None
        position = match.end()
    paragraph.add_run(text[position:])
    if num_id:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id


def to_docx(result: GroundedText, path: Path, title: str | None = None) -> Path:
    """A Word document with real headings and lists; parent folders are created."""
    from docx import Document  # imported here: only this export needs python-docx

    path, heading = writable(path), _title(result, title)
    document = Document()
    props = document.core_properties
    props.title, props.subject = heading[:255], one_line(result.question)[:255]  # Word max
    props.comments = ""
    profile = result.details.get("profile")
    props.author = profile if isinstance(profile, str) else ""  # not the "python-docx" default
    document.add_heading(heading, level=0)
    add_paragraph(document, f"**Question:** {one_line(result.question)}")
    if result.findings:
        add_paragraph(document, f"**Before sending:** {_notice(result.findings)}")
    num_id, previous = 0, ""
    for block in text_blocks(result.text):
        if block.kind == "heading":
            document.add_heading(plain_text(block.text), level=block.level)
        elif block.kind == "number":
            num_id = num_id if previous == "number" else fresh_numbering(document)
            add_paragraph(document, block.text, "List Number", num_id)
        else:
            add_paragraph(document, block.text, "List Bullet" if block.kind == "bullet" else None)
        previous = block.kind
    document.add_heading(SOURCES, level=1)
    for evidence in result.evidence:
        document.add_paragraph(source_entry(evidence))
    if not result.evidence:
        document.add_paragraph("No sources were cited.")
    if result.findings:
        document.add_heading(CHECKS, level=1)
        document.add_paragraph(CHECKS_INTRO)
        num_id = fresh_numbering(document)
        for finding in result.findings:
            add_paragraph(document, finding_entry(finding), "List Number", num_id)
    return save_docx(document, path)


def save_docx(document: WordDocument, path: Path) -> Path:
    """Save a Word document; a folder that cannot be written to is a one-line input error."""
    try:
        document.save(str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    return path


WRITERS: dict[str, Callable[[GroundedText, Path, str | None], Path]] = {
    ".md": lambda r, p, t: write_text(p, to_markdown(r, t)),
    ".docx": to_docx,
    ".txt": lambda r, p, t: write_text(p, to_plain_text(r, t)),
}


def write_export(result: GroundedText, path: Path, title: str | None = None) -> Path:
    """Write the format the file name asks for: .md, .docx or .txt."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        allowed = ", ".join(WRITERS)
        got = path.suffix or "no suffix"
        raise InputError(f"{path}: cannot export to '{got}'; use a file ending in {allowed}")
    return writer(result, path, title)

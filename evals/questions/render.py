"""Write a consultation document, given as blocks, as DOCX, PDF, HTML, Markdown or text.

Blocks: ("title", text), ("h1"/"h2", text), ("p", text), ("li", text) a bullet, ("num", text)
and ("sub", text) Word auto-numbered items (level 0 and 1), ("restart",) a new Word list
starting at 1, ("table", rows), ("page",) a page break. PDFs can be set in two columns, with a
running header and footer, and break long words with a hyphen at the end of a line, as
typeset documents do.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

Block = tuple[Any, ...]


def write(path: Path, blocks: list[Block], **options: Any) -> Path:
    writers = {".docx": _docx, ".pdf": _pdf, ".html": _html, ".md": _markdown, ".txt": _text}
    writers[path.suffix](path, blocks, **options)
    return path


# ---- Word ---------------------------------------------------------------------------------

_NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 w:abstractNumId="90"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
<w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>"""


def _new_list(document: Any, restart: bool) -> str:
    """A Word list (w:num) over the test's abstract numbering; `restart` starts it at 1."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    if numbering.find(".//{*}abstractNum[@{*}abstractNumId='90']") is None:
        first_num = numbering.find("{*}num")
        abstract = parse_xml(_NUMBERING)
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    num_id = str(100 + len(numbering.findall("{*}num")))
    override = (
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    )
    numbering.append(
        parse_xml(
            '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'w:numId="{num_id}"><w:abstractNumId w:val="90"/>{override}</w:num>'
        )
    )
    return num_id


def _numbered(document: Any, text: str, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def _docx(path: Path, blocks: list[Block], **_: Any) -> None:
    from docx import Document

    document = Document()
    num_id = ""
    for kind, *rest in blocks:
        if kind == "title":
            document.add_heading(rest[0], level=0)
        elif kind in ("h1", "h2"):
            document.add_heading(rest[0], level=int(kind[1]))
        elif kind == "li":
            document.add_paragraph(rest[0], style="List Bullet")
        elif kind in ("num", "sub"):
            num_id = num_id or _new_list(document, False)
            _numbered(document, rest[0], num_id, 0 if kind == "num" else 1)
        elif kind == "restart":
            num_id = _new_list(document, True)
        elif kind == "table":
            rows = rest[0]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, text in zip(row.cells, cells, strict=False):
                    cell.text = text
        elif kind == "page":
            document.add_page_break()
        else:
            document.add_paragraph(rest[0])
    document.core_properties.title = next((b[1] for b in blocks if b[0] == "title"), "")
    document.save(str(path))


# ---- PDF ----------------------------------------------------------------------------------


def _wrap(pdf: Any, text: str, width: float) -> list[str]:
    """Lines no wider than `width`; a long word that does not fit is broken with a hyphen."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if pdf.get_string_width(trial) <= width:
            line = trial
            continue
        if len(word) >= 9 and "-" not in word and word.isalpha():
            for cut in range(len(word) - 3, 3, -1):
                head = f"{line} {word[:cut]}-".strip()
                if pdf.get_string_width(head) <= width:
                    lines.append(head)
                    line = word[cut:]
                    break
            else:
                lines.append(line)
                line = word
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def _pdf(path: Path, blocks: list[Block], columns: int = 1, running: str = "", **_: Any) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A5")
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 12)
    gap, top, bottom = 6.0, 20.0, 192.0
    width = (pdf.w - 24 - gap * (columns - 1)) / columns
    state = {"column": 0, "y": top}

    def new_page() -> None:
        pdf.add_page()
        state.update(column=0, y=top)
        if running:
            pdf.set_font("Helvetica", size=7)
            pdf.set_xy(12, 8)
            pdf.cell(0, 4, running)
            pdf.set_xy(12, 198)
            pdf.cell(0, 4, f"Page {pdf.page_no()}")

    def line(text: str, size: float, bold: bool = False) -> None:
        if state["y"] > bottom:
            if state["column"] + 1 < columns:
                state.update(column=state["column"] + 1, y=top)
            else:
                new_page()
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.set_xy(12 + state["column"] * (width + gap), state["y"])
        pdf.cell(width, 4.5, text)
        state["y"] += 4.5

    new_page()
    for kind, *rest in blocks:
        if kind == "page":
            new_page()
            continue
        if kind == "table":
            for cells in rest[0]:
                pdf.set_font("Helvetica", size=8)
                lines = _wrap(pdf, cells[-1], width - 12)
                for index, text in enumerate(lines):
                    if index == 0:
                        pdf.set_xy(12 + state["column"] * (width + gap), state["y"])
                        pdf.cell(10, 4.5, cells[0])
                    pdf.set_xy(24 + state["column"] * (width + gap), state["y"])
                    pdf.cell(width - 12, 4.5, text)
                    state["y"] += 4.5
                state["y"] += 2
            continue
        text = rest[0] if kind != "li" else f"- {rest[0]}"
        size, bold = (12, True) if kind in ("title", "h1") else (9, kind == "h2")
        pdf.set_font("Helvetica", "B" if bold else "", size)
        for text_line in _wrap(pdf, text, width):
            line(text_line, size, bold)
        state["y"] += 3
    pdf.set_title(next((b[1] for b in blocks if b[0] == "title"), ""))
    pdf.output(str(path))


# ---- HTML, Markdown, text -----------------------------------------------------------------


def _html(path: Path, blocks: list[Block], **_: Any) -> None:
    title = next((b[1] for b in blocks if b[0] == "title"), "")
    body, in_list = [], False
    for kind, *rest in blocks:
        if in_list and kind != "li":
            body.append("</ul>")
            in_list = False
        if kind == "title":
            body.append(f"<h1>{html.escape(rest[0])}</h1>")
        elif kind in ("h1", "h2"):
            body.append(f"<h{int(kind[1]) + 1}>{html.escape(rest[0])}</h{int(kind[1]) + 1}>")
        elif kind == "h3":
            body.append(f"<h4>{html.escape(rest[0])}</h4>")
        elif kind == "li":
            body.append(("" if in_list else "<ul>") + f"<li>{html.escape(rest[0])}</li>")
            in_list = True
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"
                for cells in rest[0]
            )
            body.append(f"<table>{rows}</table>")
        elif kind == "raw":
            body.append(rest[0])
        elif kind != "page":
            body.append(f"<p>{html.escape(rest[0])}</p>")
    if in_list:
        body.append("</ul>")
    page = (
        f'<!doctype html><html lang="en"><head><title>{html.escape(title)} - GOV.UK</title>'
        '</head><body><header><a href="/">GOV.UK</a></header><nav>Home &gt; Government '
        f"&gt; Consultations</nav><main>{''.join(body)}</main><footer>Contact us | Cookies"
        "</footer></body></html>\n"
    )
    path.write_text(page, encoding="utf-8")


def _markdown(path: Path, blocks: list[Block], **_: Any) -> None:
    lines: list[str | None] = []
    previous = ""
    for kind, *rest in blocks:
        marks = {"title": "# ", "h1": "## ", "h2": "### ", "h3": "#### ", "li": "- "}
        if previous in ("li", "line") and kind not in ("li", "line"):
            lines.append("")
        previous = kind
        if kind == "table":
            rows = rest[0]
            lines += ["| " + " | ".join(r) + " |" for r in rows[:1]]
            lines += ["|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            lines.append("")
        elif kind != "page":
            lines += [marks.get(kind, "") + rest[0], "" if kind not in ("li", "line") else None]
    path.write_text("\n".join(x for x in lines if x is not None) + "\n", encoding="utf-8")


def _text(path: Path, blocks: list[Block], wrap: int = 0, **_: Any) -> None:
    import textwrap

    lines: list[str] = []
    previous = ""
    for kind, *rest in blocks:
        if kind == "page":
            continue
        if previous in ("li", "line") and kind not in ("li", "line"):
            lines.append("")
        previous = kind
        text = f"- {rest[0]}" if kind == "li" else rest[0]
        wrapped = textwrap.wrap(text, wrap, break_on_hyphens=False) if wrap else [text]
        lines += wrapped
        if kind not in ("li", "line"):
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

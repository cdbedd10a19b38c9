# ruff: noqa: E501 (one document block or manifest field per line)
"""Write the fresh batch: each real document in sources.py as a file, its expected questions,
the manifest (address, date seen, format, how the file was made) and the dev/held-back split.

    python evals/questions/fresh/build.py

The split is fixed by a stable hash of each document's name, balanced across layout families:
within each family the documents are ordered by sha1(name) and the first n - max(1, round(0.4 n))
are `dev` (used to develop and tune the finder), the rest `held` (reported, never tuned on).
"""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sources import SEEN, SOURCES, Source  # noqa: E402

DOCS = HERE / "docs"


def blocks(text: str) -> list[tuple[str, object]]:
    """Paragraphs, list items, headings and tables from the stored text, line by line."""
    out: list[tuple[str, object]] = []
    table: list[list[str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            table.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        if table:
            out.append(("table", table))
            table = []
        if not line:
            continue
        if line[:2] in ("- ", "• "):
            out.append(("li", line[2:].strip()))
        elif (
            len(line) < 60
            and line[-1] not in ".?:;,)"
            and not line[0].isdigit()
            and not line.startswith("*")
        ):
            out.append(("h", line))
        else:
            out.append(("p", line))
    if table:
        out.append(("table", table))
    return out


def _html(source: Source) -> bytes:
    from html import escape

    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(source.name)}</title></head><body>"
    ]
    in_list = False
    for kind, value in blocks(source.text):
        if kind != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{escape(str(value))}</li>")
        elif kind == "h":
            parts.append(f"<h2>{escape(str(value))}</h2>")
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in value
            )  # type: ignore[union-attr]
            parts.append(f"<table>{rows}</table>")
        else:
            parts.append(f"<p>{escape(str(value))}</p>")
    if in_list:
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts).encode("utf-8")


def _docx(source: Source, path: Path) -> None:
    import docx

    document = docx.Document()
    for kind, value in blocks(source.text):
        if kind == "h":
            document.add_heading(str(value), level=2)
        elif kind == "li":
            document.add_paragraph(str(value), style="List Bullet")
        elif kind == "table":
            rows = list(value)  # type: ignore[call-overload]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            document.add_paragraph(str(value))
    document.save(str(path))


def _odt(source: Source, path: Path) -> None:
    from odfdo import Document, Header, List, ListItem, Paragraph, Table

    document = Document("text")
    body = document.body
    body.clear()
    current: List | None = None
    for kind, value in blocks(source.text):
        if kind != "li":
            current = None
        if kind == "h":
            body.append(Header(2, str(value)))
        elif kind == "li":
            if current is None:
                current = List()
                body.append(current)
            current.append(ListItem(str(value)))
        elif kind == "table":
            rows = list(value)  # type: ignore[call-overload]
            table = Table("Table", width=max(len(r) for r in rows), height=len(rows))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.set_value((c, r), cell)
            body.append(table)
        else:
            body.append(Paragraph(str(value)))
    document.save(str(path))


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def _rtf(source: Source) -> bytes:
    lines = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0\fs22"]
    for kind, value in blocks(source.text):
        if kind == "table":
            for row in value:  # type: ignore[union-attr]
                lines.append(
                    r"\trowd" + "".join(rf"\cellx{1800 * (i + 1)}" for i in range(len(row)))
                )
                lines.append("".join(rf"\intbl {_rtf_escape(c)}\cell " for c in row) + r"\row")
            lines.append(r"\pard")
        elif kind == "h":
            lines.append(rf"\pard\b {_rtf_escape(str(value))}\b0\par")
        elif kind == "li":
            lines.append(rf"\pard\fi-300\li300 \u8226? {_rtf_escape(str(value))}\par")
        else:
            lines.append(rf"\pard {_rtf_escape(str(value))}\par")
    lines.append("}")
    return "\n".join(lines).encode("ascii")


def _pdf(source: Source, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=10)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, value in blocks(source.text):
        if kind == "table":
            with pdf.table(first_row_as_headings=False) as table:
                for row in value:  # type: ignore[union-attr]
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
        else:
            text = ("• " if kind == "li" else "") + str(value)
            pdf.multi_cell(width, 5, text)
        pdf.ln(2)
    pdf.output(str(path))


def write(source: Source) -> Path:
    path = DOCS / f"{source.name}.{source.fmt}"
    if source.fmt == "txt":
        path.write_text(source.text + "\n", encoding="utf-8")
    elif source.fmt == "html":
        path.write_bytes(_html(source))
    elif source.fmt == "docx":
        _docx(source, path)
    elif source.fmt == "odt":
        _odt(source, path)
    elif source.fmt == "rtf":
        path.write_bytes(_rtf(source))
    elif source.fmt == "pdf":
        _pdf(source, path)
    return path


def split() -> dict[str, str]:
    """dev or held for each document: about 60% dev within each family, by sha1 of the name
    (every family of two or more keeps at least one document held back)."""
    by_family: dict[str, list[str]] = {}
    for source in SOURCES:
        by_family.setdefault(source.family, []).append(source.name)
    out = {}
    for names in by_family.values():
        names.sort(key=lambda n: hashlib.sha1(n.encode()).hexdigest())
        dev = len(names) - max(1, round(len(names) * 0.4)) if len(names) > 1 else 1
        out.update({n: ("dev" if i < dev else "held") for i, n in enumerate(names)})
    return out


def write_batch(here: Path, sources: list[Source], seen: str, part: Callable[[str], str]) -> None:
    """Write every document of a batch to `here`/docs with its expected questions, and the
    batch's manifest; `part(name)` says whether a document is dev or held back. The later
    batches are written by this too (held_batch.py)."""
    docs = here / "docs"
    docs.mkdir(exist_ok=True)
    for old in docs.iterdir():
        old.unlink()
    manifest = []
    for source in sources:
        path = write(source)
        expected = {
            "document": path.name,
            "family": source.family,
            "split": part(source.name),
            "questions": [{"number": n, "start": s, "kind": k} for n, s, k in source.expected],
        }
        (docs / f"{path.name}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        manifest.append(
            {
                "document": path.name,
                "family": source.family,
                "split": part(source.name),
                "address": source.url,
                "seen": seen,
                "format": source.fmt,
                "made": "stored text as is"
                if source.fmt == "txt"
                else f"rebuilt as {source.fmt.upper()} from the stored text",
                "note": source.note,
                "questions": len(source.expected),
            }
        )
        print(f"{part(source.name):4} {source.family:8} {path.name}: {path.stat().st_size:,} bytes")
    (here / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    assert not zipfile.is_zipfile(here / "manifest.json")


def main() -> None:
    write_batch(HERE, SOURCES, SEEN, split().__getitem__)


if __name__ == "__main__":
    main()

"""A `Page` as Markdown (to edit or keep) or as plain text (to paste into a web form).

Both keep the [n] markers. Plain text has no Markdown symbols: lists get "•" or their number,
emphasis and links are written out, and a table becomes "Label: value" lines.
"""

from __future__ import annotations

from assistant.export.page import LIST_KINDS, Page, plain_text
from assistant.rendering.views import markdown_lines, plain_lines


def to_markdown(page: Page) -> str:
    lines = [f"# {page.title}", "", *([f"**{page.marking}**", ""] if page.marking else [])]
    previous = ""
    for block in page.blocks:
        if previous in LIST_KINDS and block.kind != previous:
            lines.append("")  # a list ends with a blank line; its items sit together
        if block.kind == "written" and block.written is not None:
            lines += markdown_lines(block.written, block.level)
        elif block.kind == "heading":
            lines += [f"{'#' * (block.level + 1)} {block.text}", ""]
        elif block.kind == "bullet":
            lines.append(f"- {block.text}")
        elif block.kind == "number":
            lines.append(f"{block.number}. {block.text}")
        elif block.kind == "table":
            lines += ["| | |", "|---|---|"]
            lines += [f"| {label} | {value.replace('|', '/')} |" for label, value in block.rows]
            lines.append("")
        else:
            lines += [block.text, ""]
        previous = block.kind
    return "\n".join(lines).rstrip() + "\n"


def to_plain_text(page: Page) -> str:
    out = [page.title, "", *([page.marking, ""] if page.marking else [])]
    previous = ""
    for block in page.blocks:
        text = block.text if block.kind == "raw" else plain_text(block.text)
        if block.kind in LIST_KINDS and previous == block.kind and out[-1] == "":
            out.pop()  # consecutive list items sit on consecutive lines
        if block.kind == "written" and block.written is not None:
            out += plain_lines(block.written)
            previous = block.kind
            continue
        if block.kind == "table":
            out += [f"{label}: {value}" for label, value in block.rows]
        else:
            prefix = {"bullet": "• ", "number": f"{block.number}. "}.get(block.kind, "")
            out.append(prefix + text)
        out.append("")
        previous = block.kind
    return "\n".join(out).rstrip() + "\n"

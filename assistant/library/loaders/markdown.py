"""Markdown with optional YAML front matter (the bundled corpus's format), and plain text."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import yaml

from assistant.core.errors import DocumentError
from assistant.library.loaders.base import Builder, Loaded, clean, plain_paragraphs, read_text
from assistant.library.loaders.limits import Limits

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_REFERENCES = re.compile(r"^Sources?: ")


def read_markdown(path: Path) -> tuple[dict[str, str], str]:
    """(the YAML front matter's fields, the text after it); DocumentError on bad front matter.

    The one place a Markdown file is read: search passages (`load_markdown`) and a
    consultation's lines (`consultation.reading`) both start from here.
    """
    raw = read_text(path).replace("\r\n", "\n").replace("\r", "\n")
    match = FRONT_MATTER.match(raw)
    if not match:
        return {}, raw
    try:
        loaded = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        detail = " ".join(str(exc).split())  # one line: YAML messages span several
        raise DocumentError(f"{path.name}: front matter is not valid YAML ({detail})") from None
    if not isinstance(loaded, dict):
        raise DocumentError(f"{path.name}: front matter must be a mapping of fields")
    return {str(k): _meta_value(v) for k, v in loaded.items()}, raw[match.end() :]


def load_markdown(path: Path, limits: Limits | None = None) -> Loaded:
    meta, raw = read_markdown(path)
    builder = Builder(limits)
    paragraph: list[str] = []
    # A briefing note ends each section with its references; they are kept beside the passages
    # (shown in source lists), not in the text, so a quoted sentence is never a reference line.
    note = meta.get("kind", "").strip().lower() == "briefing note"
    references: dict[str, str] = {}

    def flush() -> None:
        if paragraph:
            text = " ".join(paragraph)
            if note and _REFERENCES.match(text):
                references[builder.section] = clean(text)
            else:
                builder.paragraph(text)
            paragraph.clear()

    for line in raw.split("\n"):
        heading = MD_HEADING.match(line)
        if heading:
            flush()
            builder.heading(heading.group(2))
            if heading.group(1) == "#" and "title" not in meta:
                meta["title"] = clean(heading.group(2))
        elif not line.strip():
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            paragraph.append(line.strip())
        else:
            paragraph.append(line.strip())
    flush()
    blocks = [replace(b, references=references.get(b.section, "")) for b in builder.blocks]
    return builder.text, blocks, meta


def _meta_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


def load_text(path: Path, limits: Limits | None = None) -> Loaded:
    builder = Builder(limits)
    plain_paragraphs(builder, read_text(path))
    first = next(iter(builder.blocks), None)
    title = builder.section if not first else (first.section or "")
    return builder.text, builder.blocks, {"title": title} if title else {}

"""Saved items as Markdown and Word files, through the project's one export module.

A draft exports as its latest version. A conversation exports as one document: each question a
heading with its answer beneath, the sources of every answer numbered on from the one before
(so [1] of the second answer becomes [6] if the first had five), and every check kept. The
answers are joined as typed text (`GroundedText.written`), each under its question as a heading,
and renumbered sentence by sentence with the one [n] pattern (`written_text.shift_markers`). The
only calls into the export module are `write_export` and `markdown_of`.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.errors import InputError
from assistant.core.schema import Finding, GroundedText, Verification
from assistant.core.written_text import (
    Form,
    SectionKind,
    WrittenText,
    numbered,
    section,
    shift_markers,
)
from assistant.export import DRAFT_MARK, markdown_of, write_export
from assistant.history.store import Saved

if TYPE_CHECKING:
    from assistant.history.review import Review


def as_one(saved: Saved) -> GroundedText:
    """The item as one result to export: a draft's latest version, or the whole conversation."""
    if not saved.entries:
        raise InputError(f"'{saved.item.id}' has nothing saved in it yet")
    if saved.item.kind == "draft" or len(saved.entries) == 1:
        return saved.entries[-1].result
    parts: list[WrittenText] = []
    evidence, findings, offset = [], [], 0
    for entry in saved.entries:
        result = entry.result
        asked = section(SectionKind.TEXT, result.question, Form.HEADING, level=2)
        parts.append(WrittenText((asked, *result.written.shifted(offset).sections)))
        evidence += [dataclasses.replace(e, n=e.n + offset) for e in result.evidence]
        findings += [
            Finding(
                shift_markers(f.sentence, offset),
                f.problem,
                f.rule,
                tuple(n + offset for n in f.citations),
            )
            for f in result.findings
        ]
        offset += max((e.n for e in result.evidence), default=0)
    first = saved.entries[0].result
    whole = numbered(chain.from_iterable(part.sections for part in parts))
    return dataclasses.replace(
        first,
        text=whole.markdown(),
        written=whole,
        evidence=tuple(evidence),
        verification=Verification((), tuple(findings)),
        # The first answer's facts (its relevance, notices, repairs) are not the whole's.
        relevance=0.0,
        notices=(),
        repairs=None,
        draft=None,
        consultation=None,
        recheck=False,
    )


def title_of(saved: Saved) -> str:
    """The user's name for it, else "Conversation: <first question>" or the draft default."""
    if saved.item.kind == "conversation":
        return f"Conversation: {saved.item.title}" if saved.item.title else "Conversation"
    first = saved.entries[0].result.question if saved.entries else ""
    return "" if saved.item.title == first else saved.item.title


def markdown(saved: Saved) -> str:
    return markdown_of(as_one(saved), title_of(saved) or None)


def export(
    saved: Saved,
    path: Path,
    approval: Review | None = None,
    mark_draft: bool = False,
    accepted: tuple[str, ...] = (),
) -> Path:
    """Write the file the name asks for (.md, .docx or .txt). A draft answer with an approval
    of its latest version ends "Approved by … on …" and lists the `accepted` checks; without
    one, when `mark_draft` (a team install, with personal logins), it is marked DRAFT on every
    page. One person working alone approves nothing, so their files stay as they were. A
    conversation is exported as it is."""
    unapproved = saved.item.kind == "draft" and approval is None
    marking = DRAFT_MARK if unapproved and mark_draft else ""
    closing: tuple[str, ...] = ()
    if approval is not None:
        closing = (f"{approval.line()}.",)
        if accepted:
            closing += ("Checks accepted before approval:", *accepted)
    return write_export(as_one(saved), Path(path), title_of(saved) or None, marking, closing)


def file_stem(saved: Saved) -> str:
    """A safe file name from the title: "conversation-what-was-the-fund"."""
    words = re.findall(r"[a-z0-9]+", saved.item.title.lower())[:8]
    return "-".join([saved.item.kind, *words]) or saved.item.kind

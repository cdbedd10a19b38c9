"""Turn results into Markdown and HTML for the page. Pure functions, so they are easy to test.

Everything from a document is escaped before it reaches the page: uploaded text is data.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from assistant.core.schema import Evidence, Finding, GroundedText
from assistant.library.source_kinds import badge
from assistant.rendering.checks import checks_markdown, flagged_count
from assistant.rendering.sources import HEADING, NONE, describe, source_quote


def md_escape(text: str) -> str:
    """Neutralise Markdown and HTML in source text shown on the page."""
    text = html.escape(" ".join(text.split()), quote=False)
    for ch in "\\`*_[]#<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def sources_markdown(evidence: Sequence[Evidence]) -> str:
    """Numbered sources as every face writes them (`rendering.sources`): where each passage is,
    its kind as a badge, the passage quoted and the references it gives."""
    if not evidence:
        return f"_{NONE}_"
    lines = [f"## {HEADING}", ""]
    for e in evidence:
        lines.append(f"**[{e.n}] {md_escape(describe(e))}**  ")
        lines.append(f"_{badge(e.label or e.kind)}_  ")
        quote = f"> {md_escape(source_quote(e))}"
        lines.append(f"{quote} {md_escape(e.references)}" if e.references else quote)
        lines.append("")
    return "\n".join(lines)


def findings_markdown(findings: Sequence[Finding], refused: bool = False) -> str:
    """What the checker flagged, or a clear all-clear: worded as the CLI and every exported file
    word it (`assistant.rendering.checks`), with the page's Markdown escaped."""
    return checks_markdown(findings, refused, md_escape)


def not_used_markdown(result: GroundedText) -> str:
    """The key points a draft left out ("not used here"), or nothing."""
    from assistant.answering.writing.points import NOT_USED, NOT_USED_INTRO, not_used

    left_out = not_used(result)
    if not left_out:
        return ""
    lines = ["", f"## {NOT_USED}", "", NOT_USED_INTRO, ""]
    return "\n".join([*lines, *(f"- {md_escape(p)}" for p in left_out)])


def status_html(message: str, kind: str = "info") -> str:
    """A short status line; its container is a polite live region (see app.LIVE_REGION_JS)."""
    return f'<p class="status status-{kind}">{html.escape(message)}</p>'


def answer_status(result: GroundedText) -> str:
    """How the answer went, led by any notice (e.g. the model could not load: quotes only)."""
    notices = " ".join(n.strip() for n in result.notices)
    lead = f"{notices} " if notices else ""
    if result.refused:
        return status_html(f"{lead}The library does not cover this question. See the suggestion.")
    sources = len(result.evidence)
    flagged = flagged_count(result.findings)
    return status_html(f"{lead}Answer ready with {sources} sources; {flagged}.", "done")

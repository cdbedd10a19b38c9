"""One grounded answer or draft as a `Page`: title, question, the text, sources and checks.

Every format keeps the [n] markers inline and ends with the numbered sources they point to, so
a reader can check each claim; each source line is `citations.describe`, as on the page and in
the CLI. The verifier's findings are written out as "Checks to make before sending", worded
as every face words them (`rendering.checks`): a flag silently dropped is a wrong figure sent.
The text itself goes in as its typed value (`GroundedText.written`), never read from Markdown.
"""

from __future__ import annotations

from assistant.answering.writing.points import NOT_USED, NOT_USED_INTRO, not_used
from assistant.core.schema import Evidence, GroundedText
from assistant.core.text import shorten
from assistant.export.page import (
    Block,
    Page,
    heading,
    numbered,
    one_line,
    para,
    plain_text,
    raw,
    written,
)
from assistant.rendering import checks, sources

TITLE_CHARS = 80  # the question is shortened to about this many characters in a default title
SOURCES = sources.HEADING
CHECKS = checks.HEADING


def default_title(result: GroundedText) -> str:
    """ "Response to: <question>", the question cut at a word boundary if long."""
    question = one_line(plain_text(result.question))
    if not question:
        return "Consultation response"
    return f"Response to: {shorten(question, TITLE_CHARS + 1)}"


def source_blocks(evidence: tuple[Evidence, ...], none: str) -> list[Block]:
    """The numbered sources, one line each, or `none` when nothing was cited."""
    return [raw(sources.source_line(e)) for e in evidence] or [raw(none)]


def answer_page(result: GroundedText, title: str | None = None) -> Page:
    """Title, question, a notice of any checks, the text as written, sources, then checks."""
    name = one_line(title or "") or default_title(result)
    blocks = [para(f"**Question:** {one_line(result.question)}")]
    if result.findings:
        blocks.append(para(f"**Before sending:** {checks.flagged_notice(result.findings)}"))
    blocks.append(written(result.written))
    blocks += [heading(SOURCES), *source_blocks(result.evidence, sources.NONE)]
    left_out = not_used(result)
    if left_out:
        blocks += [heading(NOT_USED), para(NOT_USED_INTRO), *(Block("bullet", p) for p in left_out)]
    if result.findings:
        blocks += [heading(CHECKS), para(checks.INTRO)]
        blocks += numbered(checks.finding_line(f) for f in result.findings)
    author = result.draft.profile if result.draft else ""
    return Page(name, one_line(result.question), author, tuple(blocks))

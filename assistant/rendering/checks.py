"""One wording of an answer's checks, for the terminal, the web page and every exported file.

The CLI, the web app and the export once each worded the same findings their own way ("Checks
to make before using this", "Checks to make", "Checks to make before sending"; the problem
first in two, the sentence first in the third; two all-clear lines that said different things).
A reader who saw a check on the page and then in the file could not tell it was the same one.
Here each is worded once; the views differ only in their marks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.core.schema import Finding
from assistant.core.text import plural
from assistant.rendering.inline import one_line, plain_text

HEADING = "Checks to make before sending"
INTRO = (
    "The automatic check flagged the sentences below. Check each one against its source, then "
    "correct or remove it before sending."
)
ALL_CLEAR = (
    "every citation number has a source, and every figure and quotation is in the passage it cites."
)
NOTHING_TO_CHECK = "The library has nothing relevant enough, so nothing was written to check."


def finding_line(finding: Finding) -> str:
    """ "“the sentence” — what is wrong with it" on one line (the problem alone for a note on
    the whole text, such as evidence taken out)."""
    sentence = one_line(plain_text(finding.sentence))
    return f"“{sentence}” — {finding.problem}" if sentence else finding.problem


def flagged_notice(findings: Sequence[Finding]) -> str:
    """Said at the top of an exported answer that has checks."""
    count = plural(len(findings), "sentence")
    return f"the automatic check flagged {count}: see “{HEADING}” at the end."


def flagged_count(findings: Sequence[Finding]) -> str:
    """ "2 checks flagged" or "no problems found", for a one-line status."""
    return f"{plural(len(findings), 'check')} flagged" if findings else "no problems found"


def checks_text(findings: Sequence[Finding], refused: bool = False) -> list[str]:
    """The checks for the terminal: a heading with the count and a line each, the all-clear, or
    the line saying nothing was written."""
    if refused:
        return [NOTHING_TO_CHECK]
    if not findings:
        return [f"Checked: {ALL_CLEAR}"]
    return [f"{HEADING} ({len(findings)}):", *(f"- {finding_line(f)}" for f in findings)]


def checks_markdown(
    findings: Sequence[Finding], refused: bool = False, escape: Callable[[str], str] = str
) -> str:
    """The same for a web page, `escape` neutralising Markdown in the sentence and problem."""
    if refused:
        return NOTHING_TO_CHECK
    if not findings:
        return f"**Checked:** {ALL_CLEAR}"
    lines = [f"## {HEADING} ({len(findings)})", ""]
    return "\n".join([*lines, *(f"- {escape(finding_line(f))}" for f in findings)])

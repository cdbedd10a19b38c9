"""The check in words, for the page, the terminal and the response document.

Plain English, and never colour alone: each sign is written out as "has" or "missing", so a
screen reader and a printed page say the same as the screen. The page gets a heading and lists;
the response's "Before sending" list gets one line per answer, kept short.
"""

from __future__ import annotations

from assistant.how_read.check import EVIDENCE_RICH, HowRead
from assistant.how_read.response import AnswerRead
from assistant.how_read.signs import Sign

HEADING = "How it will be read"
INTRO = (
    "Government analysts read responses with machine help and mark an answer "
    '"evidence-rich" when it has at least two of these four signs. This is advice, not a '
    "rule: nothing is blocked."
)
NAMES = {
    Sign.FIGURES: "facts or figures",
    Sign.EXAMPLES: "a concrete example",
    Sign.EXPERIENCE: "lived or professional experience",
    Sign.SOLUTIONS: "a reasoned solution",
}


def verdict(check: HowRead) -> str:
    count = len(check.found)
    if check.evidence_rich:
        return f"Likely to be read as evidence-rich: {count} of the 4 signs."
    return (
        f"Likely to be passed over as opinion: {count} of the 4 signs "
        f"(analysts look for {EVIDENCE_RICH} or more)."
    )


def stance_line(check: HowRead) -> str | None:
    """None when the question asks for no position."""
    if not check.stance.asked:
        return None
    if check.stance.stated is None:
        return "Position: not stated. This question asks whether you agree."
    said = {"agree": "you agree", "disagree": "you disagree", "mixed": "you agree in part"}
    return f"Position: stated clearly ({said[check.stance.stated]})."


def sign_lines(check: HowRead) -> list[str]:
    """One line per sign, in the same order every time: "Has …: “words”" or "Missing: …"."""
    words = {f.sign: f.words for f in check.found}
    return [
        f"Has {NAMES[sign]}: “{words[sign]}”." if sign in words else f"Missing: {NAMES[sign]}."
        for sign in Sign
    ]


def _bullets(check: HowRead) -> list[str]:
    """The stance (when asked) and the four signs, as list items: the same on every face."""
    stance = stance_line(check)
    return [f"- {line}" for line in ([stance] if stance else []) + sign_lines(check)]


def markdown(check: HowRead, level: int = 3) -> str:
    """The page's panel: heading, verdict, the signs, what would add the missing ones, score."""
    hashes = "#" * level
    lines = [f"{hashes} {HEADING}", "", verdict(check), "", *_bullets(check)]
    if check.suggestions:
        lines += ["", f"{hashes}# What would help", ""]
        lines += [f"- {tip}" for tip in check.suggestions]
        lines += ["", "Only add what is true and you can stand behind: the check never writes it."]
    lines += ["", check.reading]
    return "\n".join(lines)


def text(check: HowRead) -> str:
    """For the terminal: the same content without Markdown."""
    lines = [f"{HEADING}: {verdict(check)}", *_bullets(check)]
    lines += [f"- To add: {tip}" for tip in check.suggestions]
    lines.append(f"- {check.reading}")
    return "\n".join(lines)


def summary(check: HowRead) -> str:
    """One line for the response's "Before sending" list."""
    has = ", ".join(NAMES[s] for s in check.has) or "none of the signs"
    parts = [f"{len(check.found)} of 4 signs ({has})"]
    if check.stance.missing:
        parts.append("no clear position")
    if check.missing:
        parts.append("could add " + ", ".join(NAMES[s] for s in check.missing))
    score = "" if check.reading_ease is None else f"; reading ease {_score(check):.0f}"
    return "; ".join(parts) + score + "."


def _score(check: HowRead) -> float:
    return min(100.0, max(0.0, check.reading_ease or 0.0))


def response_markdown(checked: tuple[AnswerRead, ...]) -> str:
    """The Consultation tab's panel: each drafted answer under its own heading, the signs it
    has and lacks, and what would help, in the order of the response."""
    if not checked:
        return f"### {HEADING}\n\nNo drafted answers to check yet."
    lines = [f"### {HEADING}", "", INTRO]
    for answer in checked:
        check = answer.check
        lines += ["", f"#### {answer.label}", "", verdict(check), "", *_bullets(check)]
        lines += [f"- What would help: {tip}" for tip in check.suggestions]
        lines.append(f"- {check.reading}")
    return "\n".join(lines)

"""The model writer's text as typed sections (`written_text`), made as it is assembled.

Why here: only the writer knows what each paragraph is for (the opening with our position, the
answer in brief, a reason, a recommendation); read back from Markdown later, that is lost. The
sections join to exactly the Markdown the writer returns (`Written.text`).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.core.result_facts import QuestionKind
from assistant.core.written_markdown import read_markdown
from assistant.core.written_text import Section, SectionKind, WrittenText, numbered, section


def draft_sections(
    head: Sequence[str],
    opened: bool,
    body: Sequence[Sequence[str]],
    roles: Sequence[str],
    kind: QuestionKind,
) -> WrittenText:
    """A draft: its `head` (the opening when `opened`, with our position when the question asks
    for one, then any answer in brief to a how / what question), then one paragraph per planned
    part, `roles` in plan order."""
    first = SectionKind.POSITION if kind == QuestionKind.POSITION else SectionKind.OPENING
    kinds = [first] if opened else []
    parts: list[Section] = [
        section(k, text) for k, text in zip([*kinds, SectionKind.IN_BRIEF], head, strict=False)
    ]
    for role, sentences in zip(roles, body, strict=False):
        if sentences:
            parts.append(section(_kind(role, kind), " ".join(sentences)))
    return numbered(parts)


def answer_sections(text: str) -> WrittenText:
    """A chat answer's written points: one paragraph."""
    return numbered([section(SectionKind.POINT, text)])


def quoted_sections(text: str) -> WrittenText:
    """The quotes-only writer's text (it writes Markdown: headings and bulleted quotations).
    Its headings say what a draft's sections are for ("## Our reasons"); a chat answer's lines
    are all the sources' own words."""
    return read_markdown(text, SectionKind.QUOTE)


def _kind(role: str, kind: QuestionKind) -> SectionKind:
    if role == "recommendation":
        return SectionKind.RECOMMENDATION
    return SectionKind.REASON if kind == QuestionKind.POSITION else SectionKind.ANSWER

"""The first sentence of an answer to a how / what / which question: the proposals in brief.

Issue 21: a reader of "How can commissioners …?" should meet the answer first, then a paragraph
for each proposal. The model writes one sentence from the best sentence of each of the first
two parts; it cites both passages and is checked like every other sentence, the meaning check
included. A sentence that fails is left out rather than repaired: the paragraphs still answer,
and a summary quoted from one source would not be one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.answering.writing import prose
from assistant.answering.writing.plan import Part
from assistant.core.schema import Evidence

WORDS = 30  # one sentence, short enough to read first
Complete = Callable[[str, dict[str, str], int], str]  # prompt name, values, words -> text
Problem = Callable[[str, Sequence[Evidence]], "str | None"]  # cited sentence -> first problem


def sources_of(parts: Sequence[Part]) -> tuple[Part, ...]:
    """The first two parts from different passages (a brief needs two points to sum up)."""
    chosen: list[Part] = []
    for part in parts:
        if part.n not in {p.n for p in chosen}:
            chosen.append(part)
    return tuple(chosen[:2])


def in_brief(
    question: str,
    parts: Sequence[Part],
    evidence: Sequence[Evidence],
    complete: Complete,
    problem: Problem,
) -> str | None:
    """One cited sentence that answers `question` in brief, or None when there are fewer than
    two points or the sentence the model writes fails a check."""
    sources = sources_of(parts)
    if len(sources) < 2:
        return None
    lines = "\n".join(p.best_sentence() for p in sources)
    values = {"question": question, "evidence": lines, "words": str(WORDS)}
    raw = complete("write_in_brief", values, WORDS)
    written = prose.sentences_of(prose.tidy(raw))[:1]
    if not written:
        return None
    cited = prose.cite_all(written[0], sorted(p.n for p in sources))
    items = [e for e in evidence if e.n in {p.n for p in sources}]
    return cited if problem(cited, items) is None else None

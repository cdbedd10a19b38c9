"""The written text of an answer or draft as a typed value: sections of sentences.

Why: the writer used to hand on one Markdown string, and every stage after it (export, the
saved history, forgetting an item of our evidence, the reading-ease score, the consultation
response) read it again with its own patterns. Here the text is built once, where the writer
assembles it, as sections (what each paragraph is for: the opening, a reason, a recommendation,
a quotation, a notice) of sentences, each with its identity, its citation numbers and, once
checked, its check result. Markdown is one rendered view of it (`markdown`, the form
`GroundedText.text` keeps, so every face and saved file reads as before); the other views are
in `assistant.rendering`. A result saved before this value existed holds only Markdown, and
`written_markdown.read_markdown` (the one parser) reads it back.

Pure data and pure functions: no model, nothing from the stages above.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol

from assistant.core.text import MARKER, citations_in, sentence_spans


class SectionKind(StrEnum):
    """What a section is for (a StrEnum: saved as its plain word)."""

    OPENING = "opening"  # who we are and the welcome, no stance
    POSITION = "position"  # the opening that states our stance
    IN_BRIEF = "in brief"  # the answer to a how / what question, in brief
    REASON = "reason"  # a reason for our stance
    ANSWER = "answer"  # a paragraph answering a how / what question (no stance to argue)
    RECOMMENDATION = "recommendation"
    POINT = "point"  # the points of a chat answer
    QUOTE = "quote"  # the sources' own words (the quotes-only writer)
    NOTICE = "notice"  # the assistant speaking: a refusal, an outline to write from
    TEXT = "text"  # read back from Markdown (an edited or older text): its purpose is unknown


class Form(StrEnum):
    """How a section is laid out: the one thing every view needs besides the words."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    BULLET = "bullet"  # one item of a bulleted list (consecutive items are one list)
    NUMBER = "number"  # one item of a numbered list


LISTS = (Form.BULLET, Form.NUMBER)


class Check(StrEnum):
    """What the final check said of one sentence."""

    PASSED = "passed"  # a claim its cited passages support
    OWN_WORDS = "own words"  # the organisation's voice, not a claim: nothing to support
    FLAGGED = "flagged"  # a check to make before sending (its problems say which)
    UNCHECKED = "unchecked"  # a heading, a refusal, or text nobody has checked


@dataclass(frozen=True)
class Sentence:
    """One sentence as written, [n] markers included, with its identity and its check."""

    id: str  # "s3": kept when other sentences are removed, so a sentence is named, not searched
    text: str
    citations: tuple[int, ...] = ()  # the evidence numbers its markers cite, in order
    check: Check = Check.UNCHECKED
    problems: tuple[str, ...] = ()  # what the checks found, in plain English

    def with_text(self, text: str) -> Sentence:
        """The same sentence (same identity) with new words; citations read again."""
        return replace(self, text=text, citations=citations_in(text))


@dataclass(frozen=True)
class Section:
    """One paragraph, heading or list item, and what it is for."""

    kind: SectionKind
    sentences: tuple[Sentence, ...]
    form: Form = Form.PARAGRAPH
    level: int = 0  # a heading's level as Markdown writes it: 2 for "##"
    number: str = ""  # a numbered item's number

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class WrittenText:
    """The whole text, section by section."""

    sections: tuple[Section, ...] = ()

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence in reading order (headings included: their form says which)."""
        return tuple(s for section in self.sections for s in section.sentences)

    @property
    def prose(self) -> tuple[Sentence, ...]:
        """The sentences of the text itself, headings left out."""
        shown = (part for part in self.sections if part.form != Form.HEADING)
        return tuple(s for part in shown for s in part.sentences)

    @property
    def citations(self) -> tuple[int, ...]:
        """Every evidence number the text cites, in order of first citation."""
        seen: dict[int, None] = {}
        for sentence in self.sentences:
            seen |= dict.fromkeys(sentence.citations)
        return tuple(seen)

    def markdown(self) -> str:
        """The text as Markdown: the form `GroundedText.text` keeps and the parser reads back."""
        out: list[str] = []
        previous: Section | None = None
        for section in self.sections:
            if previous is not None:
                together = section.form in LISTS and previous.form in LISTS
                out.append("\n" if together else "\n\n")
            out.append(markdown_line(section))
            previous = section
        return "".join(out)

    def without(self, ids: Collection[str]) -> WrittenText:
        """The text without the sentences named; a section left empty goes too."""
        kept = []
        for section in self.sections:
            sentences = tuple(s for s in section.sentences if s.id not in ids)
            if sentences:
                kept.append(replace(section, sentences=sentences))
        return WrittenText(tuple(kept))

    def uncited(self, numbers: Collection[int]) -> WrittenText:
        """The text with the evidence `numbers` taken out of every [n] marker."""

        def one(sentence: Sentence) -> Sentence:
            if not set(sentence.citations) & set(numbers):
                return sentence
            text = MARKER.sub(lambda m: _kept(m.group(), numbers), sentence.text)
            return sentence.with_text(" ".join(text.split()))

        return self.mapped(one)

    def shifted(self, by: int) -> WrittenText:
        """Every [n] renumbered [n + by] (answers joined into one document number on)."""
        return self.mapped(lambda s: s.with_text(shift_markers(s.text, by)))

    def mapped(self, change: Callable[[Sentence], Sentence]) -> WrittenText:
        """Each sentence through `change`, sections and identities kept."""
        return WrittenText(
            tuple(
                replace(section, sentences=tuple(change(s) for s in section.sentences))
                for section in self.sections
            )
        )


def markdown_line(section: Section) -> str:
    """One section as its Markdown line."""
    if section.form == Form.HEADING:
        return f"{'#' * max(section.level, 1)} {section.text}"
    if section.form == Form.BULLET:
        return f"- {section.text}"
    if section.form == Form.NUMBER:
        return f"{section.number}. {section.text}"
    return section.text


def _kept(marker: str, dropped: Collection[int]) -> str:
    return "".join(f"[{n}]" for n in citations_in(marker) if n not in dropped)


def shift_markers(text: str, by: int) -> str:
    """Every number inside the [n] markers of `text` moved on by `by`."""
    if not by:
        return text
    return MARKER.sub(lambda m: re.sub(r"\d+", lambda d: str(int(d[0]) + by), m[0]), text)


# ---- building -----------------------------------------------------------------------------


def section(
    kind: SectionKind, text: str, form: Form = Form.PARAGRAPH, level: int = 0, number: str = ""
) -> Section:
    """A section from its text: a heading is one unit, anything else is split into sentences
    the way the checks split it (`text.sentence_spans`). Identities are given by `numbered`."""
    text = " ".join(text.split())
    pieces = [text] if form == Form.HEADING else [text[s:e] for s, e in sentence_spans(text)]
    sentences = tuple(Sentence("", p, citations_in(p)) for p in pieces if p)
    return Section(kind, sentences, form, level, number)


def numbered(sections: Iterable[Section]) -> WrittenText:
    """The text, each sentence named "s1", "s2", … in reading order; empty sections left out."""
    count = 0
    done = []
    for part in sections:
        if not part.sentences:
            continue
        named = []
        for sentence in part.sentences:
            count += 1
            named.append(replace(sentence, id=f"s{count}"))
        done.append(replace(part, sentences=tuple(named)))
    return WrittenText(tuple(done))


def paragraphs(kind: SectionKind, texts: Iterable[str]) -> list[Section]:
    """Paragraphs of one kind (empty ones left out)."""
    return [section(kind, t) for t in texts if t.strip()]


# ---- the check of each sentence -----------------------------------------------------------


class SentenceChecked(Protocol):
    """What the verifier says of one sentence (`schema.SentenceCheck`)."""

    @property
    def sentence(self) -> str: ...
    @property
    def is_claim(self) -> bool: ...
    @property
    def supported(self) -> bool: ...


class Flagged(Protocol):
    """A problem found in one sentence (`schema.Finding`)."""

    @property
    def sentence(self) -> str: ...
    @property
    def problem(self) -> str: ...


def with_checks(
    written: WrittenText, checks: Sequence[SentenceChecked], findings: Sequence[Flagged]
) -> WrittenText:
    """Each sentence with what the final check said of it, matched by its words in order (the
    verifier splits the same text into the same sentences)."""
    problems: dict[str, list[str]] = {}
    for finding in findings:
        problems.setdefault(_key(finding.sentence), []).append(finding.problem)
    pending = list(checks)

    def one(sentence: Sentence) -> Sentence:
        key = _key(sentence.text)
        found = next((c for c in pending if _key(c.sentence) == key), None)
        if found is not None:
            pending.remove(found)
        said = tuple(problems.get(key, ()))
        if said:
            return replace(sentence, check=Check.FLAGGED, problems=said)
        if found is None:
            return replace(sentence, check=Check.UNCHECKED, problems=())
        check = Check.PASSED if found.is_claim else Check.OWN_WORDS
        return replace(sentence, check=check, problems=())

    def checked(part: Section) -> Section:
        if part.form == Form.HEADING:
            return part
        return replace(part, sentences=tuple(one(s) for s in part.sentences))

    return WrittenText(tuple(checked(part) for part in written.sections))


def _key(sentence: str) -> str:
    return " ".join(sentence.split())

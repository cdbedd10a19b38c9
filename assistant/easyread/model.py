"""The typed records of an Easy Read version: each sentence with its link to the one response
sentence it comes from, what the checks found, and the whole document."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.easyread.keeps import Lost
from assistant.easyread.words import HardWord

MAX_WORDS = 15  # GOV.UK and Mencap: sentences of about 10-15 words
DRAFT_LABEL = "Draft Easy Read. Check it with people who use Easy Read before you share it."


@dataclass(frozen=True)
class Source:
    """One sentence of the response, numbered from 1 in reading order (headings not counted)."""

    index: int
    text: str  # as written, with its [n] markers
    heading: str = ""  # the heading it sits under, if any


@dataclass(frozen=True)
class EasySentence:
    """One Easy Read sentence and where it came from.

    `by` says how it was made: "rules" (split and plain words, no model) or "model" (the local
    model rewrote it and the meaning check accepted it). `faithful` is the meaning check's
    verdict against the source sentence (None: no model to judge with). `to_check` lists, in
    plain words, what a person should look at before it is shared."""

    text: str
    source: Source
    words: int
    verbs: int
    by: str = "rules"
    faithful: bool | None = None
    meaning: float | None = None
    to_check: tuple[str, ...] = ()

    @property
    def within_limits(self) -> bool:
        return self.words <= MAX_WORDS and self.verbs <= 1


@dataclass(frozen=True)
class Section:
    """A heading of the response (its question, say) and the Easy Read sentences beneath it."""

    heading: str
    sentences: tuple[EasySentence, ...]


@dataclass(frozen=True)
class EasyRead:
    title: str
    sections: tuple[Section, ...]
    hard_words: tuple[HardWord, ...]
    notices: tuple[str, ...] = ()  # e.g. "not checked for meaning: no model"
    # What of each response sentence's numbers, names and negations its Easy Read sentences
    # lack (`keeps.py`, which does not trust the word tables), and the table's swaps, listed
    # for a person to check since the meaning check cannot see them.
    lost: tuple[Lost, ...] = ()
    changed: tuple[HardWord, ...] = ()

    @property
    def sentences(self) -> list[EasySentence]:
        return [s for section in self.sections for s in section.sentences]

    @property
    def sources(self) -> list[Source]:
        seen: dict[int, Source] = {}
        for s in self.sentences:
            seen.setdefault(s.source.index, s.source)
        return list(seen.values())

    def text(self) -> str:
        """The Easy Read text as plain lines: headings, then one sentence a line."""
        lines: list[str] = []
        for section in self.sections:
            if section.heading:
                lines += ["", section.heading] if lines else [section.heading]
            lines += [s.text for s in section.sentences]
        return "\n".join(lines).strip()

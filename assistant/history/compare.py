"""Two versions of a draft compared sentence by sentence: what was added and what removed.

A trustee approving version 4 wants to know what changed since version 3 in words they can
read, not a character diff. The sentences are each version's typed text (`GroundedText.written`,
split as everywhere else), matched with difflib's longest common runs, so a sentence moved or
rewritten shows as one removed and one added; unchanged sentences are counted, not repeated.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from assistant.core.errors import InputError
from assistant.core.text import plural
from assistant.core.written_text import Form, WrittenText, markdown_line
from assistant.history.store import Saved


@dataclass(frozen=True)
class Change:
    kind: Literal["added", "removed"]
    sentence: str


@dataclass(frozen=True)
class Comparison:
    old: int  # version numbers
    new: int
    changes: tuple[Change, ...]
    unchanged: int  # sentences in both

    def summary(self) -> str:
        """ "Version 2 to version 3: 1 sentence added, 1 sentence removed, 4 sentences
        unchanged." """
        head = f"Version {self.old} to version {self.new}: "
        if not self.changes:
            return head + "no sentence changed."
        added = sum(c.kind == "added" for c in self.changes)
        return head + (
            f"{plural(added, 'sentence')} added, {plural(len(self.changes) - added, 'sentence')} "
            f"removed, {plural(self.unchanged, 'sentence')} unchanged."
        )

    def text(self) -> str:
        """For the terminal: the summary, then "+ " added and "- " removed sentences."""
        marks = {"added": "+ ", "removed": "- "}
        return "\n".join([self.summary(), *(f"{marks[c.kind]}{c.sentence}" for c in self.changes)])


def sentences_of(written: WrittenText) -> list[str]:
    """A version's sentences as they are compared and shown; a heading as its Markdown line
    ("## Our reasons"), so a changed heading reads as one."""
    return [
        markdown_line(section) if section.form == Form.HEADING else sentence.text
        for section in written.sections
        for sentence in section.sentences
    ]


def compare_texts(old: WrittenText, new: WrittenText) -> tuple[tuple[Change, ...], int]:
    """The removed and added sentences in reading order, and how many stayed the same."""
    before, after = sentences_of(old), sentences_of(new)
    changes: list[Change] = []
    same = 0
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            same += a2 - a1
            continue
        changes += [Change("removed", s) for s in before[a1:a2]]
        changes += [Change("added", s) for s in after[b1:b2]]
    return tuple(changes), same


def compare_versions(saved: Saved, old: int, new: int) -> Comparison:
    """Compare versions `old` and `new` of a saved draft (numbers as History shows them)."""
    texts = {e.seq: e.result.written for e in saved.entries}
    for number in (old, new):
        if number not in texts:
            have = f"1 to {max(texts)}" if texts else "none"
            raise InputError(f"There is no version {number} of this draft (versions: {have}).")
    changes, same = compare_texts(texts[old], texts[new])
    return Comparison(old, new, changes, same)

"""Question numbers that are unique, whatever the document did.

Documents number their questions again in each chapter ("Chapter 2, Question 1"), or repeat a
number by mistake. A response and a questions file need one number per question, so numbers are
made unique in document order and the notes say how: with the chapter's number first when the
numbering restarts in each numbered chapter ("2.1"), else with "-2", "-3" after a repeat.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_CHAPTER_NUMBER = re.compile(
    r"^(?:(?:chapter|part|section)\s+(?P<word>\d{1,3})\b|(?P<lead>\d{1,3})[.):]?\s+[A-Za-z])",
    re.IGNORECASE,
)


def next_number(last: str) -> str:
    """The number after `last`: "3" -> "4", "1.2" -> "1.3", "4b" -> "5", "" -> "1"."""
    if not last:
        return "1"
    digits = re.match(r"^(.*?)(\d+)(?:[a-z]+|\([a-z]+\))?$", last)
    if not digits:
        return "1"
    return f"{digits[1]}{int(digits[2]) + 1}"


def chapter_number(chapter: str) -> str | None:
    """ "Chapter 2: Funding" -> "2", "3. Charges" -> "3", "Funding" -> None."""
    match = _CHAPTER_NUMBER.match(chapter.strip())
    return (match["word"] or match["lead"]) if match else None


def unique_numbers(numbers: Sequence[str], chapters: Sequence[str]) -> tuple[list[str], str]:
    """(numbers made unique, a note saying what changed, or "" when nothing did)."""
    counts = Counter(numbers)
    if all(count == 1 for count in counts.values()):
        return list(numbers), ""
    prefixes = {chapter: chapter_number(chapter) for chapter in chapters}
    per_chapter = Counter(zip(chapters, numbers, strict=True))
    restarts = (
        all(prefixes.values())
        and len(set(prefixes.values())) == len(prefixes)
        and all(count == 1 for count in per_chapter.values())
    )
    if restarts:
        renumbered = [
            n if n.startswith(f"{prefixes[c]}.") else f"{prefixes[c]}.{n}"
            for n, c in zip(numbers, chapters, strict=True)
        ]
        if len(set(renumbered)) == len(renumbered):
            return renumbered, (
                "Question numbers start again in each chapter, so each question's number now "
                "begins with its chapter's (chapter 2, question 1 is 2.1)."
            )
    used: set[str] = set()
    result: list[str] = []
    changed: list[str] = []
    for number in numbers:
        new, copy = number, 1
        while new in used:
            copy += 1
            new = f"{number}-{copy}"
        if new != number:
            changed.append(f"{number} → {new}")
        used.add(new)
        result.append(new)
    return result, (
        f"Some question numbers appear more than once in the document; later ones were made "
        f"unique ({', '.join(changed)}). Check them against the document."
    )

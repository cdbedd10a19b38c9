"""A consultation document as a sequence of headings and paragraphs, in reading order.

One reader for every document: the checks (`documents.open_limits`), file reading and limits
are ingest's own (`assistant.library.loaders`). What differs is what is made of the text. Word and
HTML keep headings apart from paragraphs, as for search, plus list numbers and bullets. PDF, plain
text and Markdown are taken line by line: the loaders join the lines of a paragraph (right for
search passages), but a question list such as "Q1. ... / Q2. ..." on consecutive lines must stay
apart, and a PDF has no blank lines between paragraphs at all. Errors (a scanned PDF, a locked one,
a file that is not UTF-8) are the loaders' own messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.consultation import patterns
from assistant.consultation.html_reading import html_units
from assistant.consultation.odt_reading import odt_units
from assistant.consultation.pdf_reading import PAGE_BREAK, pdf_lines
from assistant.consultation.word_reading import word_units
from assistant.core.errors import DocumentError
from assistant.library.documents import open_limits
from assistant.library.loaders.base import clean, looks_like_heading, read_text
from assistant.library.loaders.limits import Limits
from assistant.library.loaders.markdown import MD_HEADING, read_markdown
from assistant.library.loaders.rtf import read_rtf
from assistant.settings import Settings

_LINE_FORMATS = (".pdf", ".txt", ".md", ".markdown", ".rtf")
_ENDS = (".", "!", "?", ":", ";", ")")  # a line ending so has finished its sentence
_EMPHASIS = re.compile(r"\*\*|__")  # Markdown bold around a label: "**Question 1:** ..."
_NUMBERED_HEADING_WORDS = 6  # "2. Personal transport budgets" is a heading; longer is text


@dataclass(frozen=True)
class Unit:
    """A heading or a paragraph of the document."""

    text: str
    heading: bool


@dataclass(frozen=True)
class ReadDocument:
    title: str
    units: tuple[Unit, ...]


def read_consultation(path: Path, settings: Settings | None = None) -> ReadDocument:
    """The document's title and its headings and paragraphs; DocumentError if unreadable.

    The same checks (a file, a supported type, the size limit) and the same readers as ingest,
    within the same limits (pages, paragraphs, time).
    """
    path = Path(path)
    limits = open_limits(path, settings)
    suffix = path.suffix.lower()
    if suffix in _LINE_FORMATS:
        title, lines = _lines(path, suffix, limits)
        units = paragraphs_from_lines(lines, markdown=suffix in (".md", ".markdown"))
        if not any(not u.heading for u in units):
            raise DocumentError(f"{path.name}: no text found in this file")
    else:
        reader = {".docx": word_units, ".odt": odt_units}.get(suffix, html_units)
        title, pairs = reader(path, limits)
        units = mend_wrapped([Unit(text, heading) for text, heading in pairs])
        if not units:
            raise DocumentError(f"{path.name}: no text found in this file")
    first_heading = next((u.text for u in units if u.heading), "")
    return ReadDocument(title or first_heading or path.stem.replace("_", " "), tuple(units))


_SENTENCE_END = (".", "?", "!", ":", ";", ")", "]", '"', "\u201d")
# A line that cannot end a sentence: "... increase the capacity of the" / "Senedd?".
_DANGLING = re.compile(r"\s(?:the|of|to|and|a|an|in|for|on|with|its|their|by|or)$", re.IGNORECASE)
# "a) Effective", "ii. Training", "b District Council": a list's letter, not a sentence going on.
_LETTERED = re.compile(r"^(?:(?:[a-z]|[ivx]{1,4})[.)]\s|[a-z]\s+[A-Z])")


def mend_wrapped(units: list[Unit]) -> list[Unit]:
    """Paragraphs a page broke mid-sentence, one line each ("- Does the Senedd have" / "the
    capacity it needs ... ?"), joined again: a paragraph that starts in lower case goes on the
    one before when that one did not end its sentence. A heading so mended is a paragraph
    ("Three" / "questions were discussed at the event:")."""
    out: list[Unit] = []
    for unit in units:
        text = unit.text.strip()
        if (
            out
            and (text[:1].islower() or (text[:1].isalpha() and _DANGLING.search(out[-1].text)))
            and not _LETTERED.match(text)
            and not (unit.heading and out[-1].heading)  # a table's header cells, not a sentence
            and not out[-1].text.rstrip().endswith(_SENTENCE_END)
        ):
            out[-1] = Unit(f"{out[-1].text.rstrip()} {text}", False)
        else:
            out.append(unit)
    return out


def _lines(path: Path, suffix: str, limits: Limits) -> tuple[str, list[str]]:
    """(title from the file, the text's lines with a "" for each page break or blank line)."""
    if suffix == ".pdf":
        return pdf_lines(path, limits)
    if suffix == ".txt":
        return "", read_text(path).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if suffix == ".rtf":  # every RTF paragraph mark ends a paragraph: a blank line after each
        text = read_rtf(path, limits)
        return "", [part for line in text.split("\n") for part in (line, "")]
    meta, body = read_markdown(path)
    return meta.get("title", ""), body.split("\n")


def paragraphs_from_lines(lines: list[str], markdown: bool = False) -> list[Unit]:
    """Lines joined into headings and paragraphs.

    A line starts a new paragraph after a blank line, when it is numbered, bulleted or labelled
    ("Question 2:"), or when the line before ended a sentence, unless it reads as part of a
    question above it ("Please explain your answer.", "(maximum 200 words)"). A short line with
    no closing punctuation standing on its own, or "Chapter 2: Funding", is a heading.
    """
    units: list[Unit] = []
    current: list[str] = []
    current_is_question = False

    compounds = _compounds(lines)

    def flush() -> None:
        nonlocal current_is_question
        if current:
            units.append(Unit(clean(_join(current, compounds)), heading=False))
            current.clear()
        current_is_question = False

    previous_blank = True
    for index, raw in enumerate(lines):
        if raw == PAGE_BREAK:
            previous_blank = not current or current[-1].rstrip().endswith(_ENDS)
            continue
        line = clean(raw)
        if markdown and (heading := MD_HEADING.match(raw.strip())):
            flush()
            units.append(Unit(clean(heading.group(2).strip("*_ ")), heading=True))
            previous_blank = True
            continue
        line = _EMPHASIS.sub("", line).strip() if markdown else line
        if not line:
            flush()
            previous_blank = True
            continue
        next_blank = index + 1 >= len(lines) or not lines[index + 1].strip()
        starts_item = _starts_item(line) and not (_runs_on(current) and _weak_number(line))
        part_of_question = current_is_question and bool(patterns.QUESTION_PART.match(line))
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if (
            not starts_item
            and not part_of_question
            and _is_heading_line(line, previous_blank, next_blank, current)
        ) or _numbered_heading(line, next_blank, following, current):
            flush()
            units.append(Unit(line, heading=True))
            previous_blank = True
            continue
        ended = bool(current) and not _runs_on(current)
        continues = current and not starts_item and (not ended or part_of_question)
        if not continues:
            flush()
            current_is_question = bool(
                patterns.QUESTION_LABEL.match(line) or patterns.ASKS.search(line)
            )
        current.append(line)
        previous_blank = False
    flush()
    return units


# "Chapter 3: Digital services", "Annex A - Summary": a separator straight after the number,
# so "Part 2 of the Act requires ..." running on from the line above stays in its paragraph.
_TITLED = re.compile(r"^\w+\s+\w{1,6}\s*[:.\-–—]\s+\S")
_BROKEN = re.compile(r"(?P<head>[A-Za-z]+)-$")
_COMPOUND = re.compile(r"\b[a-z]+-[a-z]+\b", re.IGNORECASE)


def _compounds(lines: list[str]) -> set[str]:
    """Hyphenated words the document writes whole on one line ("user-led"), lower-cased."""
    return {m.group(0).lower() for line in lines for m in _COMPOUND.finditer(line)}


def _join(lines: list[str], compounds: set[str]) -> str:
    """Hard-wrapped lines as one paragraph. A word broken at a line's end ("organi-" /
    "sations") is mended; a compound the document also writes whole ("user-" / "led") keeps
    its hyphen. Only each line's end is looked at, so a long paragraph joins in linear time."""
    pieces: list[str] = []
    for line in lines:
        line = line.strip()
        broken = _BROKEN.search(pieces[-1][-40:]) if pieces else None
        if broken and line[:1].islower():
            tail = re.match(r"[A-Za-z]*", line).group(0)  # type: ignore[union-attr]
            keep = f"{broken['head']}-{tail}".lower() in compounds
            pieces[-1] = pieces[-1][:-1] + ("-" if keep else "") + line
        else:
            pieces.append(line)
    return " ".join(pieces)


def _runs_on(current: list[str]) -> bool:
    """The paragraph so far has not finished: its last line ends mid-sentence (a line of
    choices, "Yes / No", finishes it)."""
    last = current[-1].strip() if current else ""
    if not last or last.endswith(_ENDS):
        return False
    bare = " ".join(current[-2:]).strip().rstrip(".")  # "Yes / No /" + "Don't know"
    if "/" not in bare and "|" not in bare:
        return True
    tail = bare[-200:]
    return not any(m.end() == len(tail) for m in patterns.OPTION_GROUP.finditer(tail))


def _numbered_heading(line: str, next_blank: bool, following: str, current: list[str]) -> bool:
    """ "2. Personal transport budgets" or "3. DISCOUNTS": a numbered line of a few words with
    no closing punctuation, standing alone or followed by a new sentence."""
    item = patterns.NUMBERED_ITEM.match(line)
    if not item or patterns.QUESTION_LABEL.match(line) or _runs_on(current):
        return False
    body = item["text"].strip()
    return (
        len(body.split()) <= _NUMBERED_HEADING_WORDS
        and body[:1].isupper()
        and not body.endswith((*_ENDS, ","))
        and not patterns.ASKS.search(body)
        and not patterns.QUESTION_OPENER.match(body)
        and (next_blank or following[:1].isupper())
    )


def _weak_number(line: str) -> bool:
    """A number with nothing after it but a space ("12 months", "300 words)"): in a wrapped
    paragraph this is more likely the sentence going on than a new numbered item."""
    if patterns.QUESTION_LABEL.match(line) or patterns.BULLET_ITEM.match(line):
        return False
    return bool(re.match(r"^\d{1,3}(?:\s|$)", line))


def _starts_item(line: str) -> bool:
    return bool(
        patterns.BARE_NUMBER.match(line)
        or patterns.QUESTION_LABEL.match(line)
        or patterns.NUMBERED_ITEM.match(line)
        or patterns.BULLET_ITEM.match(line)
    )


def _is_heading_line(line: str, previous_blank: bool, next_blank: bool, current: list[str]) -> bool:
    alone = previous_blank or not current or current[-1].rstrip().endswith(_ENDS)
    if patterns.CHAPTER_LINE.match(line) and (alone or _TITLED.match(line)):
        return True  # "Chapter 3: Digital services" even straight after a line of choices
    return (
        alone
        and looks_like_heading(line)
        and not patterns.YOU_OPENER.match(line)
        and line[:1].isupper()
        and not patterns.OPTION_ALONE.match(line)
        and not patterns.OPTION_GROUP.search(line)
        and not patterns.CLOSING_CUE.search(line)
        and not any(patterns.limits_in(line))
        and (next_blank or len(line.split()) <= 8)
    )

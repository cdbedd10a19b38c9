"""Small text helpers every part shares: [n] markers, sentences, plurals and shortening.

One home for each, so a draft is split into sentences the same way when it is checked, scored
for plain English and chunked, and a count reads the same in the CLI, the page and a file.
Pure functions, no model.
"""

from __future__ import annotations

import re

# A citation marker as an answer writes it: [1], [2, 3], [2-4], [2–4].
CITATION = r"\[\s*\d+(?:\s*[,–—-]\s*\d+)*\s*\]"
MARKER = re.compile(CITATION)
MAX_RANGE = 50  # a hostile "[1-1000000000]" yields its two ends, not a billion numbers

_HEADING = re.compile(r"^#{1,6}\s")
_BULLET = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
# A sentence ends at . ! ? plus closing quotes or brackets and any [n] markers, before a
# capital, digit, opening quote or bracket, or a pound sign.
_BOUNDARY = re.compile(rf"[.!?]+[\"'’”)\]]*(?:\s*{CITATION})*+(?=\s+[A-Z0-9\"'‘“(£])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:e\.g|i\.e|etc|Mrs?|Ms|Dr|Cm|No|no|ss?|c|para|vs|St)\.$")
# A single quote opens only after a non-word character and closes only before one, so the
# apostrophes in don’t and people’s are never quotation marks. Single-quoted phrases are capped
# at about 400 characters, which keeps matching fast on text full of unclosed quotes.
QUOTATION = re.compile(
    r"“(?P<a>[^“”]+)”|\"(?P<b>[^\"]+)\"|(?<!\w)‘(?P<c>\S(?:.{0,400}?\S)?)’(?!\w)"
    r"|(?<![\w'])'(?P<d>\S(?:.{0,400}?\S)?)'(?!\w)"
)


def citations_in(sentence: str) -> tuple[int, ...]:
    """Cited evidence numbers in order of first appearance: [1], [2][3], [2, 3], [2-4]."""
    found: list[int] = []
    for marker in MARKER.finditer(sentence):
        for part in marker.group()[1:-1].split(","):
            ends = [int(n) for n in re.split(r"[–—-]", part)]
            lo, hi = ends[0], ends[-1]
            span = range(lo, hi + 1) if 0 <= hi - lo <= MAX_RANGE else (lo, hi)
            found.extend(n for n in span if n not in found)
    return tuple(found)


def strip_markers(text: str) -> str:
    """Text without [n] markers: "body [1]." -> "body." (whitespace first, so no backtracking)."""
    text = re.sub(rf" ?(?:{CITATION})+(?=[.,;:!?)]|$)", "", re.sub(r"\s+", " ", text))
    return re.sub(" +", " ", MARKER.sub(" ", text)).strip()


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character spans of the sentences in `text`, shifted by `offset`.

    Never split inside a quotation or after an abbreviation ("e.g.", "Mr.", "s. 5"); closing
    quotes and brackets, and any [n] markers after the stop, belong to the sentence they end.
    """
    inside = [m.span() for m in QUOTATION.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        quoted = any(s < match.end() < e for s, e in inside)
        if quoted or _ABBREVIATION.search(text[start : match.start() + 1]):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        piece = text[s:e]
        s, e = s + len(piece) - len(piece.lstrip()), s + len(piece.rstrip())
        if e > s:
            trimmed.append((offset + s, offset + e))
    return trimmed


def split_sentences(text: str) -> list[str]:
    """Sentences of a Markdown draft with their [n] markers; headings, bullets and blank lines
    separate units.

    A heading is kept as written ("## Reasons") so a claim check can tell it is a label. A
    bullet loses its "- " and is split like a paragraph, so a two-sentence bullet gives two.
    """
    sentences: list[str] = []
    current: list[str] = []
    for line in [*text.splitlines(), ""]:
        stripped = line.strip()
        bullet, heading = _BULLET.match(stripped), _HEADING.match(stripped)
        if current and (not stripped or bullet or heading):
            unit = " ".join(current)
            sentences += [unit[s:e] for s, e in sentence_spans(unit)]
            current = []
        if heading:
            sentences.append(stripped)
        elif stripped:
            current.append(stripped[bullet.end() :] if bullet else stripped)
    return sentences


def plural(count: int, noun: str, many: str | None = None) -> str:
    """ "1 question", "3 questions", "2 misses" (with `many`="misses")."""
    return f"{count} {noun_for(count, noun, many)}"


def noun_for(count: int, noun: str, many: str | None = None) -> str:
    """The noun alone, singular for one and plural otherwise: "question", "questions"."""
    return noun if count == 1 else many or noun + "s"


def shorten(text: str, chars: int | None = None, *, words: int | None = None) -> str:
    """The text on one line, cut at a word to at most `chars` characters or `words` words,
    with "…" where it was cut (and no dangling comma or full stop before it)."""
    parts = text.split()
    if words is not None and len(parts) > words:
        return " ".join(parts[:words]).rstrip(",;:.") + "…"
    line = " ".join(parts)
    if chars is None or len(line) <= chars:
        return line
    cut = line[: chars - 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return cut.rstrip(" ,;:.?") + "…"

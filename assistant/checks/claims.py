"""What a sentence claims: its citations, figures and quotations, and whether it is a claim.

Pure text analysis with no model, shared by the verifier and anything else that needs to read
a drafted answer sentence by sentence.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.core.text import QUOTATION, strip_markers
from assistant.core.text import citations_in as citations_in  # its home is text.py; named here too

_HEADING = re.compile(r"^#{1,6}\s")
URL = re.compile(r"(?:https?:|www\.)\S+", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?i:we|our|ours|ourselves|my|me)\b|\bus\b|\bI\b")

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIGURE = re.compile(  # most specific first, so "20 July 2011" is one figure, not 20 and 2011
    r"(?P<si>\bS\.?I\.?\s?\d{4}/\d+)|(?P<cm>\b(?:Cm|Cmnd|Cd|HC)\.?\s?\d+)"
    r"|(?P<section>(?<![\w'’])(?:ss?\.\s?|(?i:sections?)\s+)\d+[A-Z]?\b)"
    rf"|(?P<money>£\s?(?:{_NUM})(?:\s?(?i:million|billion|thousand|bn|m|k)\b)?)"
    rf"|(?P<percent>(?:{_NUM})\s?(?:%|(?i:per\s?cent|percent)\b))"
    rf"|(?P<date>\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})\s+\d{{4}}\b)"
    r"|(?P<fy>\b(?:19|20)\d{2}\s?[/–-]\s?\d{2}(?![\d/]))|(?P<code>\b[A-Z]{2,}(?:-[A-Z]+)*-?\d+\b)"
    rf"|(?P<slash>(?<![\w/])\d+/\d+(?![\w/]))"
    rf"|(?P<number>(?<![\w£])(?:{_NUM})(?:\s?(?i:million|billion|thousand)\b)?(?!\w))"
)
_SCALES = {"k": 3, "thousand": 3, "m": 6, "million": 6, "bn": 9, "billion": 9}

_STYLES = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "„": '"'}
_QUOTE_STYLE = str.maketrans(_STYLES | dict.fromkeys("–—‐‑‒−", "-") | {"*": " "})
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


def figures_in(text: str) -> list[str]:
    """Money, percentages, dates, years, counts and references (SI, Cm, s.5), as written."""
    return [m.group() for m in _FIGURE.finditer(strip_markers(text))]


def quotes_in(text: str) -> list[str]:
    """Quoted phrases of two or more words, in order of appearance."""
    found = [next(filter(None, m.groups())).strip() for m in QUOTATION.finditer(text)]
    return [phrase for phrase in found if len(phrase.split()) >= 2]


def is_claim(sentence: str, own_voice: bool = True) -> bool:
    """Whether the sentence states a fact that needs a citation.

    Headings, labels ("Question 3:"), fragments of one or two words, questions and (in drafts,
    `own_voice`) the organisation speaking for itself ("We agree", "Our members ...") are not
    claims, unless they carry a figure or a quote: a reader takes those as facts from
    somewhere. An answer has no voice of its own, so there every statement needs a source.
    """
    plain = strip_markers(sentence).replace("*", "").strip()
    words = len(plain.split())
    if _HEADING.match(sentence.strip()) or plain.endswith((":", "?")) or words < 3:
        return False
    if ":" in plain and words <= 4:  # a label such as "Question 3: funding"
        return False
    if figures_in(plain) or quotes_in(plain) or not own_voice:
        return True
    return not _FIRST_PERSON.search(plain)


def _figure_keys(kind: str, raw: str) -> list[str]:
    """Normalised forms of one figure; the first is the figure itself, the rest its parts.

    Amounts compare by value, so "£3m" == "£3 million" == "£3million" == "£3,000,000" (the same
    number of pounds), "1,300" == "1300" and "75 per cent" == "75%". A source figure also offers
    its parts: "20 July 2011" supports "July 2011" and "2011", "2011/12" supports 2011 and 2012,
    "£3 million" supports "3 million", "SI 2014/2407" supports "2014/2407", "s.5" supports "5".
    """
    text = re.sub(r"\s+", " ", raw).strip().lower()
    if kind in ("money", "number", "percent"):  # by value: "£3million" -> "£3000000"
        scale = re.search(r"(million|billion|thousand|bn|m|k)$", text)
        shift = _SCALES[scale.group(1)] if scale and kind != "percent" else 0
        value = Decimal(re.findall(_NUM, text)[0].replace(",", "")).scaleb(shift)
        digits = format(value.normalize(), "f")
        return {"money": [f"£{digits}", digits], "number": [digits]}.get(kind, [f"{digits}%"])
    if kind == "date":
        parts = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text).split()
        return [" ".join(parts[i:]) for i in range(len(parts))]
    if kind == "fy":
        start, end = (int(p) for p in re.findall(r"\d+", text))
        second = start - start % 100 + end + (100 if end < start % 100 else 0)
        return [f"{start}/{end:02d}", str(start), str(second)]
    if kind in ("si", "cm", "section"):
        number = re.findall(r"\d[\d/]*[a-z]?", text)[0]
        prefix = {"si": "si ", "section": "s."}.get(kind, re.findall("[a-z]+", text)[0] + " ")
        return [prefix + number, number]
    return [re.sub(r"[^a-z0-9/]", "", text)]  # codes (DFE-RR233) and references (10/12)


def figures_with_keys(text: str) -> list[tuple[str, list[str]]]:
    found = _FIGURE.finditer(strip_markers(text))
    return [(m.group(), _figure_keys(m.lastgroup or "", m.group())) for m in found]


def figure_spans(text: str) -> list[tuple[int, int, str, list[str]]]:
    """Each figure as (start, end, kind, keys) in `text` as given (markers not stripped)."""
    found = _FIGURE.finditer(text)
    return [
        (m.start(), m.end(), m.lastgroup or "", _figure_keys(m.lastgroup or "", m.group()))
        for m in found
    ]


def normalise(text: str) -> str:
    """Casefolded, one quote and dash style, single spaces: how quotes are compared."""
    return re.sub(r"\s+", " ", text.translate(_QUOTE_STYLE)).strip().casefold()


def quote_in(phrase: str, passage: str) -> bool:
    """The phrase appears word for word; an ellipsis in it may skip text, in order."""
    haystack, position = normalise(passage), 0
    for piece in filter(None, _ELLIPSIS.split(normalise(phrase).strip(" ,;:."))):
        found = re.compile(rf"(?<!\w){re.escape(piece)}(?!\w)").search(haystack, position)
        if not found:
            return False
        position = found.end()
    return True

"""Check a drafted answer against the numbered evidence it cites, sentence by sentence.

A wrong figure or an invented quote costs a user-led organisation its credibility, so every [n]
must exist, facts must be cited, figures and quoted words must be in a cited passage, and the
sentence must be about what that passage says. Evidence is only ever compared as a string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

import numpy as np
import Stemmer
from langchain_core.embeddings import Embeddings

from assistant.schema import Evidence, Finding, SentenceCheck, Verification
from assistant.wording import STOPWORDS

# Measured with the real model by test_default_threshold_separates_supported_from_unsupported:
# 42 corpus claims citing the passage they come from (close and loose paraphrases) scored
# 0.493-0.947; 25 citing the wrong passage or invented on a nearby topic scored 0.028-0.450.
# 0.47 sits in that gap. Lexical only (no model): 0.400-1.000 vs 0.000-0.400, so without a
# model 0.47 flags a few loose paraphrases too; that errs on the side of a human check.
DEFAULT_MIN_SUPPORT = 0.47
LEXICAL_WEIGHT = 0.5  # support = 0.5 * lexical + 0.5 * semantic; lexical alone without a model
MAX_RANGE = 50  # a hostile "[1-1000000000]" yields its two ends, not a billion numbers

_CITE = r"\[\s*\d+(?:\s*[,–—-]\s*\d+)*\s*\]"
_MARKER = re.compile(_CITE)
_HEADING = re.compile(r"^#{1,6}\s")
_BULLET = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
# A sentence ends at . ! ? plus closing quotes and any [n] markers, before a capital or digit.
_BOUNDARY = re.compile(rf"[.!?]+[\"'’”)]*(?:\s*{_CITE})*+(?=\s+[A-Z0-9\"'‘“(£])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:e\.g|i\.e|etc|Mrs?|Ms|Dr|Cm|No|no|ss?|c|para|vs|St)\.$")
# A single quote opens only after a non-word character and closes only before one, so the
# apostrophes in don’t and people’s are never quotation marks. Single-quoted phrases are capped
# at about 400 characters, which keeps matching fast on text full of unclosed quotes.
_QUOTE = re.compile(
    r"“(?P<a>[^“”]+)”|\"(?P<b>[^\"]+)\"|(?<!\w)‘(?P<c>\S(?:.{0,400}?\S)?)’(?!\w)"
    r"|(?<![\w'])'(?P<d>\S(?:.{0,400}?\S)?)'(?!\w)"
)
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
_WORD = re.compile(r"[a-z][a-z0-9]*")


def _strip_markers(text: str) -> str:
    """Text without [n] markers: "body [1]." -> "body." (whitespace first, so no backtracking)."""
    text = re.sub(rf" ?(?:{_CITE})+(?=[.,;:!?)]|$)", "", re.sub(r"\s+", " ", text))
    return re.sub(" +", " ", _MARKER.sub(" ", text)).strip()


def _split_unit(unit: str) -> list[str]:
    """Sentences of one paragraph or bullet; never split inside a quotation or after "e.g."."""
    inside = [m.span() for m in _QUOTE.finditer(unit)]
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(unit):
        quoted = any(s < match.end() < e for s, e in inside)
        if quoted or _ABBREVIATION.search(unit[start : match.start() + 1]):
            continue
        sentences.append(unit[start : match.end()].strip())
        start = match.end()
    return [s for s in [*sentences, unit[start:].strip()] if s]


def split_sentences(text: str) -> list[str]:
    """Sentences with their [n] markers; headings, bullets and blank lines separate units.

    A heading is kept as written ("## Reasons") so `is_claim` can tell it is a label. A bullet
    loses its "- " and is split like a paragraph, so a two-sentence bullet gives two sentences.
    """
    sentences: list[str] = []
    current: list[str] = []
    for line in [*text.splitlines(), ""]:
        stripped = line.strip()
        bullet, heading = _BULLET.match(stripped), _HEADING.match(stripped)
        if current and (not stripped or bullet or heading):
            sentences += _split_unit(" ".join(current))
            current = []
        if heading:
            sentences.append(stripped)
        elif stripped:
            current.append(stripped[bullet.end() :] if bullet else stripped)
    return sentences


def citations_in(sentence: str) -> tuple[int, ...]:
    """Cited evidence numbers in order of first appearance: [1], [2][3], [2, 3], [2-4]."""
    found: list[int] = []
    for marker in _MARKER.finditer(sentence):
        for part in marker.group()[1:-1].split(","):
            ends = [int(n) for n in re.split(r"[–—-]", part)]
            lo, hi = ends[0], ends[-1]
            span = range(lo, hi + 1) if 0 <= hi - lo <= MAX_RANGE else (lo, hi)
            found.extend(n for n in span if n not in found)
    return tuple(found)


def figures_in(text: str) -> list[str]:
    """Money, percentages, dates, years, counts and references (SI, Cm, s.5), as written."""
    return [m.group() for m in _FIGURE.finditer(_strip_markers(text))]


def quotes_in(text: str) -> list[str]:
    """Quoted phrases of two or more words, in order of appearance."""
    found = [next(filter(None, m.groups())).strip() for m in _QUOTE.finditer(text)]
    return [phrase for phrase in found if len(phrase.split()) >= 2]


def is_claim(sentence: str) -> bool:
    """Whether the sentence states a fact that needs a citation.

    Headings, labels ("Question 3:"), questions and the organisation speaking for itself ("We
    agree", "Our members ...") are not claims, unless they carry a figure or a quote: a reader
    takes those as facts from somewhere.
    """
    plain = _strip_markers(sentence).replace("*", "").strip()
    if _HEADING.match(sentence.strip()) or plain.endswith((":", "?")) or len(plain.split()) < 5:
        return False
    return bool(figures_in(plain) or quotes_in(plain)) or not _FIRST_PERSON.search(plain)


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


def _figures_with_keys(text: str) -> list[tuple[str, list[str]]]:
    found = _FIGURE.finditer(_strip_markers(text))
    return [(m.group(), _figure_keys(m.lastgroup or "", m.group())) for m in found]


def _normalise(text: str) -> str:
    """Casefolded, one quote and dash style, single spaces: how quotes are compared."""
    return re.sub(r"\s+", " ", text.translate(_QUOTE_STYLE)).strip().casefold()


def _quote_in(phrase: str, passage: str) -> bool:
    """The phrase appears word for word; an ellipsis in it may skip text, in order."""
    haystack, position = _normalise(passage), 0
    for piece in filter(None, _ELLIPSIS.split(_normalise(phrase).strip(" ,;:."))):
        found = re.compile(rf"(?<!\w){re.escape(piece)}(?!\w)").search(haystack, position)
        if not found:
            return False
        position = found.end()
    return True


def _stems(text: str) -> set[str]:
    """Content words, stemmed as bm25.py does; a stemmer per call (they are not thread-safe)."""
    words = [w for w in _WORD.findall(_normalise(text)) if w not in STOPWORDS]
    return set(Stemmer.Stemmer("english").stemWords(words))


def lexical_support(sentence: str, passages: Sequence[str]) -> float:
    """Share of the sentence's content words (stemmed, stopwords out) found in the passages."""
    wanted = _stems(_strip_markers(sentence))
    have = set().union(*(_stems(p) for p in passages))
    return len(wanted & have) / len(wanted) if wanted else 0.0


def _semantic(
    embeddings: Embeddings, sentences: list[str], cited: list[tuple[int, ...]], by_n: dict
) -> dict[int, float]:
    """Best cosine of each citing sentence to its cited passages, in two batched model calls."""
    rows = [i for i, cits in enumerate(cited) if cits]
    numbers = sorted({n for cits in cited for n in cits})
    if not rows:
        return {}

    def unit(texts: list[str]) -> np.ndarray:
        matrix = np.asarray(embeddings.embed_documents(texts), dtype=np.float64)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True).clip(min=1e-12)

    queries = unit([_strip_markers(sentences[i]) for i in rows])
    sims = queries @ unit([by_n[n].quote for n in numbers]).T
    column = {n: j for j, n in enumerate(numbers)}
    return {i: float(max(sims[r, column[n]] for n in cited[i])) for r, i in enumerate(rows)}


def _cited(numbers: Sequence[int]) -> str:
    return f"cited passage{'s' * (len(numbers) > 1)} " + ", ".join(f"[{n}]" for n in numbers)


def _content(sentence: str, good: tuple[int, ...], passages: list[str]) -> list[Finding]:
    """Findings for each figure or quoted phrase that none of the cited passages contains."""
    where = _cited(good)
    keys = {key for p in passages for _, own in _figures_with_keys(p) for key in own}
    figures = [raw for raw, own in _figures_with_keys(sentence) if own[0] not in keys]
    quotes = [q for q in quotes_in(sentence) if not any(_quote_in(q, p) for p in passages)]
    problems = [(f"The figure “{f}” is not in {where}.", "figure-not-in-source") for f in figures]
    wrong = "The quoted words “{}” are not word for word in {}."
    problems += [(wrong.format(q, where), "quote-not-verbatim") for q in quotes]
    return [Finding(sentence, problem, rule, good) for problem, rule in problems]


def _mostly_verbatim(sentence: str, found: list[Finding]) -> bool:
    """The sentence is chiefly a quotation that the checks found word for word in its source,
    so a short attribution around it ("A briefing note says:") cannot dilute its support."""
    quoted = quotes_in(sentence)
    if not quoted or any(f.rule == "quote-not-verbatim" for f in found):
        return False
    words = _stems(_strip_markers(sentence))
    inside = set().union(*(_stems(q) for q in quoted))
    return bool(words) and len(words & inside) / len(words) >= 0.6


def _problems(
    sentence: str, by_n: dict[int, Evidence], semantic: float | None, min_support: float
) -> tuple[SentenceCheck, list[Finding]]:
    """Every rule for one sentence; `semantic` is its best cosine to its cited passages."""
    cits, claim = citations_in(sentence), is_claim(sentence)
    good = tuple(n for n in cits if n in by_n)
    unknown = tuple(n for n in cits if n not in by_n)
    found: list[Finding] = []
    if unknown:
        have = ", ".join(str(n) for n in sorted(by_n)) or "none"
        problem = f"Cites {[*unknown]} but there is no such evidence item (have: {have})."
        found.append(Finding(sentence, problem, "unknown-citation", unknown))
    if claim and not cits:
        problem = "States a fact but cites no evidence; cite a passage or remove it."
        found.append(Finding(sentence, problem, "uncited-claim"))
    lexical = support = 0.0
    if good:
        passages = [by_n[n].quote for n in good]
        found += _content(sentence, good, passages)
        lexical = support = lexical_support(sentence, passages)
        if semantic is not None:
            support = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * max(semantic, 0.0)
        if _mostly_verbatim(sentence, found):
            support = 1.0  # a word-for-word quotation is its own support
        if claim and support < min_support:
            match = f"match {support:.2f}, needs {min_support}"
            problem = f"The {_cited(good)} may not back this up ({match})."
            found.append(Finding(sentence, problem, "low-support", good))
    check = SentenceCheck(sentence, cits, claim, lexical, semantic, support, not found)
    return check, found


def verify(
    text: str,
    evidence: Sequence[Evidence],
    embeddings: Embeddings | None = None,
    min_support: float = DEFAULT_MIN_SUPPORT,
) -> Verification:
    """Check every sentence of an answer or draft against the evidence items it cites.

    support = 0.5 * lexical + 0.5 * semantic when `embeddings` is given, lexical alone
    otherwise; a cited claim below `min_support` is low-support. A sentence citing no known
    item scores 0 with no semantic score: there is nothing to compare it with.
    """
    sentences = split_sentences(text)
    by_n = {item.n: item for item in evidence}
    cited = [tuple(n for n in citations_in(s) if n in by_n) for s in sentences]
    semantic = _semantic(embeddings, sentences, cited, by_n) if embeddings is not None else {}
    results = [_problems(s, by_n, semantic.get(i), min_support) for i, s in enumerate(sentences)]
    return Verification(tuple(c for c, _ in results), tuple(f for _, fs in results for f in fs))

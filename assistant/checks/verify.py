"""Check a drafted answer against the numbered evidence it cites, sentence by sentence.

A wrong figure or an invented quote costs a user-led organisation its credibility, so every [n]
must exist, facts must be cited, figures and quoted words must be in a cited passage, and the
sentence must be about what that passage says. Evidence is only ever compared as a string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np
import Stemmer
from langchain_core.embeddings import Embeddings

from assistant.checks.claims import (
    URL,
    citations_in,
    figures_with_keys,
    is_claim,
    normalise,
    quote_in,
    quotes_in,
)
from assistant.checks.figure_sense import reversed_figures
from assistant.core.schema import Evidence, Finding, FindingRule, SentenceCheck, Verification
from assistant.core.text import noun_for, sentence_spans, split_sentences, strip_markers
from assistant.core.wording import STOPWORDS
from assistant.library.injection import instruction_phrase, looks_like_instructions
from assistant.settings import get_settings


class SentenceJudge(Protocol):
    """Reads whether passages say what a sentence says (`assistant.checks.meaning.MeaningJudge`)."""

    def judge(self, sentence: str, passages: Sequence[str]) -> Judged: ...


class Judged(Protocol):
    """One verdict: a 0-1 score, whether it passes, and the plain message when it does not."""

    @property
    def score(self) -> float: ...

    @property
    def supported(self) -> bool: ...

    def problem(self) -> str: ...


NO_JUDGE_NOTICE = (
    "Checked by words and figures only: the meaning check needs the writing model, which is not "
    "in use, so a sentence that reuses its source's words to say something else may pass."
)

LEXICAL_WEIGHT = 0.5  # support = 0.5 * lexical + 0.5 * semantic; lexical alone without a model

_WORD = re.compile(r"[a-z][a-z0-9]*")


def stems(text: str) -> set[str]:
    """Content words, stemmed as search/bm25.py does; a stemmer per call (not thread-safe)."""
    words = [w for w in _WORD.findall(normalise(text)) if w not in STOPWORDS]
    return set(Stemmer.Stemmer("english").stemWords(words))


def lexical_support(sentence: str, passages: Sequence[str]) -> float:
    """Share of the sentence's content words (stemmed, stopwords out) found in the passages."""
    wanted = stems(strip_markers(sentence))
    have = set().union(*(stems(p) for p in passages))
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

    queries = unit([strip_markers(sentences[i]) for i in rows])
    sims = queries @ unit([by_n[n].quote for n in numbers]).T
    column = {n: j for j, n in enumerate(numbers)}
    return {i: float(max(sims[r, column[n]] for n in cited[i])) for r, i in enumerate(rows)}


def _cited(numbers: Sequence[int]) -> str:
    return f"cited {noun_for(len(numbers), 'passage')} " + ", ".join(f"[{n}]" for n in numbers)


def _content(sentence: str, good: tuple[int, ...], passages: list[str]) -> list[Finding]:
    """Findings for each figure or quoted phrase that none of the cited passages contains."""
    where = _cited(good)
    keys = {key for p in passages for _, own in figures_with_keys(p) for key in own}
    figures = [raw for raw, own in figures_with_keys(sentence) if own[0] not in keys]
    quotes = [q for q in quotes_in(sentence) if not any(quote_in(q, p) for p in passages)]
    problems = [
        (f"The figure “{f}” is not in {where}.", FindingRule.FIGURE_NOT_IN_SOURCE) for f in figures
    ]
    turned = "The figure “{}” is in {}, but the source says “{}”: it is put the other way round."
    problems += [
        (turned.format(f, where, said), FindingRule.FIGURE_REVERSED)
        for f, said in reversed_figures(sentence, passages)
    ]
    wrong = "The quoted words “{}” are not word for word in {}."
    problems += [(wrong.format(q, where), FindingRule.QUOTE_NOT_VERBATIM) for q in quotes]
    return [Finding(sentence, problem, rule, good) for problem, rule in problems]


def _mostly_verbatim(sentence: str, found: list[Finding]) -> bool:
    """The sentence is chiefly a quotation that the checks found word for word in its source,
    so a short attribution around it ("A briefing note says:") cannot dilute its support."""
    quoted = quotes_in(sentence)
    if not quoted or any(f.rule == FindingRule.QUOTE_NOT_VERBATIM for f in found):
        return False
    words = stems(strip_markers(sentence))
    inside = set().union(*(stems(q) for q in quoted))
    return bool(words) and len(words & inside) / len(words) >= 0.6


# Punctuation that ends a sentence or closes a quote or bracket around a link, never part of it.
_LINK_TAIL = ".,;:!?)]}>*\"'’”»›"


def _links(sentence: str, by_n: dict[int, Evidence]) -> list[Finding]:
    """Web addresses must come from the evidence: invented links are a common model error."""
    links = [u.rstrip(_LINK_TAIL) for u in URL.findall(sentence)]
    if not links:
        return []
    sources = " ".join(e.quote for e in by_n.values()).lower()
    return [
        Finding(
            sentence, f"The link “{u}” is not in any source; check it before use.", FindingRule.LINK
        )
        for u in links
        if u.lower() not in sources
    ]


def _planted_words(quote: str) -> set[str]:
    """Content words found only in a marked passage's instructions: each sentence that reads
    as instructions and the one after it (where the payload usually follows), less every word
    the rest of the passage also uses. A sentence using them repeats the planted part."""
    spans = sentence_spans(quote)
    suspect = {i for i, (s, e) in enumerate(spans) if looks_like_instructions(quote[s:e])}
    region = suspect | {i + 1 for i in suspect if i + 1 < len(spans)}
    if not region:  # marked at ingest, the phrase crossing a sentence end: all of it
        return stems(quote)
    planted = " ".join(quote[s:e] for i, (s, e) in enumerate(spans) if i in region)
    rest = " ".join(quote[s:e] for i, (s, e) in enumerate(spans) if i not in region)
    return stems(planted) - stems(rest)


def _suspect(sentence: str, good: tuple[int, ...], by_n: dict[int, Evidence]) -> list[Finding]:
    """A sentence that repeats the planted part of a passage marked as instructions (see
    injection.py), or that itself gives an AI or the reader instructions: documents are data,
    never our words. Citing a marked passage for its ordinary words is not flagged here (the
    planner keeps marked passages out of reasons); repeating what it tells us to say is: words
    found only in its planted part (not in the rest of it, nor in any other evidence). Cited,
    one such word is enough; uncited, a quarter of the sentence's content words."""
    own = instruction_phrase(strip_markers(sentence))
    if own:
        problem = f"Gives instructions (“{own}”) as a planted text would; remove it."
        return [Finding(sentence, problem, FindingRule.SUSPECT_SOURCE)]
    words = stems(strip_markers(sentence))
    if not words or not any(item.suspect for item in by_n.values()):
        return []
    clean = set().union(*(stems(e.quote) for e in by_n.values() if not e.suspect))
    hits = []
    for n, item in by_n.items():
        if not item.suspect:
            continue
        shared = words & (_planted_words(item.quote) - clean)
        if shared and (n in good or len(shared) / len(words) >= 0.25):
            hits.append(n)
    if not hits:
        return []
    first = by_n[hits[0]]
    names = "; ".join(f"[{n}] {by_n[n].title}" for n in hits)
    problem = (
        f"Repeats {names}, a passage that gives instructions to an AI or its reader "
        f"(“{first.suspect_phrase or 'instructions'}”): it may have been planted to steer the "
        "draft, so do not repeat it."
    )
    return [Finding(sentence, problem, FindingRule.SUSPECT_SOURCE, tuple(hits))]


def _problems(
    sentence: str,
    by_n: dict[int, Evidence],
    semantic: float | None,
    min_support: float,
    own_voice: bool = True,
    judge: SentenceJudge | None = None,
) -> tuple[SentenceCheck, list[Finding]]:
    """Every rule for one sentence; `semantic` is its best cosine to its cited passages.

    With a `judge`, every sentence citing a known passage is also read for meaning, and that
    replaces the support threshold (a word-for-word quotation needs no judge)."""
    cits, claim = citations_in(sentence), is_claim(sentence, own_voice)
    good = tuple(n for n in cits if n in by_n)
    unknown = tuple(n for n in cits if n not in by_n)
    found: list[Finding] = _links(sentence, by_n) + _suspect(sentence, good, by_n)
    if unknown:
        have = ", ".join(str(n) for n in sorted(by_n)) or "none"
        problem = f"Cites {[*unknown]} but there is no such evidence item (have: {have})."
        found.append(Finding(sentence, problem, FindingRule.UNKNOWN_CITATION, unknown))
    if claim and not cits:
        problem = "States a fact but cites no evidence; cite a passage or remove it."
        found.append(Finding(sentence, problem, FindingRule.UNCITED_CLAIM))
    lexical = support = 0.0
    meaning = None
    if good:
        passages = [by_n[n].quote for n in good]
        found += _content(sentence, good, passages)
        lexical = support = lexical_support(sentence, passages)
        if semantic is not None:
            support = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * max(semantic, 0.0)
        verbatim = _mostly_verbatim(sentence, found)
        if verbatim:
            support = 1.0  # a word-for-word quotation is its own support
        if judge is not None and not verbatim:
            judged = judge.judge(sentence, passages)
            meaning = judged.score
            if not judged.supported:
                found.append(Finding(sentence, judged.problem(), FindingRule.NOT_IN_SOURCE, good))
        elif judge is None and claim and support < min_support:
            match = f"match {support:.2f}, needs {min_support}"
            problem = f"The {_cited(good)} may not back this up ({match})."
            found.append(Finding(sentence, problem, FindingRule.LOW_SUPPORT, good))
    check = SentenceCheck(sentence, cits, claim, lexical, semantic, support, not found, meaning)
    return check, found


def verify(
    text: str,
    evidence: Sequence[Evidence],
    embeddings: Embeddings | None = None,
    min_support: float | None = None,
    own_voice: bool = True,
    judge: SentenceJudge | None = None,
) -> Verification:
    """Check every sentence of an answer or draft against the evidence items it cites.

    support = 0.5 * lexical + 0.5 * semantic when `embeddings` is given, lexical alone
    otherwise; a cited claim below `min_support` is low-support. A sentence citing no known
    item scores 0 with no semantic score: there is nothing to compare it with. `min_support`
    is the settings' (ASSISTANT_MIN_SUPPORT, measured in settings.py) unless given. With a
    `judge` (assistant/checks/meaning.py) each cited sentence is read for meaning instead of held to
    `min_support`: "The cited source may not say this" (rule `not-in-source`).
    """
    if min_support is None:
        min_support = get_settings().min_support
    sentences = split_sentences(text)
    by_n = {item.n: item for item in evidence}
    cited = [tuple(n for n in citations_in(s) if n in by_n) for s in sentences]
    semantic = _semantic(embeddings, sentences, cited, by_n) if embeddings is not None else {}
    results = [
        _problems(s, by_n, semantic.get(i), min_support, own_voice, judge)
        for i, s in enumerate(sentences)
    ]
    return Verification(tuple(c for c, _ in results), tuple(f for _, fs in results for f in fs))

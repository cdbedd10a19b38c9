"""The extractive generator: answers and drafts built only from evidence sentences, each cited.

No model writes anything here. Sentences are chosen by how well they answer the question
(embedding similarity plus shared words), spread out with MMR so they do not repeat each other,
and quoted exactly with their [n]. Same input, same output.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.core.schema import Evidence
from assistant.core.text import MARKER, sentence_spans
from assistant.core.wording import content_words
from assistant.library.source_kinds import speaker
from assistant.search.retrieval import mmr

_RECOMMEND = re.compile(
    r"\b(?:should|must|needs? to|ought to|recommend\w*|call(?:s|ed)? for|it is up to)\b", re.I
)
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class Candidate:
    """One evidence sentence that might go into an answer."""

    n: int
    text: str
    position: int  # order within its passage, for stable tie-breaking
    score: float = 0.0


def statements(quote: str) -> list[tuple[int, str]]:
    """Every sentence of a passage with its place in it; list items are taken one by one."""
    found = []
    for line in quote.splitlines():
        line = _LIST_MARK.sub("", line).strip()
        found += [" ".join(line[start:end].split()) for start, end in sentence_spans(line)]
    return list(enumerate(found, start=1))


def quotable(sentence: str, min_words: int = 6) -> bool:
    """A whole statement, long enough to say something on its own; not a question (a
    rhetorical question in a source is not evidence for a position)."""
    return len(sentence.split()) >= min_words and not sentence.endswith((":", "?"))


def candidates(evidence: Sequence[Evidence], min_words: int = 6) -> list[Candidate]:
    """The evidence's quotable statements (`quotable`), each with its [n] and place."""
    return [
        Candidate(item.n, sentence, position)
        for item in evidence
        for position, sentence in statements(item.quote)
        if quotable(sentence, min_words)
    ]


def rank(
    query: str,
    pool: Sequence[Candidate],
    embeddings: Embeddings,
    k: int,
    steer: str = "",
    lam: float = 0.7,
) -> list[Candidate]:
    """Best k sentences for the query: 0.7 meaning + 0.3 shared words, diversified by MMR."""
    if not pool or k <= 0:
        return []
    vectors = np.asarray(embeddings.embed_documents([c.text for c in pool]), dtype=float)
    query_vec = np.asarray(embeddings.embed_query(f"{query} {steer}".strip()), dtype=float)
    words = content_words(f"{query} {steer}")
    lexical = np.asarray(
        [len(words & content_words(c.text)) / max(1, len(words)) for c in pool], dtype=float
    )
    scores = 0.7 * (vectors @ query_vec) + 0.3 * lexical
    picked = mmr(vectors, scores, k, lam)
    return [Candidate(pool[i].n, pool[i].text, pool[i].position, float(scores[i])) for i in picked]


def cite(candidate: Candidate) -> str:
    """A quoted, cited line: the exact words, so figures and quotes can be checked."""
    return f"“{candidate.text}” [{candidate.n}]"


def answer_text(
    question: str, evidence: Sequence[Evidence], embeddings: Embeddings, k: int = 4
) -> str:
    """A short answer for the chat: the best evidence sentences, quoted and cited.

    Each line says what kind of source it quotes (article, briefing note, official text), so a
    reader can tell our notes from the official wording; the title is in the numbered sources.
    """
    chosen = rank(question, candidates(evidence), embeddings, k)
    kinds = {e.n: speaker(e.label or e.kind) for e in evidence}
    lines = ["Here is what the sources in the library say:", ""]
    lines += [f"- {kinds[c.n]} says: {cite(c)}" for c in chosen]
    return "\n".join(lines)


def key_point_sentence(point: str) -> str:
    """A key point in the organisation's own voice ("We believe that ...")."""
    point = point.strip().rstrip(".")
    if re.match(r"(?i)^(?:we|our)\b", point):
        return f"{point[0].upper()}{point[1:]}."
    return f"We believe that {point[0].lower()}{point[1:]}."


def words_in(text: str) -> int:
    """Words as a consultation form counts them: citation markers, and the Markdown marks and
    stray punctuation left around them ("##", "-", the "." after "[3]"), are not words."""
    plain = MARKER.sub(" ", text)
    return sum(1 for token in plain.split() if any(ch.isalnum() for ch in token))


def is_recommendation(candidate: Candidate) -> bool:
    return bool(_RECOMMEND.search(candidate.text))


def theme_of(candidate: Candidate, evidence: Sequence[Evidence]) -> str:
    """Group reasons by the section they come from (falling back to the document title)."""
    item = next(e for e in evidence if e.n == candidate.n)
    section = item.section if item.section and item.section != item.title else item.title
    return section.removeprefix("Briefing note: ")


RELATIVE_FLOOR = 0.6  # a reason must score at least this share of the best sentence's score
MAX_REASONS = 8  # quoted reasons at most (chosen on the dev half of evals/arguments)
PASSAGE_FLOOR = 0.9  # a strong passage reaches this share of the best one's retrieval score
PER_PASSAGE = 3  # sentences quoted from a strong passage at most (a weak one: one sentence)


def strong_passages(evidence: Sequence[Evidence], floor: float = PASSAGE_FLOOR) -> set[int]:
    """The [n] of the passages that answer the question best, by the hybrid search's own
    ranking (dense and BM25 fused): on the argument suite's dev half it tells the passages that
    answer a question from those that merely share its words better than any sentence score.
    Our members' evidence (scored on another scale) always counts as strong."""
    ours = {e.n for e in evidence if e.kind == "our evidence"}
    best = max((e.score for e in evidence if e.n not in ours), default=0.0)
    return ours | {e.n for e in evidence if e.n not in ours and e.score >= floor * best}


STANCE_STEER = {
    "agree": "benefits value support opportunity",
    "disagree": "concerns criticism risks problems",
    "mixed": "benefits concerns",
    "no view": "",
}


def draft_text(
    question: str,
    evidence: Sequence[Evidence],
    embeddings: Embeddings,
    opening: Sequence[str],
    key_points: Sequence[str] = (),
    stance: str = "no view",
    word_limit: int = 300,
    steer: str = "",
    kind: str = "position",
) -> str:
    """A structured draft: position, reasons grouped by theme, recommendations; within the limit.

    Every reason and recommendation is an exact evidence sentence with its [n]; the opening and
    key points (only those that bear on the question) are the organisation's own words. A
    question that asks for no position gets "Our answer", and one that asks for experience our
    members' evidence first. Whole sentences are dropped (least relevant first) to meet the word
    limit, never cut.
    """
    steering = " ".join([steer, STANCE_STEER.get(stance, "")]).strip()
    pool = candidates(evidence)
    ranked = rank(question, pool, embeddings, len(pool), steer=steering)
    # Keep only sentences that answer the question about as well as the best one does.
    floor = RELATIVE_FLOOR * max((c.score for c in ranked), default=0.0)
    strong = strong_passages(evidence)
    ranked = [c for c in ranked if c.score >= floor]
    recommendations = [c for c in ranked if is_recommendation(c) and c.n in strong][:2]
    reasons = [c for c in ranked if c not in recommendations]
    if kind == "experience":  # our members' evidence first (a stable sort keeps the ranking)
        ours = {e.n for e in evidence if e.kind == "our evidence"}
        reasons.sort(key=lambda c: c.n not in ours)
    title = "## Our position" if kind == "position" else "## Our answer"

    def compose(reasons: Sequence[Candidate], recs: Sequence[Candidate], points: bool) -> str:
        lines = [title, "", " ".join(opening)]
        if points and key_points:
            lines += ["", "We also want to make these points:", ""]
            lines += [f"- {key_point_sentence(p)}" for p in key_points]
        if reasons:
            lines += ["", "## Our reasons"]
            themes: dict[str, list[Candidate]] = {}
            for c in reasons:
                themes.setdefault(theme_of(c, evidence), []).append(c)
            for theme, items in themes.items():
                lines += ["", f"### {theme}", "", *(f"- {cite(c)}" for c in items)]
        if recs:
            lines += ["", "## What we recommend", "", *(f"- {cite(c)}" for c in recs)]
        return "\n".join(lines).strip()

    # Add reasons in order of relevance while they fit (a long one may be passed over for a
    # shorter one); keep at least one so the draft always cites evidence. A strong passage
    # (`strong_passages`) may give up to three reasons, a weaker one a single sentence, and
    # only a strong one a recommendation: the draft leans on the passages that answer.
    chosen: list[Candidate] = []
    for candidate in reasons[:MAX_REASONS]:
        cap = PER_PASSAGE if candidate.n in strong else 1
        if sum(c.n == candidate.n for c in chosen) >= cap:
            continue
        if words_in(compose([*chosen, candidate], recommendations, True)) > word_limit and chosen:
            continue
        chosen.append(candidate)
    for recs, points in ((recommendations, True), (recommendations[:1], True), ([], True)):
        text = compose(chosen, recs, points)
        if words_in(text) <= word_limit:
            return text
    return compose(chosen[:1], [], False)

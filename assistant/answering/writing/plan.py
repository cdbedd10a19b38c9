"""The plan: which evidence each part of an answer or draft is written from, chosen by code.

A small model writes well from one or two sentences and badly from a page, and it does not cite
reliably. So the planner picks the sentences (the same ranking as the quotes writer: meaning
plus shared words, spread out by MMR), groups them by the passage they come from, and gives
each group to the writer as one part. Because a part's sentences come from one passage, the
code knows its [n] without asking the model. Same input, same plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from langchain_core.embeddings import Embeddings

from assistant.answering.extractive import (
    RELATIVE_FLOOR,
    STANCE_STEER,
    Candidate,
    candidates,
    is_recommendation,
    rank,
    strong_passages,
)
from assistant.core.schema import Evidence

OUR_EVIDENCE = "our evidence"  # the kind our members' evidence is cited as (evidence/index.py)

MAX_SENTENCES = 3  # per part: more is a page, and the model starts to wander
# A draft's reasons come only from passages whose hybrid-search score reaches this share of the
# best one's, up to REASONS of them. Chosen on the dev half of evals/arguments by simulating the
# plan (must-use passages cited 0.588 -> 0.529, paragraphs on relevant evidence 0.564 -> 0.816,
# parts per draft 4.6 -> 2.2): the sentence ranking alone filled drafts with passages that share
# the question's words but not its subject, and a short answer beats a padded one.
DRAFT_PASSAGE_FLOOR = 0.85
REASONS = 5


@dataclass(frozen=True)
class Part:
    """One paragraph to write: its role, the passage it cites and the sentences it rests on."""

    role: str  # "point" (an answer), "reason" or "recommendation" (a draft)
    n: int  # the evidence number the code cites for every sentence written from this part
    sentences: tuple[str, ...]
    score: float  # how well the best sentence answers the question
    point: str = ""  # the organisation's key point this reason makes, in its own words
    scores: tuple[float, ...] = ()  # each sentence's own score, in the order of `sentences`

    def sentence_scores(self) -> tuple[float, ...]:
        """Each sentence's score against the question (the part's best when not recorded)."""
        return self.scores or tuple(self.score for _ in self.sentences)

    def best_sentence(self, among: Sequence[str] | None = None) -> str:
        """The sentence that answers the question best (of `among`, when given)."""
        scored = dict(zip(self.sentences, self.sentence_scores(), strict=True))
        return max(among if among is not None else self.sentences, key=lambda s: scored[s])


@dataclass(frozen=True)
class Plan:
    parts: tuple[Part, ...]


def usable(evidence: Sequence[Evidence]) -> list[Evidence]:
    """Evidence a writer may build on: never a passage flagged as addressing instructions to an
    AI or the reader (it can still be shown and quoted as a source, with its flag)."""
    return [e for e in evidence if not e.suspect]


def set_aside(evidence: Sequence[Evidence]) -> tuple[str, ...]:
    """A note for each passage the writers would not build on, so the reader knows why."""
    return tuple(
        f"Not used: [{e.n}] {e.title} contains instructions addressed to an AI or its readers, "
        "so it looks manipulated; check that document before relying on it."
        for e in evidence
        if e.suspect
    )


def _group(ranked: Sequence[Candidate], role: str, limit: int) -> list[Part]:
    """Up to `limit` parts, one per passage, each with its best 1-3 sentences in source order."""
    by_n: dict[int, list[Candidate]] = {}
    for c in ranked:
        if c.n in by_n and len(by_n[c.n]) < MAX_SENTENCES:
            by_n[c.n].append(c)
        elif c.n not in by_n and len(by_n) < limit:
            by_n[c.n] = [c]
    parts = []
    for n, items in by_n.items():
        ordered = sorted(items, key=lambda c: c.position)
        texts, scores = tuple(c.text for c in ordered), tuple(c.score for c in ordered)
        parts.append(Part(role, n, texts, max(scores), scores=scores))
    return parts


def _ranked(
    question: str, evidence: Sequence[Evidence], embeddings: Embeddings, steer: str = ""
) -> list[Candidate]:
    pool = candidates(usable(evidence))
    ranked = rank(question, pool, embeddings, len(pool), steer=steer)
    floor = RELATIVE_FLOOR * max((c.score for c in ranked), default=0.0)
    return [c for c in ranked if c.score >= floor]


def plan_answer(
    question: str, evidence: Sequence[Evidence], embeddings: Embeddings, points: int = 3
) -> Plan:
    """2-4 points that answer the question, the best first (it becomes the first sentence)."""
    return Plan(tuple(_group(_ranked(question, evidence, embeddings), "point", points)))


def plan_draft(
    question: str,
    evidence: Sequence[Evidence],
    embeddings: Embeddings,
    stance: str = "no view",
    key_points: Sequence[str] = (),
    steer: str = "",
    reasons: int = 4,
    recommendations: int = 1,
    ours_first: bool = False,
    passage_floor: float = 0.0,
) -> Plan:
    """Reasons (each from one passage) then recommendations (1-2), best first.

    The question alone ranks the evidence (key points no longer steer every reason). Each key
    point (already judged to bear on the question) then makes one reason: it joins the reason
    whose passage best supports it, or brings its own. `ours_first`: our members' evidence
    leads (a question that asks for experience or evidence).
    """
    steering = " ".join([steer, STANCE_STEER.get(stance, "")]).strip()
    ranked = _ranked(question, evidence, embeddings, steering)
    if passage_floor:  # only the passages the search ranks near the best (our evidence too)
        strong = strong_passages(evidence, passage_floor)
        ranked = [c for c in ranked if c.n in strong]
    recs = _group([c for c in ranked if is_recommendation(c)], "recommendation", recommendations)
    used = {p.n for p in recs}
    why = _group([c for c in ranked if c.n not in used], "reason", reasons)
    if not why and recs:  # one passage only: it gives the reasons, and nothing to recommend
        why, recs = [replace(p, role="reason") for p in recs], []
    why = _with_points(why, question, evidence, embeddings, key_points, reasons)
    if ours_first:
        ours = {e.n for e in evidence if e.kind == OUR_EVIDENCE}
        why.sort(key=lambda p: p.n not in ours)
    return Plan((*why, *recs))


def _with_points(
    why: list[Part],
    question: str,
    evidence: Sequence[Evidence],
    embeddings: Embeddings,
    key_points: Sequence[str],
    limit: int,
) -> list[Part]:
    """Each key point on the reason whose passage best supports it; a point whose best
    sentence is in no reason brings that sentence as a reason of its own (in place of the
    weakest reason when there is no room), so every point judged to bear is made."""
    parts = list(why)
    pool = candidates(usable(evidence))
    for point in key_points:
        best = rank(point, pool, embeddings, 1, steer=question)
        if not best:
            continue
        top = best[0]
        at = next((i for i, p in enumerate(parts) if p.n == top.n and not p.point), None)
        if at is not None:
            parts[at] = replace(parts[at], point=point)
            continue
        own = Part("reason", top.n, (top.text,), top.score, point, (top.score,))
        spare = [i for i, p in enumerate(parts) if not p.point]
        if len(parts) < limit or not spare:
            parts.append(own)
        else:  # no room: it takes the place of the weakest reason that makes no key point
            parts[spare[-1]] = own
    return parts

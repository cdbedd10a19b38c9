"""What each question asks of its draft: search terms from the consultation's own text, the
key points that belong to it, and how the answer opens (a stance, or none for open questions).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from assistant.answering.profile import STANCE_SENTENCES, OrganisationProfile
from assistant.checks.verify import stems  # stemmed content words, as the checker compares
from assistant.consultation.model import ConsultationQuestion
from assistant.consultation.patterns import QUESTIONS_HEADING
from assistant.core.wording import STOPWORDS

STEER_TERMS = 12  # key terms of the consultation's own text added to the search

OPEN_QUESTION_OPENING = "We want to set out the evidence on this question."
# Questions that ask for a position ("Do you agree ...?", "Should ...?") get the stance sentence.
_CLOSED = re.compile(
    r"^(?!(?:is|are)\s+there\b|do\s+you\s+have\b|have\s+you\s+(?:any|got)\b)"
    r"(?:do|does|did|is|are|was|were|should|would|will|can|could|has|have|must|to what extent)\b",
    re.IGNORECASE,
)
_CHAPTER_PREFIX = re.compile(r"^(?:chapter|part|section|annex|appendix)\s+\S+\s*[:.\-–—]?\s*", re.I)
_TERM = re.compile(r"[a-z][a-z'’-]{2,}")
_NOT_TERMS = frozenset(  # words of the consultation's own business, not of its topic
    "consultation consultations question questions government propose proposes proposed "
    "proposal proposals view views respond response responses chapter section annex paragraph "
    "please agree disagree neither closes closing date think believe want also should must "
    "need needs more over other others rather time yes explain words word start answer answers "
    "below following welcome all ask asks asked seek seeks invite invites".split()
)


def steering_text(question: ConsultationQuestion, limit: int = STEER_TERMS) -> str:
    """The chapter's heading and the key terms of the text before the question, for search."""
    chapter = _CHAPTER_PREFIX.sub("", question.chapter).strip()
    if QUESTIONS_HEADING.search(chapter):  # "Consultation questions" says nothing of the topic
        chapter = ""
    asked = set(_TERM.findall(question.text.lower())) | set(_TERM.findall(chapter.lower()))
    counts = Counter(
        term
        for term in _TERM.findall(question.context.lower())
        if term not in STOPWORDS and term not in _NOT_TERMS and term not in asked
    )
    terms = [term for term, _ in counts.most_common(limit)]
    return " ".join([chapter, *terms]).strip()


POINT_OVERLAP = 2  # stemmed words a key point must share with a question to be made there


def relevant_points(
    points: Sequence[str], question: ConsultationQuestion, common: str = ""
) -> tuple[str, ...]:
    """The profile's key points that are about this question: sharing a word (stemmed) with the
    question itself and two with it, its chapter and its context, not counting the words in
    `common` (the
    consultation's title: "user-led organisations" is in every question of a consultation
    about them). Every point in every answer would repeat itself through the response and pull
    every search towards the same evidence."""
    ignore = stems(common) | stems(" ".join(_NOT_TERMS))
    asked = stems(question.text) - ignore
    about = asked | stems(" ".join([question.chapter, steering_text(question)])) - ignore
    chosen = []
    for point in points:
        own = stems(point) - ignore
        if own & asked and len(own & about) >= min(POINT_OVERLAP, len(own)):
            chosen.append(point)
    return tuple(chosen)


def opening_for(question: ConsultationQuestion, profile: OrganisationProfile) -> tuple[str, str]:
    """(stance, opening sentence): a question's own stance, else the profile's for a question
    that asks for a position; an open question ("What would help ...?") takes no side."""
    if question.stance:
        return question.stance, STANCE_SENTENCES[question.stance]
    if question.options or _CLOSED.match(question.text):
        return profile.stance, STANCE_SENTENCES[profile.stance]
    return "no view", OPEN_QUESTION_OPENING

"""Does an answer state its position where the question asks for one?

An analyst counting views looks for "we agree" or "we disagree" in the first lines; an answer
that argues a side without saying it is easily coded as "no clear position". Which questions ask
for one is `writing.question_kind` (the drafting's own rule) and the plain stances ("We agree",
"No.", "We have mixed views") are read by `checks.stance.stance_in`; this module adds the
other ways people state a position in their own responses ("We welcome this proposal", "To a
small extent", "We think the timescale is reasonable", "We agree with the aim but…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.writing.question_kind import POSITION, question_kind
from assistant.checks.stance import stance_in

_I = re.IGNORECASE
_OPENING_SENTENCES = 3

# Checked before `stance_in`: a qualified agreement is mixed, not agree.
_QUALIFIED = re.compile(
    r"^\W*we (?:\w+ ){0,2}(?:agree|support|supportive|welcome)\b[^.]{0,60}\bbut\b"
    r"|^\W*we (?:\w+ )?neither agree"
    # a yes on a condition: "yes for those who want it, but only if paper stays", "Yes, provided …"
    r"|^\W*yes\b[^.]{0,80}?\b(?:only if|provided|as long as|so long as|on condition)\b",
    _I,
)
# Agreeing "in principle" keeps a reservation: "In principle we accept …", "We support it in
# principle". Read before the lead-in ("in principle, yes") is taken off.
_IN_PRINCIPLE = re.compile(
    r"^\W*in principle,? (?:we|I) (?:\w+ )?(?:agree|support|accept|welcome)\b"
    r"|^\W*(?:we|I) (?:\w+ )?(?:agree|support|accept|welcome)\b[^.]{0,60}\bin principle\b",
    _I,
)
# "I agree strongly": the writer's own stance, read as "we" would be.
_I_STANCE = re.compile(
    r"^(\W*)I (?=(?:\w+ )?(?:agree|disagree|support|oppose|welcome|object|reject|cannot|can['’]t|"
    r"do not|don['’]t)\b)"
)
# A courtesy before the stance: "We understand the pressure on budgets, but we cannot agree …";
# what follows the "but" is read as the sentence.
_HEDGE = re.compile(
    r"^\W*(?:we|I) (?:\w+ )?(?:understand|recognise|recognize|appreciate|acknowledge|know|"
    r"accept|see)\b[^.]*?(?:,\s*|\s)(?:but|however|yet),?\s+(?=\w)",
    _I,
)
_NOT_A_STANCE = re.compile(
    r"^\W*(?:we|I) (?:\w+ )?(?:understand|recognise|recognize|appreciate|acknowledge|know|"
    r"have (?:thought|considered|read|looked))\b|^\W*we (?:\w+ )?welcome the (?:chance|"
    r"opportunity)\b",
    _I,
)
# Words before the stance that do not change it: "Overall, yes."
_LEAD_IN = re.compile(
    r"^\W*(?:(?:overall|on balance|in short|in summary|in general|broadly|in principle|however|"
    r"so|therefore|for (?:this|that|these|those) reasons?|in conclusion|to sum up|on this "
    r"question|on this point),?\s+)+(?:our (?:answer|view|position) is (?:that )?)?",
    _I,
)
_OTHER_WAYS = (
    (
        "mixed",
        re.compile(
            r"^\W*(?:to (?:a|some) (?:small|limited|certain|some)? ?extent|"
            r"partly|in part|it depends)\b",
            _I,
        ),
    ),
    (
        "disagree",
        re.compile(
            r"^\W*(?:not at all|not really|certainly not|definitely not|"
            r"we (?:strongly|firmly|completely) disagree|"
            r"we (?:cannot|can['’]t|could not|do not|don['’]t|are unable to) (?:\w+ )?(?:agree|"
            r"support|accept)|"
            r"we (?:are|remain) (?:strongly )?(?:opposed|"
            r"against)|we object|we reject)\b",
            _I,
        ),
    ),
    (
        "agree",
        re.compile(
            r"^\W*(?:we (?:\w+ )?welcome|we (?:do|would|fully|broadly|very much) (?:agree|"
            r"support)|we (?:are|remain) (?:strongly )?in "
            r"favour|to a (?:large|great) extent|completely|absolutely|"
            r"we would (?:go|like to go) further than)\b",
            _I,
        ),
    ),
)
# "Is the 12-week timescale reasonable?" answered "The timescale is (not) reasonable."
_QUALITY = re.compile(
    r"\b(?:is|are|be)\s+(?:\w+\s+)?(\w+(?:able|ible|ate|fair|right)|long enough)\b", _I
)
# "Is the timescale … reasonable?", "Is the charge … fair?", "… long enough?"
_LAST_QUALITY = re.compile(r"\b(\w+(?:able|ible|ate)|fair|right|long enough)\s*\?", _I)


@dataclass(frozen=True)
class StanceCheck:
    asked: bool  # the question asks for a position
    stated: str | None  # "agree", "disagree" or "mixed" as the answer states it; None: not stated

    @property
    def missing(self) -> bool:
        return self.asked and self.stated is None


def check_stance(question: str, text: str) -> StanceCheck:
    if question_kind(question) != POSITION:
        return StanceCheck(False, None)
    return StanceCheck(True, stated_stance(question, text))


def stated_stance(question: str, text: str) -> str | None:
    """The stance the answer's first sentences state, or None."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", _plain(text)) if s.strip()]
    found = _stance_of(question, sentences[:_OPENING_SENTENCES])
    if found is None and len(sentences) > _OPENING_SENTENCES:
        # stated late, as a closing line: "For these reasons, we do not support it."
        found = _stance_of(question, sentences[-1:])
    return found


def _stance_of(question: str, sentences: list[str]) -> str | None:
    sentences = [_I_STANCE.sub(r"\1We ", sentence) for sentence in sentences]
    if any(_IN_PRINCIPLE.search(_HEDGE.sub("", sentence)) for sentence in sentences):
        return "mixed"
    opening = [
        _LEAD_IN.sub("", _HEDGE.sub("", sentence))
        for sentence in sentences
        if _HEDGE.search(sentence) or not _NOT_A_STANCE.search(sentence)
    ]
    for sentence in opening:
        if _QUALIFIED.search(sentence):
            return "mixed"
    found = stance_in(" ".join(opening), sentences=_OPENING_SENTENCES)
    if found is not None:
        return found
    for sentence in opening:
        for stance, pattern in _OTHER_WAYS:
            if pattern.search(sentence):
                return stance
        quality = _quality_stance(question, sentence)
        if quality is not None:
            return quality
    return None


def _quality_stance(question: str, sentence: str) -> str | None:
    """The question's own word said of the proposal: "is reasonable" agrees, "is not" or "too
    long" disagrees."""
    match = _QUALITY.search(question) or _LAST_QUALITY.search(question)
    if match is None:
        return None
    word = re.escape(match.group(1))
    if re.search(
        rf"\b(?:not|never|hardly) (?:\w+ ){{0,3}}{word}|\bun{word}|\btoo (?:long|short|"
        r"slow|high|low|little|late)\b",
        sentence,
        _I,
    ):
        return "disagree"
    if re.search(rf"\b(?:is|are) (?:\w+ )?{word}\b", sentence, _I):
        return "agree"
    return None


def _plain(text: str) -> str:
    """Without Markdown headings (a draft opens "## Our position"), list marks and [n]."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    body = "\n".join(line.lstrip("-*• ").strip() for line in lines)
    return re.sub(r"\s*\[\d+(?:[,–-]\s*\d+)*\]", "", body).strip()

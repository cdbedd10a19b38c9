"""What would add a missing sign, worded from the question's topic.

The suggestion names the kind of evidence and where it could come from, never the evidence
itself: the check must not invent a figure or a member's story, and a sentence written for the
user would be exactly that. The topic is the question's named thing ("Access to Work", from
`coverage.distinctive_terms`) or, failing one, what it asks about once the consultation's
framing is stripped (`query_rewrite.rewrite_query`), shortened to a few words.
"""

from __future__ import annotations

import re

from assistant.answering.writing.question_kind import subject_of
from assistant.checks.coverage import distinctive_terms
from assistant.how_read.signs import Sign
from assistant.search.query_rewrite import rewrite_query

NO_TOPIC = "your subject"  # no question given (`assistant check` without --question)
TOPIC_WORDS = 6  # a longer topic is cut to its last few words ("… of local bus services")

_WH = re.compile(
    r"^(?:what|which|how|why|when|where|who)(?: \w+)?? (?:do|does|did|would|could|should|can|"
    r"is|are|will|might|have|has)\b(?: you| we| they| disabled people| people)?\s*",
    re.IGNORECASE,
)
# Two or more words to the end; each word is followed by whitespace or the end, never by
# nothing, so a failed match is linear, not exponential (a 20-word topic once took a minute).
_AFTER = re.compile(
    r"\b(?:of|on|for|about|using|with|in|to|from)\s+(\w[\w'’-]*(?:\s+\w[\w'’-]*)+)\s*$"
)
# "How can local plans make sure enough accessible homes are built?": what is to be made sure.
_ENSURE = re.compile(
    r"\b(?:make sure|ensure|so that)\s+(?:that\s+)?(?:enough\s+|all\s+)?(.+)$", re.I
)
# A clause that only qualifies ("… when they commission services", "… are accessible to …").
_CLAUSE = re.compile(
    r"\s+(?:when|where|if|because|so that|while|before|after|until|unless|"
    r"(?:is|are) (?!\w+ing\b))\b.*$",
    re.I,
)
_LIGHT_VERB = re.compile(
    r"^(?:make|get|have|involve|provide|give|use|help|support|replace|improve|introduce|raise|"
    r"change|reduce|increase|ensure|close|open|cut|end|remove|extend|keep|allow|stop|fund)\s+",
    re.IGNORECASE,
)
_MODAL_LEAD = re.compile(
    r"^(?:should|must|could|would|will|can|is|are|do|does)\b(?:\s+\S+){0,5}?\s+(?:"
    r"introduce|have|provide|involve|make|replace|raise|allow|stop|fund|close|extend|keep|"
    r"require|use|give|set|publish|end|remove|create|offer|complete|take|receive|attend|pay|"
    r"get|commission|buy|run)\s+",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"\s+(?:be )?(?:improved|fairer|better|reasonable|accessible(?: to \w+ \w+)?|"
    r"raised(?: to .*)?|changed|introduced|(?:for|among|to|by) disabled people|"
    r"(?<!organisations )(?<!groups )of disabled people)$",
    re.IGNORECASE,
)


def topic_of(question: str) -> str:
    """A few words naming what the question is about: "Access to Work", "local bus services"."""
    names = [t for t in distinctive_terms(question) if len(t.split()) >= 2] or distinctive_terms(
        question
    )
    if names:
        return names[0]
    first = re.split(r"(?<=[?.])\s", " ".join(question.split()))[0]
    text = rewrite_query(subject_of(first)).rstrip("?. ")
    for candidate in (_CLAUSE.sub("", text), text):  # the clause cut, unless it leaves too little
        shorter = _subject(candidate)
        if len(shorter.split()) >= 2:
            text = shorter
            break
    words = text.split()
    return " ".join(words[-TOPIC_WORDS:]) if words else NO_TOPIC


def _subject(text: str) -> str:
    text = _TRAILING.sub("", _WH.sub("", _MODAL_LEAD.sub("", text)))
    ensure = _ENSURE.search(text)
    if ensure and len(ensure.group(1).split()) >= 2:
        return _TRAILING.sub("", ensure.group(1))
    after = _AFTER.search(text)
    if after and len(after.group(1).split()) >= 2:
        text = after.group(1)
    return _as_noun(_TRAILING.sub("", _LIGHT_VERB.sub("", text)))


# A topic left as bare verbs ("find and stay in work") reads as a noun once they end in -ing
# ("finding and staying in work"): the common ones in consultation questions.
_GERUNDS = {
    "find": "finding",
    "stay": "staying",
    "get": "getting",
    "keep": "keeping",
    "access": "accessing",
    "live": "living",
    "travel": "travelling",
    "vote": "voting",
    "apply": "applying",
    "work": "working",
    "move": "moving",
    "return": "returning",
    "leave": "leaving",
    "claim": "claiming",
    "consult": "consulting",
    "compete": "competing",
    "challenge": "challenging",
    "campaign": "campaigning",
    "report": "reporting",
}


def _as_noun(text: str) -> str:
    words = text.split()
    if not words or words[0].lower() not in _GERUNDS:
        return text
    for i, word in enumerate(words):
        if i == 0 or (words[i - 1].lower() in {"and", "or"} and word.lower() in _GERUNDS):
            words[i] = _GERUNDS[word.lower()]
    return " ".join(words)


_WORDING = {
    Sign.FIGURES: (
        "Add a figure about {topic}: how many people, how often, how long or how much, from "
        "your own records or a published source you can cite."
    ),
    Sign.EXAMPLES: (
        "Add one concrete example about {topic}: what happened to one person or in one "
        "place, told with their consent."
    ),
    Sign.EXPERIENCE: (
        "Add a member's experience of {topic}, or what your organisation has seen in its "
        'own work ("our members told us…", "in our advice service we see…").'
    ),
    Sign.SOLUTIONS: (
        'Add what should change about {topic} and who should do it ("we recommend that '
        'councils…"), beyond saying what is wrong.'
    ),
}


def suggestion(sign: Sign, question: str) -> str:
    return _WORDING[sign].format(topic=topic_of(question))


STANCE_SUGGESTION = (
    "Say plainly in the first sentence whether you agree, disagree or agree in part: an "
    "analyst counting views looks for it there."
)

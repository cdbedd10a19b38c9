"""What kind of answer a consultation question asks for: a position, an answer, or our evidence.

The kind shapes the draft (see `docs/drafting.md`): "Do you agree…?" and "Should…?" want our
position, reasons and a recommendation; "How…?", "What…?" and "Which…?" want an answer first and
a paragraph for each proposal, with no stance (there is no proposal to agree with); "Tell us
about your experience…" wants our own evidence first. One home for this decision, so the planner,
the opening and the evaluation agree. Patterns only: the questions are short and formulaic, and
a rule that is wrong can be read and fixed. Measured on the argument suite's labelled kinds.
"""

from __future__ import annotations

import re

from assistant.core.result_facts import QuestionKind

Kind = QuestionKind
POSITION = QuestionKind.POSITION
OPEN = QuestionKind.OPEN
EXPERIENCE = QuestionKind.EXPERIENCE

_NUMBER = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d+[a-z]?[.):]?\s+", re.IGNORECASE)
_EXPERIENCE = re.compile(
    r"\b(?:your|members['’]?|people['’]?s?) (?:own )?experiences?\b"
    r"|\b(?:tell us about|share|describe)\b[^?.]{0,40}\b(?:experience|evidence|examples?|stories)"
    r"|\b(?:what|any) (?:evidence|examples?|data|case studies)\b[^?.]{0,40}\b(?:have|know)\b"
    r"|\b(?:provide|give|send)(?: us)? (?:any )?(?:evidence|examples?|data|case studies)\b"
    r"|\bdo you have (?:any )?(?:evidence|examples?|data)\b",
    re.IGNORECASE,
)
_POSITION = re.compile(
    r"^(?:in your (?:view|opinion),?\s+)?(?:"
    r"(?:do|would) you (?:agree|disagree|support|oppose|accept|think|believe|consider|prefer)"
    r"|to what extent|how (?:far|strongly) do you"
    r"|(?:should|shall|must|ought|is|are|was|were|does|do|did|would|will|could|can|has|have)\b"
    r")",
    re.IGNORECASE,
)
_OPEN = re.compile(
    r"^(?:how|what|which|why|when|where|who|in what ways?|please (?:explain|describe|set out))\b",
    re.IGNORECASE,
)


def question_kind(question: str) -> Kind:
    """ "position", "open" or "experience" for one question (its first sentence decides, bar a
    request for evidence anywhere in it: "…? Please share any evidence." asks for evidence)."""
    text = _NUMBER.sub("", " ".join(question.split()))
    first = re.split(r"(?<=[?])\s+", text, maxsplit=1)[0]
    if _EXPERIENCE.search(first):
        return EXPERIENCE
    if _POSITION.match(first):
        return POSITION
    if _OPEN.match(first):
        return OPEN
    return POSITION if first.rstrip().endswith("?") and _yes_no(first) else OPEN


def _yes_no(sentence: str) -> bool:
    """A question turned round ("Councils should … ?") still asks for a yes or a no."""
    return bool(re.search(r"\b(?:should|must|agree|support)\b", sentence, re.IGNORECASE))


_ASKING_FOR_EVIDENCE = re.compile(
    r"^(?:please\s+)?(?:tell us about|share|describe|provide|give us)?\s*"
    r"(?:any\s+)?(?:your\s+|members['’]?\s+)?(?:own\s+)?"
    r"(?:experiences?|evidence|examples?|data)(?:\s+(?:you|that you)\s+have)?"
    r"\s+(?:of|with|on|about|that|for)\s+",
    re.IGNORECASE,
)


def subject_of(question: str) -> str:
    """What a request for experience is about, for search: "Tell us about your experience of
    applying for grants" searches "applying for grants", not passages that say "experience".
    Other questions come back unchanged."""
    text = _NUMBER.sub("", " ".join(question.split()))
    if question_kind(text) != EXPERIENCE:
        return question
    shorter = re.sub(
        r"^(?:what|which) (?:evidence|examples?|data) (?:do|does|can) (?:you|your \w+) "
        r"(?:have|give|share) (?:about|on|of|for|that) |^do you have any ",
        "",
        text,
        flags=re.IGNORECASE,
    )
    shorter = _ASKING_FOR_EVIDENCE.sub("", shorter, count=1)
    return shorter if len(shorter.split()) >= 2 and shorter != text else question

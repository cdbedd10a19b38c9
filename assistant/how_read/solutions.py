"""The solutions sign: what should be done, and by whom, beyond criticism.

Its own module (split from `signs.py` in round three, 2026-12-08) because a proposal takes many
shapes: "we recommend", "councils should assess …", an instruction ("Use Easy Read for key
letters"), a condition that names what must happen ("will only work if crisis houses are
funded"), a thing named as needed ("a statutory duty is needed, with …"), a new thing and what
it would let people do ("An exemption … would let people reach …"). What is not one: a wish
("it should be faster"), the question's own proposal restated in the stance, what a law or
guidance already says ("the guidance already says councils must consult"), and a right
restated ("should be able to vote in secret, as is their right").
"""

from __future__ import annotations

import re

from assistant.core.text import split_sentences

_I = re.IGNORECASE

_PROPOSE = re.compile(
    r"\bwe (?:would )?(?:recommend|propose|suggest|urge|call (?:on|for))\b"
    r"|\bwe (?:would )?(?:ask|want|need|like) (?:the |all |every )?\w+ to \w+"
    # an instruction: "Use Easy Read for key letters, test them …"
    r"|^(?:use|test|give|make|provide|offer|publish|fund|train|involve|set up|create|keep|"
    r"ensure|include|pay|introduce|require|replace|record|extend)\s+\w+"
    r"|\b(?:should|could|must|ought to|needs? to)(?: always| also| first| then| instead)?"
    r" (?!not\b)(?:be \w+|\w+)"
    # a better way named: "the duty needs three things: …", "funding would make more difference"
    r"|\b(?:needs|requires) (?:\w+ )?(?:things|changes|steps|measures)\s*:"
    r"|\bwould (?:make (?:more|a bigger|a real) difference|work better|be (?:better|more "
    r"effective|fairer))\b"
    # round three: a condition that names what must happen ("will only work if crisis houses
    # are funded", "but only if paper stays"), a thing named as needed ("a statutory duty is
    # needed, with …"), a new thing and what it would let people do ("An exemption … would
    # let people reach …"), and a rule for others ("The new system must not link …")
    r"|\b(?:only (?:\w+ )?if|provided (?:that )?|on condition that)\s+(?!it\b)\w+"
    r"|\b(?:an?|one) (?:[\w-]+ ){1,3}(?:is|would be) (?:urgently |also |still )?(?:needed|"
    r"required|essential)\b"
    r"|^(?:an?|one) [^.]{0,100}? would (?:let|allow|enable|help|give|save|stop|end)\b"
    r"|\b(?:should|must) (?:not|never) (?!be\b|have\b)\w+",
    _I,
)
# What a law or guidance already says is not a proposal: "the guidance already says councils
# must consult …".
_REPORTED = re.compile(
    r"\b(?:already|currently)\b[^.;]*$|\b(?:says|states|stated|said) (?:that )?[^.,;]{0,40}$", _I
)
# A wish, not a proposal: "should be faster", "should listen", "needs to change".
_VAGUE = re.compile(
    r"(?:be|become) (?:more \w+|less \w+|\w+er|better|improved|changed|reconsidered|rethought|"
    r"looked at|reviewed|fixed|done)\b|\b(?:listen|change|improve|do better|do more|think "
    r"again|look again|consider|mean something|take \w+ serious\w*)\b"
    # a quality wished for and nothing more: "should be accessible.", "must be protected."
    r"|^(?:should|must|ought to|needs? to) (?:always )?be \w+\s*(?:[.;!]|$)",
    _I,
)


# A right restated is not a proposal: "Disabled voters should be able to vote in secret, as is
# their right."
_A_RIGHT = re.compile(
    r"\bas is (?:their|our|his|her|a) (?:\w+ )?right\b|\blike (?:everyone|anyone) else\b", _I
)


def solutions(text: str, question: str = "") -> list[str]:
    """What should be done, by whom: "we recommend", "councils should assess …"; not a wish
    ("it should be faster") nor the question's own proposal restated ("we agree that councils
    should be required to …")."""
    found = []
    for sentence in split_sentences(text):
        if _restates(sentence, question):
            continue
        for match in _PROPOSE.finditer(sentence):
            tail = sentence[match.start() : match.end() + 30]
            ours = match.group(0).lower().startswith("we")
            if not ours and (
                _REPORTED.search(sentence[: match.start()]) or _A_RIGHT.search(sentence)
            ):
                continue
            if ours or not _VAGUE.search(tail):
                found.append(match.group(0))
    return found


_WORD = re.compile(r"[a-z]{4,}")


_STANCE_OPENING = re.compile(r"^\W*(?:we (?:\w+ )?(?:agree|disagree|support|oppose)|yes|no)\b", _I)


def _restates(sentence: str, question: str) -> bool:
    """A stance sentence that repeats the question ("We agree that councils should be
    required to …"): it opens with the stance and most of its longer words are the question's."""
    if not _STANCE_OPENING.search(sentence):
        return False
    words = set(_WORD.findall(sentence.lower()))
    asked = set(_WORD.findall(question.lower()))
    return bool(words) and len(words & asked) / len(words) >= 0.6

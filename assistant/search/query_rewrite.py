"""Consultation questions rewritten into what they are about, before searching.

"Do you agree that…", "What are your views on…" and "Please give reasons." are the same in
every consultation, so they carry no meaning for search: in a dense vector they pull every
question towards one another, and in BM25 they match any passage that says "agree" or "views".
The rewrite is deterministic (patterns, no model), strips only that framing, and falls back to
the question as asked when too little would be left.
"""

from __future__ import annotations

import re

# Framing at the start of a question, tried in order and repeatedly ("In your view, do you
# agree that…"). Each pattern ends where the subject of the question begins.
_LEADS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^(?:in your (?:view|opinion)|overall|finally|and|so),?\s+",
        r"^(?:to what extent|how far|how strongly)\s+",
        r"^do you (?:agree|disagree|support|accept)(?: or disagree)?"
        r"(?: with)?(?: (?:the|this|these|our|that|any) (?:proposals?|propositions?|statements?"
        r"|approach|principles?|changes?|plans?|options?)(?: (?:to|that|for|set out|in))?)?"
        r"(?: that)?\s+",
        r"^do you (?:think|believe|consider|feel)(?: that)?\s+",
        r"^(?:what|which) (?:are|is) your (?:views?|thoughts|comments|opinions?)"
        r"(?: (?:on|about|of|regarding))?(?: (?:the|this) (?:proposals?|idea) (?:to|that))?\s+",
        r"^do you have any (?:further )?(?:views|comments|thoughts|evidence|suggestions)"
        r"(?: (?:on|about|regarding))?\s+",
        r"^(?:please )?(?:tell us|explain|describe|set out)(?: (?:what|how|why|whether))?\s+"
        r"(?=\w)",
    )
)
# Whole sentences that only ask for the form of an answer.
_TAILS = re.compile(
    r"(?<=[.?!])\s*(?:please\s+)?(?:give|provide|explain|state|set out|include|tell us)"
    r"\b[^.?!]*(?:reasons?|evidence|answer|examples?|why|views?)[^.?!]*[.?!]?\s*$"
    r"|(?<=[.?!])\s*(?:if (?:so|not)|why(?: or why not| not)?)\b[^.?!]*[.?!]?\s*$",
    re.IGNORECASE,
)
MIN_WORDS = 2  # fewer words left than this: search with the question as asked


def rewrite_query(question: str) -> str:
    """The subject of a consultation question, for search; other text comes back unchanged."""
    text = " ".join(question.split())
    while True:
        trimmed = _TAILS.sub("", text).strip()
        if trimmed == text:
            break
        text = trimmed
    changed = True
    while changed:
        changed = False
        for pattern in _LEADS:
            shorter = pattern.sub("", text, count=1)
            if shorter != text:
                text, changed = shorter, True
    text = text.strip(" ,;:")
    if len(re.findall(r"\w+", text)) < MIN_WORDS:
        return " ".join(question.split())
    return text

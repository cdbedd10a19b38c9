"""Does the evidence found cover what the question is about? The names, numbers and ages in it.

The relevance gate alone (the best cosine between the question and a passage) lets through a
question from the same field that the library does not cover: "Should we delay access to the
health element of Universal Credit until someone is aged 22?" scores 0.35 against passages on
disability and public services, above the 0.32 gate. What gives such a question away is its
distinctive terms: a named scheme or benefit ("Universal Credit", "PIP", "Blue Badge"), an
acronym, or an age. If the passages found never mention one of them, whatever they say
is about something else. Those terms are also what the user is told is missing, so they know
what to add to the library.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.core.wording import STOPWORDS

# Names that say where, or who in general, not what: a question about "the UK government" is
# not about something the library lacks when the library never writes "UK".
_GENERIC = frozenset(
    "uk britain british england english scotland scottish wales welsh northern ireland "
    "government governments council councils parliament minister ministers department "
    "local national public state mp mps yes no please".split()
)
# A run of capitalised words (joined by "of", "and", "for", "the", "to" inside the name), or an
# acronym.
_NAME = re.compile(
    r"(?:[A-Z][\w'’]*[A-Za-z](?:\s+(?:of|and|for|the|to|on)\s+(?=[A-Z])|\s+(?=[A-Z])))*"
    r"[A-Z][\w'’]*[A-Za-z]"
)
_JOINERS = frozenset("of and for the to on".split())
# An age ("aged 22", "under 25s", "over 65"): a year or an amount is too common to decide on
# (a question about the 2026 proposals may be answered from a 2014 briefing).
_AGE = re.compile(r"\b(?:aged?|under|over)[- ]\d{1,3}s?\b", re.IGNORECASE)


def distinctive_terms(question: str) -> list[str]:
    """The named things and ages a question is about, as written ("Universal Credit", "aged 22").

    A sentence's capitalised first word is not a name (unless an acronym); generic
    names (the UK, the government) are left out.
    """
    text = " ".join(question.split())
    terms: list[str] = []
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        before = text[: match.start()].rstrip()[-1:]
        starts = not before or not (before.isalnum() or before in ",'’")
        if starts and not (words[0].isupper() and len(words[0]) > 1):
            words.pop(0)  # a sentence's first word: "Should the Blue Badge" -> "Blue Badge"
        while words and words[0].lower() in _JOINERS:
            words.pop(0)
        if any(w.lower() not in _GENERIC and w.lower() not in STOPWORDS for w in words):
            terms.append(" ".join(words))
    terms += _AGE.findall(text)
    return list(dict.fromkeys(t for t in terms if t))


def _present(term: str, texts: str) -> bool:
    """The term in the passages, ignoring case, endings ("DPULO" matches "DPULOs") and small
    words between ("Cameron and Clegg" matches "Cameron/Clegg"); an age by its number."""
    if _AGE.fullmatch(term):  # an age: its number on its own, not inside another figure
        number = re.sub(r"\D", "", term)
        return re.search(rf"(?<![\d,.£]){number}(?!\d|[,.]\d)", texts) is not None
    if term.isupper() and len(term) > 1 and _spelt_out(term, texts):
        return True
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’]+", term)]
    words = [w for w in words if w.lower() not in _JOINERS]
    stems = [re.escape(w.rstrip(".,")[:-1] if len(w) > 3 else w.rstrip(".,")) for w in words]
    pattern = r"(?<!\w)" + r"\w*\W+(?:\w+\W+){0,2}".join(stems) + r"\w*"
    return re.search(pattern, texts, re.IGNORECASE) is not None


def _spelt_out(acronym: str, texts: str) -> bool:
    """An acronym written out in full ("ODI": "Office for Disability Issues")."""
    letters = [re.escape(ch) for ch in acronym.rstrip("S") if ch.isalpha()]
    joiner = r"[\w'’-]*\s+(?:(?:of|and|for|the|to|on)\s+)?"
    pattern = r"\b" + joiner.join(rf"{ch}" for ch in letters) + r"[\w'’-]*"
    return len(letters) > 1 and re.search(pattern, texts) is not None


def missing_terms(question: str, passages: Iterable[str]) -> list[str]:
    """The question's distinctive terms that none of the passages mention."""
    texts = " ".join(" ".join(p.split()) for p in passages)
    return [t for t in distinctive_terms(question) if not _present(t, texts)]

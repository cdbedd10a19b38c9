"""Say a point once: a sentence that repeats an earlier one in the draft is left out.

Read as a policy lead would, the local writer's drafts often said one thing twice: a quotation
and then its paraphrase ("had to consider social value before buying the services within
scope" and "requires authorities to consider social value before purchasing services within
scope"), or the same figures from two parts written from one passage. An exact-match test
(`prose.plain`) missed both. Here two sentences repeat when most of the shorter one's content
words (stemmed, without stopwords and citation markers) are in the other AND their MiniLM
vectors are close. Both thresholds were chosen on the dev half of hand-labelled sentence pairs
from real drafts (`evals/repeats/`), preferring few false alarms: a sentence wrongly taken for a
repeat is a point lost, a repeat missed is only a longer draft.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.core.text import strip_markers

# Chosen on the dev half of evals/repeats/pairs.jsonl (caught 9 of 16 repeats, 4 of 73 different
# pairs taken for repeats); test half in docs/drafting.md.
REPEAT_OVERLAP = 0.8
REPEAT_COSINE = 0.8
MIN_CONTENT_WORDS = 4  # shorter sentences ("We agree.") are never called repeats

_WORD = re.compile(r"[a-z0-9£%][a-z0-9,.£%'’-]*[a-z0-9%]|[a-z0-9]", re.IGNORECASE)
# Words that carry no point of their own; a point is in its nouns, verbs and figures.
_STOP = frozenset(
    """a an and are as at be been but by can could did do does for from had has have he her
    his if in into is it its may might must not of on or our should so such that the their
    them then there these they this those to under was we were which while who will with would
    also about any all each more most other some than very what when where whether how""".split()
)


@lru_cache(maxsize=1)
def _stemmer() -> Any:  # Stemmer.Stemmer; PyStemmer ships no annotations
    import Stemmer

    return Stemmer.Stemmer("english")


def content_words(sentence: str) -> frozenset[str]:
    """The sentence's stemmed content words and figures, without citation markers."""
    words = (w.strip(".,'’").lower() for w in _WORD.findall(strip_markers(sentence)))
    kept = [w for w in words if w and w not in _STOP]
    return frozenset(_stemmer().stemWords(kept))


def overlap(first: str, second: str) -> float:
    """Share of the shorter sentence's content words that the other sentence has too."""
    a, b = content_words(first), content_words(second)
    if min(len(a), len(b)) < MIN_CONTENT_WORDS:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def cosine(first: str, second: str, embeddings: Embeddings) -> float:
    a, b = (np.asarray(v, dtype=float) for v in embeddings.embed_documents([first, second]))
    scale = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / scale if scale else 0.0


def repeats(sentence: str, earlier: Sequence[str], embeddings: Embeddings) -> bool:
    """Whether `sentence` says again what one of the `earlier` sentences says."""
    return any(
        overlap(sentence, e) >= REPEAT_OVERLAP
        and cosine(strip_markers(sentence), strip_markers(e), embeddings) >= REPEAT_COSINE
        for e in earlier
    )


def new_only(sentences: Sequence[str], earlier: Sequence[str], embeddings: Embeddings) -> list[str]:
    """`sentences` without those that repeat an earlier one (or one kept before it here)."""
    kept: list[str] = []
    for sentence in sentences:
        if not repeats(sentence, [*earlier, *kept], embeddings):
            kept.append(sentence)
    return kept

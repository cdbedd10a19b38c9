"""Plain-text signs that a sentence says more than its cited passage: the lexical half of the
meaning check (`assistant.checks.meaning`).

The 1.5B judge reads meaning but is soft: it says "yes" to a sentence that adds a reason, a
name or a "not" to a passage it otherwise matches. These signs are the opposite: blind to
meaning, sharp on exactly those additions. Each is a number from 0 to 1 (or a small count),
and each also names what it saw, so a finding can say what is doubted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.checks.claims import figures_with_keys, normalise
from assistant.checks.meaning_duties import duties
from assistant.checks.verify import lexical_support, stems
from assistant.core.text import strip_markers

# Words that turn a statement round; a sentence using one its passage lacks may negate it.
NEGATIONS = frozenset(
    "not no never none nothing neither nor without cannot rarely fail failed failing".split()
)
# Words that give a cause or purpose: a "because" is the commonest thing a model invents.
CAUSES = ("because", "so that", "due to", "as a result", "in order to", "since", "owing to")
# ", as they …", ", as it …": "as" giving a reason (not "such as", "as well as").
_AS_CAUSE = re.compile(r",\s+as\s+(?:they|it|we|this|these|there|he|she)\b")
# Words that put views or acts in someone's mouth ("DPULOs argue …", "the government said …").
SAYING = frozenset(
    "argue argued argues say said says called call calls welcome welcomed welcomes believe "
    "believes accepted accept agree agreed agrees campaigned led praised organised asked".split()
)
# Words that turn "up to", "nearly" or "some" into "all".
ALL_WORDS = frozenset("every all each always any whole".split())
# The kinds of party in `meaning_duties.ACTORS`, as a reader would name them.
PARTY_WORDS = {
    "state": "a public body",
    "org": "an organisation",
    "people": "people",
    "panel": "a panel or review",
    "foundation": "a foundation",
}

_WORD = re.compile(r"[a-z][a-z'’-]*")
_NAME = re.compile(r"\b([A-Z][A-Za-z0-9/.-]+|[0-9][0-9,.%/]*)")


@dataclass(frozen=True)
class Signs:
    """What the text alone shows about one sentence against its passages."""

    lexical: float  # share of the sentence's content words (stemmed) in the passages
    missing: tuple[str, ...]  # content words of the sentence the passages lack
    new_names: tuple[str, ...]  # names and figures the passages lack
    negation: tuple[str, ...]  # negating words the passages lack
    cause: tuple[str, ...]  # cause words the passages lack
    saying: tuple[str, ...]  # saying words the passages lack
    every: tuple[str, ...]  # "every", "all" … the passages lack
    dropped: tuple[str, ...] = ()  # hedges ("should", "whether") the sentence leaves out
    stronger: tuple[str, ...] = ()  # "must", "requires" … where the passages have no duty word
    swapped: tuple[str, ...] = ()  # what the sentence's party does that the passage gives another

    def vector(self) -> list[float]:
        """The numbers the scorer weighs, in the order of `FEATURES`."""
        return [
            self.lexical,
            min(len(self.missing), 6) / 6,
            min(len(self.new_names), 3) / 3,
            float(bool(self.negation)),
            float(bool(self.cause)),
            float(bool(self.saying)),
            float(bool(self.every)),
            float(bool(self.dropped)),
            float(bool(self.stronger)),
            float(bool(self.swapped)),
        ]

    def doubts(self) -> list[str]:
        """What a reader should check, in plain words, most telling first."""
        out = []
        if self.cause:
            out.append(f"a reason (“{self.cause[0]}”) the source does not give")
        if self.saying:
            out.append(f"who says or does what (“{self.saying[0]}”)")
        if self.negation:
            out.append(f"“{self.negation[0]}”, which the source does not say")
        if self.stronger:
            out.append(f"a duty (“{self.stronger[0]}”) the source does not state")
        if self.dropped:
            out.append(f"more certainty than the source, which says “{self.dropped[0]}”")
        if self.swapped:
            word, kinds = self.swapped[0].rstrip(")").split(" (", 1)
            mine, theirs = kinds.split(", not ")
            out.append(
                f"“{word}” done by {PARTY_WORDS.get(mine, mine)}, where the source has "
                f"{' or '.join(PARTY_WORDS.get(k, k) for k in theirs.split('/'))} do it"
            )
        if self.every:
            out.append(f"“{self.every[0]}”, where the source is less sweeping")
        if self.new_names:
            out.append("“" + "”, “".join(self.new_names[:3]) + "”, not in the source")
        elif self.missing:
            out.append("the words “" + "”, “".join(self.missing[:3]) + "”, not in the source")
        return out


FEATURES = (
    "lexical",
    "missing",
    "new_names",
    "negation",
    "cause",
    "saying",
    "every",
    "dropped",
    "stronger",
    "swapped",
)


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def _absent(sentence_words: list[str], passage_words: set[str], wanted: frozenset[str]) -> tuple:
    return tuple(dict.fromkeys(w for w in sentence_words if w in wanted and w not in passage_words))


def _names(text: str) -> list[str]:
    """Capitalised words (not opening a sentence) and numbers: the sentence's specifics."""
    found = [(m.start(), m.group(1).rstrip(".,")) for m in _NAME.finditer(text.strip())]
    # The first word is capitalised anyway: a name only if it has more capitals ("DPULOs").
    return [w for at, w in found if at > 0 or not w[1:].islower()]


def signs(sentence: str, passages: Sequence[str]) -> Signs:
    """The signs for one sentence (its [n] markers ignored) against the passages it cites."""
    plain = strip_markers(sentence).strip()
    joined = "\n".join(passages)
    passage_words = set(_words(joined))
    words = _words(plain)
    have = set().union(*(stems(p) for p in passages)) if passages else set()
    lacking = stems(plain) - have
    # A word lacks if any of its stems does ("well-being" gives two): the same in every run.
    missing = tuple(dict.fromkeys(w for w in words if w.strip("'’-") and stems(w) & lacking))
    figures = {key for _, own in figures_with_keys(joined) for key in own}
    low = normalise(joined)
    new_names = tuple(
        dict.fromkeys(
            n
            for n in _names(plain)
            if normalise(n) not in low and not (n[0].isdigit() and n in figures)
        )
    )
    cause = tuple(c for c in CAUSES if re.search(rf"\b{c}\b", normalise(plain)) and c not in low)
    if _AS_CAUSE.search(normalise(plain)) and not _AS_CAUSE.search(low):
        cause = (*cause, "as")  # ", as they are …": a reason, as a real draft wrote one
    strength = duties(plain, joined)
    return Signs(
        lexical=lexical_support(plain, passages),
        missing=missing,
        new_names=new_names,
        negation=_absent(words, passage_words, NEGATIONS),
        cause=cause,
        saying=_absent(words, passage_words, SAYING),
        every=_absent(words, passage_words, ALL_WORDS),
        dropped=strength.dropped,
        stronger=strength.stronger,
        swapped=strength.swapped,
    )

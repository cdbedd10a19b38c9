"""Who must do what, and how strongly: plain-text signs of the two faults the judge misses most
on the local writer's own sentences (`evals/faithfulness/real.jsonl`).

- **Overstated**: the passage hedges ("should play a vital role", "consider whether to
  consult", "where appropriate … 12 weeks", "often best-placed") and the sentence reuses the
  hedged words without the hedge ("play a vital role", "requires … to consult"). The 1.5B judge
  reads both as the same claim.
- **Swapped roles**: the sentence puts a duty or act on one party ("a DPULO must consider the
  well-being of the area") where the passage gives that verb to another ("an authority must
  consider …").

Both are blind to meaning and rough; the logistic scorer (`assistant.checks.meaning`) weighs
them with the model's P(yes) (weights fitted on dev data, see docs/checking.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import Stemmer

from assistant.checks.claims import normalise
from assistant.checks.verify import STOPWORDS

# A hedge, and the words that keep its strength when a sentence rewords it.
HEDGES: dict[str, frozenset[str]] = {
    hedge: frozenset(kept.split())
    for group, kept in (
        ("should ought", "should ought may might could can would expects expected recommends"),
        ("may might could", "may might could can able allowed option would should"),
        ("often usually sometimes generally", "often usually sometimes generally many some most"),
        ("whether", "whether if"),
        ("expects expected", "expects expected expect should asks ask"),
        ("appropriate possible", "appropriate possible where"),
        ("proposed proposes", "proposed proposal proposes plan planned would"),
    )
    for hedge in group.split()
}
# Words that make a sentence an obligation or a certainty.
STRONG = frozenset(
    "must require requires required requirement duty duties obliged obligation mandatory "
    "compulsory statutory shall ensure ensures guarantee guarantees always".split()
)
# Who can act, by kind: a sentence that moves a verb from one kind to another swaps roles.
ACTORS: dict[str, str] = {
    word: kind
    for kind, words in (
        (
            "state",
            "authority authorities council councils government governments commissioner "
            "commissioners department departments minister ministers state dfe buyer buyers "
            "whitehall parliament",
        ),
        (
            "org",
            "dpulo dpulos organisation organisations organization organizations group groups "
            "charity charities provider providers supplier suppliers ulo ulos",
        ),
        ("people", "people person users user members residents"),
        ("panel", "panel review reviews"),
        ("foundation", "foundation"),
    )
    for word in words.split()
}
_CLAUSE = re.compile(r"[.;:!?\n]+")
_WORD = re.compile(r"[a-z][a-z'’-]*")
SCOPE = 8  # content words after a hedge that it governs (roughly: the rest of its phrase)
SHARED = 3  # of them the sentence must reuse for the hedge to govern what it says
REACH = 10  # words back from a verb to find who does it
PREDICATE = 3  # content words after the sentence's first party: what it does
# Words that open the object of the act ("… must consider the well-being …", "… respects our
# right …"): what follows is what is acted on, whose own party the passage may name.
OBJECT_STARTS = frozenset("the a an our their its his her my your this that these those".split())


@dataclass(frozen=True)
class Duties:
    """What the text shows about strength and roles of one sentence against its passages."""

    dropped: tuple[str, ...]  # hedges of the passage whose words the sentence uses without them
    stronger: tuple[str, ...]  # obligation words of the sentence the passages have none of
    swapped: tuple[str, ...]  # "DPULO → consider": verbs the passage gives to another party


def _words(text: str) -> list[str]:
    return [w.strip("'’-") for w in _WORD.findall(normalise(text))]


def duties(sentence: str, passage: str) -> Duties:
    """The signs for one sentence (markers already stripped or harmless) against a passage."""
    stem = Stemmer.Stemmer("english").stemWord
    said = _words(sentence)
    said_set = set(said)
    said_stems = {stem(w) for w in said if w not in STOPWORDS}
    clauses = [_words(c) for c in _CLAUSE.split(passage)]
    passage_set = {w for c in clauses for w in c}
    dropped: list[str] = []
    for clause in clauses:
        for at, word in enumerate(clause):
            kept = HEDGES.get(word)
            if kept is None or said_set & kept:
                continue
            scope = [stem(w) for w in clause[at + 1 :] if w not in STOPWORDS and w not in HEDGES]
            scope = scope[:SCOPE]
            if word in ("appropriate", "possible"):  # "where appropriate, the government …"
                scope = [stem(w) for w in clause if w not in STOPWORDS and w not in HEDGES][:SCOPE]
            shared = sum(s in said_stems for s in scope)
            if scope and shared >= min(SHARED, len(scope)) and word not in dropped:
                dropped.append(word)
    stronger = tuple(dict.fromkeys(w for w in said if w in STRONG and not (STRONG & passage_set)))
    return Duties(tuple(dropped), stronger, _swapped(said, clauses, stem))


def _doer(words: list[str], at: int) -> str | None:
    """The kind of the nearest party named before position `at` (within REACH words)."""
    for w in reversed(words[max(0, at - REACH) : at]):
        if w in ACTORS:
            return ACTORS[w]
    return None


def _swapped(said: list[str], clauses: list[list[str]], stem: Callable[[str], str]) -> tuple:
    """The sentence's first party and the content words of what it does (up to PREDICATE of
    them, up to its object); each that the passage uses only with a party of another kind is a
    swap."""
    first = next((i for i, w in enumerate(said) if w in ACTORS), None)
    if first is None:
        return ()
    out: list[str] = []
    looked = 0
    for at in range(first + 1, len(said)):
        word = said[at]
        if looked and word in OBJECT_STARTS:  # "… respects our right to campaign": the object
            break
        if word in ACTORS or word in STOPWORDS or word in HEDGES or word in STRONG:
            continue
        looked += 1
        if looked > PREDICATE:
            break
        mine, target = _doer(said, at), stem(word)
        theirs = {_doer(c, i) for c in clauses for i, w in enumerate(c) if stem(w) == target}
        theirs.discard(None)
        if mine and theirs and mine not in theirs:
            out.append(f"{word} ({mine}, not {'/'.join(sorted(t for t in theirs if t))})")
    return tuple(out)

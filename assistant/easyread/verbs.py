"""Counting finite verbs without a tagger: how many ideas (clauses) an Easy Read sentence holds.

Easy Read asks for one idea a sentence, and a clause has one finite verb. No part-of-speech
tagger ships offline with its data here (NLTK's and spaCy's models are downloads), so this is a
small rule-based counter: an auxiliary or modal ("is", "can", "will", "has") starts a verb group
and absorbs the verbs that follow it ("will have been"); a common verb form counts when a
subject-like word stands before it ("we need", "councils decide") or it opens the sentence (an
instruction: "Tell us"). It is an estimate, pinned by tests, good enough to find sentences that
join two ideas; it does not parse.
"""

from __future__ import annotations

import re

AUXILIARIES = frozenset(
    "am is are was were has have had do does did will would can could shall should may might "
    "must isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't "
    "can't cannot couldn't shouldn't mustn't i'm we're they're it's that's there's he's she's "
    "we've they've i've we'll they'll it'll".split()
)
# Words that may sit inside a verb group without starting a new one.
_IN_GROUP = frozenset(
    "not also often still never always only just already really be been being have has had "
    "do get got n't then usually sometimes even more".split()
)
SUBJECTS = frozenset(
    "i we you they he she it who which that people this these those there everyone someone "
    "nobody everybody government councils council services staff members families carers".split()
)
# Words after which a verb-looking word is a noun or a non-finite form: "the needs", "to work".
_NOT_BEFORE = frozenset(
    "a an the to our their your my his her its of for in on at by with from about into this "
    "that these those some any every each no more most many much other same new good local "
    "and or but what how whose upper lower main full extra".split()
)
DETERMINERS = frozenset(
    "a an the our their your my his her its this these those some any every each no".split()
)
# After these, a verb form is a bare infinitive ("helps people plan", "let people live").
CAUSATIVES = frozenset("help helps helped let lets make makes made".split())
_ADJECTIVE_ENDINGS = ("al", "ful", "ive", "ous", "ble", "ic", "ing")
# Common verbs in their base form; -s, -es, -ies, -ed, -d forms are derived below.
BASE = frozenset(
    """
    accept achieve act add affect agree aim allow apply argue ask attend base become begin
    push pause require involve consult respond reply publish replace improve introduce
    ensure enable rise fall
    believe belong bring build buy call care change check choose claim close come consider
    continue cost count cover create cut decide deliver depend describe design develop die
    disagree do drive earn end expect explain face fail fear feel fight find fit follow fund
    gain get give go grow happen hate hear help hire hold hope include increase join keep
    know lack lead learn leave let like limit listen live look lose love make manage matter
    mean meet miss move need offer open pay place plan play prefer prevent promote protect
    prove provide put raise reach read receive recognise recommend record reduce refuse rely
    represent
    remain remove rent report rest return run save say see seem sell send serve set share
    show shut sign speak spend stand start stay stop struggle suggest support take talk
    teach tell think threaten train travel treat trust try turn understand urge use value
    visit vote wait want warn waste welcome win wish work worry write
    """.split()
)
IRREGULAR_PAST = frozenset(
    "rose fell "
    "began became brought built bought came chose cut did drove felt fought found gave went grew "
    "heard held kept knew led learnt left lost made meant met paid put ran said saw sold sent set "
    "showed spoke spent stood took taught told thought understood won wrote".split()
)
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _forms() -> frozenset[str]:
    forms = set(BASE) | set(IRREGULAR_PAST)
    for verb in BASE:
        if verb.endswith("y") and verb[-2] not in "aeiou":
            forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
        elif verb.endswith("e"):
            forms |= {verb + "s", verb + "d"}
        elif verb.endswith(("s", "sh", "ch", "x", "o")):
            forms |= {verb + "es", verb + "ed"}
        else:
            forms |= {verb + "s", verb + "ed"}
    return frozenset(forms)


VERB_FORMS = _forms()


def finite_verbs(sentence: str) -> list[str]:
    """The word that starts each finite verb group, in order: "We agree and they can help."
    -> ["agree", "can"]."""
    return [word for _, word in finite_positions(sentence)]


def tokens_of(sentence: str) -> list[str]:
    """The words `finite_positions` counts in (letters, apostrophes and hyphens)."""
    return TOKEN.findall(sentence)


def finite_positions(sentence: str) -> list[tuple[int, str]]:
    """Each finite verb group's first word with its place among `tokens_of(sentence)`: the
    shape rules cut a sentence between two groups."""
    written = TOKEN.findall(sentence)
    tokens = [t.lower().replace("’", "'") for t in written]
    # A capital inside the sentence is a name ("the Care Act places"): never a verb, and a
    # subject for the word after it.
    names = {i for i, t in enumerate(written) if i and t[0].isupper() and t.lower() != "i"}
    found: list[tuple[int, str]] = []
    in_group = caused = False
    for i, word in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        if i in names:
            in_group = False
        elif caused and word in VERB_FORMS and not in_group:
            caused, in_group = False, True  # the bare infinitive after "help", "let", "make"
        elif word in AUXILIARIES:
            if not in_group or word in ("and", "or"):
                found.append((i, word))
            in_group = True
        elif in_group and (word in _IN_GROUP or word in VERB_FORMS or word.endswith(("ing", "ed"))):
            continue
        elif word in VERB_FORMS and (
            i == 0 or i - 1 in names or _subject_like(before, tokens[i - 2] if i > 1 else "")
        ):
            found.append((i, word))
            in_group, caused = True, word in CAUSATIVES
        else:
            in_group = False
    return found


def _subject_like(word: str, before: str = "") -> bool:
    """A word a finite verb can follow: a pronoun or a plain noun ("people", "councils"), not
    a determiner, preposition or conjunction, and not another verb form unless a determiner
    makes it a noun ("our plans need")."""
    if word in SUBJECTS or (
        (word in VERB_FORMS or word.endswith("ing")) and before in DETERMINERS
    ):  # "our plans need", "a recording lets"
        return True
    if word.endswith(_ADJECTIVE_ENDINGS) or "-" in word:  # "legal limit", "building costs"
        return False
    return bool(word) and word not in _NOT_BEFORE and word not in VERB_FORMS and word.isalpha()


def count_finite(sentence: str) -> int:
    return len(finite_verbs(sentence))


# Past participles that are mostly adjectives after "be": "people who are disabled" is active.
_ADJECTIVE_PARTICIPLES = frozenset(
    "disabled tired interested worried concerned involved based qualified skilled pleased "
    "married supposed used scared bored excited isolated limited related".split()
)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+)?"
    r"(?P<done>\w+ed|given|taken|made|paid|seen|told|shown|written|done|held|kept|sent|spent|"
    r"built|brought|found|known|heard|met|sold|taught|won)\b",
    re.I,
)


def passive(sentence: str) -> bool:
    """Whether a sentence looks passive ("decisions are made", "it is rarely followed"): Easy
    Read asks for the active voice, who does what. A cheap pattern, not a parser, so it only
    marks the sentence for a person; the rules never turn it round (they would have to guess
    who does it)."""
    return any(m["done"].lower() not in _ADJECTIVE_PARTICIPLES for m in _PASSIVE.finditer(sentence))

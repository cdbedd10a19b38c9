"""More ways the rules cut one long response sentence into short ones, each one idea.

Why a second module: `rules.py` splits only where two clauses are plainly joined, each with its
own subject. Real responses more often run one subject through two verbs ("The DWP should set a
time limit and tell people …"), report what members said ("Members told us that …"), put an
example or a point in brackets, or add a description after a comma ("We are X, a user-led
organisation …"). Each rule here makes two sentences from the words already there: it repeats
the subject (or the "should"/"to" that governs the second verb), or adds a short frame that
points back ("Members told us this.", "For example, …"). It never adds a fact, and the meaning
check still judges every sentence against its source.
"""

from __future__ import annotations

import re

from assistant.easyread.verbs import AUXILIARIES, BASE, DETERMINERS, VERB_FORMS, count_finite

# An aside in brackets worth keeping: examples, or a clause of its own ("(for example, the form
# has one question …)"). A short label ("(DPULO)", "(Cm 8145, July 2011)") is dropped.
_BRACKET = re.compile(r"\s*\(([^()]*)\)")
_EXAMPLE = re.compile(r"^(?:such as|for example,?|for instance,?|including|e\.g\.,?|like)\s+", re.I)
# A figure in brackets is kept ("(£30,000 in England)", "(41 of 63)"); a year or a document
# reference alone ("(2016)", "(Cm 8145)") is a label.
_FIGURE = re.compile(r"[£%]|\d[\d,.]*\s+(?:of|in|per|a|people|members)\b|\d+\s*%")
_REFERENCE = re.compile(r"^(?:cm|para|paragraph|section|page|p\.|see)\b|^\d{4}$", re.I)
MARK = "§"  # where an aside stood, so it can follow the piece it belonged to


def take_asides(sentence: str) -> tuple[str, list[str]]:
    """The sentence with each kept aside replaced by a mark (§0, §1 …) and the asides as
    sentences: "(such as ME and MS)" -> "This includes ME and MS."; a bracketed clause with a
    verb stands as written. Other brackets are dropped."""
    asides: list[str] = []

    def keep(match: re.Match[str]) -> str:
        inside = " ".join(match[1].split()).strip(" ,;")
        if _inside_a_name(match, inside):  # "Public Services (Social Value) Act": keep it
            return f" {inside}"
        example = _EXAMPLE.match(inside)
        if example and len(inside.split()) >= 2:
            rest = inside[example.end() :]
            opener = "For example," if count_finite(rest) else "This includes"
            asides.append(f"{opener} {rest}")
        elif len(inside.split()) >= 5 and count_finite(inside) >= 1:
            asides.append(inside[0].upper() + inside[1:])
        elif _FIGURE.search(inside) and not _REFERENCE.match(inside):
            asides.append(f"This is {inside}")  # "(£30,000 in England)": a figure is kept
        else:
            return ""
        return f" {MARK}{len(asides) - 1}"

    return _BRACKET.sub(keep, sentence), asides


def names_unbracketed(sentence: str) -> str:
    """Only the brackets inside a name opened, as `take_asides` does ("Public Services (Social
    Value) Act" -> "Public Services Social Value Act"): the judge's passage keeps the name."""
    return _BRACKET.sub(
        lambda m: f" {' '.join(m[1].split())}" if _inside_a_name(m, m[1]) else m[0], sentence
    )


def _inside_a_name(match: re.Match[str], inside: str) -> bool:
    """A bracket of capitalised words between two capitalised words is part of a name."""
    before = match.string[: match.start()].split()[-1:]
    after = match.string[match.end() :].split()[:1]
    words = inside.split()
    return (
        bool(before and after and words)
        and before[0][:1].isupper()
        and after[0][:1].isupper()
        and all(w[:1].isupper() for w in words)
    )


def place_asides(pieces: list[str], asides: list[str]) -> list[str]:
    """Each aside after the piece that held its mark (the marks removed)."""
    out: list[str] = []
    for piece in pieces:
        found = [int(n) for n in re.findall(rf"{MARK}(\d+)", piece)]
        text = re.sub(rf"\s*{MARK}\d+", "", piece)
        out += [text, *(asides[n] for n in found if n < len(asides))]
    return out


_REPORTED = re.compile(
    r"^(?P<who>[A-Z0-9][^;:]*?)\s+(?P<verb>told us|told me|said|reported|explained|found)"
    r"(?:\s+that)?\s+(?P<what>.+)$"
)
_NOT_A_CLAUSE_START = frozenset("to how what why when where whether if about".split())


def reported_speech(sentence: str) -> list[str]:
    """ "Members told us that the assessment made them anxious." -> "The assessment made them
    anxious." and "Members told us this.": what was said first, then who said it. Only when
    the reported part is a clause of its own (a subject before its verb)."""
    body = sentence.rstrip(".")
    found = _REPORTED.match(body)
    if not found:
        return [sentence]
    who, what = found["who"], found["what"]
    first = re.findall(r"[A-Za-z'’-]+", what.lower())[:1]
    tokens = re.findall(r"[A-Za-z'’-]+", what.lower())
    verb_at = next(
        (
            i
            for i, t in enumerate(tokens[1:], 1)
            if t in AUXILIARIES or (t in VERB_FORMS and tokens[i - 1] not in DETERMINERS)
        ),
        99,
    )
    if (
        not first
        or verb_at > 6
        or any(t in ("that", "who", "which") for t in tokens[:verb_at])  # "a report that …"
        or first[0] in VERB_FORMS
        or first[0] in AUXILIARIES
        or first[0] in _NOT_A_CLAUSE_START
        or count_finite(what) < 1
        or len(who.split()) > 14
        or len(what.split()) < 3
    ):
        return [sentence]
    opener = re.match(r"(?:But|So|And|Also|This is because|This is also because)\s+", who)
    if opener:  # "But members told us that X" -> "But X." and "Members told us this."
        what, who = f"{opener[0]}{what}", who[opener.end() :]
    said = f"{who} {found['verb']} this"
    return [_sentence(what), _sentence(said)]


def shared_subject(left: str, right: str) -> str | None:
    """The right side of "A and B" made a sentence when B is a verb that shares A's subject:
    "The DWP should set a time limit" + "tell people …" -> "The DWP should tell people …";
    "We want councils to pay X" + "offer Y" -> "We want councils to offer Y". None when the
    subject or the governing word cannot be found plainly."""
    words, rest = left.split(), right.split()
    if len(words) < 4 or len(rest) < 2 or rest[1].lower().strip(",.") in _NOT_AN_OBJECT:
        return None
    verb = rest[0].lower()
    if verb not in VERB_FORMS or verb in AUXILIARIES:
        return None
    low = [w.lower().strip(",") for w in words]
    if len(rest) <= 2 and low[-2] in PREPOSITIONS:
        return None  # "evidence from carers and support workers": two nouns, not two verbs
    if verb in BASE:  # governed by the last "should"/"to"/"will" that heads a verb in `left`
        for i in range(len(low) - 2, -1, -1):
            if (low[i] in AUXILIARIES or low[i] == "to") and low[i + 1] in VERB_FORMS:
                if "," in " ".join(words[: i + 1]) and low[i] == "to":
                    return None
                return _sentence(" ".join([*words[: i + 1], *rest]))
    # "-s" / "-ed" forms: the words before the first verb of the same form are the subject.
    ending = "ed" if verb.endswith("ed") else "s"
    at = next(
        (i for i, w in enumerate(low) if w in VERB_FORMS and w not in BASE and w.endswith(ending)),
        None,
    )
    if at is None or not 1 <= at <= 6 or any("," in w or w in VERB_FORMS for w in low[:at]):
        return None
    return _sentence(" ".join([*words[:at], *rest]))


_NOT_AN_OBJECT = frozenset("of and or for".split())  # "support and care for …" is a noun
PREPOSITIONS = frozenset("from of for with by to about on in at".split())
_WE_ARE = re.compile(r"^(?P<who>We|It|This|They) (?P<be>is|are) (?P<name>[^,]+), (?P<what>an? .+)$")


def appositive(sentence: str) -> list[str]:
    """ "We are Riverside Forum, a user-led organisation …" -> "We are Riverside Forum." and
    "We are a user-led organisation …"."""
    found = _WE_ARE.match(sentence.rstrip("."))
    if not found:
        return [sentence]
    lead, what = f"{found['who']} {found['be']}", found["what"]
    doing = _DOING.match(what)
    if doing and found["who"] in ("We", "They"):  # "a group representing X": "We represent X."
        stem = doing["stem"]
        base = stem + "e" if stem + "e" in BASE or stem.endswith(("at", "us", "iv", "ag")) else stem
        return [
            _sentence(f"{lead} {found['name']}"),
            _sentence(f"{lead} {doing['what']}"),
            _sentence(f"{found['who']} {base} {doing['rest']}"),
        ]
    return [_sentence(f"{lead} {found['name']}"), _sentence(f"{lead} {what}")]


_DOING = re.compile(
    r"^(?P<what>an? (?:[\w'’-]+ ){0,3}?[\w'’-]+) (?P<stem>[a-z]{3,})ing (?P<rest>.+)$"
)


def _sentence(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;")
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")

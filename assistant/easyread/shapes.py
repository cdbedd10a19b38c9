"""Sentence shapes real drafts use that the clause joins in `rules.py` do not cut.

Why a third module: the real local writer's drafts (the held set) keep long sentences of
shapes the first two rounds never split: a colon ("X is section 1: an authority must …"), a
fronted clause ("While some councils have used the power, it is not …") and an absolute
", with …" tail ("…, with 14 of 20 centres closed since 2020"). Each rule makes short
sentences from the words already there, adding only a short frame ("This is if …", "But …",
"were"), and keeps every clause: a shape it cannot cut safely (a pronoun that
points into the clause it would move) is left whole for a person. A figure is never dropped:
", with" tails become their own sentence. (A "who" clause on the subject: `who.py`.)
"""

from __future__ import annotations

import re

from assistant.easyread.verbs import (
    AUXILIARIES,
    IRREGULAR_PAST,
    TOKEN,
    VERB_FORMS,
    count_finite,
    finite_positions,
)

_SAID = re.compile(r"\b(?:told us|told me|said|says|say|explained|asked|wrote)$", re.I)


def colon_split(sentence: str) -> list[str]:
    """ "The most useful part is section 1: an authority must consider X." -> "The most useful
    part is section 1." and "An authority must consider X."; a list after the colon becomes
    "These are A, B and C."; "Members told us: X" -> "X." and "Members told us this." Only
    when the part before the colon is a clause (not a label like "Our view:")."""
    body = sentence.rstrip(".")
    found = re.search(r":\s+(?=\S)", body)  # not "10:30"
    if not found:
        return [sentence]
    left, right = body[: found.start()].strip(), body[found.end() :].strip()
    if len(left.split()) < 3 or count_finite(left) < 1 or len(right.split()) < 2:
        return [sentence]
    if _SAID.search(left) and _is_clause(right):
        return [*colon_split(_sentence(right)), _sentence(f"{left} this")]
    if _is_clause(right):
        return [_sentence(left), *colon_split(_sentence(right))]
    items = [i.split() for i in re.split(r",\s*|\s+(?:and|or)\s+", right)]
    if all(0 < len(i) <= 3 and i[0].lower() not in AUXILIARIES for i in items) and not any(
        i[0].lower() in VERB_FORMS for i in items[1:]
    ):  # a list of things ("cost, choice and quality"), not "fund X and pay Y"
        listed = len(items) > 1
        return [_sentence(left), _sentence(f"{'These are' if listed else 'This is'} {right}")]
    return [sentence]


_FRONTED = re.compile(
    r"^(?P<lead>(?:But|So|And|Also),?\s+)?"
    r"(?P<sub>While|Whilst|Although|Though|Because|If|When|Where)\s+(?P<rest>.+)$"
)
_CONCESSIVE = {"while": "But", "whilst": "But", "although": "But", "though": "But"}
_REFERRING = frozenset("it its they them their he him his she her this these".split())
_DUMMY_AFTER_IT = re.compile(
    r"^it (?:is|was|will be|would be|can be|may be)\s+(?:not\s+)?(?:always\s+)?"
    r"(?:the case|\w+(?:ble|ant|ent|ial|ary|al|ult|ard|ear|ely|ong|ght|air)\b)",
    re.I,
)


def fronted(sentence: str) -> list[str]:
    """A fronted clause made a sentence of its own: "Although A, B" -> "A." "But B.";
    "Because A, B" -> "A." "So B."; "If A, B" -> "B." "This is if A." (and "when", "where").
    When B's subject is "it" or "they" it takes the subject of A ("If the DWP stops a payment,
    it should …" -> "The DWP should …"); any other pronoun in B might point into A, so then
    the sentence stays whole."""
    body = sentence.rstrip(".")
    found = _FRONTED.match(body)
    if not found:
        return [sentence]
    sub, rest, lead = found["sub"].lower(), found["rest"], found["lead"] or ""
    for comma in re.finditer(r",\s+", rest):
        first, second = rest[: comma.start()], rest[comma.end() :]
        if count_finite(first) >= 1 and len(first.split()) >= 2 and _is_clause(second):
            break
    else:
        return [sentence]
    if sub == "while" and re.search(r"\bwait|\b(?:was|were|is|are) \w+ing\b", first):
        return [sentence]  # "while they waited": time, not contrast
    lead = lead.rstrip(", ")
    if sub in _CONCESSIVE or sub == "because":
        opener = _CONCESSIVE.get(sub, "So")
        return [_sentence(f"{lead} {first}"), _sentence(f"{opener} {_lower(second)}")]
    main = _own_subject(second, first)
    if main is None:
        return [sentence]
    return [_sentence(f"{lead} {main}"), _sentence(f"This is {sub} {first}")]


def _own_subject(clause: str, fronted_clause: str) -> str | None:
    """`clause` with a leading "it"/"they" replaced by the fronted clause's subject; None when
    that subject cannot be found or another pronoun may point into the fronted clause."""
    words = clause.split()
    head = words[0].lower()
    if head == "it" and _DUMMY_AFTER_IT.match(clause):
        head = "there"  # "it is not always the case": no one is meant
    later = {w.lower().strip(",;.") for w in words[1:]} & _REFERRING
    same = {"it": {"its"}, "they": {"their"}}.get(head, set())  # "its members": the subject's
    if later - same:  # "it should fund it" when "it" was another thing: may point into A
        return None
    if head not in ("it", "they", "he", "she"):
        return clause
    verbs = finite_positions(fronted_clause)
    tokens = TOKEN.findall(fronted_clause)
    if not verbs or not 1 <= verbs[0][0] <= 5:
        return None
    subject = tokens[: verbs[0][0]]
    plural = subject[-1].lower().endswith("s") or subject[-1].lower() in ("people", "staff")
    if (head == "they") != plural or any(t.lower() in VERB_FORMS for t in subject):
        return None
    named = " ".join(subject)
    return f"{named[0].upper()}{named[1:]} {' '.join(words[1:])}"


def _plural(noun_phrase: str) -> bool:
    last = noun_phrase.split()[-1].lower() if noun_phrase.split() else ""
    if last in ("people", "staff", "children", "parents", "carers"):
        return True
    return last.endswith("s") and not last.endswith("ss") and last not in VERB_FORMS


_PARTICIPLE = re.compile(r"^(?:\w+ed|\w+en|\w+ing)$")


def with_clause(sentence: str) -> list[str]:
    """An absolute ", with" tail made a sentence of its own, so its figure stands apart and
    is never lost: "Councils have cut day services, with 14 of 20 centres closed since 2020"
    -> "Councils have cut day services." and "14 of 20 centres have been closed since 2020."
    The tense follows the main clause ("have" -> "have been", a past verb -> "were", else
    "are"). A tail with no verb ("with support from the council") stays."""
    body = sentence.rstrip(".")
    found = re.search(r",\s+with\s+", body)
    if not found or count_finite(body[: found.start()]) < 1:
        return [sentence]
    left, tail = body[: found.start()], body[found.end() :]
    words = tail.split()
    at = next(
        (
            i
            for i, w in enumerate(words[1:], 1)
            if (_PARTICIPLE.match(w.lower()) and w.lower() not in ("children", "women", "often"))
            or w.lower() in IRREGULAR_PAST
        ),
        None,
    )
    if at is None or at > 6 or any(w.lower() in AUXILIARIES for w in words[:at]):
        return [sentence]
    subject = " ".join(words[:at])
    plural = _plural(subject) and not subject.startswith("£")
    be = _be_for(left, plural, words[at].lower().endswith("ing"))
    return [_sentence(left), _sentence(f"{subject} {be} {' '.join(words[at:])}")]


def _be_for(main: str, plural: bool, progressive: bool) -> str:
    """The form of "be" a with-tail takes from its main clause's tense."""
    low = main.lower()
    if re.search(r"\b(?:has|have)\b", low) and not progressive:
        return "have been" if plural else "has been"
    past = re.search(r"\b(?:was|were|did)\b", low) or any(
        t.lower() in IRREGULAR_PAST or (t.lower().endswith("ed") and t.lower() in VERB_FORMS)
        for t in TOKEN.findall(main)
    )
    if past:
        return "were" if plural else "was"
    return "are" if plural else "is"


def _is_clause(text: str) -> bool:
    """A subject before a finite verb: "an authority must consider" (a fronted phrase allowed:
    "before buying services, an authority must …"), not "fund DPULOs" or "to pay"."""
    words = [w.lower() for w in TOKEN.findall(text)]
    if len(words) < 3 or count_finite(text) < 1:
        return False
    return words[0] not in VERB_FORMS and words[0] not in AUXILIARIES and words[0] != "to"


def _lower(text: str) -> str:
    """A first capital lowered after an opener, unless it begins a name ("Access to Work")."""
    words = text.split()
    first = words[0] if words else ""
    named = any(w[:1].isupper() for w in words[1:3]) or not first[1:].islower() or first == "I"
    return text if named else text[0].lower() + text[1:]


def _sentence(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")

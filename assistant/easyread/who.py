"""A "who" clause on the subject of a sentence made a sentence of its own (round three).

Why its own rule: real drafts describe who they mean in the subject ("41 of 63 members who had
an assessment said …", "Organisations who run services should …"), which keeps two verbs in
one sentence. The clause becomes a sentence about the group ("63 members had an assessment.",
"Some organisations run services.") and the main clause points back to it ("41 of them …",
"These organisations …"), so no fact is dropped and no figure moves to the wrong group. The
verb counter is an estimate, so the cut is checked: a subject that is not a plain noun phrase,
or a cut that would end the first sentence on "that" or "they", leaves the sentence whole.
"""

from __future__ import annotations

import re

from assistant.easyread.shapes import _lower, _plural, _sentence
from assistant.easyread.verbs import (
    AUXILIARIES,
    BASE,
    DETERMINERS,
    TOKEN,
    VERB_FORMS,
    count_finite,
    finite_positions,
)

_QUANTIFIED = re.compile(
    r"^(?P<part>\d[\d,.%]*|most|many|some|all|few|half) of (?P<whole>.+)$", re.I
)
_OF_NUMBER = re.compile(r"^(?P<whole>\d[\d,]*) (?P<noun>.+)$")
_QUANTIFIER = re.compile(r"^(?P<q>most|many|some|all|few) (?P<noun>.+)$", re.I)


def who_clause(sentence: str) -> list[str]:
    """A "who" clause on the subject made a sentence of its own: "41 of 63 members who had an
    assessment said X" -> "63 members had an assessment." and "41 of them said X";
    "Organisations who run services should Y" -> "Some organisations run services." and
    "These organisations should Y". Only when the subject is a plural noun phrase before any
    verb and the main verb is plain to find after the clause."""
    body = sentence.rstrip(".")
    found = re.search(r"\s+who\s+", body)
    if not found:
        return [sentence]
    before, after = body[: found.start()], body[found.end() :]
    lead, _, subject = before.rpartition(", ")
    if lead and (count_finite(lead) or not _FRONTED_PHRASE.match(lead)):
        return [sentence]  # "Prices rose, so people who …": not the sentence's subject
    lead = f"{lead}, " if lead else ""
    opener = re.match(r"(?:so|but|and|also)\s+", subject, re.I)
    subject = subject[opener.end() :] if opener else subject
    if count_finite(subject) or not 1 <= len(subject.split()) <= 6 or "," in subject:
        return [sentence]
    if any(_not_in_a_noun_phrase(w) for w in subject.lower().split()[1:]):
        return [sentence]  # "providers focused on people who …": a verb the counter missed
    spans = [m.start() for m in TOKEN.finditer(after)]
    first_word = after.split()[0].lower() if after.split() else ""
    if first_word in DETERMINERS or first_word in _NOT_A_VERB:
        return [sentence]  # "people who we support": "who" is the object, not the subject
    at = _main_verb([w.lower() for w in TOKEN.findall(after)])
    if at is None:
        return [sentence]
    clause, main = after[: spans[at]].strip(" ,"), after[spans[at] :]
    while clause.split() and clause.split()[-1].lower() in _BEFORE_A_VERB:
        last = clause.split()[-1]  # "who use wheelchairs often find": "often" is the main verb's
        clause, main = clause[: -len(last)].rstrip(), f"{last} {main}"
    if not clause or count_finite(clause) > 1 or count_finite(main) < 1:
        return [sentence]
    if clause.split()[-1].lower() in _FUNCTION_WORDS:
        return [sentence]  # the cut fell inside the clause ("… told us that they")
    first, second = _who_frames(subject)
    if not first:
        return [sentence]
    if opener:  # "So people who pay now have less" -> "Some people pay." "So these people …"
        second = f"{opener[0]}{second[0].lower()}{second[1:]}"
    return [_sentence(f"{lead}{first} {clause}"), _sentence(f"{second} {main}")]


_REPORTING = frozenset("told said reported explained found say says tell".split())
_FUNCTION_WORDS = frozenset("that they it and or but to of the a an who which".split())


def _main_verb(words: list[str]) -> int | None:
    """Where the main clause's verb starts after "who …": the first of a finite verb the
    counter finds (not a bare form right after the clause's verb: "who commission care
    services"), a reporting verb ("who have been detained told us"), an auxiliary after a
    content word ("who are refused should be told"), or a past form right after the clause's
    verb ("who attended said")."""
    found = [
        at for at, w in finite_positions(" ".join(words)) if at >= 2 or (at == 1 and w not in BASE)
    ]
    for at in range(1, len(words)):
        before = words[at - 1]
        if words[at] in _REPORTING or (
            words[at] in AUXILIARIES and before not in AUXILIARIES and before not in _JOINING
        ):
            found.append(at)
    if len(words) > 2 and words[0] not in AUXILIARIES and words[1] in VERB_FORMS - BASE:
        found.append(1)
    return min(found) if found else None


_JOINING = frozenset("and or but to".split())


def _not_in_a_noun_phrase(word: str) -> bool:
    """A word that shows the words before "who" are not just a noun phrase: a past form or a
    preposition other than "of" and "with" ("members of our group", "people with autism")."""
    if word in ("disabled", "detained", "isolated", "autistic", "older", "young"):
        return False
    return word.endswith("ed") or word in ("on", "to", "for", "at", "from", "into", "by")


# A phrase before the subject ("In our 2025 survey,", "Last year,"), not a clause.
_FRONTED_PHRASE = re.compile(
    r"^(?:in|at|on|for|from|among|across|since|during|last|this|over|after|before|under|"
    r"within|by|of|according to)\b",
    re.I,
)


_BEFORE_A_VERB = frozenset(
    "often also still usually sometimes never always already rarely now just only not".split()
)
_NOT_A_VERB = frozenset("i we you they he she it in on at to for with from of by as".split())


def _who_frames(subject: str) -> tuple[str, str]:
    """(who the clause is about, how the main clause points back), or ("", "") when the subject
    is not a plural noun phrase."""
    quantified = _QUANTIFIED.match(subject)
    if quantified:
        whole = quantified["whole"]
        part = quantified["part"]
        if not _plural(whole) or (len(whole.split()) < 2 and not _OF_NUMBER.match(whole)):
            return "", ""
        shown = whole[0].upper() + whole[1:] if whole[:1].isalpha() else whole
        return shown, f"{part} of them"
    quantifier = _QUANTIFIER.match(subject)
    if quantifier and _plural(quantifier["noun"]):
        return f"Some {quantifier['noun']}", f"{quantifier['q']} of them"
    words = subject.split()
    if words[0].lower() in ("our", "their", "your"):
        noun = " ".join(words[1:])
        return (f"Some of {words[0].lower()} {noun}", f"These {words[-1]}") if noun else ("", "")
    if words[0].lower() in ("the", "those", "these", "all"):
        words = words[1:]
    if not words or not _plural(" ".join(words)):
        return "", ""
    noun = _lower(" ".join(words))  # "local authorities": the plain-word table still finds it
    return f"Some {noun}", f"These {noun}"

"""The deterministic Easy Read rules: one response sentence in, one or more short sentences out.

No model, so the result is the same every time and every step can be tested: the [n] markers
and bracketed asides go (the link to the source sentence keeps them findable), acronyms are
spelled out, hard words swapped for plain ones from the bundled table, and the sentence is split
where two clauses are joined ("and", "but", "because", "which", "so that", ";"). A split is made
only when both halves have their own subject and verb, so no half is a fragment and no word is
added except a short opener that keeps the join's meaning ("This is because …", "But …").
"""

from __future__ import annotations

import re

from assistant.core.text import QUOTATION, strip_markers
from assistant.easyread.shapes import colon_split, fronted, with_clause
from assistant.easyread.splits import (
    PREPOSITIONS,
    appositive,
    place_asides,
    reported_speech,
    shared_subject,
    take_asides,
)
from assistant.easyread.verbs import AUXILIARIES, BASE, VERB_FORMS, count_finite
from assistant.easyread.who import who_clause
from assistant.easyread.words import WordLists, plain_words, spell_out

# A clause join, and how the second half opens once it stands alone ("" keeps it as it is).
JOINS: dict[str, str] = {
    "so that": "So",
    "when": "This is when",
    "if": "This is if",
    "until": "This is until",
    "not only": "This is not only",
    "because": "This is because",
    "which": "This",
    "but": "But",
    "and": "",
    "so": "So",
    "although": "But",
    "whereas": "But",
    "while": "But",
}
_JOIN = re.compile(
    r"\s*(?:;|,?\s+\b(?P<join>so that|because|but|and|so|although|whereas|when|if|until)\b"
    r"|,\s+(?P<which>which|while|not only|not just)\b)\s+",
    re.I,
)
# "when", "if" and "until" after one of these ask a question ("tell them when", "ask if").
_ASKING = frozenset(
    "ask asks asked tell tells told know knows knew check see decide explain".split()
)
_CONDITIONS = ("when", "if", "until")
_REPORTED_THAT = re.compile(r"\b(?:told us|told me|said|reported|explained|found) that\b")
_BRACKETS = re.compile(r"\s*\([^()]*\)")


def tidy(sentence: str, keep_brackets: bool = False) -> str:
    """Citations and brackets out, quotation marks off, one space, a capital and a full stop."""
    text = strip_markers(sentence)
    text = text if keep_brackets else _BRACKETS.sub("", text)
    text = QUOTATION.sub(lambda m: next(g for g in m.groups() if g), text)
    return finish(text)


def finish(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:-–—")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def plain(sentence: str, words: WordLists, keep_brackets: bool = False) -> str:
    """A tidied sentence in plain words: acronyms spelled out, hard words swapped."""
    text = plain_words(spell_out(tidy(sentence, keep_brackets), words), words)
    text = re.sub(r"^(But|So),\s+", r"\1 ", text)  # "However, …" became "But, …"
    return finish(text)


def split_clauses(sentence: str) -> list[str]:
    """The sentence cut at each clause join whose two sides stand alone; the second side opens
    with the join's plain opener. "A because B" becomes "B. So A.": the reason first, and one
    verb in each sentence. "We recommend that A, and that B" becomes two recommendations."""
    body = sentence.rstrip(".!?")
    wish = _WE_RECOMMEND.match(body)
    # A condition or time ("when", "if", "until") is cut last: "A when B, because C" keeps
    # the reason's reordering ("C. So A when B.") and then cuts "when".
    joins = sorted(_JOIN.finditer(body), key=lambda m: (m["join"] or "").lower() in _CONDITIONS)
    for match in joins:
        left, right = body[: match.start()], body[match.end() :]
        join = (match["join"] or match["which"] or ";").lower().replace("not just", "not only")
        if join in ("when", "if", "until") and _asks(left):
            continue
        last = left.split()[-1].lower() if left.split() else ""
        if last in ("or", "and", "but") or (join == "and" and last in PREPOSITIONS):
            continue  # "… or because C" (a list of reasons), "run by and for …" (one phrase)
        if join == "not only":  # "…, not only at the end": the rest need not be a clause
            if _stands_alone(left) and count_finite(right) <= 1:
                return [
                    *split_clauses(finish(left)),
                    *split_clauses(finish(f"{JOINS[join]} {right}")),
                ]
            continue
        if join == "and" and wish and right.lower().startswith("that "):
            again = f"We {wish[2]} that {right[5:]}"
            return [*split_clauses(finish(left)), *split_clauses(finish(again))]
        if join == "and" and right.lower().startswith("that "):
            if _REPORTED_THAT.search(left):
                continue  # "told us that A and that B": reported speech takes both
            frame = re.match(r"^(.*?\b[a-z]+ that)\s", left)  # "DPULOs can argue that"
            if frame and count_finite(frame[1]):
                right = f"{frame[1]} {right[5:]}"  # "… and that B": "DPULOs can argue that B"
        kind = "which" if join == "which" else "clause"
        # Each side judged by its own clause only: "variety and quality …; this is …" has a
        # verb after the ";", not in "quality …".
        # After "so that" or "because" only what follows counts: "so that children" is no clause.
        near_left = re.split(r"[;,]|\b(?:so that|because)\b", left)[-1]
        if match[0].lstrip().startswith(",") and not _stands_alone(near_left):
            near_left = left.split(";")[-1]  # "A is in X, Y and Z, and B": the whole of A
        near_right = re.split(r"[;,]", right)[0]
        if join == "and" and _stands_alone(near_left) and not _clause_starts(near_right, kind):
            shared = shared_subject(left, right)  # "X should set A and tell B"
            if shared:
                return [*split_clauses(finish(left)), *split_clauses(shared)]
        if not _stands_alone(near_left) or not _clause_starts(near_right, kind):
            continue
        if join == "because" and not re.match(r"(?:But|So|This|And)\b", left):
            return [
                *(r for reason in _reasons(right) for r in split_clauses(finish(reason))),
                *split_clauses(finish(f"So {_lower_first(left)}")),
            ]
        opener = JOINS.get(join, "")
        if join == "and" and left.startswith(("This is because ", "This is also because ")):
            opener = "This is also because"  # "because A and B": B is a reason too
        if join == "which":
            opener = which_noun(left, right)
        second = f"{opener} {right}" if opener else right
        return [*split_clauses(finish(left)), *split_clauses(finish(second))]
    return [finish(body)]


_WHICH_MODALS = frozenset("can could will would should must may might".split())
# A noun phrase shows itself by its determiner ("a support service", "the new fund"); without
# one the last word may be a verb ("… that they could not secure, which may help").
_DETERMINERS = frozenset("a an the this that these those our their its his her each every".split())


def which_noun(left: str, right: str) -> str:
    """The opener for a "which" clause: "a support service, which can help" -> "This service
    can help", the noun repeated. Only before a modal ("can", "will"): "appointments, which
    made their health worse" is about the whole event, so it stays "This"."""
    noun = left.split()[-1] if left.split() else ""
    first = right.split()[0].lower() if right.split() else ""
    if first not in _WHICH_MODALS or not noun.isalpha() or not noun.islower():
        return "This"
    if noun in VERB_FORMS or noun.endswith(("ly", "ing")) or len(noun) < 4:
        return "This"
    if not any(w.lower() in _DETERMINERS for w in left.split()[-4:-1]):
        return "This"  # no noun phrase to repeat
    return f"{'These' if noun.endswith('s') and not noun.endswith('ss') else 'This'} {noun}"


def _lower_first(text: str) -> str:
    """ "Grants take months" -> "grants take months"; a name keeps its capital ("Access to
    Work", "DPULOs")."""
    words = text.split()
    first = words[0] if words else ""
    named = any(w[:1].isupper() and w[1:].islower() for w in words[1:3])
    named = named or not first[1:].islower()
    return text if named or first == "I" else first[0].lower() + text[len(first[0]) :]


def _reasons(text: str) -> list[str]:
    """ "B or because C" -> ["B", "Or C"]; "B and because C" -> ["B", "Also, C"]."""
    first, *more = re.split(r",?\s+(?=(?:or|and) because\s)", text)
    return [first] + [
        re.sub(r"^or because", "Or", m).replace("and because", "Also,", 1) for m in more
    ]


def _asks(left: str) -> bool:
    """Whether "when"/"if" after `left` starts a question ("tell them when") or is bound to
    the word before it ("even if"): then it is no clause join."""
    words = [w.lower() for w in left.split()]
    return bool(words) and (words[-1] in _BOUND or any(w in _ASKING for w in words[-2:]))


# "even if", "only when", "not until": the word belongs to the clause it would be cut from.
_BOUND = frozenset("even as only just except not".split())


def _stands_alone(text: str) -> bool:
    return len(text.split()) >= 3 and count_finite(text) >= 1


def _clause_starts(text: str, join: str) -> bool:
    """The right side has a subject before its verb ("the lists are short"), or, after
    "which", a verb at once ("which helps people")."""
    words = re.findall(r"[A-Za-z'’-]+", text.lower())
    if len(words) < 2 or count_finite(text) < 1:
        return False
    if join == "which":
        return words[0] in VERB_FORMS or words[0] in AUXILIARIES
    return words[0] not in VERB_FORMS and words[0] not in AUXILIARIES and words[0] != "to"


_WE_RECOMMEND = re.compile(
    r"^(?P<lead>(?:So|But|Also|And) )?[Ww]e (recommend|suggest|propose|ask) that (?P<clause>.+)$"
)
_MODALS = ("should", "must", "will")


def one_verb_wish(sentence: str) -> str:
    """ "We recommend that councils pay X." -> "We want councils to pay X.": the same wish with
    one finite verb. Only when the clause's verb is plain to find (a modal, "is"/"are" or a
    verb ending in -s); anything else is left as it is."""
    found = _WE_RECOMMEND.match(sentence.rstrip("."))
    if not found:
        return sentence
    words = found["clause"].split()
    for i, word in enumerate(words[1:], 1):
        if word.lower() in ("who", "which", "that"):
            return sentence  # the verb found next would be the relative clause's
        if word[:1].isupper():
            continue
        base = _base(word.lower())
        plural_subject = words[i - 1].endswith("s") and words[i - 1].islower()
        if base is None and word in BASE and plural_subject:  # "councils pay"
            base = word
        if base is None:
            continue
        if base in _MODALS:
            rest = words[i + 1 :]
        elif base == "be":
            rest = ["be", *words[i + 1 :]]
        else:
            rest = [base, *words[i + 1 :]]
        if not rest:
            return sentence
        lead = found["lead"] or ""
        return finish(
            f"{lead}{'w' if lead else 'W'}e want {' '.join(words[:i])} to {' '.join(rest)}"
        )
    return sentence


def _base(word: str) -> str | None:
    if word in _MODALS:
        return word
    if word in ("is", "are"):
        return "be"
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and word[: -len(cut)] + add in BASE:
            return word[: -len(cut)] + add
    return None


_SUCH_AS = re.compile(r",\s+(?:such as|for example|including)\s+(?P<list>[^,;]+(?:,\s*[^,;]+)*)$")


def examples_apart(sentence: str) -> list[str]:
    """ "X helps pay for support, such as equipment and travel." -> "X helps pay for support."
    and "This includes equipment and travel.": the examples as a sentence of their own."""
    body = sentence.rstrip(".")
    found = _SUCH_AS.search(body)
    if not found or not _stands_alone(body[: found.start()]):
        return [sentence]
    return [finish(body[: found.start()]), finish(f"This includes {found['list']}")]


def easy_sentences(sentence: str, words: WordLists) -> list[str]:
    """The Easy Read sentences one response sentence becomes by the rules alone: split as
    written (so "Work and Pensions" or a swapped-in "and" is never cut), then in plain words."""
    marked, asides = take_asides(strip_markers(sentence))
    clauses = [c for s in _shaped(tidy(marked)) for c in split_clauses(s)]
    pieces = [p for c in clauses for p in _one_idea(c)]
    pieces = place_asides(pieces, [tidy(a) for a in asides])
    return [p for p in (plain(one_verb_wish(s), words) for s in pieces) if p]


def _shaped(sentence: str) -> list[str]:
    """The sentence cut at a colon and at a fronted clause (`shapes.py`) before its joins."""
    return [f for c in colon_split(sentence) for f in fronted(c)]


def _one_idea(clause: str) -> list[str]:
    """A clause with its description, reported speech, "who" clause, ", with" tail and
    examples each made a sentence."""
    out: list[str] = []
    parts = [w for a in appositive(clause) for p in who_clause(a) for w in with_clause(p)]
    for part in parts:
        said = reported_speech(part)
        if len(said) == 2:  # "told us that A and that B": A and B, both what was said
            what = re.sub(r",?\s+and that\s+", " and ", said[0])
            out += [p for c in split_clauses(what) for p in examples_apart(c)] + [said[1]]
        else:
            out += examples_apart(part)
    return out

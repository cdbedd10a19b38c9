"""The four signs of an evidence-rich answer, each found by a rule a reader can check.

The signs are the ones ThemeFinder's detail-detection step names: figures (statistics,
percentages, measurements, dates), concrete examples, first-hand experience, and solutions that
go beyond criticism. Rules, not a model: each sign has a few tell-tale phrasings in consultation
answers ("one member waited…", "we run…", "we recommend…"), a rule that is wrong can be read
and fixed, and the check runs instantly on every answer. The labelled set in `evals/howread/`
(see its README for what counts) measures them; each rule says what it deliberately ignores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from assistant.core.text import split_sentences
from assistant.how_read.experience import experience
from assistant.how_read.solutions import solutions


class Sign(Enum):
    FIGURES = "figures"
    EXAMPLES = "examples"
    EXPERIENCE = "experience"
    SOLUTIONS = "solutions"


@dataclass(frozen=True)
class Found:
    """A sign and the words that show it (shown to the user, so they can see why)."""

    sign: Sign
    words: str


_I = re.IGNORECASE
_SMALL = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|hundreds|thousand|thousands|million|millions"
)
_WORD_NUMBERS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
# What a number measures: time, people, cases, events, money and things counted.
_UNITS = (
    r"(?:minutes?|hours?|days?|working days|weeks?|months?|years?|decades?|times|stops|miles|"
    r"metres|people|members|families|carers|claimants|adults|children|users|residents|cases|"
    r"meetings|visits|appointments|applications|councils|libraries|sessions|tablets|points|"
    r"events|calls|letters|forms|coaches|workers|assessors|staff|beds|places|"
    r"per cent|percent|pounds)"
)
_LINKS = "our|the|a|an|of|their|his|her|my|we|they|in|and|to|for"  # not a figure's adjective
_FIGURE = re.compile(
    r"(?<![\w\[])(?:£|\$|€)?\d(?:[\d,.]*\d)?(?:%|\s?per\s?cent|k|m|bn)?(?![\w\]])"
    rf"(?:[- ](?:(?!(?:{_LINKS})\b)\w+[- ])?{_UNITS}\b)?"
    rf"|\b(?:{_SMALL})(?:[- ](?:{_SMALL}))*(?:[- ]\w+){{0,2}}[- ]{_UNITS}\b"
    # a time of day ("8am", "7.40 pm") and a span said in words ("for an hour")
    r"|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|\b(?:for|after|within|over|waited|took|takes|lasted) (?:half )?an? (?:hour|fortnight)\b"
    r"|\b(?:a|one) (?:quarter|third|half|fifth|tenth)s? of (?:a|the|all)?\s*\w+"
    r"|\bone in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    rf"|\b(?:twice|three times|four times|(?:{_SMALL})fold)\b"
    r"|\bin (?:his|her|their|my) (?:twenties|thirties|forties|fifties|sixties|seventies|"
    r"eighties|nineties)\b",
    _I,
)
# A number that only points somewhere: "paragraph 4.2", "question 3", "[1]", "Q3".
_REFERENCE = re.compile(
    r"\b(?:paragraphs?|paras?|sections?|questions?|chapters?|clauses?|annex|page|pp?\.|"
    r"articles?|regulations?|schedule|part|figure|table|step|option|proposal|q|version)"
    r"\s*$",
    _I,
)


# A year that names a law, report or source rather than saying when something happened:
# "the Care Act 2014", "the Equality Act 2010's duty", "(2016)", "(Ministry of Justice, 2023)".
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NAMED_BY = re.compile(
    r"\b(?:Act|Acts|Regulations|Order|Bill|Code|Standard|Strategy|Review|Report|Plan|Measure|"
    r"Rules|Convention|Directive|Guidance|Framework|Charter|Agreement|White Paper|Green Paper)"
    r"(?: \(\w+\))?\s*$"
)
_CITED = re.compile(r"\(\s*(?:[^()]{0,80}?,\s*)?(?:[A-Z][\w.]*\s+(?:et al\.?\s+)?)?$")


def _names_a_source(text: str, match: re.Match[str]) -> bool:
    if not _YEAR.match(match.group(0)):
        return False
    before = text[max(0, match.start() - 90) : match.start()]
    after = text[match.end() : match.end() + 3]
    return bool(_NAMED_BY.search(before)) or (
        bool(_CITED.search(before)) and after.lstrip().startswith((")", ";", ",", ":"))
    )


def figures(text: str, question: str = "") -> list[str]:
    """Quantities and dates, less references and the figures the question itself gives (an
    answer that repeats "12 weeks" from the question adds nothing new)."""
    asked = {_normal(m.group(0)) for m in _FIGURE.finditer(question)}
    found = []
    for match in _FIGURE.finditer(text):
        if _REFERENCE.search(text[max(0, match.start() - 14) : match.start()]):
            continue
        if _names_a_source(text, match):
            continue
        if _normal(match.group(0)) in asked or _digits_only(match.group(0)) in {
            _digits_only(a) for a in asked
        }:
            continue
        found.append(match.group(0))
    return found


def _normal(figure: str) -> str:
    words = re.split(r"[\s-]+", figure.lower())
    return " ".join(_WORD_NUMBERS.get(w, w) for w in words)


def _digits_only(figure: str) -> str:
    return "".join(ch for ch in _normal(figure) if ch.isdigit()) or figure.lower()


_PAST = (
    r"(?:was|were|had|waited|lost|told|asked|refused|missed|went|gave|took|got|spent|paid|"
    r"moved|phoned|called|applied|received|described|left|stopped|could not|couldn['’]t|"
    r"turned away|learned|learnt|lapsed|won|fell|needed|limits|counts|pays)"
)
_PERSON = (
    r"(?:member|mother|father|parent|person|woman|man|claimant|participant|carer|resident|"
    r"user|family|client|volunteer|trustee|young person|child|son|daughter)"
)
_EXAMPLE = re.compile(
    # "for example, a wheelchair user … was refused": an example that tells what happened
    rf"\b(?:for example|for instance|such as|in one case|take)\b,?[^.;:]{{0,80}}?\b{_PAST}\b"
    # "one member", "one blind member", "one of our members", "a member's"
    rf"|\bone (?:\w+ ){{0,2}}{_PERSON}s?\b|\bone of (?:our|the) \w*\s?{_PERSON}s\b"
    rf"|\ba (?!person\b){_PERSON}['’]s\b|\bone (?:\w+ )?{_PERSON}, an? \w+"
    # a dated incident told in the first person: "I was assessed in March 2023", "last year my
    # award lapsed", "when we were involved in …"
    r"|\bI was \w+ (?:in|on|at|last)\b|\b(?:last|that) (?:year|month|week),? (?:my|our|I|we)\b"
    r"|\bwhen we were (?:involved|invited|left out|asked)\b|\bwe know of (?:at least )?\w+"
    r"|\btold us about (?:a|an|missing|being|having|one)\b"
    # one particular gathering: "at our October meeting", "at the summer fun day"
    r"|\b(?:at|in|during) (?:our|the|a) (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|spring|summer|autumn|winter|Christmas|annual|last) (?:\w+ )?(?:meeting|event|"
    r"session|conference|forum|fun day|open day|drop-in)\b"
    # a particular person told of: "a member who is blind was left …", "Mrs K, …", "Maria, who"
    rf"|\ban? (?:\w+ ){{0,2}}{_PERSON}(?: who [^.,;]{{0,40}})? (?:{_PAST}|\w+ed)\b"
    r"|(?-i:\b(?:Mrs|Mr|Ms|Miss|Dr)\.? [A-Z]\w*\b"
    # (not an organisation introduced: "Riverside Disabled People's Forum, a user-led …")
    r"|(?<=[a-z,;] )(?!(?:However|Yes|No|Overall|Forum|Council|Group|Trust|Network|Alliance|"
    r"Organi[sz]ation|Association|Cent(?:re|er)|Society|Partnership|Project|Charity|Board|"
    r"Committee|Service|Coalition|Federation|Union)\b)[A-Z][a-z]+, (?:who|aged|an?|"
    # (not a citation's year: "(Ministry of Justice, 2023)")
    r"(?!(?:1[89]|20)\d\d\b)\d+)\b"
    # a named local place: "Meadow Lane centre", "the church hall on Mill Road", "St Mary's"
    r"|(?<![.!?] )\b(?:[A-Z][a-z]+ ){1,2}(?:Road|Street|Lane|Avenue|Way|Close|Drive|"
    r"Square|Park)\b|\bSt\.? [A-Z][a-z]+['’]s\b"
    r"|(?<![.!?] )\b(?!(?:The|Our|This|That|These|We|It|In|At|On)\b)[A-Z][a-z]+ "
    r"(?:centre|hospital|ward|school|library|surgery|village|estate|station|clinic)\b)",
    _I,
)
# A story told plainly, with no cue word: someone did or went through something at a time one
# can point to ("When I was in crisis last winter I rang …", "Last month I was told …").
_TELLER = (
    rf"(?:\bI\b|\bmy \w+|\b(?:he|she)\b|\b(?:a|one|our) (?:\w+ ){{0,2}}{_PERSON}\b"
    rf"|\b(?:two|three|four|five) (?:\w+ )?(?:{_PERSON}s|families|men|women|children)\b)"
)
_TOLD = re.compile(
    rf"{_TELLER}[^.;]{{0,60}}?\b(?:{_PAST}|rang|sat|saw|met|came|used to|\w+ed)\b", _I
)
# A service or group told of as doing something (its verb straight after it), at a time:
# "In 2021 our group of self-advocates was paid …", "When the contract went to a provider …".
_SERVICE_TOLD = re.compile(
    r"\b(?:our|the) (?:[\w-]+ ){0,2}(?:group|centre|service|contract|provider|club|project|"
    r"helpline|team|surgery|hospital|library|clinic|ward|office|forum)(?: of [\w-]+(?: [\w-]+)"
    r"{0,3})? (?:went|closed|moved|stopped|cut|brought|(?:was|were) \w+|\w+ed)\b",
    _I,
)
_WHEN = re.compile(
    r"\b(?:last (?:spring|summer|autumn|winter|year|month|week|night|time|Christmas)|"
    r"this (?:spring|summer|autumn|winter|morning)|yesterday|the (?:first|second|third|last|"
    r"next) (?:time|day|morning)|(?:in|on|since|by|until|at) (?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December|(?:1[89]|20)\d\d)\b|"
    r"\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b)",
    _I,
)


def examples(text: str) -> list[str]:
    found = [m.group(0) for m in _EXAMPLE.finditer(text)]
    for sentence in split_sentences(text):
        told = _TOLD.search(sentence) or _SERVICE_TOLD.search(sentence)
        if told and _WHEN.search(sentence):
            found.append(told.group(0))
    return found


def find_signs(text: str, question: str = "") -> dict[Sign, tuple[str, ...]]:
    """Each sign with the words that show it (empty when the answer lacks it)."""
    return {
        Sign.FIGURES: tuple(figures(text, question)),
        Sign.EXAMPLES: tuple(examples(text)),
        Sign.EXPERIENCE: tuple(experience(text)),
        Sign.SOLUTIONS: tuple(solutions(text, question)),
    }

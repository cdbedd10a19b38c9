"""The patterns that find questions, limits, answer choices and closing dates in a document.

Every pattern is anchored or bounded (no nested repetition), so reading a large document takes
time in proportion to its length. Each one says what it is for and what it matches.
"""

from __future__ import annotations

import re
from datetime import date

# A question number as documents write them: "3", "12", "1.2", "2.3.1", "4a", "4(a)", and a
# local plan's policy letters: "H1", "ST 2".
_NUMBER = r"(?P<number>(?-i:[A-Z]{1,3})?\s?\d{1,3}(?:\.\d{1,3}){0,3}(?:[a-z]|\([a-z]{1,4}\))?)"

# An explicit label: "Question 1:", "Question 1.", "Consultation question 4 -", "Q2.", "Q 3)",
# "Q.4:", "Question 5" alone (its text in the next paragraph). Case-insensitive.
QUESTION_LABEL = re.compile(
    rf"^(?:consultation\s+)?(?:question|q)\s*\.?\s*{_NUMBER}(?![\d.]*\d)"
    r"(?P<sep>\s*[:.)\-–—]+\s*|\s+|$)(?P<text>.*)$",
    re.IGNORECASE | re.DOTALL,
)

# A numbered item: "5)", "5.", "(5)", "1.2", "1.2." followed by text. Only a question when the
# text asks something (see ASKS) or when it sits under a "Questions" heading.
# Sub-numbers are kept: "1a.", "1(a)", "2b)".
# "2 (b). In your view ..." (a space before the letter) counts as "2(b)." when a stop follows.
NUMBERED_ITEM = re.compile(
    r"^\(?(?P<number>\d{1,3}(?:\.\d{1,3}){0,3}(?:[a-z]|\([a-z]{1,4}\)|\s\([a-z]{1,4}\)(?=[.:]))?)"
    r"(?:[.):]\s*|\s+)"
    r"(?P<text>[^\d\s].*)$",
    re.DOTALL,
)
# A number standing alone, as in a table's first column: "3", "3.", "Q3", "(3)".
BARE_NUMBER = re.compile(
    r"^(?:(?:question|q)\s*\.?\s*)?\(?(?P<number>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)[.:)]?$",
    re.IGNORECASE,
)
# A lettered or Roman sub-item: "(a) ...", "b. ...", "ii) ..."; its marker is `mark`.
SUB_ITEM = re.compile(
    r"^\(?(?P<mark>[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+(?P<text>\S.*)$", re.IGNORECASE | re.DOTALL
)

# A bulleted item: "- ", "* ", "• " and similar marks, then text.
BULLET_ITEM = re.compile(r"^[-*+•◦▪‣●·–]\s+(?P<text>.+)$", re.DOTALL)

# A sub-part of the question above it: "(a) ...", "b) ...", "(ii) ...".
SUB_PART = re.compile(r"^\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)(?:\)|\.(?=\s))\s+\S", re.IGNORECASE)

# Text that asks something: a question mark, or an instruction to explain or describe.
ASKS = re.compile(
    r"\?|^which\s+of\s+the\s+following\b|"
    # a question ended with a colon on a form: "Which option provides the most accountability:"
    r"^(?:which|what|how)\s+(?:option|do|does|is|are|would|should|could|can|in\s+your)\b[^.?]*:\s*$|"
    r"^please\s+(?:let\s+us\s+know|indicate|state|select|tick|list|say)\b|"
    r"^(?:please\s+)?(?:explain|describe|tell\s+us|set\s+out|outline|comment\s+on|"
    r"give\s+(?:reasons|details|examples|your\s+views)|provide\s+(?:any|details|evidence|"
    r"examples|your\s+views)|share\s+(?:any|your))\b",
    re.IGNORECASE,
)

# A sentence that opens as a question does, with or without its question mark: a survey copied
# from a web page often drops it ("1. Do you live in the village", "4. How often do you ...").
QUESTION_OPENER = re.compile(
    r"^(?:and\s+)?(?:(?:do|does|did|are|is|was|were|have|has|had|would|could|can|will|should)\s+"
    r"(?:you|your|the|we|there|it|this|a|any)\b|(?:what|which|how|why|where|when|who)\s+(?:do|"
    r"does|did|is|are|was|were|would|could|should|can|will|often|much|many|type|kind|sort)\b|"
    r"(?:which|what)\s+\w+\s+(?:do|does|did|would|should|are|is|were|was)\s+you\b)",
    re.IGNORECASE,
)

# A line no heading starts with: "Are you a resident of the parish", "How often do you ...".
YOU_OPENER = re.compile(
    r"^(?:do|does|did|are|is|was|were|have|has|would|could|can|will|should)\s+(?:you|your|there)\b|"
    r"^how\s+(?:often|much|many|likely|satisfied)\b|"
    r"^(?:which|what)\s+\w+\s+(?:do|did|would|should|could|can)\s+you\b",
    re.IGNORECASE,
)

# A heading over a list of questions: "Questions", "Consultation questions", "Summary of
# questions", "Chapter 3: Questions for consultation". ("Frequently asked questions" is not.)
QUESTIONS_HEADING = re.compile(r"\bquestions\b", re.IGNORECASE)
NOT_QUESTIONS_HEADING = re.compile(r"frequently\s+asked|\bFAQs?\b", re.IGNORECASE)

# A chapter heading in a PDF or text file, where there are no heading styles: "Chapter 2:
# Funding", "Part 3 - Delivery", "Section 4", "Annex A".
CHAPTER_LINE = re.compile(
    r"^(?:chapter|part|section|annex|appendix)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\b[^.!?]{0,100}$",
    re.IGNORECASE,
)

# Text that belongs to the question above it rather than starting something new: "Please
# explain your answer.", "(maximum 250 words)", "If not, why not?", "Yes / No", "☐ Agree".
QUESTION_PART = re.compile(
    r"^(?:\(|please\b|if\b|why\b|max(?:imum|\.)?\b|word\s+limit|character\s+limit|limit\b|"
    r"suggested\s+max|prefer\s+not|"
    r"give\s+reasons|explain\b|yes\b|no\b|agree\b|disagree\b|neither\b|don['’]?t\s+know|"
    r"not\s+sure|strongly\b|[☐□☑☒▢]|\[\s?\])",
    re.IGNORECASE,
)

# ---- answer choices ---------------------------------------------------------------------

# The words a tick-box answer is made of.
_OPTION = (
    r"(?:strongly\s+)?(?:agree|disagree)|neither(?:\s+agree\s+nor\s+disagree)?|yes|no|"
    r"don['’]?t\s+know|do\s+not\s+know|not\s+sure|unsure|maybe|partly|partially|"
    r"no\s+opinion|no\s+view|other|prefer\s+not\s+to\s+say|not\s+applicable|"
    r"(?:tend\s+to|somewhat)\s+(?:agree|disagree)"
)
# Choices written in a row: "(Yes/No)", "Yes / No / Don't know", "Agree | Disagree".
OPTION_GROUP = re.compile(
    rf"(?<![\w/])(?P<group>(?:{_OPTION})(?:\s*[/|]\s*(?:{_OPTION}))+)(?![\w/])", re.IGNORECASE
)
# Choices with tick boxes: "☐ Yes ☐ No", "[ ] Agree [ ] Disagree".
OPTION_BOX = re.compile(rf"(?:[☐□☑☒▢]|\[\s?\])\s*(?P<option>{_OPTION})\b", re.IGNORECASE)
# ... or with the box after each choice: "Yes ☐ No ☐", "Yes [ ] No [ ]".
OPTION_BOX_AFTER = re.compile(
    rf"(?<![\w'’])(?P<option>{_OPTION})\s*(?:[☐□☑☒▢]|\[\s?\])", re.IGNORECASE
)
# A paragraph that is one choice and nothing else ("Yes", "Don't know"), as Word lists them.
OPTION_ALONE = re.compile(rf"^(?:[-*•]\s*)?(?P<option>{_OPTION})\s*\.?$", re.IGNORECASE)

# ---- word and character limits ----------------------------------------------------------

_N = r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,5})"
_UNIT = r"(?P<unit>words?|characters?|chars)\b"
LIMITS = (
    # "maximum 250 words", "max. 250 words", "maximum of 250 words", "in no more than 300
    # words", "up to 300 words", "limited to 200 words", "not exceeding 500 characters"
    re.compile(
        r"\b(?:max(?:imum|\.)?(?:\s+of)?|no\s+more\s+than|not\s+more\s+than|up\s+to|"
        r"limited\s+to|a\s+limit\s+of|not\s+exceeding|fewer\s+than|less\s+than|under|within|"
        rf"at\s+most)\s+{_N}[\s-]*{_UNIT}",
        re.IGNORECASE,
    ),
    # "250 words maximum", "250-word limit", "250 words or less", "250 words max"
    re.compile(
        rf"\b{_N}[\s-]*{_UNIT}\s*(?:max(?:imum|\.)?|limit|or\s+(?:less|fewer)|at\s+most)",
        re.IGNORECASE,
    ),
    # "Word limit: 200", "word count: 200", "character limit of 500", "Word limit is 200"
    re.compile(
        rf"\b(?P<unit>word|character)\s+(?:limit|count|maximum)\s*(?:[:=]|of|is)?\s*{_N}",
        re.IGNORECASE,
    ),
    # "(500 characters)", "(250 words)", "(250 words max)", "(500 characters including spaces)"
    re.compile(
        rf"\(\s*{_N}\s+{_UNIT}(?:\s+(?:max(?:imum)?|including\s+spaces))?\s*\)", re.IGNORECASE
    ),
)
# A limit meant for every answer: "Please keep each answer to no more than 500 words."
EVERY_ANSWER = re.compile(
    r"\b(?:each|every|all|per)\s+(?:of\s+your\s+)?(?:questions?|answers?|responses?)\b",
    re.IGNORECASE,
)


def limits_in(text: str) -> tuple[int | None, int | None]:
    """The (word limit, character limit) stated in `text`; the first of each kind counts."""
    words: int | None = None
    chars: int | None = None
    found = sorted(
        (m.start(), m) for pattern in LIMITS for m in pattern.finditer(text)
    )  # in reading order, whichever pattern found them
    for _, match in found:
        value = int(match["n"].replace(",", ""))
        if value <= 0:
            continue
        if match["unit"].lower().startswith("word"):
            words = words or value
        else:
            chars = chars or value
    return words, chars


# ---- closing dates ----------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = (
    # "30 May 2014", "30th May 2014", "Friday 30 May, 2014"
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+(?P<year>\d{{4}})\b", re.I
    ),
    # "May 30, 2014", "May 30th 2014"
    re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<year>\d{{4}})\b", re.I
    ),
    # "30/05/2014", "30.05.2014" (UK order: day first)
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})\b"),
    # "2014-05-30"
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
# What comes before a closing date: "The consultation closes on", "Closing date:", "Deadline:",
# "will close at 11:59pm on", "Responses must be received by", "respond by", "no later than".
CLOSING_CUE = re.compile(
    r"\b(?:clos(?:es|ing\s+date|e|ing)|deadline|ends\s+on|will\s+end|"
    r"(?:must|should)\s+(?:be\s+)?(?:received|submitted|returned|sent)|respond\s+by|"
    r"responses?\s+by|submit\w*\s+by|no\s+later\s+than)\b",
    re.IGNORECASE,
)
CLOSING_WINDOW = 80  # characters after the cue in which the date must start


def _iso(match: re.Match[str]) -> str | None:
    month = match["month"]
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    try:
        return date(int(match["year"]), number or 0, int(match["day"])).isoformat()
    except ValueError:  # "31 February": not a date
        return None


def date_after(text: str, start: int) -> str | None:
    """The first date starting within CLOSING_WINDOW characters of `start`, as an ISO date."""
    window = text[start : start + CLOSING_WINDOW + 40]
    found = [m for pattern in _DATES if (m := pattern.search(window))]
    found = [m for m in found if m.start() <= CLOSING_WINDOW]
    for match in sorted(found, key=lambda m: m.start()):
        if iso := _iso(match):
            return iso
    return None


def closing_date_in(text: str) -> str | None:
    """The date the consultation closes, from the first sentence that states one."""
    for cue in CLOSING_CUE.finditer(text):
        if iso := date_after(text, cue.end()):
            return iso
    return None


def unquoted(text: str) -> str:
    """ "“Are there changes ...?”": a question quoted whole on its own line, without its quotes."""
    quoted = _QUOTED.match(text.strip())
    return " ".join(quoted.groups()).strip() if quoted else text


_QUOTED = re.compile(r"^[“\"‘'](?P<question>[^“”\"]+?\?)[”\"’']\s*(?P<rest>.*)$", re.DOTALL)

"""What kind of answer a question wants: an essay (`open`), a pick from its options (`choice`),
or the respondent's own details (`about you`).

Only open questions are drafted in full. A choice question gets a one-line suggestion from the
evidence; an about-you question (name, postcode, "Which of the following best describes you")
is listed for the user to fill in, because no library can answer it for them.
"""

from __future__ import annotations

import re

OPEN, CHOICE, ABOUT_YOU = "open", "choice", "about you"
KINDS: tuple[str, ...] = (OPEN, CHOICE, ABOUT_YOU)
FIELD_WORDS = 8  # a field about the respondent is a short label

# The respondent's own details. Each alternative names the person or organisation answering.
_ABOUT_YOU = re.compile(
    r"\b(?:your\s+(?:full\s+)?(?:name|e-?mail|email\s+address|postcode|post\s+code|address|"
    r"age|gender|sex|ethnicity|ethnic\s+(?:group|origin)|religion|sexual\s+orientation|"
    r"telephone|phone|contact\s+details|job\s+title|role|organisation(?:'s)?\s+name|"
    r"name\s+of\s+(?:your\s+)?organisation)|"
    r"(?:what|which)\s+is\s+the\s+name\s+of\s+your|"
    r"best\s+describes?\s+(?:you|your(?:self)?|your\s+organisation)\b|"
    r"(?:are|is)\s+you(?:r\s+organisation)?\s+(?:responding|replying|writing)|"
    r"responding\s+(?:as\s+an?\s+individual|on\s+behalf\s+of)|"
    r"on\s+behalf\s+of\s+an?\s+(?:organisation|group)|"
    r"(?:consider\s+yourself|do\s+you\s+have)\s+(?:to\s+(?:have|be)\s+)?(?:a\s+)?disab|"
    r"(?:are\s+you|do\s+you\s+identify\s+as)\s+(?:disabled|a\s+disabled|male|female|a\s+carer)|"
    r"how\s+old\s+are\s+you|where\s+do\s+you\s+live|which\s+(?:area|council|local\s+authority)"
    r"\s+do\s+you\s+live|may\s+we\s+contact\s+you|can\s+we\s+contact\s+you|"
    r"(?:publish|keep)\s+your\s+(?:response|name)|response\s+(?:to\s+be\s+)?(?:kept\s+)?"
    r"confidential|(?:think\s+of|describe)\s+yourself|"
    r"your\s+(?:home\s+)?post\s*code|are\s+you\s+(?:currently\s+)?an?\s+(?:member|resident)\s+of\b|"
    r"describes?\s+where\s+you\s+live|"
    r"\b(?:which|what)\s+organisation,?\s+(?:if\s+any,?\s+)?do\s+you\s+represent)",
    re.IGNORECASE,
)
_ABOUT_YOU_CHAPTER = re.compile(
    r"\babout\s+you\b|respondent\s+(?:information|details)|your\s+details|equalit(?:y|ies)\s+"
    r"monitoring|about\s+your\s+organisation",
    re.IGNORECASE,
)
_YOU = re.compile(r"\byou(?:rs?|rself)?\b", re.IGNORECASE)
# The question asks for reasons, so it is an essay even when it also offers options.
_EXPLAIN = re.compile(
    r"\b(?:explain|why|reasons?|tell\s+us|describe|comments?|details|evidence|examples?|"
    r"views?|suggest|how\s+(?:could|should|would|can|might|do|does)(?!\s+you\s+rate)|"
    r"please\s+specify|anything\s+else|any\s+\w+\s+(?:where|that|which)\s+you)\b|"
    r"\?\s*(?:if\s+(?:not|so|yes|no)\s*,?\s*)?(?:what|which|how|why)\b",
    re.IGNORECASE,
)  # a follow-up that asks for words: "? If not, what alternative would you propose?"


def question_kind(
    text: str, options: tuple[str, ...] = (), chapter: str = "", scale: bool = False
) -> str:
    """The kind of a question, from its wording, its options (or a rating scale after it) and
    the heading it sits under."""
    personal = bool(_YOU.search(text)) and not _essay(text)
    if _ABOUT_YOU.search(text) or field_label(text):
        return ABOUT_YOU
    if _ABOUT_YOU_CHAPTER.search(chapter) and personal:
        return ABOUT_YOU
    if (options or scale or _PICK.search(text) or closed(text)) and not _essay(text):
        return CHOICE
    return OPEN


def closed(text: str) -> bool:
    """A question answered by picking, whose choices the copied page may have dropped: "Do you
    agree ...?", "Would you say crime in your area has:", "Before this survey, were you aware
    of ...?" (docs/consultations.md, "Kinds")."""
    last = _last_sentence(text)
    stem = _STEM_START.match(last) or (_AUX_SUBJECT.search(last) and "please" not in last.lower())
    if _ENDS_OPEN.search(text) and ("?" in text or stem):
        return True
    return any(_picks(text, m) for m in _CLOSED.finditer(text)) or _inverted(text)


def _picks(text: str, match: re.Match[str]) -> bool:
    """A closed-question sign that counts: an inverted verb (", has your Council", "do you
    think") only when no "what", "how" or "why" before it in its sentence asks for words."""
    inverted = re.match(r"\s*(?:,|(?:do|would)\s+you\b)", match.group(0), re.IGNORECASE)
    return not inverted or not _ASKS_WH.search(_sentence_before(text, match.start()))


_STEM_START = re.compile(
    r"^(?:and\s+)?(?:what|which|how|who|where|when|do|does|did|are|is|was|were|have|has|had|"
    r"would|could|can|will|should|in\s+the\s+last)\b",
    re.IGNORECASE,
)


def _last_sentence(text: str) -> str:
    return re.split(r"(?<=[.?!])\s+", text.strip())[-1]


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence before position `at`: "What initiatives, if any" before
    ", has your Council" (a wh-question, not a yes/no one)."""
    return re.split(r"[.?!:]\s+", text[:at])[-1]


# A stem whose printed choices came next: it ends with a colon or a blank ("... has:",
# "... is____.").
_ENDS_OPEN = re.compile(r"(?::|_{3,}\s*\.?)\s*$")
_WH_START = re.compile(
    r"^\W*(?:what|which|how|why|where|when|who|whose|please|tell|describe)\b", re.IGNORECASE
)
_WH = re.compile(r"\b(?:what|which|how|why|where|when|who|whose)\b", re.IGNORECASE)
# "When you were referred, were you ...": "when" opens a clause; "what", "how" ask.
_ASKS_WH = re.compile(r"\b(?:what|how|why)\b", re.IGNORECASE)
_AUX_SUBJECT = re.compile(
    r"\b(?:were|was|are|is|do|does|did|have|has|would|will|could|can|should)\s+"
    r"(?:you|your|there|they|it|we)\b",
    re.IGNORECASE,
)


def _inverted(text: str) -> bool:
    """A yes/no question after an opening phrase: "Before participating in this survey were you
    aware ...?", "If so, would you ...?" (no wh-word before the inverted verb)."""
    question = text.split("?", 1)[0]
    if "?" not in text or _WH_START.match(question):
        return False
    verb = _AUX_SUBJECT.search(question)
    return verb is not None and not _WH.search(question[: verb.start()])


# A call for evidence, answered by a written submission: every ask is open, even "Does the Act
# provide the right framework?" (docs/consultations.md, "Kinds").
_CALL = re.compile(
    r"\bcall\s+for\s+(?:written\s+)?(?:evidence|views|submissions)\b|"
    r"\bwritten\s+(?:evidence|submissions?|contributions)\b|"
    r"\b(?:invites?|inviting|welcomes?)\s+(?:any\s+\w+\s+)?(?:written\s+)?(?:evidence|submissions)\b|"
    r"\bterms\s+of\s+reference\b|\bsubmissions\s+(?:should|must|are\s+invited)\b|"
    r"\bevidence\s+submitted\b|"
    # a parliamentary inquiry that asks its questions in prose: "The Committee has agreed to
    # undertake an inquiry ...", "The key questions the Committee will seek to answer"
    r"\b(?:undertake|launch(?:ed|es)?|hold(?:ing)?|conduct(?:ing)?)\s+an?\s+inquiry\b|"
    r"\bthe\s+committee\s+will\s+seek\s+to\s+answer\b",
    re.IGNORECASE,
)


def is_call(text: str) -> bool:
    """The document is a call for evidence (its answers are written submissions, not a form)."""
    return bool(_CALL.search(text))


# A question that can only be answered by picking, even where the copied page dropped its
# choices: a rating, an agreement scale, "tick all that apply".
_PICK = re.compile(
    r"\bto\s+what\s+extent\s+do\s+you\s+agree\b|\bhow\s+(?:satisfied|likely|often|frequently|"
    r"important)\b|\bhow\s+(?:would|do)\s+you\s+rate\b|\b(?:tick|check|select)\s+all\b|"
    r"\(choose\s+up\s+to\b|\bwhich\s+of\s+the\s+following\b|\bplease\s+(?:rank|rate)\b|"
    r"\bhow\s+many\s+times\b|\bplease\s+(?:select|choose|pick|tick)\b|"
    r"\b(?:tick|select|choose)\s+(?:more\s+than\s+one|as\s+many|one|any)\b|"
    r"\bdo\s+you\s+support\b",
    re.IGNORECASE,
)


def _essay(text: str) -> bool:
    from assistant.consultation.patterns import limits_in

    return bool(_EXPLAIN.search(text)) or any(limits_in(text))


def normalise_kind(value: object) -> str:
    """One of KINDS; "about_you", "About-you" and "" (open) are accepted."""
    if value in (None, ""):
        return OPEN
    key = re.sub(r"[\s_-]+", " ", str(value).strip().lower())
    if key not in KINDS:
        raise ValueError(f"must be one of {', '.join(KINDS)} (got {value!r})")
    return key


# A form's own fields about the respondent: "Sex", "Age band", "Practice Name", "Are you a...".
_ABOUT_FIELD = re.compile(
    r"^(?:sex|gender|age(?:\s+(?:band|range|group))?|practice\s+name|are\s+you(?:\s+a)?\W*|"
    r"(?:full\s+)?name|e-?mail(?:\s+address)?|zip\s+code|post\s*code|"
    r"name\s+(?:of\s+(?:the\s+)?(?:project|council|organi[sz]ation|group)|and\s+organi[sz]ation\b.*)|"
    r"(?:name|position|role)\s+of\s+(?:the\s+)?respondent|"
    r"(?:resident|business|home)\s+(?:name\s+and\s+)?address\b.*|business\s+name\b.*)\s*[:*]?$|"
    r"\b(?:what\s+age\s+are\s+you|ethnic\s+groups?|post\s*code|zip\s+code|male\s+or\s+female|"
    r"day\s+to\s+day\s+activities\s+limited|do\s+you\s+have\s+(?:any\s+)?children|"
    r"served\s+in\s+the\s+arm(?:ed)?\s+forces|how\s+long\s+have\s+you\s+lived|"
    r"name\s+of\s+the\s+pra\w*ce\b|"
    r"(?:live|lived)\s+in\s+(?:this|your)\s+(?:municipality|area|household)|(?:in|of)\s+your\s+"
    r"household|stay\s+at\s+your\s+home|health\s+condition\s+that\s+requires|"
    r"name\s+of\s+(?:the\s+)?(?:member|person|respondent)|"
    r"local\s+authority\s+do\s+you\s+live|(?:which|what)\s+(?:street|road|town|village|ward)\s+"
    r"(?:do\s+)?you\s+live|(?:best|most\s+closely)\s+describes?\s+you|"
    r"how\s+long\s+have\s+you\s+(?:had|been)|how\s+far\s+(?:is\s+your\s+home|do\s+you\s+live)|"
    r"(?:are\s+you\s+(?:currently\s+)?a\s+)?resident\s+of|your\s+e-?mail\s+address|"
    r"do\s+you\s+have\s+a\s+(?:library\s+)?(?:card|membership))\b",
    re.IGNORECASE,
)
# A closed question: the respondent picks (yes/no, a rating, one of a list).
_CLOSED = re.compile(
    r"(?:^|[.?:]\s+)(?:do|does|did|are|is|was|were|have|has|had|would|could|can|will|should)\s|"
    r"\bto\s+what\s+extent\b|\bagree\s+or\s+disagree\b|\bhow\s+(?:likely|satisfied|well|often|"
    r"important|much|many|easy|quickly|long|do\s+you\s+rate)\b|\bplease\s+(?:rate|rank)\b|"
    r"\bwhich\s+(?:option|statement|of|clinic|hospital)\b|^who\s+(?:makes|decides)\b|"
    r"^in\s+your\s+opinion\b|\bwhat\s+(?:kind|type|sort)\s+of\b|"
    r",\s*(?:were|was|did|do|does|are|is|have|has|had|would|can|could|will)\s+(?:you|your|there|they|"
    r"it)\b|\bhow\s+do\s+you\s+(?:typically\s+)?(?:travel|find\s+(?:out|information))\b|"
    r"\b(?:on|at)\s+which\s+(?:days?|time)\b|"
    r"\((?:select|choose|tick)\b|\b(?:tick|select)\s+all\s+that\s+apply\b|"
    r"\bany\s+of\s+the\s+following\b|\bhow\s+would\s+you\s+prefer\b|"
    r"\bhow\s+(?:frequently|soon|serious|satisfied|did\s+you\s+(?:hear|book|find))\b|"
    r"\bhow\s+(?:would|do)\s+you\s+rate\b|\blevel\s+of\s+(?:satisfaction|agreement)\b|"
    r"\b(?:check|tick)\s+all\b|\bplease\s+tick\b|\(choose\s+up\s+to\b|"
    r"\bwhat\s+(?:is|was)\s+(?:your|the)\s+(?:main|primary)\s+(?:reason|means|source)\b|"
    r"\bwhich\s+(?:department|ward|service|site)\b|\bhow\s+did\s+you\s+(?:arrive|travel|get)\b|"
    r"\bwhat\s+(?:factor|seasons?|days?)\b|"
    r"(?<!what\s)(?<!why\s)(?<!how\s)\b(?:do|would)\s+you\s+(?:think|feel|agree|support)\b|"
    r",\s*(?:did|do|does|has|have)\s+(?:your|the|any)\b",
    re.IGNORECASE,
)
_ALL_THAT_APPLY = re.compile(
    r"\b(?:check|tick|select)\s+all\s+that\s+apply\b|"
    # a ranking is a pick even after "Why ...?": "Why do you visit? Please rank in order"
    r"(?:^|[.?:]\s+)(?:please\s+)?rank\s+(?:in\s+(?:numerical\s+)?order|the\s+following|these)\b",
    re.IGNORECASE,
)
# "Did a health professional explain ...?": someone else explaining, a yes/no about the reader's
# care, not a request that the reader explain.
_THEY_EXPLAINED = re.compile(
    r"\b(?:did|does|do|has|have|was|were)\s+(?:a|an|the|any|your)\s+(?:\w+\s+){0,3}explain",
    re.IGNORECASE,
)
_OPEN_ASK = re.compile(
    r"\b(?:why|explain|tell\s+us|describe|comments?|suggestions?|"
    r"please\s+(?:share|specify)|"
    r"what\s+(?:specific|treatment|other)|if\s+you\s+know)\b",
    re.IGNORECASE,
)


def form_kind(
    text: str, options: tuple[str, ...], chapter: str, grid: bool, rated: bool = False
) -> str:
    """The kind of a form's question: a field about the respondent, a pick (a grid, listed
    options, a numbered statement to rate, or a closed question whose choices the copied page
    dropped), or an essay."""
    if _ABOUT_YOU.search(text) or about_field(text):
        return ABOUT_YOU
    if _ABOUT_YOU_CHAPTER.search(chapter) and not _OPEN_ASK.search(text):
        return ABOUT_YOU
    if grid or _ALL_THAT_APPLY.search(text):
        return CHOICE
    asks_words = _OPEN_ASK.search(_THEY_EXPLAINED.sub("", text))
    if asks_words or any(_limits(text)):
        return OPEN  # "9. Please add any comments ..." is not a statement to rate
    if rated:
        return CHOICE
    if options or closed(text):
        return CHOICE
    return OPEN


def about_field(text: str) -> bool:
    """A form's field for the respondent's own details: "Name of Council", "Sex", "Postcode"."""
    return bool(_ABOUT_FIELD.search(text.strip()))


def field_label(text: str) -> bool:
    """A short label for the respondent's own details, numbered like a question ("1. Name of
    Council", "2. Position of Respondent"): a question to fill in, not a heading."""
    return len(text.split()) <= FIELD_WORDS and about_field(text)


def _limits(text: str) -> tuple[int | None, int | None]:
    from assistant.consultation.patterns import limits_in

    return limits_in(text)

"""Tidy what a small model writes, and attach the citation the code chose.

Measured habits of the bundled model (stack-notes): it opens with "The source states …" or "Our
position is that …", uses Markdown lists and headings, writes its own [n] markers (often wrong)
and runs long. Each habit is undone here, in code, rather than fought in the prompt.
"""

from __future__ import annotations

import re

from assistant.checks.claims import figure_spans
from assistant.core.text import split_sentences, strip_markers

_OPENERS = re.compile(
    r"^(?:"
    r"(?:the|this|that) (?:source|evidence|passage|text|article|document|note|extract)s? "
    r"(?:clearly |also )?(?:states?|says?|shows?|suggests?|notes?|explains?|argues?|"
    r"highlights?|indicates?|mentions?|tells us)(?: that)?[,:]?"
    r"|according to (?:the|this) (?:source|evidence|passage|text|article|document)s?,?"
    r"|based on (?:the|this) (?:source|evidence|passage|text)s?,?"
    r"|(?:in summary|to summari[sz]e|in conclusion|overall|sure|certainly)[,!:.]?"
    r"|here is (?:a|the|our) [a-z ]{0,40}?:"
    r"|our position is that|it is our position that"
    r")\s*",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^\s*#{1,6}\s")
_MARKDOWN = re.compile(r"^\s*(?:#{1,6}\s+|[-*+•]\s+|\d{1,2}[.)]\s+|>\s*)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_REFERENCE = re.compile(
    r"\s*\((?:source|see|ref|evidence|passage)[^)]{0,60}\)|\s*\[(?:source|evidence)[^\]]*\]", re.I
)
_END = re.compile(r"([.!?]+[\"'’”)]*)$")
_JOINT = re.compile(r"(?:;|,? but|, and|, so)\s+(?=[A-Za-z])")
# A half stands alone when it opens with a subject: a pronoun, a determiner or a name; after
# ", and" only a pronoun (", and the right to …" may be the last item of a list).
_SUBJECT = re.compile(
    r"^(?:the|this|these|those|it|its|they|their|we|our|there|a|an|some|many|most|"
    r"all|each|every|no|such|other|[A-Z][\w'’-]*)\b"
)
_PRONOUN = re.compile(r"^(?:it|they|we|this|these|there)\b")
LONG = 20  # words: past this a sentence is split at a joint, if both halves stand alone
MIN_HALF = 6
_WHEN = ("number", "date", "fy")  # years and dates: a question's framing, safe to leave out
_BEFORE_WHEN = re.compile(r"(?:\b(?:in|on|from|since|until|by|of|during)\s+)?$", re.IGNORECASE)


def tidy(raw: str) -> str:
    """Plain sentences: no headings, bullets, emphasis, model-written citations or openers."""
    lines = []
    for line in raw.replace("\r", "").splitlines():
        if _HEADING.match(line):
            continue  # a heading is a label, not a sentence
        line = _MARKDOWN.sub("", line).strip()
        if line:  # a list item is a sentence of its own, even without a full stop
            lines.append(line if line.endswith((".", "!", "?", ":")) else f"{line}.")
    text = " ".join(lines)
    text = strip_markers(_REFERENCE.sub("", _EMPHASIS.sub("", text)))
    sentences = []
    for sentence in split_sentences(text):
        sentence = _OPENERS.sub("", sentence).strip(" ,;:")
        if len(sentence.split()) < 3 or sentence.endswith(("?", ":")):
            continue  # fragments, questions back to the reader, and lead-ins to a list
        sentences.append(sentence[0].upper() + sentence[1:])
    return " ".join(sentences)


def sentences_of(text: str) -> list[str]:
    """The sentences of tidied text, each long one split in two where it safely can."""
    return [short for sentence in split_sentences(text) for short in split_long(sentence)]


def split_long(sentence: str) -> list[str]:
    """A sentence over LONG words split at its middlemost joint ("; ", ", but", ", and" …)
    into two sentences of at least MIN_HALF words each; otherwise unchanged. Flesch reading
    ease falls with words per sentence, and the model's sentences run to 30 words."""
    if len(sentence.split()) <= LONG:
        return [sentence]
    middle = len(sentence) / 2
    for joint in sorted(_JOINT.finditer(sentence), key=lambda m: abs(m.start() - middle)):
        head, tail = sentence[: joint.start()].strip(), sentence[joint.end() :].strip()
        subject = _PRONOUN if joint.group().strip(" ,") == "and" else _SUBJECT
        if min(len(head.split()), len(tail.split())) < MIN_HALF or not subject.match(tail):
            continue
        lead = {"but": "But ", "so": "So "}.get(joint.group().strip(" ,;"), "")
        tail = lead + tail if lead else tail[0].upper() + tail[1:]
        return [*split_long(f"{head}."), *split_long(tail)]
    return [sentence]


def cite(sentence: str, n: int) -> str:
    """The sentence with its [n] before the closing full stop: "… providers [3]."."""
    sentence = sentence.strip()
    match = _END.search(sentence)
    if match:
        return f"{sentence[: match.start()]} [{n}]{match.group(1)}"
    return f"{sentence} [{n}]."


def cite_all(sentence: str, numbers: list[int]) -> str:
    """The sentence citing several passages: "… providers [1][3]."."""
    cited = cite(sentence, numbers[0])
    return cited.replace(f"[{numbers[0]}]", "".join(f"[{n}]" for n in numbers), 1)


def quotation(sentence: str, n: int) -> str:
    """A source sentence quoted word for word, as the quotes writer shows it."""
    return f"“{sentence.strip()}” [{n}]"


def plain(sentence: str) -> str:
    """The sentence without its markers, quotation marks, case or spacing: two parts that come
    back with the same sentence (a rewrite often repeats an earlier one) say it once."""
    return " ".join(strip_markers(sentence).strip(" “”\"'.").lower().split())


def words(text: str) -> int:
    """Words as a consultation form counts them (citation markers are not words)."""
    return len(strip_markers(text).split())


def within(sentences: list[str], limit: int) -> list[str]:
    """The first sentences that fit in `limit` words (at least one, never a cut sentence)."""
    kept: list[str] = []
    for sentence in sentences:
        if kept and words(" ".join([*kept, sentence])) > limit:
            break
        kept.append(sentence)
    return kept


def question_for(question: str, evidence: str) -> str:
    """The question without the years and dates its evidence does not contain.

    Measured: given "What did the 2011 government plan mean …" and evidence that never says
    2011, the bundled model writes "The 2011 government's plan meant …" in every sentence,
    and the checks rightly refuse the figure. A figure the model is not shown, it does not copy.
    """
    have = {key for *_, keys in figure_spans(evidence) for key in keys}
    text = question
    for start, end, kind, keys in reversed(figure_spans(question)):
        if kind not in _WHEN or keys[0] in have:
            continue
        if kind == "number" and not re.fullmatch(r"(?:1[89]|20)\d\d", text[start:end]):
            continue  # a count, not a year: the question may be about it
        lead = _BEFORE_WHEN.search(text[:start])
        start = lead.start() if lead else start
        text = text[:start] + text[end:]
    return re.sub(r"\s+([?,.;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()

"""What follows a form's question and belongs to it: its answer choices (listed, or numbered
under a starred question), a grid's scale and statement rows (numbered or not), the question a
preamble leads to, an instruction straight after it. Kept apart from `form_finder`, which
decides where questions start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.consultation import patterns
from assistant.consultation.form_units import YN_ROW, FormUnit, is_scale

ASK_START = re.compile(
    r"^(?!which\s+is\s+why\b)(?:(?:what|which|how|why|where|when|who|whose)\b(?!(?:\s+\w+)?\s*:\s)|(?:do|does|did|are|is|was|were|have|has|"
    r"had|would|could|can|will|should|may|might)\s+(?:you|your|the|we|there|it|this|a|any|"
    r"patients|local|people)\b|to\s+what\s+extent\b|in\s+your\s+(?:opinion|view)\b|"
    r"(?:overall|thinking|in\s+the\s+past)\b.{0,60}\b(?:how|what|do|did|has|have)\b|if\s+\w)",
    re.IGNORECASE,
)
INSTRUCTION = re.compile(
    r"\bplease\s+(?:tell|explain|describe|give|provide|rate|rank|indicate|share|list|state|"
    r"specify|choose|select|tick|comment|outline|set\s+out|let\s+us|add)\b",
    re.IGNORECASE,
)
OPTION_MAX_WORDS = 16  # a listed answer choice or a grid's statement row is short
ROW_MAX_WORDS = 25  # a grid's numbered statement row is this short


@dataclass
class FormQuestion:
    """A question found in a form, before its number is made unique and its kind decided."""

    number: str | None
    text: str
    chapter: str
    options: list[str] = field(default_factory=list)
    grid: bool = False
    rated: bool = False  # a numbered statement to agree with or rate ("9. The hospital is ...")
    ask: bool = False  # one of a call for evidence's asks: it has no answer choices
    required: bool = False  # starred as required ("* 2. Are you:")
    numbered_rows: bool = False  # its grid numbers its statement rows ("1. Overall quality ...")
    weight: float = 0.0  # the sum of its signs (`form_weights`) when it was taken on them


def numbered_line(text: str) -> bool:
    """A numbered item, not a grid's numbered scale point ("1 None of the time")."""
    item = patterns.QUESTION_LABEL.match(text) or patterns.NUMBERED_ITEM.match(text)
    return bool(item) and not is_scale(text)


def belongs(current: FormQuestion, unit: FormUnit, text: str, bullet_after_lead: bool) -> bool:
    """Keep `unit` with the question above it: a grid's header or row, an answer choice, the
    question a preamble leads to, or an instruction straight after it. True if kept."""
    words = len(text.split())
    if is_scale(text):
        current.grid = True
        return True
    row = YN_ROW.sub("", text).strip()
    if _numbered_row(current, unit, text, words):
        current.numbered_rows = True
        current.options.append(re.sub(r"^\d{1,3}\s*[.)]\s*", "", row))
        return True
    if current.grid and _row(text, words) and not numbered_line(text) and not unit.required:
        current.options.append(re.sub(r"^[A-Z][.)]\s+", "", row))
        return True
    if (
        YN_ROW.search(text)
        and current.text.rstrip().endswith((":", "?"))
        and (current.text.rstrip().endswith(":") or "following" in current.text.lower())
    ):
        current.grid = True
        current.options.append(YN_ROW.sub("", text).strip())
        return True
    if _numbered_choice(current, unit, text, words):
        current.options.append(re.sub(r"^\d{1,2}\s*[.)]\s*", "", text).strip())
        return True
    if bullet_after_lead or numbered_line(text) or unit.required:
        return False
    asking = text.rstrip().endswith("?") or bool(ASK_START.match(text))
    if asking and not asks(current.text) and not current.options:
        current.text = f"{current.text} {text}"  # the preamble's question
        return True
    if text.lower().startswith("answer options:"):
        current.options += [o.strip() for o in text.split(":", 1)[1].split("/") if o.strip()]
        return True
    if re.match(r"^\(please\b|^\(include\b", text, re.IGNORECASE) and not current.options:
        current.text = f"{current.text} {text}"
        return True
    closed = current.text.rstrip().endswith(("?", ":", ")"))
    if current.ask or (unit.heading and not closed):
        return False  # a call for evidence's next heading, not an answer choice
    if not asking and words <= OPTION_MAX_WORDS and not text.rstrip().endswith((".", ":")):
        current.options.append(text.strip())
        return True
    return False


def _numbered_row(current: FormQuestion, unit: FormUnit, text: str, words: int) -> bool:
    """ "1. Overall quality of services" under a grid's scale: a statement row the grid numbers,
    when its numbering starts again at 1 below the scale (or goes on from such a row); a row
    that asks ("?") or is starred is a question of its own."""
    item = patterns.NUMBERED_ITEM.match(text)
    if not (current.grid and item and not unit.required) or "?" in text:
        return False
    first = not current.options and re.sub(r"\D", "", item["number"]) == "1"
    return (first or current.numbered_rows) and words <= ROW_MAX_WORDS


def _numbered_choice(current: FormQuestion, unit: FormUnit, text: str, words: int) -> bool:
    """ "1.  A person with a disability?" under "* 2. Are you:": in a form that stars its
    questions, a short numbered line without a star after a question that ends in ":" (or after
    its first such choice) is one of its answer choices, not a question."""
    return (
        current.required
        and not unit.required
        and numbered_line(text)
        and words <= OPTION_MAX_WORDS
        and current.text.rstrip().endswith(":")
    )


def _row(text: str, words: int) -> bool:
    """A grid's statement row: short, and not a question or a lead-in of its own (a row that
    ends "(Y/N)" asks its own small question and is still a row)."""
    if YN_ROW.search(text):
        return True
    row = text.rstrip()
    return (
        words <= OPTION_MAX_WORDS
        and not row.endswith((":", "?"))
        and not ASK_START.match(row)
        and not INSTRUCTION.search(row)
    )


def asks(text: str) -> bool:
    return "?" in text or bool(ASK_START.match(text)) or bool(INSTRUCTION.search(text))

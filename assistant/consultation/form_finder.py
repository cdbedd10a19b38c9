"""Questions of online forms, surveys and calls for evidence: candidates from the structure,
kept when a weighted score of their signs says they ask the respondent something.

The bundled layouts (`finding`, `layout`) follow labels and numbering rules written one layout
at a time. Forms copied from survey platforms, NHS feedback surveys, agreement grids and calls
for evidence whose asks are bullets after "should address:" break those rules in new ways
every time, so here every paragraph is a candidate and the decision is a sum of signs (numbered,
starred, asks, an instruction, a bullet after an asking lead-in, a field label; minus heading,
long prose, the writer's own voice, talk about the form), weighted in `form_weights`. What
follows a question is kept with it: its answer choices, a grid's statement rows (the question
becomes one choice listing them), its instruction ("Please explain ..."); a respondent's own
answer between questions is not a question and ends it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.consultation import patterns
from assistant.consultation.form_leads import asking_lead, contents_lead
from assistant.consultation.form_parts import (
    ASK_START,
    INSTRUCTION,
    FormQuestion,
    asks,
    belongs,
    numbered_line,
)
from assistant.consultation.form_units import YN_ROW, FormUnit, is_scale
from assistant.consultation.form_weights import THRESHOLD, WEIGHTS

# A sentence that asks, question mark or not: "... in recent years. Have you noticed a decline".
_ASKING_SENTENCE = re.compile(
    r"(?:^|[.!:]\s+)(?:what|which|how|why|where|when|who|do|does|did|are|is|have|has|would|"
    r"could|can|should|to\s+what\s+extent)\s",
    re.IGNORECASE,
)
_WRITER = re.compile(
    r"^(?:[Cc]an|[Mm]ay|[Cc]ould|[Ss]hall)\s+I\b|^I\s|^(?:[Mm]y|[Oo]ur)\s|"
    r"\bI\s+(?:do|believe|think|will|won't)\b"
)
_ABOUT_FORM = re.compile(
    r"\b(?:this|the|our)\s+(?:survey|questionnaire|consultation\s+document)\b|\bthe\s+questions\b|"
    r"\bcontact\s+us\b|\bsurvey\s+is\b|@|\bleave\s+(?:it|this|them)\s+blank\b|"
    r"\b(?:a|any|each)\s+(?:particular\s+)?(?:question|item)\b|\bcontact\s+details\b|"
    r"\bshould\s+you\s+wish\b|\b(?:be\s+(?:a\s+)?part\s+of|take\s+part\s+in|join)\s+(?:our|the|this)\b",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"^(?:(?:your|full|business|organisation|practice)\s+)?(?:name|sex|gender|age(?:\s+(?:band|"
    r"range|group))?|postcode|post\s+code|address|e-?mail|telephone|ethnicity|are\s+you(?:\s+a)?)"
    r"\b.{0,40}$|\[type\s+here\]",
    re.IGNORECASE,
)
_SUB = re.compile(r"^\(?(?P<mark>[a-h])[.)]\s*(?P<text>\S.*)$", re.DOTALL)
_CONDITION = re.compile(r"^(?:when|where|if|while)\b", re.IGNORECASE)
# A field's limit in brackets: "(in 100-500 words)", "(maximum 250 words)".
_FIELD_LIMIT = re.compile(
    r"\([^)]*\b\d{2,5}\s*(?:[-–]\s*\d{2,5}\s*)?(?:words|characters)\b[^)]*\)", re.IGNORECASE
)
LIST_MARK = re.compile(r"^[-•◦▪‣●·–]\s+")
LONG_WORDS = 60
FIELD_WORDS = 20  # a label with a limit ("Description (in 100-500 words)") is this short
TITLE_WORDS = 10  # a document's first line this short, above a heading, is its title
STATEMENT_WORDS = 25  # a numbered paragraph longer than this that does not ask tells
ANSWERED_WORDS = 12  # a heading phrased as a question is short ...
REPLY_WORDS = 20  # ... and the paragraph after it that answers it is long
REOPEN_UNITS = 4  # a scale header this many paragraphs below an instruction still belongs to it


def signs(
    unit: FormUnit, before: FormUnit | None, after: FormUnit | None, numbered: int
) -> dict[str, bool]:
    """The signs a paragraph shows, by name (see `form_weights.WEIGHTS`)."""
    text = LIST_MARK.sub("", unit.text)
    item = patterns.QUESTION_LABEL.match(text) or patterns.NUMBERED_ITEM.match(text)
    body = item["text"].strip() if item else text
    if item and (sub := _SUB.match(body)):  # "3. a) How do you rate ...?"
        body = sub["text"].strip()
    bullet = unit.text != text
    body = patterns.unquoted(body)  # "“Are there changes ...?”" asks as it would unquoted
    asks = _asks_plain(body)
    return {
        "numbered": bool(item) and numbered >= 2 and not is_scale(text),  # one alone is a list
        "required": unit.required,
        "asks": asks,
        "instruction": bool(INSTRUCTION.search(body)),
        "after_ask_lead": bullet and before is not None and asking_lead(before.text),
        "field": bool(_FIELD.match(body)),
        "answer_box": unit.box,
        "limit": len(body.split()) <= FIELD_WORDS and bool(_FIELD_LIMIT.search(body)),
        "grid_follows": after is not None and is_scale(after.text),
        "heading": unit.heading and not _ends_asking(body),
        "long": len(body.split()) > LONG_WORDS,
        "writer": bool(_WRITER.search(body)),
        "continues": body[:1].islower(),
        "unnumbered_among_numbered": numbered >= 3 and not item and not unit.required,
        "statement": not item and _statement(body),
        "about_the_form": bool(_ABOUT_FORM.search(body)) and not item,
        "answered": _answered(unit, item is not None, body, after),
        "numbered_statement": bool(item) and not unit.required and _long_statement(body),
        "introduces": body.rstrip().endswith(":")
        and not unit.required
        and after is not None
        and (after.required or numbered_line(after.text)),
    }


def _long_statement(body: str) -> bool:
    """ "10. We are conscious that many of the subject areas ... (Paragraph 11)": a report's
    numbered paragraph tells at length; a numbered ask is shorter or asks."""
    return (
        len(body.split()) > STATEMENT_WORDS
        and "?" not in body
        and not ASK_START.match(body)
        and not _ASKING_SENTENCE.search(body)
        and not re.search(r"\bplease\b", body, re.IGNORECASE)
    )


def _answered(unit: FormUnit, numbered: bool, body: str, after: FormUnit | None) -> bool:
    if numbered or unit.required or after is None:
        return False
    return answered_heading(body, after.text)


def answered_heading(text: str, following: str) -> bool:
    """A short unnumbered question the next paragraph answers at length ("What is a
    consultation?" above the paragraph that explains it): a page's heading, not an ask."""
    body = text.strip()
    if not body.endswith("?") or numbered_line(body):
        return False
    if _title_cased(body):
        return True  # "What Should I Check at a Venue to Ensure It Is Accessible?": a page title
    reply = LIST_MARK.sub("", following)
    if following != reply and not _ADDRESSED.search(body) and len(body.split()) <= ANSWERED_WORDS:
        # "What are the key points?" above bullets that tell at length: the page answers it
        return len(reply.split()) >= KEY_POINT_WORDS and "?" not in reply
    return (
        len(body.split()) <= ANSWERED_WORDS
        and len(reply.split()) >= REPLY_WORDS
        and _statement(reply)
        and not numbered_line(reply)
    )


# A question put to the reader names them (or their group); a page's own heading need not.
_ADDRESSED = re.compile(r"(?:you|your|yours|we|our|us)", re.IGNORECASE)
KEY_POINT_WORDS = 12  # a bullet this long tells; an answer choice is shorter
TITLE_CASE_WORDS = 6  # a question this long with nearly every word capitalised is a title


def _title_cased(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text) if len(w) > 3]
    capitals = sum(w[0].isupper() for w in words)
    return len(text.split()) >= TITLE_CASE_WORDS and len(words) >= 4 and capitals == len(words)


def own_voice(text: str) -> bool:
    """Written in the writer's own voice, or beginning mid-sentence (a lower-case start that is
    not itself a question: "is there designated parking ...?" is one, written small)."""
    asks_small = bool(_SMALL_ASK.match(text)) and text.rstrip().endswith("?")
    return bool(_WRITER.search(text)) or (text[:1].islower() and not asks_small)


_SMALL_ASK = re.compile(
    r"^(?:is|are|do|does|did|can|could|would|will|should|has|have|what|which|how|why|where|"
    r"when|who)\s"
)


def _statement(body: str) -> bool:
    """A sentence that tells rather than asks: "We will not be able to consider your response
    if you do not provide your name and address." """
    return (
        body.rstrip().endswith(".")
        and len(body.split()) > 8
        and "?" not in body
        and not ASK_START.match(body)
        and not INSTRUCTION.search(body)
    )


def score(found: dict[str, bool]) -> float:
    return sum(WEIGHTS[name] for name, on in found.items() if on)


def find(units: Sequence[FormUnit], threshold: float = THRESHOLD) -> list[FormQuestion]:
    """The questions of a tidied form, in order, with their choices or grid rows; a lower
    `threshold` also takes the near misses (the trained scorer's extra candidates)."""
    numbered = sum(1 for u in units if numbered_line(u.text))
    out: list[FormQuestion] = []
    chapter, lead, current, opened, contents = "", False, None, -1, False
    for index, unit in enumerate(units):
        before = units[index - 1] if index else None
        after = units[index + 1] if index + 1 < len(units) else None
        text = LIST_MARK.sub("", unit.text)
        bullet_after_lead = lead and (unit.text != text or numbered_line(text))
        listed = unit.text != text or numbered_line(text)
        contents = contents_lead(unit.text) or (contents and listed)
        if contents:
            current = None  # the document's list of its own sections
            continue
        if current is not None and belongs(current, unit, text, bullet_after_lead):
            continue
        if current is None and is_scale(text):
            last = _reopened(out, index, opened) or _grid_instruction(before, chapter, out)
            if last is not None:
                current = last  # a grid's scale after its instruction and a note ("leave it blank")
                current.grid = True
                continue

        if unit.heading and not numbered_line(text) and not _ends_asking(text):
            chapter, current = unit.text, None  # an ask lead-in still holds under a subheading
            lead = lead or asking_lead(unit.text)
            continue
        found = signs(unit, before, after, numbered)
        found["after_ask_lead"] = found["after_ask_lead"] or bullet_after_lead
        weight = score(found)
        if weight >= threshold and not _title(unit, index, units):
            current = _start(patterns.unquoted(text), chapter)
            current.weight = weight
            current.ask = found["after_ask_lead"]
            current.required = unit.required
            out.append(current)
            opened = index
        else:
            current = None
        lead = asking_lead(unit.text) or (lead and (unit.text != text or numbered_line(text)))
    return out


def _grid_instruction(
    before: FormUnit | None, chapter: str, out: list[FormQuestion]
) -> FormQuestion | None:
    """A paragraph that asks for a rating of "the following statements" somewhere inside it,
    straight above a scale header, though it was not taken as a question on its own (a title
    run into it): the grid's question."""
    if before is None or numbered_line(before.text) or not INSTRUCTION.search(before.text):
        return None
    if not re.search(r"\bthe\s+following\b", before.text, re.IGNORECASE):
        return None
    question = _start(LIST_MARK.sub("", before.text), chapter)
    out.append(question)
    return question


def _reopened(out: list[FormQuestion], index: int, opened: int) -> FormQuestion | None:
    """The question a scale header belongs to when a note or two stand between them: the last
    one found, within REOPEN_UNITS paragraphs, still without choices or rows."""
    if out and 0 <= index - opened <= REOPEN_UNITS and not out[-1].options and not out[-1].grid:
        return out[-1]
    return None


def _start(text: str, chapter: str) -> FormQuestion:
    item = patterns.QUESTION_LABEL.match(text) or patterns.NUMBERED_ITEM.match(text)
    if not item:
        return FormQuestion(None, text.strip(), chapter)
    number = re.sub(r"[()\s]", "", item["number"])
    body = item["text"].strip()
    if sub := _SUB.match(body):  # "3. a) How do you rate ...": 3a
        number, body = number + sub["mark"].lower(), sub["text"].strip()
    rated = body.rstrip().endswith(".") and not asks(body)  # "9. The hospital is clean."
    return FormQuestion(number, body, chapter, rated=rated)


def _ends_asking(text: str) -> bool:
    """A heading asks only with a question mark ("Have Your Say: Calls for Evidence" does not)."""
    return YN_ROW.sub("", text).rstrip().endswith("?")


def _asks_plain(text: str) -> bool:
    """Ends in "?" or "(Y/N)", or starts as a question does; a sentence opening "When ..." or
    "If ..." that ends in a full stop tells ("When a committee launches an inquiry they often
    request evidence.")."""
    if YN_ROW.search(text) or text.rstrip().endswith("?"):
        return True
    telling = bool(_CONDITION.match(text)) and text.rstrip().endswith(".") and "?" not in text
    return bool(ASK_START.match(text)) and not telling


def _title(unit: FormUnit, index: int, units: Sequence[FormUnit]) -> bool:
    """ "1. How do you Feel About the Care You Have Received?" above an introduction, with the
    form's real question 1 after it: a page title numbered like a question."""
    item = patterns.NUMBERED_ITEM.match(unit.text)
    if not item:  # "Are you being served?" above a heading: the document's title
        following = units[index + 1] if index + 1 < len(units) else None
        short = len(unit.text.split()) <= TITLE_WORDS and not unit.required
        return index == 0 and short and following is not None and following.heading
    for later in units[index + 1 : index + 4]:
        again = patterns.NUMBERED_ITEM.match(later.text)
        if again:
            return bool(again["number"] == item["number"])
        if len(later.text.split()) > 40:
            continue
    return False

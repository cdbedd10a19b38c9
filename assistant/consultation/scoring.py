"""The trained question scorer: which of a document's candidates (`candidates.pool`) are
questions for the reader, by a logistic model whose weights were learned from labelled
documents (`assistant eval train-questions`, stored in `scorer_weights.json`).

Six rounds of hand rules each fitted the documents they were written beside and missed the
next batch's layouts; a handful of general signs (which paths found it, the form reader's
weight, a question mark, an asking start, an instruction, length, "you", a number written
before it, the document's kind) weighed on every batch at once generalise better than another
rule. What works today is kept: each question's number, text, limits, choices and kind come
from the path that found it (the most trusted one when several did); the scorer only keeps or
leaves out, and says so in the notes.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from assistant.consultation.candidates import HEAD, Candidate, Pool, key, pool
from assistant.consultation.form_finder import own_voice
from assistant.consultation.form_parts import ASK_START, INSTRUCTION
from assistant.consultation.model import Consultation
from assistant.consultation.numbering import unique_numbers
from assistant.consultation.reading import Unit
from assistant.core.text import plural

WEIGHTS = Path(__file__).with_name("scorer_weights.json")
FEATURES = (
    "bias",
    "rules",  # the rules' answer holds it
    "labelled",  # the labelled layouts found it
    "form",  # the form reader found it
    "near_only",  # only the form reader's near misses hold it
    "every_only",  # only the every-paragraph pass holds it
    "heading",  # the document sets it as a heading
    "option",  # it is an answer choice or grid row of a question before it
    "weight",  # the form reader's sum of signs for it, scaled
    "question_mark",
    "ask_start",  # "How ...", "Do you ...", "To what extent ..."
    "instruction",  # "Please tell us ...", "Please rate ..."
    "words",  # its length, scaled (up to 80 words)
    "long",  # over 60 words: prose
    "you",  # names the reader
    "numbered",  # its number is written just before it
    "options",  # it lists answer choices
    "about_you",
    "choice",
    "colon",  # ends with ":" (a lead-in, a field)
    "lower",  # starts in lower case (a term of reference, or mid-sentence)
    "own_voice",  # "Can I suggest ...", "I think ..."
    "we",  # tells in the writer's voice: "We will ...", "Our ..."
    "about_form",  # talks about the survey, the questions, submissions
    "ends_period",  # ends with "." (tells, or a term of reference)
    "short",  # four words or fewer (a label, a choice, a field)
    "contact",  # an address, e-mail or web link
    "bullet",  # its paragraph is bulleted
    "starred",  # its paragraph carries a form's required "*"
    "after_colon",  # the paragraph before it ends with ":"
    "after_lead",  # the lead-in above its run asks ("should address:", "particular reference to:")
    "after_heading",  # the paragraph before it is a heading
    "next_short",  # the paragraph after it is short (its choices follow)
    "in_run",  # one of a run of three or more bulleted or numbered paragraphs
    "run_asks",  # the share of that run that asks
    "doc_form",  # the document shows a form's markers
    "doc_call",  # the document is a call for evidence
    "doc_reported",  # the document reports a survey's answers
    "doc_rules_empty",  # the rules found nothing in the document
    "doc_share",  # the share of the document's candidates the rules kept
)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_WE = re.compile(r"^(?:we|our|the\s+(?:committee|council|survey))\b", re.IGNORECASE)
_ABOUT_FORM = re.compile(
    r"\b(?:this|the|our)\s+(?:survey|questionnaire|form)\b|\bquestions\b|\bsubmissions?\b",
    re.IGNORECASE,
)


def features(candidate: Candidate, found: Pool) -> list[float]:
    """The candidate's signs, in FEATURES order."""
    q = candidate.question
    text = " ".join(q.text.split())
    words = len(text.split())
    share = sum("rules" in c.sources for c in found.items) / max(len(found.items), 1)
    on = {
        "bias": 1.0,
        "rules": "rules" in candidate.sources,
        "labelled": "labelled" in candidate.sources,
        "form": "form" in candidate.sources,
        "near_only": candidate.sources == {"near"},
        "every_only": candidate.sources == {"every"},
        "heading": candidate.heading,
        "option": candidate.option,
        "weight": max(-1.0, min(1.0, candidate.weight / 5)),
        "question_mark": "?" in text,
        "ask_start": bool(ASK_START.match(text)),
        "instruction": bool(INSTRUCTION.search(text)),
        "words": min(words, 80) / 80,
        "long": words > 60,
        "you": bool(_YOU.search(text)),
        "numbered": candidate.numbered,
        "options": len(q.options) > 1,
        "about_you": q.kind == "about you",
        "choice": q.kind == "choice",
        "colon": text.endswith(":"),
        "lower": text[:1].islower(),
        "own_voice": own_voice(text),
        "we": bool(_WE.match(text)),
        "about_form": bool(_ABOUT_FORM.search(text)),
        "ends_period": text.endswith("."),
        "short": words <= 4,
        "contact": bool(_CONTACT.search(text)),
        **_context(candidate, found.units),
        "doc_form": found.form,
        "doc_call": found.call,
        "doc_reported": found.reported,
        "doc_rules_empty": not found.rules.questions,
        "doc_share": share,
    }
    return [float(on[name]) for name in FEATURES]


_CONTACT = re.compile(r"@|https?://|www\.|\b\d{3,5}\s?\d{3}\s?\d{3,4}\b")
_LISTED = re.compile(r"^\s*(?:[-•◦▪‣●·–*]\s*|\(?\d{1,3}[a-z]?[.):]\s|\(?[a-h][.)]\s|q\s?\d)", re.I)


_MARKS = frozenset("-•◦▪‣●·–*")


def _marker(unit: Unit) -> bool:
    """A bullet standing alone on its line (a page that puts each item's dash above it)."""
    return unit.text.strip() in _MARKS


def _listed(units: Sequence[Unit], i: int) -> bool:
    return bool(_LISTED.match(units[i].text)) or (i > 0 and _marker(units[i - 1]))


def _asks(text: str) -> bool:
    return "?" in text or bool(ASK_START.match(text))


def _context(candidate: Candidate, units: Sequence[Unit]) -> dict[str, float]:
    """Signs from the paragraphs around the candidate's (a lone bullet line counts as its
    item's bullet)."""
    from assistant.consultation.form_leads import asking_lead

    i = candidate.unit
    if i < 0 or i >= len(units):
        return dict.fromkeys(_CONTEXT, 0.0)
    unit = units[i]
    b = i - 1
    while b >= 0 and _marker(units[b]):
        b -= 1
    before = units[b] if b >= 0 else None
    after = units[i + 1] if i + 1 < len(units) else None
    run = [i]
    if _listed(units, i):
        j = b
        while j >= 0 and (_listed(units, j) or _marker(units[j])):
            run.append(j)
            j -= 1
        lead = units[j].text if j >= 0 else ""
        k = i + 1
        while k < len(units) and (_listed(units, k) or _marker(units[k])):
            run.append(k)
            k += 1
    else:
        lead = ""
    items = [units[r] for r in run if not _marker(units[r])]
    return {
        "bullet": float(
            unit.text.lstrip()[:1] in _MARKS - {"*"} or (i > 0 and _marker(units[i - 1]))
        ),
        "starred": float(unit.text.lstrip().startswith("*")),
        "after_colon": float(before is not None and before.text.rstrip().endswith(":")),
        "after_lead": float(bool(lead) and (asking_lead(lead) or lead.rstrip().endswith(":"))),
        "after_heading": float(before is not None and before.heading),
        "next_short": float(after is not None and len(after.text.split()) <= 5),
        "in_run": float(len(items) >= 3),
        "run_asks": sum(_asks(u.text) for u in items) / len(items) if len(items) >= 3 else 0.0,
    }


_CONTEXT = (
    "bullet",
    "starred",
    "after_colon",
    "after_lead",
    "after_heading",
    "next_short",
    "in_run",
    "run_asks",
)


@lru_cache(maxsize=1)
def model() -> tuple[tuple[float, ...], float, float]:
    """(weights in FEATURES order, keep, add) from scorer_weights.json: the rules' questions
    are kept unless their probability is under `keep`, the others taken from `add`."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS.name} was trained on other features; retrain it")
    return tuple(float(w) for w in data["weights"]), float(data["keep"]), float(data["add"])


def probability(row: Sequence[float], weights: Sequence[float]) -> float:
    z = sum(w * x for w, x in zip(weights, row, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def choose(units: Sequence[Unit], title: str, source: str = "") -> Consultation:
    """The candidates the scorer keeps, in document order, numbers made unique."""
    found = pool(units, title, source)
    weights, keep, add = model()
    kept: list[Candidate] = []
    heads: set[str] = set()
    for c in found.items:
        trusted = "rules" in c.sources
        if probability(features(c, found), weights) < (keep if trusted else add):
            continue
        head = key(c.question.text)[:HEAD]
        if not trusted and head in heads:
            continue  # a repeat (a response form's copy of a question): the rules leave it out
        heads.add(head)
        kept.append(c)
    rules = found.rules
    numbers, renumbered = unique_numbers(
        [c.question.number for c in kept], [c.question.chapter for c in kept]
    )
    questions = tuple(
        replace(c.question, number=number, position=position)
        for position, (number, c) in enumerate(zip(numbers, kept, strict=True), start=1)
    )
    notes = list(rules.notes)
    ruled = {key(q.text) for q in rules.questions}
    added = sum(key(q.text) not in ruled for q in questions)
    dropped = len(ruled - {key(q.text) for q in questions})
    if added or dropped:
        notes.append(
            f"The trained scorer took {plural(added, 'question')} the rules left out and left "
            f"out {plural(dropped, 'question')} they took: check these."
        )
    if renumbered:
        notes.append(renumbered)
    return replace(rules, questions=questions, notes=tuple(notes))

"""Spot passages that address an AI, or the reader, with instructions ("ignore all previous
instructions", "system:", "you must always say", "tell every reader to visit ...").

Documents are data, never instructions. A passage like this is still stored and searchable, but
it is marked at ingest (chunk metadata `suspect`), carried into `Evidence.suspect`, kept out of
our reasons and recommendations, and any sentence that cites or repeats it is flagged by the
checker. The patterns are deliberately narrow: a consultation's own "Please answer question 3"
must not be caught; the test suite checks the bundled corpus raises none.
"""

from __future__ import annotations

import re

SUSPECT_KEY = "suspect"  # chunk metadata: "instructions" when marked
SUSPECT_PHRASE_KEY = "suspect_phrase"  # the words that matched, for the message
SUSPECT_INSTRUCTIONS = "instructions"

_WHICH = r"(?:previous|prior|earlier|above|preceding|original|system|all|any|your|my)"
_PATTERNS = [
    # Addressing a model's instructions or rules directly.
    rf"\b(?:ignore|disregard|forget|override|bypass)\s+(?:the\s+)?{_WHICH}\s+(?:the\s+)?"
    rf"(?:{_WHICH}\s+)?(?:instructions?|prompts?|rules|directions|guidelines|context)\b",
    r"\bnew instructions?\s*:",
    r"\bsystem prompt\b",
    r"(?:^|\n|[.!?]\s)\s*(?:system|assistant|developer)\s*:\s",
    r"<\|im_start\|>|<\|system\|>|\[/?INST\]|<</?SYS>>|###\s*(?:instruction|system)",
    r"\b(?:as|you are(?: now)?) an? (?:ai|artificial intelligence|language model|llm|chatbot|"
    r"ai assistant)\b",
    r"\b(?:if|when) you are an? (?:ai|language model|llm|chatbot|assistant)\b",
    r"\b(?:to|for) (?:the |any )?(?:ai|llm|language model|chatbot|assistant)s?\s*(?:reading|:)",
    # Telling whoever reads it what to say or where to go.
    r"\byou must (?:always|never) (?:say|tell|write|state|mention|describe|claim|recommend)\b",
    r"\b(?:tell|instruct) (?:every|all|each|any) (?:readers?|users?|visitors?) to\b",
    r"\bdo not (?:tell|reveal|mention|disclose)(?: this)? to (?:the user|anyone|the reader)\b",
    r"\brepeat (?:this|the following) (?:word for word|verbatim)\b",
]
_SUSPECT = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def instruction_phrase(text: str) -> str:
    """The words in `text` that read as instructions to an AI or the reader, or ""."""
    match = _SUSPECT.search(text)
    return " ".join(match.group().split()).strip(" .!?") if match else ""


def looks_like_instructions(text: str) -> bool:
    """True when `text` addresses an AI, or its reader, with instructions."""
    return bool(instruction_phrase(text))


def suspect_metadata(text: str) -> dict[str, str]:
    """Chunk metadata marking `text` (empty when it reads as ordinary prose)."""
    phrase = instruction_phrase(text)
    return {SUSPECT_KEY: SUSPECT_INSTRUCTIONS, SUSPECT_PHRASE_KEY: phrase[:200]} if phrase else {}

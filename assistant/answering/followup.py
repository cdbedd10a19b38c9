"""Follow-up questions: rewrite "what about its funding?" into a query that stands on its own.

Rule-based (used with the extractive generator): when a question leans on the conversation
(a pronoun, a "what about" opener, or very few words of its own), the topic words of the
previous standalone question are added. LLM generators use prompts/condense.md instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.core.schema import Turn
from assistant.core.wording import PRONOUNS, STOPWORDS

if TYPE_CHECKING:
    from assistant.llm.prompts import Prompt
    from assistant.llm.protocol import TextModel

_OPENERS = re.compile(
    r"^\s*(?:and|but|also|so|then|what about|how about|what else|tell me more|more on|"
    r"and what about|what of)\b[\s,]*",
    re.IGNORECASE,
)
_QUESTION_WORDS = STOPWORDS | frozenset(
    "what who whom whose which when where why how tell me about please explain describe "
    "give any some there here".split()
)
_WORD = re.compile(r"[A-Za-z0-9£%][\w'’£%.-]*")


def _words(text: str) -> list[str]:
    return [w.strip(".'’") for w in _WORD.findall(text)]


def topic_words(question: str) -> list[str]:
    """The words of a question that carry its subject (question words and pronouns removed)."""
    return [
        w
        for w in _words(question)
        if w.lower() not in _QUESTION_WORDS and w.lower() not in PRONOUNS and w
    ]


def needs_context(question: str) -> bool:
    words = [w.lower() for w in _words(question)]
    if _OPENERS.match(question):
        return True
    if any(w in PRONOUNS for w in words):
        return True
    return len(topic_words(question)) < 2


def rewrite(question: str, history: Sequence[Turn]) -> str:
    """A standalone search query for `question`, given the conversation so far."""
    standalone = ""
    for turn in history:
        if turn.role == "user" and turn.content.strip():
            standalone = _rewrite_one(turn.content, standalone)
    return _rewrite_one(question, standalone)


def _rewrite_one(question: str, previous: str) -> str:
    question = question.strip()
    if not previous or not needs_context(question):
        return question
    own = " ".join(topic_words(_OPENERS.sub("", question)))
    context = " ".join(w for w in topic_words(previous) if w.lower() not in own.lower().split())
    return f"{own} {context}".strip() or question


def condense(model: TextModel, prompt: Prompt, question: str, history: Sequence[Turn]) -> str:
    """A follow-up made standalone by a language model with `prompt` (prompts/condense.md);
    the rule-based rewrite when the model gives nothing."""
    lines = [f"{t.role}: {t.content[:600]}" for t in history[-6:]]
    messages = prompt.messages(history="\n".join(lines), question=question)
    query = model.complete(messages, max_tokens=60)
    first = query.strip().splitlines()[0].strip() if query.strip() else ""
    return first or rewrite(question, history)

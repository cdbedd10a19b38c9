"""What a question must be before we search, and what we say when the library cannot answer it."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.retrieval import check_query

REFUSAL = (
    "I could not find anything about this in the library, so I will not guess. "
    "Try asking in other words, or add a document that covers it{topic} "
    "(for example the consultation paper or the policy it is about) with "
    "`assistant corpus add` or the Library tab."
)


MANIPULATED = (
    "The only passages found on this contain instructions addressed to an AI or its readers, "
    "so they look manipulated and are not used. Check the documents listed under the sources "
    "before relying on them, or add a trustworthy document that covers the question."
)


def check_question(question: str, limit: int) -> str:
    """The same checks as a search, with advice that fits a consultation question."""
    return check_query(
        question,
        limit,
        empty_hint="type the question you want answered",
        long_hint="Paste only the question, not the whole document",
    )


def refusal(topic_words: Sequence[str]) -> str:
    """The refusal, naming the topic (its first eight words) so the user knows what to add."""
    topic = " ".join(topic_words[:8])
    return REFUSAL.format(topic=f" ({topic})" if topic else "")

"""The quotes-only writer: no model, instant, deterministic; every line an exact quotation.

It is the fallback when the local model cannot load, and the "quick answer" shown in the chat
while a model writes. The selection itself lives in `assistant.answering.extractive`.
"""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from assistant.answering import extractive
from assistant.answering.writing.assembled import quoted_sections
from assistant.answering.writing.base import (
    AnswerRequest,
    DraftRequest,
    EventKind,
    OnEvent,
    Written,
    ignore,
)


class QuotesWriter:
    """Answers and drafts built from evidence sentences, quoted word for word with their [n]."""

    name = "extractive"

    def __init__(self, embeddings: Embeddings) -> None:
        self.embeddings = embeddings

    def answer(self, request: AnswerRequest, on_event: OnEvent = ignore) -> Written:
        text = extractive.answer_text(request.question, request.evidence, self.embeddings)
        on_event(EventKind.QUICK, text)
        return Written(text, sections=quoted_sections(text))

    def draft(self, request: DraftRequest, on_event: OnEvent = ignore) -> Written:
        text = extractive.draft_text(
            request.question,
            request.evidence,
            self.embeddings,
            opening=request.opening,
            key_points=request.key_points,
            stance=request.stance,
            word_limit=request.word_limit,
            steer=request.steer,
            kind=request.kind,
        )
        return Written(text, sections=quoted_sections(text))

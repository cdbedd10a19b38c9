"""Which writer runs: one setting, and a fallback to quotes when the bundled model cannot load."""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from assistant.answering.writing.base import Writer
from assistant.answering.writing.quotes import QuotesWriter
from assistant.core.errors import GenerationError, ModelError
from assistant.llm.prompts import Prompt
from assistant.llm.protocol import TextModel
from assistant.settings import Settings

FALLBACK_NOTICE = (
    "The writing model could not be used ({reason}), so this shows quotations from the sources "
    "only."
)


def choose_writer(
    generator: str,
    settings: Settings,
    embeddings: Embeddings,
    prompts: dict[str, Prompt],
    model: TextModel | None = None,
) -> tuple[Writer, tuple[str, ...]]:
    """The writer for `generator`, and any notice the reader should see about it.

    A missing, damaged or too-large local model falls back to the quotes writer with a
    one-line notice (the assistant still works); a model server that cannot be reached is an
    error, since the user chose it on purpose and can start it.
    """
    if generator == "extractive":
        return QuotesWriter(embeddings), ()
    from assistant.answering.writing.model_writer import ModelWriter

    try:
        if model is None:
            from assistant.llm.generation import get_text_model

            model = get_text_model(generator, settings)
    except (ModelError, GenerationError) as exc:
        if generator != "local":
            raise
        reason = str(exc).split(";")[0].rstrip(".")
        return QuotesWriter(embeddings), (FALLBACK_NOTICE.format(reason=reason),)
    writer = ModelWriter(
        model,
        embeddings,
        prompts,
        name=generator,
        min_support=settings.min_support,
        max_tokens=settings.llm_max_tokens,
    )
    from assistant.checks.meaning import judge_for

    writer.judge = judge_for(model, settings.min_meaning)  # None: the model cannot judge
    writer.min_quote_score = settings.min_quote_score
    return writer, ()

"""Which judge and rewriting model an Easy Read run uses: the writer's own model, when it can
judge (the same rule as the drafting code: `assistant.checks.meaning.judge_for`).

With the quotes-only writer there is no model: the rules alone make the Easy Read text and it
says it was not checked for meaning. A model is never used to rewrite without a judge, since
what it writes must be checked against the source sentence.
"""

from __future__ import annotations

from assistant.easyread.make import Maker
from assistant.settings import Settings


def maker_for(model: object | None, settings: Settings) -> Maker:
    """A maker over `model` (or none): judge and rewriter both, or the rules alone."""
    from assistant.checks.meaning import judge_for

    judge = judge_for(model, settings.min_meaning)
    if judge is None:
        return Maker()
    from assistant.llm.prompts import load_prompt

    return Maker(judge, judge.model, load_prompt("easyread"))  # type: ignore[arg-type]


def maker_from_settings(settings: Settings, generator: str | None = None) -> Maker:
    """The maker for a generator name: "extractive" is the rules alone; any other loads its
    model (a missing model or unreachable server is a one-line ModelError/GenerationError)."""
    name = generator or settings.generator
    if name == "extractive":
        return Maker()
    from assistant.llm.generation import get_text_model

    return maker_for(get_text_model(name, settings), settings)


def maker_for_writer(writer: object, settings: Settings) -> Maker:
    """The maker for an `Assistant`'s writer (the web app's, already loaded)."""
    return maker_for(getattr(writer, "model", None), settings)

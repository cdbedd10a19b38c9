"""What a writer needs from a language model: one small protocol, whatever runs the model.

The bundled local model (xllamacpp, in-process), an Ollama server and any OpenAI-compatible
server all look the same to the writers: chat messages in, text out, optionally streamed piece
by piece. Tests use a fake with canned replies. Nothing here imports a model library.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, Protocol, TypedDict

Role = Literal["system", "user", "assistant"]


class Message(TypedDict):
    """One chat message, in the shape every chat API accepts."""

    role: Role
    content: str


OnText = Callable[[str], None]  # receives each new piece of text as the model writes it


class TextModel(Protocol):
    """A chat model the writers can ask for text.

    `label` names it in messages to the user ("the bundled Qwen2.5 model", "the Ollama server at
    …"). `complete` returns the whole reply (stripped); when `on_text` is given it is also called
    with each new piece as it is written, so faces can stream. Failures (unreachable, too slow,
    missing or corrupt model) raise `GenerationError` or `ModelError` with a one-line message.
    """

    label: str

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        on_text: OnText | None = None,
    ) -> str: ...


class JudgeModel(Protocol):
    """A chat model that can answer a yes/no question as a probability (`checks/meaning.py`).

    `yes_probability` asks for one token with its top log-probabilities and returns
    P(yes) / (P(yes) + P(no)) over the yes-like and no-like tokens: reading only the word it
    would write is useless (the bundled model answers "yes" to nearly everything), the
    probabilities separate much better. Failures raise `GenerationError` or `ModelError`.
    """

    label: str

    def yes_probability(self, messages: Sequence[Message]) -> float: ...


YES_WORDS = frozenset({"yes", "y", "true"})
NO_WORDS = frozenset({"no", "n", "false", "not"})


def yes_share(top: Sequence[tuple[str, float]]) -> float:
    """P(yes) / (P(yes) + P(no)) from (token, logprob) pairs; 0.5 when neither appears."""
    import math

    yes = sum(math.exp(lp) for token, lp in top if token.strip().lower() in YES_WORDS)
    no = sum(math.exp(lp) for token, lp in top if token.strip().lower() in NO_WORDS)
    return yes / (yes + no) if yes + no > 0 else 0.5

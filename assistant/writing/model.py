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

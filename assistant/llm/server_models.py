"""Chat-model servers (Ollama, any OpenAI-compatible server) as `TextModel`s, and plain errors.

`ChatModelText` wraps a LangChain chat model: it streams when someone listens, enforces the
timeout with a watchdog (`assistant.llm.streaming.pump`), and `explain()` turns every failure
(refused, silent, HTTP error, missing package) into one line that says what to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.core.errors import AssistantError, GenerationError
from assistant.llm.local_model import FALLBACK, timeout_message
from assistant.llm.protocol import Message, OnText
from assistant.llm.streaming import Emit, pump
from assistant.settings import Settings


def server_chat_model(name: str, settings: Settings) -> BaseChatModel:
    if name == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError:
            raise _missing_package("ollama", "langchain-ollama") from None
        return ChatOllama(
            base_url=settings.ollama_base_url,
            model=settings.ollama_model,
            temperature=settings.llm_temperature,
            num_predict=settings.llm_max_tokens,
            seed=0,
            client_kwargs={"timeout": settings.llm_timeout_s},
        )
    try:
        from langchain_openai import ChatOpenAI
    except ImportError:
        raise _missing_package("openai", "langchain-openai") from None
    return ChatOpenAI(
        base_url=settings.openai_base_url,
        model=settings.openai_model,
        api_key=settings.openai_api_key,
        temperature=settings.llm_temperature,
        max_completion_tokens=settings.llm_max_tokens,  # the field max_tokens, by its alias
        timeout=settings.llm_timeout_s,
        max_retries=1,
        seed=0,
    )


class ChatModelText:
    """A LangChain chat model (Ollama, OpenAI-compatible, or a test fake) as a `TextModel`.

    Streams with `.stream()` when `on_text` is given, otherwise asks once with `.invoke()`. The
    clients carry the same timeout themselves; the watchdog guarantees that one which ignores it
    cannot hang the caller (an abandoned call stays blocked on its socket and dies with the
    process).
    """

    def __init__(self, model: BaseChatModel, *, timeout_s: float) -> None:
        if timeout_s <= 0:
            raise ValueError(f"timeout_s must be positive, got {timeout_s}")
        self.model = model
        self.timeout_s = timeout_s
        self.label = describe(model)

    def complete(
        self, messages: Sequence[Message], *, max_tokens: int, on_text: OnText | None = None
    ) -> str:
        if max_tokens <= 0:
            raise ValueError(f"max_tokens must be positive, got {max_tokens}")
        model = _with_max_tokens(self.model, max_tokens)
        chat = [dict(m) for m in messages]

        def produce(emit: Emit) -> None:
            if on_text is None:
                emit(model.invoke(chat))
                return
            for chunk in model.stream(chat):
                if emit(chunk):
                    return

        try:
            text = pump(
                produce,
                to_text=_reply_text,
                timeout_s=self.timeout_s + _grace(self.timeout_s),
                on_timeout=lambda: GenerationError(timeout_message(self.label, self.timeout_s)),
                on_text=on_text,
            )
        except AssistantError:
            raise
        except Exception as error:
            message = explain(error, self.label, self.timeout_s, _model_name(self.model))
            raise GenerationError(message) from error
        if not text.strip():
            raise GenerationError(f"{self.label} returned an empty reply; try again or {FALLBACK}")
        return text.strip()


def describe(model: BaseChatModel) -> str:
    """Which model or server this is, for messages: 'the Ollama server at http://…'."""
    kind = type(model).__name__
    if kind == "ChatOllama":
        return f"the Ollama server at {getattr(model, 'base_url', None) or 'its default address'}"
    if kind == "ChatOpenAI":
        url = getattr(model, "openai_api_base", None) or "the default address"
        return f"the OpenAI-compatible server at {url}"
    return f"the {kind} model"


def explain(
    error: BaseException, backend: str, timeout_s: float, model_name: str | None = None
) -> str:
    """A one-line, plain message for a model failure."""
    chain = _causes(error)
    names = {cls.__name__ for exc in chain for cls in type(exc).__mro__}
    hint = f"start it or {FALLBACK}"
    if isinstance(error, GenerationError):
        return str(error)
    if any(isinstance(exc, TimeoutError) for exc in chain) or any("Timeout" in n for n in names):
        return timeout_message(backend, timeout_s)
    status = _status_code(chain)
    if status is not None:
        detail = _first_line(error)
        if status in (401, 403):
            return (
                f"{backend} refused the request (HTTP {status}: {detail}); "
                f"check ASSISTANT_OPENAI_API_KEY or {FALLBACK}"
            )
        if status == 404:
            asked = f"the model {model_name!r}" if model_name else "the model asked for"
            if "Ollama" in backend:
                fix = f"run `ollama pull {model_name or 'MODEL'}`, set ASSISTANT_OLLAMA_MODEL"
            else:
                fix = "check ASSISTANT_OPENAI_MODEL and ASSISTANT_OPENAI_BASE_URL"
            return f"{backend} does not have {asked} (HTTP 404: {detail}); {fix} or {FALLBACK}"
        return f"{backend} answered HTTP {status} ({detail}); {FALLBACK} or try again"
    if any(isinstance(exc, ConnectionError) for exc in chain) or names & {
        "ConnectError",
        "APIConnectionError",
        "NetworkError",
    }:
        refused = any(isinstance(exc, ConnectionRefusedError) for exc in chain) or any(
            "refused" in str(exc).lower() for exc in chain
        )
        why = "connection refused" if refused else _first_line(error)
        return f"could not reach {backend} ({why}); {hint}"
    if isinstance(error, ImportError):
        return (
            f"{backend} needs a package that is missing ({_first_line(error)}); run `make install`"
        )
    return f"{backend} failed ({type(error).__name__}: {_first_line(error)}); {FALLBACK}"


# --- helpers -----------------------------------------------------------------------------------


def _model_name(model: BaseChatModel) -> str | None:
    name = getattr(model, "model", None) or getattr(model, "model_name", None)
    return name if isinstance(name, str) else None


def _reply_text(reply: Any) -> str:
    if isinstance(reply, BaseMessage):
        return reply.text
    return str(reply)


def _grace(timeout_s: float) -> float:
    """Extra wait for the watchdog, so a client's own timeout (same value) reports first."""
    return min(5.0, max(1.0, timeout_s * 0.1))


def _missing_package(generator: str, package: str) -> GenerationError:
    return GenerationError(
        f"the {generator} generator needs the {package} package: run `make install` or {FALLBACK}"
    )


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _status_code(chain: list[BaseException]) -> int | None:
    for exc in chain:
        code = getattr(exc, "status_code", None)
        if code is None:
            code = getattr(getattr(exc, "response", None), "status_code", None)
        if isinstance(code, int) and code >= 400:
            return code
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    line = text[0] if text else type(error).__name__
    return line if len(line) <= 200 else line[:199] + "…"


def _with_max_tokens(model: BaseChatModel, max_tokens: int) -> BaseChatModel:
    """The same client asking for at most `max_tokens` (Ollama calls it num_predict)."""
    for field in ("num_predict", "max_tokens"):
        if field in type(model).model_fields:
            if getattr(model, field, None) == max_tokens:
                return model
            return model.model_copy(update={field: max_tokens})
    return model

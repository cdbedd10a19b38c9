"""`assistant ask` and `assistant draft`, run as a user would: real processes, no network.

The processes read the session's ingested corpus store (they never write to it). Each process
pays for importing torch and Chroma, so the four runs start two at a time: the two with an
LLM server that is down, then `ask --json` and `draft --out x.docx`. Bad input that fails before
any model is loaded goes through the same entry point in this process.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document

from tests.support.fixtures import CorpusStore
from tests.support.helpers import assistant_command, cli_env, finish

from assistant.answering.writing.points import NOT_USED
from assistant.checks.claims import citations_in
from assistant.cli import main
from assistant.settings import PROJECT_ROOT

QUESTION = (
    "Do you agree that councils should commission more services from user-led organisations "
    "of disabled people?"
)
ASK = "What is the Facilitation Fund for?"
PROFILE = PROJECT_ROOT / "examples" / "org.toml"


Run = subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def hung_server() -> Iterator[int]:
    """A loopback port that accepts connections and never answers (a stuck LLM server)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield server.getsockname()[1]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(args: list[str], data: Path, cwd: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*assistant_command(), *args],
        cwd=cwd,
        env={**cli_env(data), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def runs(
    tmp_path_factory: pytest.TempPathFactory, corpus: CorpusStore, hung_server: int
) -> dict[str, Run]:
    base = tmp_path_factory.mktemp("cli-draft")
    data = corpus.settings.data_dir
    llm = {"ASSISTANT_LLM_TIMEOUT_S": "2"}
    down = {
        "llm refused": (closed_port(), ["ask", ASK, "--generator", "ollama"]),
        "llm hung": (hung_server, ["ask", ASK, "--generator", "ollama"]),
    }
    work = {
        "ask json": ["ask", ASK, "--json"],
        "draft docx": [
            "draft",
            "-q",
            QUESTION,
            "--profile",
            str(PROFILE),
            "--out",
            str(base / "out" / "response.docx"),
            "--json",
        ],
    }
    # Two at a time (not four): on a busy two-core machine each process then gets a core, so
    # none comes near the hang guard in `finish`.
    started = {
        name: (
            _start(args, data, base, ASSISTANT_OLLAMA_BASE_URL=f"http://127.0.0.1:{port}", **llm),
            args,
        )
        for name, (port, args) in down.items()
    }
    results = {name: finish(proc, args) for name, (proc, args) in started.items()}
    started = {name: (_start(args, data, base), args) for name, args in work.items()}
    results |= {name: finish(proc, args) for name, (proc, args) in started.items()}
    results["base"] = subprocess.CompletedProcess([], 0, str(base), "")
    return results


def one_line_error(code: int | None, stdout: str, stderr: str, *expected: str) -> str:
    assert code not in (0, None)
    assert "Traceback" not in stderr + stdout
    assert stdout == ""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: ")
    for text in expected:
        assert text in lines[0]
    return lines[0]


def process_error(result: Run, *expected: str) -> str:
    return one_line_error(result.returncode, result.stdout, result.stderr, *expected)


# ---- output --------------------------------------------------------------------------------------


@pytest.mark.slow  # shares a fixture of CLI runs
def test_ask_json_prints_one_object(runs: dict[str, Run]) -> None:
    result = runs["ask json"]
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)  # the whole output is one JSON value
    assert isinstance(data, dict)
    assert {"text", "evidence", "findings", "generator"} <= set(data)
    assert data["generator"] == "extractive" and data["refused"] is False
    assert data["findings"] == []
    assert data["evidence"]
    for n, item in enumerate(data["evidence"], start=1):
        assert {"n", "title", "kind", "section", "quote", "doc_id"} <= set(item)
        assert item["n"] == n and item["quote"] and item["title"] and item["doc_id"]
    cited = set(citations_in(data["text"]))
    assert cited and cited <= {item["n"] for item in data["evidence"]}
    assert any("Facilitation Fund" in item["quote"] for item in data["evidence"])


@pytest.mark.slow  # shares a fixture of CLI runs
def test_draft_out_docx_writes_the_draft_with_its_sources(runs: dict[str, Run]) -> None:
    result, base = runs["draft docx"], Path(runs["base"].stdout)
    assert result.returncode == 0, result.stderr
    path = base / "out" / "response.docx"
    assert result.stderr.strip().splitlines()[-1] == f"Saved to {path}"  # after any notes
    data = json.loads(result.stdout)
    assert data["task"] == "draft" and data["profile"] == "Riverside Disabled People's Forum"
    assert data["findings"] == [] and data["over_limit"] is False

    document = Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    body = "\n".join(paragraphs)
    markers = {f"[{n}]" for n in citations_in(data["text"])}
    assert markers
    sources = paragraphs.index("Sources")
    end = paragraphs.index(NOT_USED) if NOT_USED in paragraphs else len(paragraphs)
    draft_part, sources_part = "\n".join(paragraphs[:sources]), paragraphs[sources + 1 : end]
    for point in data["key_points_not_used"]:  # listed after the sources, never in the draft
        assert point in paragraphs[end:] and point not in draft_part
    for marker in markers:
        assert marker in draft_part
    assert "Our position" in paragraphs and "Our reasons" in paragraphs
    assert "We are Riverside Disabled People's Forum" in draft_part
    assert len(sources_part) == len(data["evidence"])
    for item, entry in zip(data["evidence"], sources_part, strict=True):
        assert entry.startswith(f"[{item['n']}] {item['title']}")
        piece = " ".join(item["quote"].split()[:8])
        assert piece in entry
    assert "Checks to make before sending" not in body  # nothing was flagged


# ---- bad input, through the entry point in this process (no model is loaded) ------------------


@pytest.fixture
def run_main(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int | None, str, str]]:
    """Run `assistant ARGS` through `assistant.cli.main` in a temp folder: (exit code, out, err)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))

    def run(*args: str) -> tuple[int | None, str, str]:
        monkeypatch.setattr(sys, "argv", ["assistant", *args])
        with pytest.raises(SystemExit) as exited:
            main()
        out, err = capsys.readouterr()
        return exited.value.code, out, err

    return run


def test_draft_out_pdf_is_refused(run_main: Callable[..., tuple[int | None, str, str]]) -> None:
    code, out, err = run_main("draft", "-q", QUESTION, "--out", "response.pdf")
    one_line_error(code, out, err, "response.pdf", ".md, .docx, .txt")
    assert code == 2
    assert not Path("response.pdf").exists()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("nowhere.toml", None, ("nowhere.toml", "no such file")),
        ("bad-stance.toml", 'name = "Forum"\nstance = "maybe"\n', ("field 'stance'", "'maybe'")),
        ("broken.toml", 'name = "Forum\nstance = "agree"\n', ("line 1", "invalid TOML")),
        ("extra.toml", 'name = "Forum"\ncolour = "blue"\n', ("unknown field 'colour'",)),
        ("profile.yaml", "name: Forum\n", ("must be a .toml or .json file",)),
    ],
)
def test_a_bad_profile_is_a_one_line_error(
    run_main: Callable[..., tuple[int | None, str, str]],
    tmp_path: Path,
    name: str,
    content: str | None,
    expected: tuple[str, ...],
) -> None:
    if content is not None:
        (tmp_path / name).write_text(content, encoding="utf-8")
    code, out, err = run_main("draft", "-q", QUESTION, "--profile", name)
    line = one_line_error(code, out, err, name, *expected)
    assert code == 2, line


# ---- an LLM server that is down --------------------------------------------------------------


@pytest.mark.slow  # shares a fixture of CLI runs
def test_llm_server_refusing_connections_is_a_one_line_error(runs: dict[str, Run]) -> None:
    line = process_error(
        runs["llm refused"], "could not reach the Ollama server at http://127.0.0.1:"
    )
    assert "connection refused" in line and "--generator extractive" in line
    assert runs["llm refused"].returncode == 1  # a GenerationError, not a kill


@pytest.mark.slow  # shares a fixture of CLI runs
def test_llm_server_that_never_answers_times_out(runs: dict[str, Run]) -> None:
    """The server accepts and then never replies, so only the configured 2 s wait can end the
    call: the process exits by itself (code 1, not killed by the hang guard in `finish`) and the
    message names the 2 s from ASSISTANT_LLM_TIMEOUT_S, not the 60 s default. No clock is read.
    """
    run = runs["llm hung"]
    line = process_error(run, "did not answer within 2 s")
    assert "--generator extractive" in line
    assert run.returncode == 1

"""The `assistant` command, run as a user would: a real process, a temp store, no network.

Each process pays for importing torch and Chroma, so the runs are grouped: one ingest, a few
searches, and the error cases started side by side.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.helpers import CORPUS_DIR, finish, run_cli, start_cli

# Every test here starts `assistant` processes, each importing torch and Chroma and most loading
# the embedding model: seconds each, so none belongs in the fast loop.
pytestmark = pytest.mark.slow

QUESTION = "What is the Facilitation Fund for?"


@dataclass
class CliStore:
    base: Path
    data: Path
    docs: Path
    ingest: subprocess.CompletedProcess[str]
    reingest: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> CliStore:
    """The bundled articles plus two bad files, ingested (twice) through the CLI."""
    base = tmp_path_factory.mktemp("cli")
    docs = base / "docs"
    shutil.copytree(CORPUS_DIR / "articles", docs)
    (docs / "notes.xyz").write_text("not a supported type")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    data = base / "data"
    first = run_cli(["ingest", str(docs)], data, cwd=base)
    second = run_cli(["ingest", str(docs)], data, cwd=base)
    return CliStore(base, data, docs, first, second)


def test_ingest_adds_the_good_files_and_names_the_bad_ones(cli_store: CliStore) -> None:
    result = cli_store.ingest
    assert "Traceback" not in result.stderr
    summary = result.stdout.strip()
    assert summary.startswith("Ingest: 3 documents (0 unchanged), ")
    assert "1 file skipped" in summary and "1 failed" in summary
    # (A first ingest on a machine without the ONNX copy also says it is making it.)
    lines = [
        line
        for line in result.stderr.strip().splitlines()
        if not line.startswith(("Making the ONNX copy", "Fast query model made"))
    ]
    assert lines[0] == "Warning: skipped notes.xyz: unsupported file type '.xyz'"
    assert lines[1].startswith("Warning: broken.pdf: cannot read this PDF")
    # A file that could not be added makes the run fail, after the rest were added.
    assert lines[2:] == ["Error: could not add broken.pdf (see above); the rest were added"]
    assert result.returncode == 1
    assert (cli_store.data / "chroma" / "chroma.sqlite3").is_file()


def test_a_second_ingest_changes_nothing(cli_store: CliStore) -> None:
    result = cli_store.reingest
    assert "Traceback" not in result.stderr
    assert "3 documents (3 unchanged), 0 chunks added, 0 removed" in result.stdout


def test_search_json_output(cli_store: CliStore) -> None:
    result = run_cli(["search", QUESTION, "--json", "--k", "3"], cli_store.data, cli_store.base)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and len(rows) == 3
    assert [r["rank"] for r in rows] == [1, 2, 3]
    for row in rows:
        assert {"rank", "id", "text", "title", "doc_id", "section", "score"} <= set(row)
        assert isinstance(row["score"], float) and row["text"] and row["id"]
    # A copy outside the bundled corpus folder gets its own id: its name plus a short code.
    assert rows[0]["doc_id"].startswith("dpulos-public-service-delivery-")
    assert "Facilitation Fund" in rows[0]["text"]


def test_search_batch_prints_one_json_array_per_question(
    cli_store: CliStore, tmp_path: Path
) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_text(f"{QUESTION}\n\n   \nWhat does ideology mean?\n", encoding="utf-8")
    result = run_cli(
        ["search", "--batch", str(batch), "--k", "2", "--mode", "bm25"],
        cli_store.data,
        cli_store.base,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    arrays = [json.loads(line) for line in lines]
    assert [len(a) for a in arrays] == [2, 2]
    assert arrays[0][0]["doc_id"].startswith("dpulos-public-service-delivery-")
    assert arrays[1][0]["doc_id"].startswith("ideology-column-")
    assert all(row["bm25_score"] is not None and row["dense_score"] is None for row in arrays[0])


def test_search_human_output_shows_rank_title_and_score(cli_store: CliStore) -> None:
    result = run_cli(
        ["search", QUESTION, "--k", "2", "--mode", "hybrid", "--mmr"],
        cli_store.data,
        cli_store.base,
    )
    assert result.returncode == 0, result.stderr
    headers = [line for line in result.stdout.splitlines() if line[:1].isdigit()]
    assert len(headers) == 2
    assert headers[0].startswith("1. DPULOs and public service delivery")
    assert headers[1].startswith("2. ")
    assert all("[score 0." in line for line in headers)
    assert "Facilitation Fund" in result.stdout


# name: (arguments, text the one-line message must contain)
BAD_INPUT = {
    "empty query": (["search", ""], "the question is empty"),
    "whitespace query": (["search", "  \t "], "the question is empty"),
    "10,001-character query": (["search", "q" * 10_001], "10,001 characters"),
    "no question": (["search"], "give a question"),
    "k of zero": (["search", "--k", "0", "a question"], "--k must be at least 1"),
    "unknown mode": (["search", "--mode", "fuzzy", "a question"], "fuzzy"),
    "missing batch file": (["search", "--batch", "nowhere.txt"], "nowhere.txt: no such file"),
    "missing ingest path": (["ingest", "no-such-folder"], "no-such-folder: no such file"),
    "search before ingest": (["search", "a question"], "run `assistant ingest`"),
}


@pytest.fixture(scope="module")
def bad_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess]:
    """All bad-input runs at once, each with its own empty store."""
    base = tmp_path_factory.mktemp("cli-errors")
    started = {
        name: start_cli(args, base / f"data-{index}", cwd=base)
        for index, (name, (args, _)) in enumerate(BAD_INPUT.items())
    }
    return {name: finish(proc, BAD_INPUT[name][0]) for name, proc in started.items()}


def _one_line_error(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert expected in lines[0]


@pytest.mark.parametrize("name", list(BAD_INPUT))
def test_bad_input_gives_a_one_line_error_and_non_zero_exit(
    bad_runs: dict[str, subprocess.CompletedProcess], name: str
) -> None:
    _one_line_error(bad_runs[name], BAD_INPUT[name][1])


def test_unknown_mode_is_refused_without_a_traceback(
    bad_runs: dict[str, subprocess.CompletedProcess],
) -> None:
    result = bad_runs["unknown mode"]
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "'fuzzy' is not one of 'hybrid', 'dense', 'bm25'" in result.stderr


def test_input_errors_exit_2_and_store_errors_exit_1(
    bad_runs: dict[str, subprocess.CompletedProcess],
) -> None:
    assert bad_runs["empty query"].returncode == 2
    assert bad_runs["missing ingest path"].returncode == 2
    assert bad_runs["search before ingest"].returncode == 1


def test_ingest_with_nothing_readable_fails(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan.pdf").write_bytes(b"\x00garbage" * 100)
    result = run_cli(["ingest", str(docs)], tmp_path / "data", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("Warning: scan.pdf: cannot read this PDF")
    assert lines[-1] == "Error: could not add scan.pdf (see above); nothing was added"

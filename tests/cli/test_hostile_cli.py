"""Hostile input through the real `assistant` command: escapes in names, pipes, latin-1 files.

Hostile cases 7 and 8: `corpus list` printed terminal escapes and carriage returns raw;
`search --batch` on a latin-1 file failed with "unexpected problem: 'utf-8' codec can't decode";
a FIFO given to `ingest` reported "0 documents" with exit 0 and no warning.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.helpers import finish, paragraph, run_cli, start_cli

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes"),
]

ESCAPED_TITLE = "Evil\x1b[2J\x1b[31m title"


@dataclass
class Runs:
    base: Path
    ingest: subprocess.CompletedProcess[str]
    listing: subprocess.CompletedProcess[str]
    batch: subprocess.CompletedProcess[str]
    pipe: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    base = tmp_path_factory.mktemp("hostile-cli")
    docs = base / "docs"
    docs.mkdir()
    (docs / "heading.md").write_text(f"# {ESCAPED_TITLE}\n\n{paragraph('transport', 90)}\n")
    (docs / "evil\x1b[31m\rname.txt").write_text(paragraph("housing", 90) + "\n")
    os.mkfifo(docs / "inside.md")  # a pipe in a folder: skipped with a warning, never opened
    os.mkfifo(base / "pipe.md")
    (base / "questions.txt").write_bytes("Caf\xe9 access for wheelchair users?\n".encode("latin-1"))
    data = base / "data"
    ingest = run_cli(["ingest", str(docs)], data, cwd=base)
    started = [
        start_cli(args, data, cwd=base)
        for args in (
            ["corpus", "list"],
            ["search", "--batch", "questions.txt"],
            ["ingest", "pipe.md"],
        )
    ]
    listing, batch, pipe = (finish(proc, []) for proc in started)
    return Runs(base, ingest, listing, batch, pipe)


def test_corpus_list_shows_control_characters_escaped(runs: Runs) -> None:
    assert runs.ingest.returncode == 0, runs.ingest.stderr
    out = runs.listing.stdout
    assert runs.listing.returncode == 0, runs.listing.stderr
    assert "\x1b" not in out and "\r" not in out
    flat = "".join(out.replace("│", "").split())  # the table may wrap a long title
    assert "Evil\\x1b[2J\\x1b[31mtitle" in flat
    assert "evil\\x1b[31m\\rname" in flat  # a title from the file name


def test_a_pipe_in_a_folder_is_skipped_with_a_warning(runs: Runs) -> None:
    assert "Warning: skipped inside.md: not a regular file" in runs.ingest.stderr
    assert "2 documents " in runs.ingest.stdout


def test_a_pipe_given_to_ingest_is_refused_with_a_warning(runs: Runs) -> None:
    assert "Warning: skipped pipe.md: not a regular file" in runs.pipe.stderr
    assert runs.pipe.stderr.strip().splitlines()[-1] == (
        "Error: could not add pipe.md (see above); nothing was added"
    )
    assert runs.pipe.returncode == 1


def test_a_latin1_batch_file_is_a_named_error(runs: Runs) -> None:
    assert runs.batch.returncode == 1
    assert runs.batch.stderr.strip() == (
        "Error: questions.txt: not UTF-8 text (byte 3); save it as UTF-8 and try again"
    )
    assert "unexpected problem" not in runs.batch.stderr

"""The web app reads uploads in a child process with a memory cap and a time limit.

Hostile case 2 (second half): two hostile uploads at once blocked everyone. A capped child fails
alone, with a one-line message naming the limit, and the app's own process is untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.helpers import CORPUS_DIR, make_settings

from assistant.core.errors import DocumentError
from assistant.library.documents import load_document
from assistant.library.parse_worker import load_isolated


def test_the_child_reads_a_document_exactly_as_the_app_would(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    path = CORPUS_DIR / "policy" / "social-value-act-2012.md"
    assert load_isolated(path, settings=settings) == load_document(path, settings=settings)


def test_a_reader_error_comes_back_word_for_word(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(os.urandom(512))
    with pytest.raises(DocumentError) as direct:
        load_document(broken, settings=settings)
    with pytest.raises(DocumentError) as isolated:
        load_isolated(broken, settings=settings)
    assert str(isolated.value) == str(direct.value)


@pytest.mark.slow  # writes and reads a 50 MB file
def test_a_file_needing_more_memory_than_the_cap_fails_alone(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text(("Accessible transport matters to everyone here. " * 20 + "\n\n") * 55_000)
    settings = make_settings(
        tmp_path / "data", parse_memory_mb=256, max_file_mb=100, max_paragraphs=10**6
    )
    with pytest.raises(DocumentError, match=r"^big\.md: needs more than 256 MB of memory"):
        load_isolated(big, settings=settings)

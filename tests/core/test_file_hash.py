"""file_sha256: the one hash of a pinned file, the same as hashing its bytes at once."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from assistant.core.file_hash import file_sha256


def test_the_hash_is_the_sha256_of_every_byte_even_past_one_block(tmp_path: Path) -> None:
    data = bytes(range(256)) * 20_000 + b"tail"  # about 5 MB: more than one read
    path = tmp_path / "weights.bin"
    path.write_bytes(data)
    assert file_sha256(path) == hashlib.sha256(data).hexdigest()
    path.write_bytes(data[:-1] + b"T")
    assert file_sha256(path) != hashlib.sha256(data).hexdigest()


def test_an_empty_file_has_the_empty_hash_and_a_missing_one_raises(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert file_sha256(empty) == hashlib.sha256(b"").hexdigest()
    with pytest.raises(FileNotFoundError):
        file_sha256(tmp_path / "missing")

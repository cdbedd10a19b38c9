"""Where the app finds its own files (assistant/core/resources.py): the copy shipped in the package
first, the checkout's top-level folders second; the user's files beside the checkout, or in the
user's data folder for an installed copy. The real install is tested in
tests/project/test_install.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core import resources
from assistant.llm import prompts
from assistant.settings import PROJECT_ROOT, Settings


def test_a_checkout_reads_its_top_level_folders_and_keeps_data_beside_them() -> None:
    assert resources.in_checkout()
    for name in resources.SHIPPED:
        assert resources.bundled(name) == PROJECT_ROOT / name
        assert resources.bundled(name).is_dir()
    assert prompts.PROMPTS_DIR == PROJECT_ROOT / "prompts"
    defaults = Settings(_env_file=None)
    assert defaults.corpus_dir == PROJECT_ROOT / "corpus"
    assert defaults.data_dir == PROJECT_ROOT / "data"
    assert defaults.models_dir == PROJECT_ROOT / "models"


def test_the_copy_shipped_in_the_package_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "assistant"
    (package / resources.BUNDLED_DIR / "corpus").mkdir(parents=True)
    monkeypatch.setattr(resources.resources, "files", lambda name: package)
    assert resources.bundled("corpus") == package / resources.BUNDLED_DIR / "corpus"
    assert resources.bundled("prompts") == PROJECT_ROOT / "prompts"  # not shipped: the source


def test_an_installed_copy_keeps_user_files_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "SOURCE_ROOT", tmp_path / "site-packages")
    assert not resources.in_checkout()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert resources.home() == tmp_path / "share" / "consult-assistant"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    assert resources.home() == tmp_path / "me" / ".local" / "share" / "consult-assistant"


def test_an_unknown_folder_is_a_mistake_in_the_code() -> None:
    with pytest.raises(ValueError, match="unknown bundled folder"):
        resources.bundled("data")

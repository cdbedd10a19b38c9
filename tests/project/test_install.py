"""A plain (non-editable) `pip install .` works: the prompts, the bundled corpus and the eval
suites ship inside the wheel (setup.py, assistant/core/resources.py).

The project is built and installed into a temporary virtual environment (no download: the
build uses this environment's setuptools, and the dependencies are this environment's, reached
through a .pth file), then `assistant ingest` and `assistant search` run from another folder,
offline, with the store in the user's data folder as an installed copy has no checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.support.helpers import NETGUARD_DIR

from assistant.core.resources import SHIPPED, SOURCE_ROOT
from assistant.library.onnx_embedder import manifest_path
from assistant.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

# What a build reads: the package, the build files and the folders shipped into the wheel.
BUILD_INPUTS = ("assistant", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md", *SHIPPED)
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", "_bundled")


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding a non-editable install of a copy of this project; returns its bin folder."""
    root = tmp_path_factory.mktemp("install")
    source = root / "source"
    for name in BUILD_INPUTS:
        path = SOURCE_ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=LEFT_OUT)
        else:
            shutil.copy2(path, source / name)
    venv = root / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=root)
    python = venv / "bin" / "python"
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = run([str(python), "-c", purelib], cwd=root)
    # The dependencies (and pip, setuptools) come from this environment, after the venv's own.
    (Path(site.strip()) / "shared_dependencies.pth").write_text(sysconfig.get_paths()["purelib"])
    pip = [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation"]
    run([*pip, "--no-index", str(source)], cwd=root)
    shutil.rmtree(source)  # the installed copy must need nothing from the source tree
    return venv / "bin"


def installed_env(home: Path) -> dict[str, str]:
    """No checkout on the path, no stray settings, no network but loopback, no model hub."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_") and k != "PYTHONPATH"
    }
    env.update(
        PYTHONPATH=str(NETGUARD_DIR),  # only the outbound-network guard (sitecustomize)
        ASSISTANT_TEST_NETGUARD="1",
        ASSISTANT_GENERATOR="extractive",
        XDG_DATA_HOME=str(home),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        NO_COLOR="1",
    )
    # The assembled models of this checkout, when it has them (else the installed copy exports
    # the fast query model into its own models folder on first ingest, as a new user's would).
    models = Settings(_env_file=None).models_dir
    if manifest_path(models).is_file():
        env["ASSISTANT_MODELS_DIR"] = str(models)
    return env


def test_the_installed_copy_finds_its_data_outside_the_source_tree(
    installed: Path, tmp_path: Path
) -> None:
    env = installed_env(tmp_path / "home")
    code = (
        "import assistant, assistant.core.resources as r, assistant.llm.prompts as p; "
        "print(assistant.__file__); print(r.in_checkout()); "
        "print(*(r.bundled(n) for n in r.SHIPPED), sep='\\n'); print(len(p.load_all()))"
    )
    lines = run([str(installed / "python"), "-c", code], tmp_path, env).splitlines()
    venv = installed.parent.resolve()
    assert Path(lines[0]).resolve().is_relative_to(venv), "the installed copy, not the checkout"
    assert lines[1] == "False"
    for folder in map(Path, lines[2:-1]):
        assert folder.resolve().is_relative_to(venv) and any(folder.iterdir()), folder
    assert int(lines[-1]) >= 5, "every prompt loads and passes its contract check"


def test_an_installed_copy_ingests_and_searches_offline_from_any_folder(
    installed: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = installed_env(tmp_path / "home")
    assistant = str(installed / "assistant")
    assert "Ingest:" in run([assistant, "ingest"], elsewhere, env)  # the bundled corpus
    question = "Social Value Act public services"
    found = run([assistant, "search", question, "--k", "3"], elsewhere, env)
    assert found.startswith("1. ") and "Social Value" in found, found
    # An installed copy keeps its store in the user's data folder, not in the package.
    assert (tmp_path / "home" / "consult-assistant" / "data" / "chroma").is_dir()
    assert not any(elsewhere.iterdir()), "nothing is written to the working folder"

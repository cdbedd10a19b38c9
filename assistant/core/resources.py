"""Where the app's own files are, and where the user's files go, installed or not.

The prompts, the bundled corpus, the evaluation suites and the example profile live at the top
of the repository (`prompts/`, `corpus/`, `evals/`, `examples/`), where a newcomer looks for
them. A wheel cannot reach back into a checkout, so the build step (setup.py) copies them into
the package as `assistant/_bundled/`; `bundled()` looks there first (an installed copy) and in
the source tree second (a checkout, or an editable install).

The user's own files (the store in `data/`, the assembled models in `models/`) go beside the
checkout, as always; an installed copy has no checkout, and its package folder may not be
writable, so it uses the user's data folder (`$XDG_DATA_HOME/consult-assistant`, by default
`~/.local/share/consult-assistant`). ASSISTANT_DATA_DIR and ASSISTANT_MODELS_DIR override both.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parents[2]  # the checkout (assistant/core/ is two down)
SHIPPED: tuple[str, ...] = ("prompts", "corpus", "evals", "examples")
BUNDLED_DIR = "_bundled"  # inside the installed package (see setup.py)
APP_NAME = "consult-assistant"


def in_checkout() -> bool:
    """True when running from the source tree (a checkout, an editable install, PYTHONPATH)."""
    return (SOURCE_ROOT / "pyproject.toml").is_file() and (SOURCE_ROOT / "prompts").is_dir()


def bundled(name: str) -> Path:
    """The shipped folder `name` (one of SHIPPED): the installed copy, else the source tree's."""
    if name not in SHIPPED:
        raise ValueError(f"unknown bundled folder '{name}'; one of {', '.join(SHIPPED)}")
    installed = Path(str(resources.files("assistant") / BUNDLED_DIR / name))
    return installed if installed.is_dir() else SOURCE_ROOT / name


def home() -> Path:
    """Where the user's data and models go by default: the checkout, else the user data folder."""
    if in_checkout():
        return SOURCE_ROOT
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME

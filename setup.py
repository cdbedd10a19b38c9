"""Build step: ship the top-level prompts/, corpus/, evals/ suites and examples/ in the wheel.

They stay at the top of the repository, where the guide puts them. A plain (non-editable)
`pip install .` copies them into the package as `assistant/_bundled/`, where
`assistant.core.resources.bundled()` finds them; an editable install reads the source tree instead.
Everything else about the build is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("prompts", "corpus", "evals", "examples")  # = assistant.core.resources.SHIPPED
# Eval reports are outputs (written to the user's folder when installed); the suite builders
# (evals/questions/*.py) are tools for this repository, not data the app reads.
LEFT_OUT = shutil.ignore_patterns("reports", "*.py", "__pycache__", "*.pyc")


class BuildWithData(build_py):
    """setuptools' build_py, then the shipped folders copied into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the top-level folders in place
        target = Path(self.build_lib) / "assistant" / "_bundled"
        shutil.rmtree(target, ignore_errors=True)  # nothing left from an earlier build
        for name in SHIPPED:
            shutil.copytree(ROOT / name, target / name, ignore=LEFT_OUT, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithData})

"""The tests keep the layout CONTRIBUTING.md describes ("Where a test goes"): every test file in
a stage's folder, every folder a package, shared code imported from `tests.support` by name.

A test file added at the top of tests/ (as every test was before issue 23) or importing a
conftest would still run, so only this check keeps the tree readable as the package's mirror.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
# The package's stages, then the two faces and the repository-wide checks.
FOLDERS = {
    *("core", "library", "search", "llm", "checks", "answering", "consultation", "evidence"),
    *("history", "export", "rendering", "evaluation", "easyread", "how_read", "accounts"),
    *("cli", "ui", "project"),
}
SUPPORT = {path.stem for path in (TESTS / "support").glob("*.py")} - {"__init__"}
# `from helpers import x` (the old rootdir import) or anything from a conftest.
BARE_IMPORT = re.compile(
    rf"^\s*(?:from|import)\s+(?:conftest|{'|'.join(sorted(SUPPORT))})\b", re.MULTILINE
)


def test_every_test_file_sits_in_a_stage_folder_that_is_a_package() -> None:
    misplaced = []
    for path in sorted(TESTS.rglob("test_*.py")):
        folder = path.relative_to(TESTS).parts[0]
        if folder not in FOLDERS or len(path.relative_to(TESTS).parts) != 2:
            misplaced.append(str(path.relative_to(TESTS)))
        elif not (path.parent / "__init__.py").is_file():
            misplaced.append(f"{folder}/ (no __init__.py)")
    where = "CONTRIBUTING.md, 'Where a test goes'"
    assert not misplaced, f"move these to tests/<stage>/ ({where}): {misplaced}"


def test_shared_code_is_imported_from_tests_support_never_from_a_conftest() -> None:
    assert {"helpers", "fake_embeddings", "fixtures"} <= SUPPORT
    bare = [
        f"{path.relative_to(TESTS)}: {found.group().strip()}"
        for path in sorted(TESTS.rglob("*.py"))
        for found in BARE_IMPORT.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not bare, f"import these as `from tests.support.<module> import ...`: {bare}"
    assert BARE_IMPORT.search("from helpers import make_settings\n")  # the check can fail
    assert not BARE_IMPORT.search("from tests.support.helpers import make_settings\n")

"""CONTRIBUTING.md's map of the package matches the tree, so a newcomer can trust it.

Each folder under `assistant/`, nested ones too, has a section headed with its path
(`assistant/checks/`, `assistant/library/loaders/`), and the top-level modules one headed
`assistant/` itself. Within its section every module is named
as `name.py`; a section naming a module that is not there fails too. Module names repeat across
folders (`model.py`, `store.py`, `export.py`), so each is looked for in its own section only.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "assistant"
SECTION = re.compile(r"^### `assistant/(?:([a-z_/]+)/)?`", re.MULTILINE)
MODULE = re.compile(r"`([A-Za-z_][A-Za-z0-9_]*\.py)`")


def folders() -> list[str]:
    """The package's folders: "" for the top level, then each sub-package by its path
    ("checks", "library/loaders")."""
    subpackages = sorted(
        p.parent.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("__init__.py")
        if p.parent != PACKAGE and "_bundled" not in p.parts
    )
    return ["", *subpackages]


def modules(folder: str) -> set[str]:
    """The folder's modules, less `__init__.py` (sections describe it in prose)."""
    return {p.name for p in (PACKAGE / folder).glob("*.py") if p.name != "__init__.py"}


def sections(text: str) -> dict[str, str]:
    """The map's sections by folder ("" for top level): heading to the next heading."""
    found: dict[str, str] = {}
    matches = list(SECTION.finditer(text))
    for match in matches:
        end = text.find("\n#", match.end())
        found[match.group(1) or ""] = text[match.end() : end if end != -1 else len(text)]
    return found


MAP = sections((ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8"))


def test_every_folder_has_a_section_and_no_section_is_stale() -> None:
    assert set(MAP) == set(folders()), (
        f"missing sections: {sorted(set(folders()) - set(MAP))}; "
        f"sections for folders that do not exist: {sorted(set(MAP) - set(folders()))}"
    )


@pytest.mark.parametrize("folder", folders(), ids=lambda f: f"assistant/{f}")
def test_each_section_names_exactly_its_modules(folder: str) -> None:
    named = set(MODULE.findall(MAP.get(folder, "")))
    named.discard("__init__.py")
    assert named == modules(folder), (
        f"assistant/{folder}: not in CONTRIBUTING.md: {sorted(modules(folder) - named)}; "
        f"named but not in the tree: {sorted(named - modules(folder))}"
    )


def test_the_checker_sees_a_missing_module() -> None:
    """Guard the guard: a section that drops a module no longer matches."""
    section = MAP["answering/writing"].replace("`quotes.py`", "the quotes writer")
    assert set(MODULE.findall(section)) != modules("answering/writing")

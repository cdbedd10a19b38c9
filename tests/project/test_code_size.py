"""Small modules a newcomer can read: none of `assistant/` over 300 lines (issue 23)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 300


def long_modules(folder: Path, limit: int = LIMIT) -> list[str]:
    """The modules under `folder` longer than `limit` lines, with their length."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found.append(f"{path.relative_to(folder)} ({lines} lines)")
    return found


def test_no_module_is_over_300_lines() -> None:
    assert long_modules(ROOT / "assistant") == [], "split the module by what its parts do"


def test_the_size_check_sees_a_long_module(tmp_path: Path) -> None:
    (tmp_path / "short.py").write_text("x = 1\n" * 300, encoding="utf-8")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "long.py").write_text("x = 1\n" * 301, encoding="utf-8")
    assert long_modules(tmp_path) == ["pkg/long.py (301 lines)"]

"""The documentation stays true to the tree: a short README, links that lead somewhere, every
setting described, and a command reference that matches the program's own --help.

The README is the front door (what it is, who it is for, the two commands, a tour); the rest
lives in docs/. These checks fail on what a reader would trip over: a README that grew back, a
link or anchor left behind by a moved section, a new setting nobody described, a command whose
help changed while docs/commands.md did not.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from cogapp import Cog

from assistant.settings import Settings
from assistant.settings_help import HELP, reference_table

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
PAGES = [README, ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
README_MAX_BYTES = 12 * 1024


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = heading.strip().lower().replace("`", "")
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    found: set[str] = set()
    for heading in re.findall(r"^#{1,6}\s+(.*?)\s*$", text, re.MULTILINE):
        base = slug(heading)
        name, n = base, 0
        while name in found:  # a repeated heading gets -1, -2, …
            n += 1
            name = f"{base}-{n}"
        found.add(name)
    return found


def broken_links(page: Path) -> list[str]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    broken = []
    for target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):  # http:, https:, mailto:
            continue
        path_part, _, anchor = target.partition("#")
        linked = (page.parent / path_part).resolve() if path_part else page
        if not linked.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            broken.append(f"{target} (no such heading)")
    return broken


def test_the_readme_is_short_and_starts_with_the_two_commands() -> None:
    size = README.stat().st_size
    assert size <= README_MAX_BYTES, f"README.md is {size:,} bytes; move detail into docs/"
    text = README.read_text(encoding="utf-8")
    first_block = FENCE.search(text)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group().splitlines()[1:-1]]
    assert commands == ["make run", "make test"]
    assert "## More" in text  # where pages add their one-paragraph pointers


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_leads_to_a_file_and_heading(page: Path) -> None:
    assert broken_links(page) == []


def test_the_link_checker_sees_a_missing_heading(tmp_path: Path) -> None:
    """Guard the guard: a link to a heading that is not there is reported."""
    (tmp_path / "a.md").write_text("# Title\n\n## Set-up in detail (`make`)\n", encoding="utf-8")
    page = tmp_path / "b.md"
    page.write_text(
        "[ok](a.md#set-up-in-detail-make) [gone](a.md#set-up) [none](c.md)\n", encoding="utf-8"
    )
    assert broken_links(page) == ["a.md#set-up (no such heading)", "c.md (no such file)"]


def test_every_setting_is_described_in_order() -> None:
    """settings_help.HELP names exactly the settings, in Settings' order (the reference's)."""
    assert list(HELP) == list(Settings.model_fields), "describe it in assistant/settings_help.py"
    text = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [f for f in Settings.model_fields if f"`ASSISTANT_{f.upper()}`" not in text]
    assert missing == [], f"run `make docs`: {missing}"


def test_the_reference_shows_defaults_people_can_read() -> None:
    common, advanced = reference_table(advanced=False), reference_table(advanced=True)
    assert "| `ASSISTANT_MIN_MEANING` | 0.58 |" in common
    assert "| `ASSISTANT_UI_WARM_UP` | true |" in common
    assert "| `ASSISTANT_LLM_TIMEOUT_S` | 60 |" in common
    assert "| `ASSISTANT_DATA_DIR` | `data/` in this folder |" in common  # not this machine's path
    assert "| `ASSISTANT_OPENAI_API_KEY` | `not-needed` |" in advanced  # never SecretStr('***')
    assert "ASSISTANT_OPENAI_API_KEY" not in common


CHECK_FAILED = 5  # cog's exit status when a file is out of date (2: bad arguments)


def cog_check(path: Path) -> int:
    return Cog().main(["cog", "--check", str(path)])


def test_the_command_reference_matches_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cog_check(ROOT / "docs" / "commands.md") == 0, "run `make docs`"


def test_the_settings_reference_matches_the_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert cog_check(ROOT / "docs" / "settings.md") == 0, "run `make docs`"


def test_a_stale_command_reference_is_noticed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "commands.md"
    shutil.copy(ROOT / "docs" / "commands.md", stale)
    text = stale.read_text(encoding="utf-8")
    stale.write_text(text.replace("Show this message and exit.", "Help.", 1), encoding="utf-8")
    assert cog_check(stale) == CHECK_FAILED


def test_every_page_of_docs_is_in_the_sites_navigation() -> None:
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    listed = {page for entry in config["nav"] for page in entry.values()}
    pages = {path.name for path in (ROOT / "docs").glob("*.md")}
    assert listed == pages, "list each page of docs/ in mkdocs.yml's nav"

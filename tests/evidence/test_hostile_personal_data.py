"""Issue 26's personal-data cases (tests/hostile/personal_data.toml): each masking case goes in
through `assistant evidence add` with consent "anonymous" and must not come out of `show`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support.personal_data_cases import cases, mask_cases

from assistant.cli import cli

TESTS = Path(__file__).resolve().parents[1]  # tests/: the users of the cases are in other folders


def test_the_cases_file_is_complete() -> None:
    found = cases()
    assert len(mask_cases()) >= 11
    assert {"removal", "permissions", "locks"} <= set(found)
    assert all(case.get("why") for case in found.values())
    for name, case in mask_cases().items():
        assert case["hidden"] and all(h in case["text"] for h in case["hidden"]), name
    for user in ("core/test_private_files.py", "evidence/test_evidence_locks.py"):
        assert (TESTS / user).is_file()
    assert (TESTS / "ui" / "test_removal_reaches_downloads.py").is_file()


@pytest.mark.parametrize("name", sorted(mask_cases()))
def test_masked_in_what_evidence_show_prints(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = mask_cases()[name]
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # no developer .env is read
    runner = CliRunner()
    added = runner.invoke(
        cli,
        ["evidence", "add", "--kind", "member-experience", "--consent", "anonymous",
         "--consent-date", "2026-03", "--text", case["text"]],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    item_id = added.output.split("Added ", 1)[1].split(":", 1)[0]
    shown = runner.invoke(cli, ["evidence", "show", item_id])
    assert shown.exit_code == 0, shown.output
    assert "[" in shown.output  # something was masked
    for hidden in case["hidden"]:
        assert not re.search(rf"(?i)(?<!\w){re.escape(hidden)}(?!\w)", shown.output), hidden

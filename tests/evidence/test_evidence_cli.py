"""`assistant evidence ...`: recording, showing, removing and exporting, and CSV errors by row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support.helpers import run_cli

from assistant.cli import cli
from assistant.core.errors import EvidenceError
from assistant.evidence.model import Consent
from assistant.evidence.survey import read_survey

STORY = "My name is Sarah Jones and the 42 bus driver refused the ramp. Ring 07700 900123."


@pytest.fixture
def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # no developer .env is read

    def run(*args: str):
        return CliRunner().invoke(cli, ["evidence", *args], catch_exceptions=True)

    return run


def added_id(output: str) -> str:
    return output.split("Added ", 1)[1].split(":", 1)[0]


def test_add_show_list_remove(invoke, tmp_path: Path) -> None:
    added = invoke(
        "add", "--kind", "member-experience", "--consent", "anonymous", "--consent-date",
        "2026-03", "--given-by", "member, wheelchair user", "--date", "2026-03", "--tag",
        "transport", "--text", STORY,
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "member experience (anonymised, consent given 2026-03)" in added.output
    assert "name: S… J…" in added.output and "phone: 0… 9…" in added.output
    item_id = added_id(added.output)

    shown = invoke("show", item_id)
    assert "My name is [name] and the 42 bus driver refused the ramp. Ring [phone]." in shown.output
    assert "Sarah" not in shown.output and "May be quoted in drafts." in shown.output

    listed = invoke("list")
    assert item_id in listed.output and "quote anonymously" in listed.output
    assert "Sarah" not in listed.output

    removed = invoke("remove", item_id, "--yes")
    assert removed.exit_code == 0 and "Removed" in removed.output
    data = tmp_path / "data"
    assert all(b"Sarah" not in p.read_bytes() for p in data.rglob("*") if p.is_file())
    assert "No evidence recorded yet" in invoke("list").output


def test_add_from_a_file_without_consent_is_never_quoted(invoke, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Our members wait months for adaptations.", encoding="utf-8")
    added = invoke("add", "--kind", "member-experience", "--file", str(story))
    assert added.exit_code == 0
    assert "No consent recorded" in added.output  # CliRunner mixes stderr in
    shown = invoke("show", added_id(added.output))
    assert "Never quoted (background only)." in shown.output


def test_export_warns_that_it_holds_personal_data(invoke, tmp_path: Path) -> None:
    invoke("add", "--kind", "member-experience", "--consent", "anonymous", "--text", STORY)
    out = tmp_path / "backup.json"
    exported = invoke("export", str(out))
    assert exported.exit_code == 0
    assert "personal data" in exported.output
    body = json.loads(out.read_text(encoding="utf-8"))
    assert "personal data" in body["warning"] and body["redacted"] is True
    assert "Sarah" not in out.read_text(encoding="utf-8")
    full = tmp_path / "full.json"
    assert invoke("export", str(full), "--full").exit_code == 0
    assert json.loads(full.read_text(encoding="utf-8"))["items"][0]["original_text"] == STORY
    again = invoke("export", str(out))
    assert isinstance(again.exception, EvidenceError) and "already exists" in str(again.exception)
    from assistant.accounts.audit import AuditLog, Event  # who exported members' evidence is logged

    logged = [e.detail for e in AuditLog(tmp_path / "data" / "audit.jsonl").entries()]
    assert [e.event for e in AuditLog(tmp_path / "data" / "audit.jsonl").entries()] == [
        Event.EXPORT,
        Event.EXPORT,
    ]
    assert logged[0].startswith("our evidence: 1 item to backup.json (redacted")
    assert "full.json (with the original words)" in logged[1]


def test_add_survey_keeps_each_figure_with_its_base(invoke, tmp_path: Path) -> None:
    csv_file = tmp_path / "survey.csv"
    csv_file.write_text(
        "Finding,Count,Base,Date,Tags\n"
        '"Could not get an accessible taxi, even when booked",38,52,2026-03,transport\n'
        "Waited over six months for PIP,21,52,2026-03,benefits;pip\n",
        encoding="utf-8-sig",
    )
    added = invoke("add-survey", str(csv_file), "--consent", "anonymous")
    assert added.exit_code == 0, added.output
    assert "38 of 52" in added.output and "2 survey findings added." in added.output


def write(tmp_path: Path, body: bytes) -> Path:
    path = tmp_path / "survey.csv"
    path.write_bytes(body)
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"finding,count,date\nA,1,2026\n", "row 1 (the header) has no base column"),
        (b"finding,count,base,date\nA,1,5,2026\nB,2\n", "row 3: missing base, date"),
        (b"finding,count,base,date\nA,1,5,2026\nB,two,5,2026\n", "row 3: count must be a whole"),
        (b"finding,count,base,date\nA,9,5,2026\n", "row 2: survey figure 9 of 5"),
        (b"finding,count,base,date\nA,1,5,March\n", "row 2: date 'March'"),
        (b"finding,count,base,date\nA,1,5,2026\nCaf\xe9 closed,1,5,2026\n", "row 3 is not UTF-8"),
        (b"", "the file is empty"),
        (b"finding,count,base,date\n", "no findings"),
    ],
)
def test_csv_problems_name_the_row(tmp_path: Path, body: bytes, message: str) -> None:
    with pytest.raises(EvidenceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_survey(
            write(tmp_path, body),
            consent=Consent.QUOTE_ANONYMOUSLY,
            consent_date=None,
            given_by="members",
            tags=(),
        )


def test_semicolons_and_utf16_from_excel_are_read(tmp_path: Path) -> None:
    body = "finding;count;base;date\nCafé closed;3;10;2026-01\n".encode("utf-16")
    (item,) = read_survey(
        write(tmp_path, body), consent=Consent.NONE_RECORDED, consent_date=None, given_by="m",
        tags=(),
    )  # fmt: skip
    assert item.text == "Café closed" and item.figure == "3 of 10"


def test_a_bad_csv_adds_nothing_and_the_command_says_one_line(tmp_path: Path) -> None:
    csv_file = write(tmp_path, b"finding,count,base,date\nA,1,5,2026\nB,2\n")
    ran = run_cli(["evidence", "add-survey", str(csv_file)], tmp_path / "data", tmp_path)
    assert ran.returncode == 2
    assert ran.stderr.strip().splitlines() == [f"Error: {csv_file}: row 3: missing base, date"]
    listed = run_cli(["evidence", "list"], tmp_path / "data", tmp_path)
    assert "No evidence recorded yet" in listed.stdout


def test_search_shows_quotable_and_background_items(invoke, monkeypatch) -> None:
    from tests.evidence.test_evidence_index import WordEmbeddings

    import assistant.library.embeddings

    monkeypatch.setattr(
        assistant.library.embeddings, "BundledEmbeddings", lambda **_: WordEmbeddings()
    )
    monkeypatch.setenv("ASSISTANT_MIN_RELEVANCE", "0.2")
    invoke("add", "--kind", "member-experience", "--consent", "anonymous", "--text", STORY)
    invoke("add", "--kind", "member-experience", "--consent", "background", "--text",
           "The driver refused the ramp again at the bus station.")  # fmt: skip
    found = invoke("search", "bus driver refused the ramp")
    assert found.exit_code == 0, found.output
    assert "[1] member experience (anonymised): My name is [name]" in found.output
    assert "(background, never quoted)" in found.output and "Sarah" not in found.output
    nothing = invoke("search", "corporation tax")
    assert "No quotable evidence of your own on this question" in nothing.output

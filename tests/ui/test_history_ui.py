"""The app's history glue without a server: saving, reopening, and a damaged or locked file.

A history file that cannot be used turns saving off and says why; answers and drafts still
work, and the file is left byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.helpers import make_settings
from tests.support.history_support import grounded

from assistant.ui import ask_tab, draft_tab, history_tab
from assistant.ui.app import history_notice
from assistant.ui.services import Services

JUNK = b"not a database: minutes of the March meeting\n" * 100


@pytest.fixture
def services(tmp_path: Path) -> Services:
    return Services(make_settings(tmp_path / "data"))


@pytest.fixture
def damaged(tmp_path: Path) -> Services:
    settings = make_settings(tmp_path / "data")
    settings.history_path.parent.mkdir(parents=True)
    settings.history_path.write_bytes(JUNK)
    return Services(settings)


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Services]:
    settings = make_settings(tmp_path / "data")
    Services(settings).history.add("draft", None, grounded("Q?", "A [1].", "draft"), "written")
    other = sqlite3.connect(settings.history_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        yield Services(settings)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_an_answer_is_saved_and_reopens_in_the_chat(services: Services) -> None:
    result = grounded("What was the fund?", "It paid for local groups [1].")
    status, conversation = ask_tab.keep(services, None, result)
    assert conversation and "Answer ready" in status
    ask_tab.keep(services, conversation, grounded("And then?", "More [2]."))
    chat, _, sources, _, status, same = ask_tab.reopen(services, conversation)
    assert same == conversation and "Conversation reopened" in status
    assert [m["content"] for m in chat] == [
        "What was the fund?",
        "It paid for local groups [1].",
        "And then?",
        "More [2].",
    ]
    assert "Source number 2" in sources


def test_a_write_for_another_question_starts_a_new_draft(services: Services) -> None:
    first = grounded("Should councils?", "Yes [1].", "draft")
    note, draft_id = draft_tab.keep(services, None, (first,), "written")
    assert "version 1" in note
    note, same = draft_tab.keep(services, draft_id, (first,), "written")
    assert same == draft_id and "version 2" in note
    other = grounded("Should the fund return?", "Yes [1].", "draft")
    _, new = draft_tab.keep(services, draft_id, (other,), "written")
    assert new != draft_id
    assert [i.entries for i in services.history.items()] == [1, 2]


def test_a_deleted_draft_is_saved_again_as_a_new_one(services: Services) -> None:
    _, draft_id = draft_tab.keep(services, None, (grounded("Q?", "A [1].", "draft"),), "written")
    history_tab.delete(services, draft_id)
    assert draft_tab.reopen(services, draft_id)[-1] is None  # nothing to reopen: starts afresh
    _, again = draft_tab.keep(services, draft_id, (grounded("Q?", "B [1].", "draft"),), "edited")
    assert again != draft_id and len(services.history.items()) == 1


def test_deleting_clears_the_files_made_for_downloading(services: Services) -> None:
    from assistant.ui import downloads

    result = grounded("Should the fund return?", "Yes, the fund helped members [1].", "draft")
    _, draft_id = draft_tab.keep(services, None, (result,), "written")
    history_tab.choose(services, draft_id)  # makes its Word and Markdown downloads
    made = [p for p in downloads.root(services.settings).rglob("*") if p.is_file()]
    assert {p.suffix for p in made} == {".docx", ".md"}
    assert any(b"the fund helped members" in p.read_bytes() for p in made)
    history_tab.delete(services, draft_id)
    assert not [p for p in downloads.root(services.settings).rglob("*") if p.is_file()]


def test_the_history_list_and_a_rename(services: Services) -> None:
    entry = services.history.add(
        "conversation", None, grounded("What was the fund?", "A."), "asked"
    )
    radio, status = history_tab.listing(services)
    assert "1 saved" in status
    assert [c[1] for c in radio.choices] == [entry.item_id]
    assert "Conversation · What was the fund? (1 answer)" in radio.choices[0][0]
    _, status = history_tab.rename(services, entry.item_id, "Fund")
    assert "Renamed: Fund" in status
    shown, docx, markdown, name, _ = history_tab.choose(services, entry.item_id)
    assert name == "Fund" and "What was the fund?" in shown
    assert docx.value["path"].endswith(".docx") and markdown.value["path"].endswith(".md")
    assert "What was the fund?" in Path(markdown.value["path"]).read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["damaged", "locked"])
def test_an_unusable_history_file_turns_saving_off_and_says_so(
    kind: str, request: pytest.FixtureRequest
) -> None:
    services: Services = request.getfixturevalue(kind)
    path = services.settings.history_path
    before = path.read_bytes()
    notice = history_notice(services)
    why = "damaged or not a history file" if kind == "damaged" else "in use by another program"
    assert notice.startswith("**Saving is off:**") and why in notice
    assert "Everything else works as usual." in notice

    status, conversation = ask_tab.keep(services, None, grounded("Q?", "A [1]."))
    assert "Answer ready" in status and "The answer was not saved." in status
    assert conversation is None
    note, draft_id = draft_tab.keep(services, None, (grounded("Q?", "A [1].", "draft"),), "written")
    assert note.startswith("**Not saved:**") and draft_id is None
    radio, status = history_tab.listing(services)
    assert radio.choices == [] and why in status
    assert path.read_bytes() == before


def test_a_healthy_file_has_no_notice(services: Services) -> None:
    assert history_notice(services) == ""

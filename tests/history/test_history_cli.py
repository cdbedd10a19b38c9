"""`assistant history list/show/export/rename/delete` over a history file in a temp data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from docx import Document

from tests.support.helpers import Run
from tests.support.history_support import grounded

from assistant.history import HistoryStore


def _saved(tmp_path: Path) -> tuple[HistoryStore, str, str]:
    store = HistoryStore(tmp_path / "data" / "history.sqlite3")
    talk = store.add("conversation", None, grounded("What was the fund?", "It paid [1]."), "asked")
    store.add("conversation", talk.item_id, grounded("Who ran it?", "Groups did [2]."), "asked")
    draft = store.add("draft", None, grounded("Should councils?", "Yes [1].", "draft"), "written")
    store.add(
        "draft", draft.item_id, grounded("Should councils?", "Yes, edited [1].", "draft"), "edited"
    )
    return store, talk.item_id, draft.item_id


def test_list_show_and_export(run_main: Run, tmp_path: Path) -> None:
    _, talk, draft = _saved(tmp_path)
    code, out, _ = run_main("history", "list")
    assert code == 0
    assert out.startswith("Saved: 2 items, the most recent first")
    lines = [line.strip() for line in out.splitlines()[2:]]  # under the title and the header
    assert (
        lines[0].startswith(draft) and "2 versions" in lines[0] and "Should councils?" in lines[0]
    )
    assert (
        lines[1].startswith(talk) and "2 exchanges" in lines[1] and "What was the fund?" in lines[1]
    )

    code, out, _ = run_main("history", "show", talk)
    assert code == 0 and "## Who ran it?" in out and "Groups did [4]." in out

    code, out, _ = run_main("history", "export", draft, str(tmp_path / "out" / "draft.docx"))
    assert code == 0 and "Saved" in out
    text = "\n".join(p.text for p in Document(str(tmp_path / "out" / "draft.docx")).paragraphs)
    assert "Yes, edited [1]." in text

    code, out, _ = run_main("history", "rename", talk, "Fund questions")
    assert code == 0
    assert "Fund questions" in run_main("history", "list")[1]


def test_delete_removes_every_trace(run_main: Run, tmp_path: Path) -> None:
    store, talk, _ = _saved(tmp_path)
    code, out, err = run_main("history", "delete", talk, "--yes")
    assert code == 0, err
    assert f"Deleted {talk}" in out
    assert b"What was the fund?" not in store.path.read_bytes()
    assert b"Should councils?" in store.path.read_bytes()
    assert talk not in run_main("history", "list")[1]


def test_unknown_ids_get_one_line(run_main: Run, tmp_path: Path) -> None:
    _saved(tmp_path)
    for args in (("show", "nope"), ("export", "nope", "x.md"), ("delete", "nope", "--yes")):
        code, _, err = run_main("history", *args)
        assert code == 2, (args, err)
        assert err.strip().splitlines() == [
            "Error: no saved conversation or draft has the id 'nope' "
            "(`assistant history list` shows them)"
        ]
        assert "Traceback" not in err


def test_a_damaged_history_file_is_one_line_and_kept(run_main: Run, tmp_path: Path) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage" * 500)
    code, _, err = run_main("history", "list")
    assert code == 1
    [line] = err.strip().splitlines()
    assert "damaged or not a history file" in line and "kept as it is" in line
    assert path.read_bytes() == b"\x00garbage" * 500
    # The rest of the CLI still starts and works.
    code, out, _ = run_main("history", "--help")
    assert code == 0 and "delete" in out


def test_a_locked_history_file_is_one_line_and_kept(run_main: Run, tmp_path: Path) -> None:
    store, _, _ = _saved(tmp_path)
    before = store.path.read_bytes()
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program (say, a second app) holds the file
    try:
        code, _, err = run_main("history", "list")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    [line] = err.strip().splitlines()
    assert "in use by another program" in line
    assert store.path.read_bytes() == before


def test_nothing_saved_yet(run_main: Run, tmp_path: Path) -> None:
    code, out, _ = run_main("history", "list")
    assert code == 0 and "Nothing saved yet" in out
    assert not (tmp_path / "data" / "history.sqlite3").exists()

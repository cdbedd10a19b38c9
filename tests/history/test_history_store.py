"""The history file: saving, listing, renaming, exporting and deleting, on a temp folder."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from docx import Document

from tests.support.history_support import grounded

from assistant.core.errors import HistoryError, InputError, UnknownHistoryItem
from assistant.history import HistoryStore, SafeHistory, codec
from assistant.history.export import as_one, export, markdown


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "data" / "history.sqlite3")


def test_a_result_survives_json_with_its_evidence_and_checks() -> None:
    result = grounded("What was the fund?", "It paid for local groups [1].")
    again = codec.loads(codec.dumps(result))
    assert again == result
    assert again.evidence[1].quote.startswith("Quoted passage 2")
    assert again.findings[0].citations == (1,)


def test_rows_saved_by_an_older_version_still_load() -> None:
    """A field added to Evidence later gets its default; a field since removed is ignored."""
    text = codec.dumps(grounded("Q?", "A [1]."))
    older = text.replace('"suspect": false', '"retired_field": 3')
    assert codec.loads(older).evidence[0].suspect is False


def test_a_conversation_keeps_every_exchange_in_order(store: HistoryStore) -> None:
    first = store.add("conversation", None, grounded("What was the fund?", "A [1]."), "asked")
    second = store.add("conversation", first.item_id, grounded("Who ran it?", "B [2]."), "asked")
    assert second.item_id == first.item_id and second.seq == 2
    [item] = store.items()
    assert (item.kind, item.title, item.entries) == ("conversation", "What was the fund?", 2)
    saved = store.get(item.id)
    assert [e.result.question for e in saved.entries] == ["What was the fund?", "Who ran it?"]
    assert saved.entries[1].result.evidence[1].title == "Source number 2"


def test_a_draft_keeps_every_version_and_two_savers_both_win(store: HistoryStore) -> None:
    written = store.add("draft", None, grounded("Q?", "First draft [1].", "draft"), "written")
    draft_id = written.item_id
    # Two browser tabs save the same draft at once: each save becomes its own version.
    texts = [f"Edit from tab {n} [1]." for n in range(6)]
    threads = [
        threading.Thread(
            target=store.add, args=("draft", draft_id, grounded("Q?", t, "draft"), "edited")
        )
        for t in texts
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = store.get(draft_id)
    assert [e.seq for e in saved.entries] == list(range(1, 8))
    assert sorted(e.result.text for e in saved.entries[1:]) == sorted(texts)
    assert saved.entries[0].label == "written"


def test_a_second_connection_saving_the_same_draft_adds_a_version(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    one, two = HistoryStore(path), HistoryStore(path)
    draft = one.add("draft", None, grounded("Q?", "v1 [1].", "draft"), "written")
    one.add("draft", draft.item_id, grounded("Q?", "tab one [1].", "draft"), "edited")
    two.add("draft", draft.item_id, grounded("Q?", "tab two [1].", "draft"), "edited")
    texts = [e.result.text for e in one.get(draft.item_id).entries]
    assert texts == ["v1 [1].", "tab one [1].", "tab two [1]."]


def test_work_in_progress_is_kept_until_the_next_version(store: HistoryStore) -> None:
    draft = store.add("draft", None, grounded("Q?", "v1 [1].", "draft"), "written")
    store.keep_working(draft.item_id, "half-typed edit")
    assert store.get(draft.item_id).item.working == "half-typed edit"
    store.add("draft", draft.item_id, grounded("Q?", "v2 [1].", "draft"), "edited")
    assert store.get(draft.item_id).item.working is None


def test_rename_and_unknown_ids(store: HistoryStore) -> None:
    entry = store.add("conversation", None, grounded("What was the fund?", "A [1]."), "asked")
    assert store.rename(entry.item_id, "  Fund   questions ").title == "Fund questions"
    assert store.items()[0].title == "Fund questions"
    with pytest.raises(InputError, match="at least one letter"):
        store.rename(entry.item_id, "   ")
    for call in (store.get, store.delete, lambda i: store.rename(i, "x")):
        with pytest.raises(UnknownHistoryItem, match="no saved conversation or draft has the id"):
            call("nope1234")


def test_delete_leaves_no_trace_in_the_file(store: HistoryStore) -> None:
    secret = "Zebracorn allowance in Puddleby"
    gone = store.add("conversation", None, grounded(f"What is the {secret}?", "A [1]."), "asked")
    kept = store.add(
        "draft", None, grounded("Kept question?", "Kept text [1].", "draft"), "written"
    )
    assert secret.encode() in store.path.read_bytes()
    store.delete(gone.item_id)
    data = store.path.read_bytes()
    assert secret.encode() not in data and b"Zebracorn" not in data
    assert b"Kept text" in data
    assert [i.id for i in store.items()] == [kept.item_id]
    assert not list(store.path.parent.glob("*-journal")) and not list(
        store.path.parent.glob("*-wal")
    )


def test_a_conversation_exports_as_one_document_with_sources_numbered_on(
    store: HistoryStore, tmp_path: Path
) -> None:
    first = store.add("conversation", None, grounded("What was the fund?", "A [1][2]."), "asked")
    store.add("conversation", first.item_id, grounded("Who ran it?", "B [1, 2]."), "asked")
    saved = store.get(first.item_id)
    whole = as_one(saved)
    assert [e.n for e in whole.evidence] == [1, 2, 3, 4]
    assert "B [3, 4]." in whole.text and "A [1][2]." in whole.text
    assert [f.citations for f in whole.findings] == [(1,), (3,)]
    text = markdown(saved)
    assert text.startswith("# Conversation: What was the fund?")
    assert "## Who ran it?" in text and "[4] Source number 2" in text
    docx = export(saved, tmp_path / "out" / "conversation.docx")
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert "Who ran it?" in paragraphs and any(
        p.startswith("[4] Source number 2") for p in paragraphs
    )
    with pytest.raises(InputError, match=r"cannot export to '\.pdf'"):
        export(saved, tmp_path / "conversation.pdf")


def test_a_draft_exports_its_latest_version(store: HistoryStore, tmp_path: Path) -> None:
    draft = store.add("draft", None, grounded("Q?", "First [1].", "draft"), "written")
    store.add("draft", draft.item_id, grounded("Q?", "Second, edited [1].", "draft"), "edited")
    out = export(store.get(draft.item_id), tmp_path / "draft.md").read_text(encoding="utf-8")
    assert "Second, edited [1]." in out and "First [1]." not in out


def test_a_damaged_file_is_reported_and_kept_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    junk = b"this is not a database, it is a shopping list\n" * 200
    path.write_bytes(junk)
    with pytest.raises(HistoryError, match="damaged or not a history file"):
        HistoryStore(path)
    safe = SafeHistory(path)
    assert safe.add("draft", None, grounded("Q?", "A [1].", "draft"), "written") is None
    assert safe.items() == [] and safe.find("abcd1234") is None
    assert "file is kept as it is" in (safe.problem or "")
    assert path.read_bytes() == junk


def test_a_locked_file_is_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).add("draft", None, grounded("Q?", "Locked text [1].", "draft"), "written")
    before = path.read_bytes()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        safe = SafeHistory(path)
        assert safe.add("draft", None, grounded("Q?", "New [1].", "draft"), "written") is None
        assert "in use by another program" in (safe.problem or "")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert path.read_bytes() == before
    assert [i.title for i in HistoryStore(path).items()] == ["Q?"]

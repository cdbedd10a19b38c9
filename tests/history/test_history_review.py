"""A saved draft as shared work: review status, who set it, and the final export it gates."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from tests.support.helpers import Run
from tests.support.history_support import grounded

from assistant.accounts import UserStore
from assistant.core.errors import InputError
from assistant.history import HistoryStore
from assistant.history.export import DRAFT_MARK, export
from assistant.history.review import NotApproved, Status, approval_for_final, current, set_status


def saved_draft(tmp_path: Path) -> tuple[HistoryStore, str]:
    store = HistoryStore(tmp_path / "data" / "history.sqlite3")
    entry = store.add("draft", None, grounded("Should councils?", "Yes [1].", "draft"), "written")
    return store, entry.item_id


def accept_all(store: HistoryStore, draft: str, who: str = "jo") -> None:
    """Accept every open check of the latest version (the helper's draft has one)."""
    from assistant.history.accepted import accept, check_key, open_checks

    for finding in open_checks(store, store.get(draft)):
        accept(store, draft, check_key(finding), who, "The figure is from our own survey.")


def test_review_flow_names_who_and_which_version(tmp_path: Path) -> None:
    store, draft = saved_draft(tmp_path)
    assert current(store, store.get(draft)) is None
    asked = set_status(store, draft, Status.IN_REVIEW, "sam")
    assert (asked.status, asked.version, asked.who) == (Status.IN_REVIEW, 1, "sam")
    with pytest.raises(InputError, match="Say why it is sent back"):
        set_status(store, draft, Status.SENT_BACK, "jo", "  ")
    back = set_status(store, draft, Status.SENT_BACK, "jo", "Cite the survey, please.")
    assert back.line().startswith("Sent back by jo on ")
    assert back.line().endswith("(version 1) (Cite the survey, please.)")
    store.add("draft", draft, grounded("Should councils?", "Yes, edited [1].", "draft"), "edited")
    assert current(store, store.get(draft)) is None  # a new version is a draft again
    approved = set_status(store, draft, Status.APPROVED, "jo")
    assert approved.version == 2 and current(store, store.get(draft)) == approved
    with pytest.raises(InputError, match="already approved"):
        set_status(store, draft, Status.APPROVED, "kim")


def test_an_approval_lapses_when_the_draft_changes(tmp_path: Path) -> None:
    store, draft = saved_draft(tmp_path)
    set_status(store, draft, Status.APPROVED, "jo")
    with pytest.raises(NotApproved, match=r"every check resolved or accepted.*1 still open"):
        approval_for_final(store, store.get(draft))
    accept_all(store, draft)
    assert approval_for_final(store, store.get(draft)).who == "jo"
    store.add("draft", draft, grounded("Should councils?", "Changed [1].", "draft"), "edited")
    with pytest.raises(NotApproved, match=r"needs this answer approved.*DRAFT copy"):
        approval_for_final(store, store.get(draft))


def test_only_a_draft_can_be_reviewed_and_deleting_leaves_no_review(tmp_path: Path) -> None:
    store, draft = saved_draft(tmp_path)
    talk = store.add("conversation", None, grounded("What was it?", "A fund [1]."), "asked")
    with pytest.raises(InputError, match="Only a saved draft"):
        set_status(store, talk.item_id, Status.APPROVED, "jo")
    set_status(store, draft, Status.SENT_BACK, "jo", "a secret comment about Mrs Smith")
    store.delete(draft)
    assert store.review_rows(draft) == []
    assert b"Mrs Smith" not in store.path.read_bytes()


def test_a_draft_export_is_marked_on_every_page_and_a_final_one_signed(tmp_path: Path) -> None:
    store, draft = saved_draft(tmp_path)
    alone = Document(str(export(store.get(draft), tmp_path / "alone.docx")))
    assert all(not s.header.paragraphs[0].text for s in alone.sections)  # one person: unmarked
    out = export(store.get(draft), tmp_path / "draft.docx", mark_draft=True)
    document = Document(str(out))
    assert all(s.header.paragraphs[0].text == DRAFT_MARK for s in document.sections)
    markdown = export(store.get(draft), tmp_path / "d.md", mark_draft=True).read_text("utf-8")
    assert markdown.splitlines()[2] == f"**{DRAFT_MARK}**"
    approval = set_status(store, draft, Status.APPROVED, "jo")
    final = Document(str(export(store.get(draft), tmp_path / "final.docx", approval)))
    assert final.paragraphs[-1].text.startswith("Approved by jo on ")
    assert all(not s.header.paragraphs[0].text for s in final.sections)


def test_the_cli_refuses_a_final_export_until_approved(run_main: Run, tmp_path: Path) -> None:
    store, draft = saved_draft(tmp_path)
    code, _, err = run_main("history", "export", draft, str(tmp_path / "out.docx"), "--final")
    assert code == 2 and "needs this answer approved" in err
    assert len(err.strip().splitlines()) == 1 and not (tmp_path / "out.docx").exists()
    code, out, _ = run_main("history", "export", draft, str(tmp_path / "out.docx"))
    assert code == 0 and not out.strip().endswith("(DRAFT)")  # one person: as before
    UserStore(tmp_path / "data" / "users.json").add("jo", "approver", "a long enough password")
    code, out, _ = run_main("history", "export", draft, str(tmp_path / "out.docx"))
    assert code == 0 and out.strip().endswith("(DRAFT)")  # a team: marked until approved
    set_status(store, draft, Status.APPROVED, "jo")
    code, _, err = run_main("history", "export", draft, str(tmp_path / "out.docx"), "--final")
    assert code == 2 and "1 still open" in err
    accept_all(store, draft, "kim")
    code, out, _ = run_main("history", "export", draft, str(tmp_path / "out.docx"), "--final")
    assert code == 0 and "(DRAFT)" not in out
    ending = [p.text for p in Document(str(tmp_path / "out.docx")).paragraphs][-3:]
    assert (
        ending[0].startswith("Approved by jo") and ending[1] == "Checks accepted before approval:"
    )
    assert ending[2].startswith("“Yes [1].”: The figure is not in the source. Accepted by kim on ")
    assert ending[2].endswith(": The figure is from our own survey.")
    code, out, _ = run_main("history", "status", draft)
    assert code == 0 and out.splitlines()[-1] == "Now: approved (latest version 1)."
    code, out, _ = run_main("audit", "--event", "export")
    assert "out.docx (draft)" in out and "out.docx (final)" in out


def test_the_history_tabs_word_download_follows_the_review(tmp_path: Path) -> None:
    from tests.support.helpers import make_settings

    from assistant.ui import history_tab, review_box
    from assistant.ui.services import Services

    settings = make_settings(tmp_path / "data")
    UserStore(settings.users_path).add("jo", "approver", "a long enough password")
    services = Services(settings)
    entry = services.history.add("draft", None, grounded("Q?", "Yes [1].", "draft"), "written")
    assert entry is not None
    item = entry.item_id

    def word_file() -> Document:
        _, docx, *_ = history_tab.choose(services, item)
        value = docx.value  # Gradio keeps the file as {"path": ...}
        return Document(value["path"] if isinstance(value, dict) else value)

    assert word_file().sections[0].header.paragraphs[0].text == DRAFT_MARK
    trail, _ = review_box.review(services, item, Status.APPROVED, "", "jo")
    assert trail.startswith("**Status:** Approved by jo on ")
    assert word_file().sections[0].header.paragraphs[0].text == DRAFT_MARK  # a check is open
    accept_all(HistoryStore(settings.history_path), item)
    signed = word_file()
    assert signed.paragraphs[-3].text.startswith("Approved by jo on ")
    assert not signed.sections[0].header.paragraphs[0].text


def test_two_versions_compared_sentence_by_sentence(tmp_path: Path, run_main: Run) -> None:
    from assistant.history.compare import compare_versions

    store, draft = saved_draft(tmp_path)
    first = "Councils should fund advocacy [1]. Groups need core funding. Transport matters."
    second = (
        "Councils should fund advocacy [1]. Groups need five-year core funding [2]. "
        "Transport matters."
    )
    for text in (first, second):
        store.add("draft", draft, grounded("Should councils?", text, "draft"), "edited")
    found = compare_versions(store.get(draft), 2, 3)
    assert [(c.kind, c.sentence) for c in found.changes] == [
        ("removed", "Groups need core funding."),
        ("added", "Groups need five-year core funding [2]."),
    ]
    assert found.unchanged == 2
    assert found.summary() == (
        "Version 2 to version 3: 1 sentence added, 1 sentence removed, 2 sentences unchanged."
    )
    assert compare_versions(store.get(draft), 3, 3).summary().endswith("no sentence changed.")
    with pytest.raises(InputError, match=r"no version 9 of this draft \(versions: 1 to 3\)"):
        compare_versions(store.get(draft), 1, 9)
    code, out, _ = run_main("history", "compare", draft, "2", "3")
    assert code == 0
    assert out.splitlines()[1:] == [
        "- Groups need core funding.",
        "+ Groups need five-year core funding [2].",
    ]


def test_history_says_who_made_each_version(tmp_path: Path) -> None:
    from assistant.ui.history_tab import preview

    store, draft = saved_draft(tmp_path)  # version 1: no one signed in
    store.add(
        "draft", draft, grounded("Should councils?", "Yes, edited [1].", "draft"), "edited", "sam"
    )
    store.add(
        "draft", draft, grounded("Should councils?", "Yes, again [1].", "draft"), "edited", "jo"
    )
    authors = store.authors(draft)
    assert authors == {2: "sam", 3: "jo"}
    shown = preview(store.get(draft), authors)
    assert "Versions: 1 written, 2 edited by sam, 3 edited by jo." in shown
    assert "Versions:" not in preview(store.get(draft))  # one person alone: as before
    store.delete(draft)
    assert store.authors(draft) == {}


def test_comments_by_named_people_leave_the_status_as_it_was(tmp_path: Path) -> None:
    from assistant.history.review import reviews

    store, draft = saved_draft(tmp_path)
    set_status(store, draft, Status.APPROVED, "jo")
    with pytest.raises(InputError, match="Write the comment first"):
        set_status(store, draft, Status.COMMENT, "sam", " ")
    set_status(store, draft, Status.COMMENT, "sam", "Could we add the survey figure?")
    set_status(store, draft, Status.COMMENT, "kim", "Agreed.")
    now = current(store, store.get(draft))
    assert now is not None and (now.status, now.who) == (Status.APPROVED, "jo")
    lines = [r.line() for r in reviews(store, draft)]
    assert lines[1].startswith("Comment by sam on ")
    assert lines[1].endswith("(version 1) (Could we add the survey figure?)")
    assert lines[2].startswith("Comment by kim")


def test_a_check_is_accepted_with_a_name_and_a_reason_on_one_version(tmp_path: Path) -> None:
    from assistant.history.accepted import accept, acceptances, check_key, open_checks

    store, draft = saved_draft(tmp_path)
    (finding,) = open_checks(store, store.get(draft))
    key = check_key(finding)
    with pytest.raises(InputError, match="Give a reason"):
        accept(store, draft, key, "jo", "  ")
    with pytest.raises(InputError, match="not open on the latest version"):
        accept(store, draft, "nonsense", "jo", "fine")
    done = accept(store, draft, key, "jo", "Our survey says so.")
    assert done.line().endswith("Accepted by jo on " + done.at[:10] + ": Our survey says so.")
    assert open_checks(store, store.get(draft)) == []
    with pytest.raises(InputError, match="not open"):
        accept(store, draft, key, "kim", "again")
    # A new version with the same flagged sentence needs it accepted again.
    store.add("draft", draft, grounded("Should councils?", "Yes [1].", "draft"), "edited")
    assert [check_key(f) for f in open_checks(store, store.get(draft))] == [key]
    assert acceptances(store, store.get(draft)) == []


def test_the_history_tab_accepts_a_check_and_lists_it(tmp_path: Path) -> None:
    from tests.support.helpers import make_settings

    from assistant.history.accepted import check_key
    from assistant.ui import review_box
    from assistant.ui.services import Services

    services = Services(make_settings(tmp_path / "data"))
    entry = services.history.add("draft", None, grounded("Q?", "Yes [1].", "draft"), "written")
    assert entry is not None
    radio = review_box.checks_update(services, entry.item_id)
    [(label, key)] = radio.choices
    assert label == "“Yes [1].”: The figure is not in the source."
    _, _, said = review_box.accept_check(services, entry.item_id, key, "", "jo")
    assert "Give a reason" in said
    trail, left, said = review_box.accept_check(services, entry.item_id, key, "Our survey.", None)
    assert "accepted" in said and left.choices == []
    assert "Accepted by local on " in trail and trail.rstrip().endswith(": Our survey.")
    assert key == check_key(services.history.find(entry.item_id).latest.findings[0])  # type: ignore[union-attr]


def test_the_draft_tabs_downloads_say_draft_on_a_team_only(tmp_path: Path) -> None:
    from tests.support.helpers import make_settings

    from assistant.ui import draft_tab
    from assistant.ui.services import Services

    settings = make_settings(tmp_path / "data")
    services = Services(settings)
    result = grounded("Q?", "Yes [1].", "draft")
    docx, markdown, _ = draft_tab._exports(services, result)
    assert not Document(docx).sections[0].header.paragraphs[0].text  # one person: as before
    UserStore(settings.users_path).add("jo", "approver", "a long enough password")
    docx, markdown, _ = draft_tab._exports(services, result)
    assert Document(docx).sections[0].header.paragraphs[0].text == DRAFT_MARK
    assert f"**{DRAFT_MARK}**" in Path(markdown).read_text("utf-8")

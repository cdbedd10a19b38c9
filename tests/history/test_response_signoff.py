"""Sign-off of a whole Consultation-tab response: its answers are drafts in History, and the
final version is refused until every drafted answer is approved with its checks dealt with.

Real history file in a temp dir; the response is built by hand (no model needed): two drafted
answers, each with the one finding `history_support.grounded` gives, and an about-you question
with nothing drafted, which needs no approval.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.helpers import make_settings
from tests.support.history_support import grounded

from assistant.answering.profile import OrganisationProfile
from assistant.consultation.model import Consultation, ConsultationQuestion
from assistant.consultation.respond import Answer, ConsultationResponse
from assistant.core.schema import GroundedText
from assistant.export import DRAFT_MARK, markdown_of, write_export
from assistant.history import SafeHistory
from assistant.history.accepted import accept, check_key, open_checks
from assistant.history.response_signoff import final_response, save_answers
from assistant.history.review import NotApproved, Status, set_status
from assistant.history.store import HistoryStore


def response() -> ConsultationResponse:
    questions = (
        ConsultationQuestion("1", "Should councils fund user-led groups?", position=1),
        ConsultationQuestion("2", "Should grants last three years?", position=2),
        ConsultationQuestion("3", "Your name", position=3, kind="about you"),
    )
    consultation = Consultation("Funding for local groups", None, questions, "x.docx")
    answers = (
        Answer(
            questions[0],
            grounded(questions[0].text, "Yes, they should [1].", "draft"),
            ("c",),
            "drafted",
        ),
        Answer(
            questions[1],
            grounded(questions[1].text, "Three years helps [2].", "draft"),
            ("c",),
            "drafted",
        ),
        Answer(questions[2], None, ("Fill this in.",), "for you to fill in"),
    )
    return ConsultationResponse(consultation, OrganisationProfile(), answers, (), "2026-12-07")


def accept_all(store: HistoryStore, draft: str) -> None:
    for finding in open_checks(store, store.get(draft)):
        accept(store, draft, check_key(finding), "jo", "The figure is from our own survey.")


def test_each_drafted_answer_is_a_draft_named_for_its_question(tmp_path: Path) -> None:
    history = SafeHistory(tmp_path / "history.sqlite3")
    saved = save_answers(history, response(), "sam")
    assert [s.number for s in saved] == ["1", "2"]  # the about-you question has no draft
    store = history.store
    assert store is not None
    titles = {item.id: item.title for item in store.items("draft")}
    assert titles[saved[1].draft_id] == "Funding for local groups: question 2"
    assert store.authors(saved[0].draft_id) == {1: "sam"}


def test_the_final_version_waits_for_every_answer_and_every_check(tmp_path: Path) -> None:
    history = SafeHistory(tmp_path / "history.sqlite3")
    drafted = response()
    saved = save_answers(history, drafted, "sam")
    store = history.store
    assert store is not None
    first, second = (s.draft_id for s in saved)
    with pytest.raises(NotApproved, match=r"not yet: question 1, 2\. Approve them in History"):
        final_response(store, drafted, saved)

    accept_all(store, first)
    set_status(store, first, Status.APPROVED, "jo")
    set_status(store, second, Status.APPROVED, "jo")  # approved, but its check is still open
    with pytest.raises(NotApproved, match=r"not yet: question 2\."):
        final_response(store, drafted, saved)

    edited = grounded(drafted.answers[1].question.text, "Three years, at least [2].", "draft")
    store.add("draft", second, edited, "edited", "sam")  # an edit in History: approve again
    accept_all(store, second)
    with pytest.raises(NotApproved, match=r"question 2\."):
        final_response(store, drafted, saved)
    set_status(store, second, Status.APPROVED, "jo")

    final, closing = final_response(store, drafted, saved)
    assert final.answers[1].result is not None
    assert final.answers[1].result.text == "Three years, at least [2]."  # the approved edit
    assert final.flagged == (final.answers[2],)  # only the about-you field is left to fill in
    assert closing[0].startswith("Question 1: Approved by jo on ")
    assert "Question 2, check accepted: " in closing[-1] and "our own survey" in closing[-1]
    path = write_export(final, tmp_path / "final.md", closing=closing)
    text = path.read_text("utf-8")
    assert DRAFT_MARK not in text and "Three years, at least [2]." in text
    assert "Question 2: Approved by jo" in text
    assert "Three years helps" not in markdown_of(final)


def test_a_deleted_answer_draft_blocks_the_final_version(tmp_path: Path) -> None:
    history = SafeHistory(tmp_path / "history.sqlite3")
    drafted = response()
    saved = save_answers(history, drafted, "sam")
    store = history.store
    assert store is not None
    for item in saved:
        accept_all(store, item.draft_id)
        set_status(store, item.draft_id, Status.APPROVED, "jo")
    store.delete(saved[0].draft_id)
    with pytest.raises(NotApproved, match=r"not yet: question 1\."):
        final_response(store, drafted, saved)


def test_the_consultation_tab_says_how_before_anything_is_drafted(tmp_path: Path) -> None:
    from assistant.accounts import UserStore
    from assistant.ui.consultation_tab import make_final
    from assistant.ui.services import Services

    settings = make_settings(tmp_path / "data")
    services = Services(settings)
    _, _, status = make_final(services, None)
    assert "nothing needs approving" in status  # one person on their own computer
    UserStore(settings.users_path).add("sam", "writer", "sam's long password")
    _, _, status = make_final(services, None)
    assert "Draft every answer first" in status and "approved in History" in status


class StandIn:
    """Enough of an Assistant for `respond`: each draft cites [1] and has one finding."""

    settings: Any = type("S", (), {"draft_words": 300})()
    generator = "extractive"

    @property
    def store(self) -> Any:
        raise RuntimeError("no store")  # provenance is optional: the export leaves it out

    def draft(self, question: str, **kwargs: Any) -> GroundedText:
        return grounded(question, f"Our answer to {question} [1].", "draft")


def test_a_team_drafts_in_the_tab_approves_in_history_then_makes_the_final_version(
    tmp_path: Path,
) -> None:
    """The tab's own handlers: drafting saves each answer, the final version waits for them."""
    from docx import Document

    from assistant.accounts import UserStore
    from assistant.ui.consultation_tab import draft_all, make_final
    from assistant.ui.services import Services

    settings = make_settings(tmp_path / "data")
    UserStore(settings.users_path).add("sam", "writer", "sam's long password")
    services = Services(settings)
    services.assistant = lambda generator=None: StandIn()  # type: ignore[method-assign,assignment,return-value]
    drafted = response()
    rows = [[q.number, q.text, q.kind, "", "", ""] for q in drafted.consultation.questions]
    out = draft_all(services, drafted.consultation, rows, None)
    assert "Each answer is saved in History as a draft" in out[3]
    word = Path(out[1]["value"])
    assert DRAFT_MARK in Document(str(word)).sections[0].header.paragraphs[0].text
    kept = out[5]
    _, drafts = kept
    assert len(drafts) == 2

    _, _, status = make_final(services, kept)
    assert "not yet: question 1, 2" in status
    store = services.history.store
    assert store is not None
    for item in drafts:
        accept_all(store, item.draft_id)
        set_status(store, item.draft_id, Status.APPROVED, "jo")
    docx, markdown, status = make_final(services, kept)
    assert "every answer approved" in status
    final = Document(docx["value"])
    assert not final.sections[0].header.paragraphs[0].text
    text = Path(markdown["value"]).read_text("utf-8")
    assert DRAFT_MARK not in text and "Question 2: Approved by jo" in text

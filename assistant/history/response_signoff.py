"""Sign-off of a whole consultation response: each answer is a draft in History, approved there.

A response is many answers, and a trustee approves answers one by one (`review.py`), so rather
than a second kind of approval the Consultation tab saves each drafted answer as a draft in
History, named for its question, and keeps which draft holds which question. The final version
of the response is then put together from those drafts: each answer as its latest version
(edits made in History count), and only when every one is approved with every check resolved
or accepted, so a response cannot leave as final with an answer nobody signed off. Questions
with nothing drafted (about-you fields, ones left for you to fill in) are the sender's to fill
in and need no approval.
"""

from __future__ import annotations

import dataclasses
from contextlib import suppress
from dataclasses import dataclass

from assistant.consultation.respond import ConsultationResponse
from assistant.core.errors import AssistantError
from assistant.history.accepted import acceptances
from assistant.history.review import NotApproved, approval_for_final
from assistant.history.safe import SafeHistory
from assistant.history.store import MAX_TITLE_CHARS, HistoryStore


@dataclass(frozen=True)
class SavedAnswer:
    """Which History draft holds the answer to which question of a response."""

    number: str  # the question's number as the response shows it
    draft_id: str


def answer_title(response: ConsultationResponse, number: str) -> str:
    """The draft's name in History: "Consultation title: question 3"."""
    return f"{response.consultation.title}: question {number}"[-MAX_TITLE_CHARS:]


def save_answers(
    history: SafeHistory, response: ConsultationResponse, author: str | None
) -> tuple[SavedAnswer, ...]:
    """Save every drafted answer as a new draft in History (nothing when History is off)."""
    saved: list[SavedAnswer] = []
    for answer in response.answers:
        if answer.result is None:
            continue
        entry = history.add("draft", None, answer.result, "written", author)
        store = history.store
        if entry is None or store is None:
            return ()
        with suppress(AssistantError):  # the draft is saved either way; this only names it
            store.rename(entry.item_id, answer_title(response, answer.question.number))
        saved.append(SavedAnswer(answer.question.number, entry.item_id))
    return tuple(saved)


def final_response(
    store: HistoryStore, response: ConsultationResponse, saved: tuple[SavedAnswer, ...]
) -> tuple[ConsultationResponse, tuple[str, ...]]:
    """The response as approved (each answer its approved latest version, the checks done) and
    the closing lines ("Question 2: Approved by jo on …"), or `NotApproved` naming the questions
    still waiting."""
    drafts = {s.number: s.draft_id for s in saved}
    answers, closing, waiting = [], [], []
    for answer in response.answers:
        number = answer.question.number
        if answer.result is None:
            answers.append(answer)
            continue
        try:
            item = store.get(drafts[number])
            approval = approval_for_final(store, item)
        except (KeyError, AssistantError):  # not approved, unsaved, or deleted from History
            waiting.append(number)
            continue
        answers.append(dataclasses.replace(answer, result=item.latest, checks=()))
        closing.append(f"Question {number}: {approval.line()}.")
        closing += [
            f"Question {number}, check accepted: {a.line()}" for a in acceptances(store, item)
        ]
    if waiting:
        raise NotApproved(
            f"The final version needs every answer approved, with every check resolved or "
            f"accepted; not yet: question {', '.join(waiting)}. Approve them in History (each "
            "is a draft named for its question), or download the DRAFT copy."
        )
    return dataclasses.replace(response, answers=tuple(answers)), tuple(closing)

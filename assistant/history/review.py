"""A draft answer as shared work: its status (draft, in review, approved, sent back), who set
it, and comments by named people.

Trustees approve what is said in the organisation's name, so an approval must name who gave it
and which version it was given to. Each status change is a row in the history file's `reviews`
table (kept, never replaced, so the trail stays) holding the version it applies to. A draft
changed after approval is a draft again: the approval was of the words as they were. Sending
back needs a comment, so the writer knows why. Roles are checked by the face that calls this
(`ui/gate.py`); the rules of which change follows which are here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from assistant.accounts import Action
from assistant.core.errors import InputError
from assistant.history.store import HistoryStore, Saved


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in review"
    APPROVED = "approved"
    SENT_BACK = "sent back"
    COMMENT = "comment"  # a note by a named person; it leaves the status as it was


# Who may set each status: asking for review is a writer's step, the verdict an approver's.
NEEDS: dict[Status, Action] = {
    Status.IN_REVIEW: Action.WRITE,
    Status.APPROVED: Action.APPROVE,
    Status.SENT_BACK: Action.APPROVE,
    Status.COMMENT: Action.WRITE,
}


class NotApproved(InputError):
    """A final export was asked for an answer that is not approved in its latest version."""


@dataclass(frozen=True)
class Review:
    status: Status
    version: int  # the draft version it applies to
    who: str
    at: str  # ISO 8601, UTC, to the second
    comment: str = ""

    def line(self) -> str:
        """ "Approved by jo on 2026-12-07 (version 3)" and the comment, if any."""
        verb = {
            Status.DRAFT: "Draft",
            Status.IN_REVIEW: "In review, asked by",
            Status.APPROVED: "Approved by",
            Status.SENT_BACK: "Sent back by",
            Status.COMMENT: "Comment by",
        }[self.status]
        said = f" ({self.comment})" if self.comment else ""
        return f"{verb} {self.who} on {self.at[:10]} (version {self.version}){said}"


def reviews(store: HistoryStore, item_id: str) -> list[Review]:
    """Every status change and comment of a draft, oldest first (accepted checks are in
    `accepted.py`)."""
    statuses = {s.value for s in Status}
    return [
        Review(Status(status), seq, who, at, comment)
        for seq, status, who, at, comment in store.review_rows(item_id)
        if status in statuses
    ]


def current(store: HistoryStore, saved: Saved) -> Review | None:
    """The status of the draft's latest version (None: a draft no one has reviewed, or one
    changed since its last review)."""
    if not saved.entries:
        return None
    found = [r for r in reviews(store, saved.item.id) if r.status is not Status.COMMENT]
    latest = saved.entries[-1].seq
    return found[-1] if found and found[-1].version == latest else None


def set_status(
    store: HistoryStore, item_id: str, status: Status, who: str, comment: str = ""
) -> Review:
    """Record a status change on the draft's latest version, or say plainly why not."""
    saved = store.get(item_id)
    if saved.item.kind != "draft" or not saved.entries:
        raise InputError("Only a saved draft can be reviewed: write or open a draft first.")
    comment = " ".join(comment.split())[:2000]
    if status is Status.SENT_BACK and not comment:
        raise InputError("Say why it is sent back: write a comment for the writer.")
    if status is Status.COMMENT and not comment:
        raise InputError("Write the comment first.")
    if status is Status.DRAFT:
        raise InputError("A draft becomes a draft again by being edited.")
    now = current(store, saved)
    if now is not None and now.status is status and status is not Status.COMMENT:
        raise InputError(f"It is already {status.value}: {now.line()}.")
    review = Review(
        status,
        saved.entries[-1].seq,
        who,
        datetime.now(UTC).isoformat(timespec="seconds"),
        comment,
    )
    store.add_review(item_id, (review.version, status.value, who, review.at, comment))
    return review


def final_approval(store: HistoryStore, saved: Saved) -> Review | None:
    """The approval when a final export is allowed now, else None (the copy says DRAFT)."""
    try:
        return approval_for_final(store, saved)
    except NotApproved:
        return None


def approval_for_final(store: HistoryStore, saved: Saved) -> Review:
    """The approval a final export needs (and every check on the approved version resolved or
    accepted), or `NotApproved` saying what is missing."""
    from assistant.history.accepted import open_checks

    now = current(store, saved)
    if now is not None and now.status is Status.APPROVED:
        left = len(open_checks(store, saved))
        if left:
            raise NotApproved(
                f"The final version needs every check resolved or accepted with a reason; "
                f"{left} still open. Download the DRAFT copy instead, or ask an approver."
            )
        return now
    state = now.line() if now else "a draft not yet approved (or changed since its approval)"
    raise NotApproved(
        f"The final version needs this answer approved by an approver; it is {state}. "
        "Download the DRAFT copy instead, or ask an approver to approve it."
    )

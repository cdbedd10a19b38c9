"""History's review box: ask for review, approve, or send back a saved draft with a comment.

A trustee approves what is said in the organisation's name. The rules (which status follows
which, a comment to send back, an approval lapsing when the draft changes) are in
`history/review.py`; the role check (writers ask for review, approvers decide) is the gate's,
on the server (`ui/gate.py`). Here: the buttons, and who pressed them (the signed-in name, or
"local" on a computer with no personal logins).
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.accounts import Action
from assistant.accounts.audit import LOCAL_USER
from assistant.core.errors import AssistantError
from assistant.history.accepted import (
    accept,
    acceptances,
    check_key,
    described,
    open_checks,
)
from assistant.history.compare import compare_versions
from assistant.history.review import NEEDS, Status, current, reviews, set_status
from assistant.ui.gate import needs, username_of
from assistant.ui.render import md_escape, status_html
from assistant.ui.services import Services

NONE_CHOSEN = "Choose a saved draft from the list first."
DONE = {
    Status.IN_REVIEW: "Asked for review: an approver can now approve it or send it back.",
    Status.APPROVED: "Approved. The Word download now ends with your approval.",
    Status.SENT_BACK: "Sent back with your comment.",
    Status.COMMENT: "Comment added.",
}


def trail_markdown(services: Services, item_id: str | None) -> str:
    """The draft's status now and every change before it ("" for a conversation)."""
    store = services.history.store
    saved = services.history.find(item_id)
    if store is None or saved is None or saved.item.kind != "draft":
        return ""
    now = current(store, saved)
    lines = [f"**Status:** {now.line() if now else 'draft (not approved)'}"]
    lines += [f"- {md_escape(r.line())}" for r in reviews(store, saved.item.id)]
    lines += [f"- {md_escape(a.line())}" for a in acceptances(store, saved)]
    return "\n".join(lines)


def comparison(services: Services, item_id: str | None, old: Any, new: Any) -> str:
    """Two versions of the chosen draft compared, sentence by sentence, for the page."""
    saved = services.history.find(item_id)
    if saved is None or saved.item.kind != "draft":
        return NONE_CHOSEN
    try:
        found = compare_versions(saved, int(old or 0), int(new or 0))
    except AssistantError as exc:
        return md_escape(str(exc))
    lines = [f"**{found.summary()}**", ""]
    lines += [
        f"- Added: **{md_escape(c.sentence)}**"
        if c.kind == "added"
        else f"- Removed: ~~{md_escape(c.sentence)}~~"
        for c in found.changes
    ]
    return "\n".join(lines)


def checks_update(services: Services, item_id: str | None) -> Any:
    """The chosen draft's open checks, to accept one with a reason."""
    store = services.history.store
    saved = services.history.find(item_id)
    if store is None or saved is None or saved.item.kind != "draft":
        return gr.Radio(choices=[], value=None)
    return gr.Radio(
        choices=[(described(f), check_key(f)) for f in open_checks(store, saved)], value=None
    )


def accept_check(
    services: Services, item_id: str | None, key: str | None, reason: str, who: str | None
) -> tuple[Any, Any, str]:
    """Accept the chosen check with a reason; (the trail, the open checks, a status line)."""
    store = services.history.store
    if store is None or not item_id or not key:
        message = services.history.problem or "Choose a draft, then one of its open checks."
        return gr.skip(), gr.skip(), status_html(message, "error")
    try:
        accept(store, item_id, key, who or LOCAL_USER, reason or "")
    except AssistantError as exc:
        return gr.skip(), gr.skip(), status_html(str(exc), "error")
    done = status_html("Check accepted with your name and reason.", "done")
    return trail_markdown(services, item_id), checks_update(services, item_id), done


def review(
    services: Services, item_id: str | None, status: Status, comment: str, who: str | None
) -> tuple[str, str]:
    """Record the change; (the trail, a status line)."""
    store = services.history.store
    if store is None or not item_id:
        return gr.skip(), status_html(services.history.problem or NONE_CHOSEN, "error")
    try:
        set_status(store, item_id, status, who or LOCAL_USER, comment or "")
    except AssistantError as exc:
        return gr.skip(), status_html(str(exc), "error")
    return trail_markdown(services, item_id), status_html(DONE[status], "done")


def build(services: Services, items: Any, status: Any) -> tuple[gr.Markdown, list[Any]]:
    """Lay out the box (inside the History tab) and wire its buttons; returns the trail view
    and the buttons' events, so the tab can refresh the downloads after each."""
    trail = gr.Markdown("", elem_id="history-review")
    # The chosen id as plain text (hidden): the list's allowed choices live in each page's
    # session, so an API client could not name a draft through the list itself.
    chosen_id = gr.Textbox(visible=False)
    items.change(lambda v: v, items, chosen_id, api_visibility="private")
    with gr.Row():
        ask = gr.Button("Ask for review", elem_id="history-ask-review")
        approve = gr.Button("Approve", variant="primary", elem_id="history-approve")
    with gr.Row():
        comment = gr.Textbox(label="Comment (needed to send back)", elem_id="history-comment")
        send_back = gr.Button("Send back", elem_id="history-send-back")
        remark = gr.Button("Add comment", elem_id="history-add-comment")
    refresh = gr.Button("Refresh the status", size="sm", elem_id="history-review-refresh")
    # Someone else's approval, comment or accepted check shows here when pressed.
    refresh.click(
        lambda i: trail_markdown(services, i) or NONE_CHOSEN,
        chosen_id,
        trail,
        api_name="review_status",
    )
    checks = gr.Radio([], value=None, label="Open checks (accept one with a reason)")
    with gr.Row():
        reason = gr.Textbox(label="Why it can stay as it is", elem_id="history-accept-reason")
        accept_button = gr.Button("Accept this check", elem_id="history-accept")

    def accepting(
        item_id: str | None, key: str | None, text: str, request: gr.Request
    ) -> tuple[Any, Any, str]:
        return accept_check(services, item_id, key, text, username_of(request))

    accepted = accept_button.click(
        needs(Action.APPROVE, accepting, "accept a check"),
        [chosen_id, checks, reason],
        [trail, checks, status],
        api_visibility="private",
    )
    items.change(lambda v: checks_update(services, v), items, checks, api_visibility="private")
    with gr.Row():
        old = gr.Number(label="Compare version", value=1, precision=0, minimum=1)
        new = gr.Number(label="with version", value=2, precision=0, minimum=1)
        compare = gr.Button("Compare versions", elem_id="history-compare")
    changes = gr.Markdown("", elem_id="history-changes")
    compare.click(
        lambda i, a, b: comparison(services, i, a, b),
        [chosen_id, old, new],
        changes,
        api_name="compare_versions",
    )
    events = [accepted]
    buttons = (
        (ask, Status.IN_REVIEW),
        (approve, Status.APPROVED),
        (send_back, Status.SENT_BACK),
        (remark, Status.COMMENT),
    )
    for button, chosen in buttons:
        events.append(
            button.click(
                handler_for(services, chosen),
                [chosen_id, comment],
                [trail, status],
                api_name=f"review_{chosen.name.lower()}",
            )
        )
    return trail, events


def handler_for(services: Services, chosen: Status) -> Any:
    """The button's handler, marked with the role it needs (checked by the gate)."""

    def handler(item_id: str | None, text: str, request: gr.Request) -> tuple[str, str]:
        return review(services, item_id, chosen, text, username_of(request))

    return needs(NEEDS[chosen], handler, f"review: {chosen.value}")

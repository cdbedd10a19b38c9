"""Roles enforced on the server, for every event the app runs: the page's buttons and the API.

Hiding a button keeps nobody out: anyone signed in can call an event through Gradio's HTTP
API. So the check sits where every event passes, `GatedBlocks.process_api`, which Gradio calls
for the page and for API clients alike with the request (and so the signed-in name). Each
handler is marked with the action it takes (`needs(Action.WRITE, fn)`); an unmarked handler
only reads. A refusal is a plain message (a `gr.Error`, shown on the page or returned to the
API client) and goes into the audit log, as does every removal and every view of members'
evidence.

With no personal logins set up, the one local user (or the old shared login) may do
everything, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

import gradio as gr

from assistant.accounts import Action, Role, UserStore, can, refusal
from assistant.accounts.audit import AuditLog, Event
from assistant.core.errors import AssistantError
from assistant.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
ACTION = "_assistant_action"
WHAT = "_assistant_what"
RESTARTED = (
    "Personal logins were set up after the app started: restart it (assistant ui) to sign in."
)
GONE = "Your login has been removed: ask your organisation's admin."


# The signed-in name of the event being run, for code that records who did something (a
# draft's version). Set for each event by GatedBlocks; Gradio runs handlers in worker threads
# with a copy of this context.
SIGNED_IN: ContextVar[str | None] = ContextVar("signed_in", default=None)


def needs(action: Action, fn: F, what: str = "") -> F:
    """Mark `fn` (an event handler) as taking `action`; `what` names what it acts on, for the
    audit log. Returns `fn` itself, so Gradio still sees its own signature."""
    setattr(fn, ACTION, action)
    setattr(fn, WHAT, what)
    return fn


def action_of(fn: Any) -> Action:
    return getattr(fn, ACTION, Action.READ)


class Gate:
    """Who is asking (from Gradio's request) and whether their role allows an action."""

    def __init__(self, settings: Settings) -> None:
        self.users = UserStore(settings.users_path)
        self.audit = AuditLog(settings.audit_path)

    def role_of(self, username: str | None) -> Role:
        """The role of a signed-in name; ADMIN when no personal logins exist (the local user).
        Read from the users file each time, so a removal or a new role counts at once."""
        if not self.users.any():
            return Role.ADMIN
        if not username:
            raise gr.Error(RESTARTED, print_exception=False)
        user = self.users.find(username)
        if user is None:
            self.audit.record(username, Event.REFUSED, "login removed")
            raise gr.Error(GONE, print_exception=False)
        return user.role

    def check(self, username: str | None, fn: Any, inputs: list[Any]) -> None:
        """Raise a plain `gr.Error` when `username` may not run `fn`; log what must be logged."""
        action = action_of(fn)
        role = self.role_of(username)
        if not can(role, action):
            self.audit.record(username, Event.REFUSED, action.value)
            raise gr.Error(refusal(role, action), print_exception=False)
        what = getattr(fn, WHAT, "")
        if action is Action.REMOVE:
            chosen = ", ".join(str(i) for i in inputs if isinstance(i, str | int))[:200]
            self.audit.record(username, Event.REMOVAL, f"{what}: {chosen}" if what else chosen)
        elif action is Action.SEE_EVIDENCE:
            self.audit.record(username, Event.EVIDENCE_VIEW, what)


WHAT_ROLES_DO = {
    Role.READER: "ask questions and read responses",
    Role.WRITER: "ask, draft, edit and add documents and evidence",
    Role.APPROVER: "ask, draft and edit, and approve answers or send them back",
    Role.ADMIN: "do everything, including removals",
}


def signed_in_line(gate: Gate, request: gr.Request) -> str:
    """Who is signed in and what their role lets them do (nothing without personal logins)."""
    name = username_of(request)
    if not name or not gate.users.any():
        return ""
    user = gate.users.find(name)
    if user is None:
        return GONE
    return (
        f"Signed in as **{user.name}** ({user.role.value}): you can "
        f"{WHAT_ROLES_DO[user.role]}. [Sign out](logout)"
    )


def username_of(request: Any) -> str | None:
    """The signed-in name on Gradio's request (a list for batched events: the first)."""
    if isinstance(request, list):
        request = request[0] if request else None
    return getattr(request, "username", None) if request is not None else None


class GatedBlocks(gr.Blocks):
    """gr.Blocks whose every event passes the role check before it runs."""

    gate: Gate | None = None

    # Same call as gr.Blocks.process_api, with the role check first (*args/**kwargs: the
    # parameters pass through untouched, whatever Gradio adds to them).
    async def process_api(
        self, block_fn: Any, inputs: list[Any], *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        if self.gate is not None:
            fn = self.fns[block_fn] if isinstance(block_fn, int) else block_fn
            request = kwargs.get("request", args[1] if len(args) > 1 else None)
            name = username_of(request)
            try:
                self.gate.check(name, getattr(fn, "fn", None), inputs)
            except AssistantError as exc:  # say so plainly (the users file cannot be read)
                raise gr.Error(str(exc), print_exception=False) from None
            SIGNED_IN.set(name)
        return await super().process_api(block_fn, inputs, *args, **kwargs)

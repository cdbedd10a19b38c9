"""Roles and the actions each may take, in one table every face checks against.

Four roles, each able to do everything the one before it can: a **reader** asks and reads
responses; a **writer** drafts, edits and adds documents and evidence; an **approver** (a
trustee) approves answers or sends them back; an **admin** also manages users and removes
documents, evidence and saved work. One ordered list keeps the rule easy to say and to check:
an action names the least role that may take it.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    READER = "reader"
    WRITER = "writer"
    APPROVER = "approver"
    ADMIN = "admin"


ROLES: tuple[Role, ...] = (Role.READER, Role.WRITER, Role.APPROVER, Role.ADMIN)  # least first


class Action(StrEnum):
    """What a person asks the app to do; the value is how a refusal names it."""

    READ = "ask questions and read responses"
    WRITE = "draft, edit or add documents"
    SEE_EVIDENCE = "see members' evidence"
    APPROVE = "approve answers or send them back"
    REMOVE = "remove documents, evidence or saved work"
    MANAGE_USERS = "manage users"


LEAST_ROLE: dict[Action, Role] = {
    Action.READ: Role.READER,
    Action.WRITE: Role.WRITER,
    Action.SEE_EVIDENCE: Role.WRITER,  # shown masked, and every view is in the audit log
    Action.APPROVE: Role.APPROVER,
    Action.REMOVE: Role.ADMIN,
    Action.MANAGE_USERS: Role.ADMIN,
}


def parse_role(text: str) -> Role:
    """A role from its name, or an `InputError` listing the roles there are."""
    from assistant.core.errors import InputError

    try:
        return Role(text.strip().lower())
    except ValueError:
        names = ", ".join(r.value for r in ROLES)
        raise InputError(f"There is no role {text!r}: choose one of {names}.") from None


def can(role: Role, action: Action) -> bool:
    """Whether `role` may take `action`."""
    return ROLES.index(role) >= ROLES.index(LEAST_ROLE[action])


def refusal(role: Role, action: Action) -> str:
    """The plain message shown when `role` may not take `action`."""
    needed = LEAST_ROLE[action].value
    return (
        f"Your role ({role.value}) cannot {action.value}: that needs the {needed} role or "
        "above. Ask your organisation's admin if you need it."
    )

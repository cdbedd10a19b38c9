"""`assistant users add/list/remove/reset-password/set-role` and `assistant audit`.

Personal logins for a shared web app (docs/team.md). Whoever can run these commands can read
the data folder anyway, so they need no login of their own; each change is written to the
audit log under the computer's own user name. Passwords are asked for without echo (twice),
or read from the first line of standard input with `--password-stdin` for scripts.
"""

from __future__ import annotations

import getpass
import sys

import click

from assistant.accounts.roles import ROLES
from assistant.cli.common import print_table, settings_from
from assistant.core.text import plural

ROLE_NAMES = [r.value for r in ROLES]
ROLE_HELP = (
    "reader (ask, read), writer (draft, edit, add documents and evidence), approver "
    "(approve or send back), admin (also users and removals)"
)


def operator() -> str:
    """Who ran the command, for the audit log (the computer's user name)."""
    try:
        return f"{getpass.getuser()} (command line)"
    except (KeyError, OSError):
        return "command line"


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    value: str = click.prompt(
        "Password (not shown)", hide_input=True, confirmation_prompt="Type it again"
    )
    return value


@click.group("users")
def users() -> None:
    """Personal logins and roles for sharing the web app with your team."""


@users.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice(ROLE_NAMES), default="writer", show_default=True, help=ROLE_HELP
)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def add(name: str, role: str, password_stdin: bool) -> None:
    """Add a person who can sign in to the web app."""
    from assistant.accounts import UserStore
    from assistant.accounts.audit import AuditLog, Event

    settings = settings_from()
    user = UserStore(settings.users_path).add(name, role, _password(password_stdin))
    AuditLog(settings.audit_path).record(operator(), Event.USER_ADDED, f"{user.name} as {role}")
    click.echo(f"Added {user.name} as {role}. They can sign in when the web app next starts.")


@users.command("list")
def list_users() -> None:
    """Everyone who can sign in, with their role."""
    from assistant.accounts import UserStore

    found = UserStore(settings_from().users_path).users()
    if not found:
        click.echo("No users yet: the web app runs for this computer only, with no login.")
    if found:
        rows = [(user.name, user.role.value, user.created[:10]) for user in found]
        print_table(
            f"Logins: {plural(len(found), 'person', 'people')}", ("name", "role", "added"), rows
        )


@users.command("remove")
@click.argument("name")
def remove(name: str) -> None:
    """Take away a person's login (they are refused from their next action on)."""
    from assistant.accounts import UserStore
    from assistant.accounts.audit import AuditLog, Event

    settings = settings_from()
    user = UserStore(settings.users_path).remove(name)
    AuditLog(settings.audit_path).record(operator(), Event.USER_REMOVED, user.name)
    click.echo(f"Removed {user.name}. Any web app sessions of theirs end at their next click.")


@users.command("reset-password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def reset_password(name: str, password_stdin: bool) -> None:
    """Give a person a new password."""
    from assistant.accounts import UserStore
    from assistant.accounts.audit import AuditLog, Event
    from assistant.core.errors import AccountError

    settings = settings_from()
    store = UserStore(settings.users_path)
    if store.find(name) is None:  # say so before asking for a password
        raise AccountError(f"There is no user called {name.strip()!r}.")
    user = store.reset_password(name, _password(password_stdin))
    AuditLog(settings.audit_path).record(operator(), Event.PASSWORD_RESET, user.name)
    click.echo(
        f"New password set for {user.name}. Their open web app sessions end at their next "
        "click, and they sign in again with the new password."
    )


@users.command("set-role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLE_NAMES))
def set_role(name: str, role: str) -> None:
    """Change a person's role."""
    from assistant.accounts import UserStore
    from assistant.accounts.audit import AuditLog, Event

    settings = settings_from()
    user = UserStore(settings.users_path).set_role(name, role)
    AuditLog(settings.audit_path).record(operator(), Event.ROLE_CHANGED, f"{user.name} to {role}")
    click.echo(f"{user.name} is now {role}.")

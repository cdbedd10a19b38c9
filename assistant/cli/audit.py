"""`assistant audit`: read the audit log (who signed in, was refused, exported or removed what).

Read-only: the log is written by the web app and `assistant users`, and never edited.
"""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from assistant.accounts.audit import Event
from assistant.cli.common import settings_from

EVENT_NAMES = [e.value for e in Event]


@click.command("audit")
@click.option("--user", "who", help="Only this person's events.")
@click.option("--event", type=click.Choice(EVENT_NAMES), help="Only events of this kind.")
@click.option(
    "--last",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="The newest N events (0: all).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per line.")
def audit(who: str | None, event: str | None, last: int, as_json: bool) -> None:
    """Who signed in, was refused, exported, removed or saw evidence, oldest first."""
    from assistant.accounts.audit import AuditLog, select
    from assistant.core.display import visible

    log = AuditLog(settings_from().audit_path)
    chosen = select(log.entries(), who, Event(event) if event else None, last)
    if not chosen:
        click.echo("Nothing in the audit log yet." if not log.path.exists() else "No events match.")
    for entry in chosen:
        if as_json:
            body = {**asdict(entry), "event": entry.event.value}
            click.echo(json.dumps(body, ensure_ascii=False))
        else:
            click.echo(visible(entry.line()))

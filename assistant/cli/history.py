"""`assistant history`: list, show, export, rename, delete and review status of saved items.

A thin face over assistant/history: the same file the web app saves into. A damaged or locked
history file is a one-line error here; it is never repaired or replaced.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli.common import print_table, settings_from
from assistant.core.text import plural

if TYPE_CHECKING:
    from assistant.history import HistoryStore


def _store() -> HistoryStore:
    from assistant.history import HistoryStore

    return HistoryStore(settings_from().history_path)


@click.group("history")
def history() -> None:
    """Saved conversations (from Ask) and drafts with their versions (from Draft)."""


@history.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per line.")
def list_items(as_json: bool) -> None:
    """Every saved item, the most recent first: id, date, kind, size and first question."""

    path = settings_from().history_path
    items = _store().items() if path.exists() else []  # listing never creates the file
    if not items:
        click.echo("Nothing saved yet. Questions asked and drafts written in the app appear here.")
    if as_json:
        fields = ("id", "kind", "title", "created", "updated", "entries")
        for item in items:
            click.echo(json.dumps({k: getattr(item, k) for k in fields}, ensure_ascii=False))
        return
    if items:
        rows = [
            (
                item.id,
                item.updated[:16].replace("T", " "),
                item.kind,
                plural(item.entries, "exchange" if item.kind == "conversation" else "version"),
                item.title,
            )
            for item in items
        ]
        title = f"Saved: {plural(len(items), 'item')}, the most recent first"
        print_table(title, ("id", "updated", "kind", "size", "first question"), rows)


@history.command()
@click.argument("item_id")
def show(item_id: str) -> None:
    """Print a conversation or the latest version of a draft as Markdown."""
    from assistant.core.display import visible
    from assistant.history.export import markdown

    click.echo(visible(markdown(_store().get(item_id)), keep_newlines=True))


@history.command()
@click.argument("item_id")
@click.argument("out", type=click.Path(path_type=Path))
@click.option(
    "--final",
    is_flag=True,
    help="The version to send: refused unless an approver approved the latest version.",
)
def export(item_id: str, out: Path, final: bool) -> None:
    """Save a conversation or draft as .docx (Word), .md (Markdown) or .txt.

    A draft is marked DRAFT on every page unless its latest version is approved; with --final
    it must be, and the file ends "Approved by … on …"."""
    from assistant.accounts.audit import AuditLog, Event
    from assistant.cli.users import operator
    from assistant.history.accepted import acceptances
    from assistant.history.export import export as write
    from assistant.history.review import Review, approval_for_final, final_approval

    store = _store()
    saved = store.get(item_id)
    approval: Review | None
    if final and saved.item.kind == "draft":
        approval = approval_for_final(store, saved)
    else:
        approval = final_approval(store, saved)
    accepted = tuple(a.line() for a in acceptances(store, saved)) if approval else ()
    from assistant.accounts import UserStore

    team = UserStore(settings_from().users_path).any()  # only a team's drafts say DRAFT
    path = write(saved, out, approval, mark_draft=team, accepted=accepted)
    AuditLog(settings_from().audit_path).record(
        operator(), Event.EXPORT, f"{path.name} ({'final' if approval else 'draft'})"
    )
    marked = team and not approval and saved.item.kind == "draft"
    click.echo(f"Saved {path}" + (" (DRAFT)" if marked else ""))


@history.command()
@click.argument("item_id")
@click.argument("old", type=int)
@click.argument("new", type=int)
def compare(item_id: str, old: int, new: int) -> None:
    """What changed between two versions of a draft, sentence by sentence."""
    from assistant.core.display import visible
    from assistant.history.compare import compare_versions

    click.echo(
        visible(compare_versions(_store().get(item_id), old, new).text(), keep_newlines=True)
    )


@history.command()
@click.argument("item_id")
def status(item_id: str) -> None:
    """A draft's review trail: asked for review, approved or sent back, by whom and when."""
    from assistant.core.display import visible
    from assistant.history.review import current, reviews

    store = _store()
    saved = store.get(item_id)
    trail = reviews(store, saved.item.id)
    for review in trail:
        click.echo(visible(review.line()))
    now = current(store, saved)
    latest = saved.entries[-1].seq if saved.entries else 0
    click.echo(f"Now: {now.status.value if now else 'draft'} (latest version {latest}).")


@history.command()
@click.argument("item_id")
@click.argument("name")
def rename(item_id: str, name: str) -> None:
    """Give a saved item a name of your own."""
    item = _store().rename(item_id, name)
    click.echo(f"Renamed {item.id}: {item.title}")


@history.command()
@click.argument("item_id")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def delete(item_id: str, yes: bool) -> None:
    """Delete a conversation or draft completely (every version; it cannot be undone)."""
    store = _store()
    saved = store.get(item_id)
    if not yes:
        click.confirm(f"Delete '{saved.item.title}' and all its text for good?", abort=True)
    store.delete(saved.item.id)
    from assistant.core.private_files import clear_copies

    clear_copies(settings_from().cache_dir)  # the web app's download files, which may hold it
    click.echo(f"Deleted {saved.item.id}: nothing of it is left in {store.path.name}.")

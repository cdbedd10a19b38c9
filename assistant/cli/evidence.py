"""`assistant evidence ...`: record, list, show, remove and export our own evidence.

A thin face over `assistant.evidence`. Everything stays in the data folder on this computer;
text is shown redacted, with the list of what was masked, so people can check the masking.
"""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli.common import err, print_table, settings_from
from assistant.core.errors import EvidenceError, InputError
from assistant.core.text import plural
from assistant.evidence.model import (
    CONSENT_CHOICES,
    KIND_CHOICES,
    Consent,
    EvidenceItem,
    check_date,
    new_item,
    parse_consent,
)
from assistant.evidence.store import EvidenceStore
from assistant.evidence.use import shown, source_label

_path = click.Path(path_type=Path)
_consent = click.option(
    "--consent",
    type=click.Choice(CONSENT_CHOICES, case_sensitive=False),
    default="none",
    show_default=True,
    help="anonymous: quote without names; named: quote with names; background: never quoted; "
    "none: not recorded yet (kept, never quoted).",
)
_consent_date = click.option("--consent-date", help="When consent was given: YYYY-MM(-DD).")
_tags = click.option("--tag", "tags", multiple=True, help="A topic tag (repeat for more).")


def _store() -> EvidenceStore:
    return EvidenceStore.from_settings(settings_from())


def _masked_lines(item: EvidenceItem) -> list[str]:
    masked = shown(item).masked
    if not masked:
        return ["Nothing was masked."]
    return ["Masked before use:", *(f"  {m.kind.value}: {m.hint}" for m in masked)]


def _consent_note(item: EvidenceItem) -> None:
    if item.consent is Consent.NONE_RECORDED:
        err(
            f"No consent recorded: {item.id} is kept but never quoted until you record it "
            f"(`assistant evidence consent {item.id} --consent anonymous --consent-date ...`)."
        )


@click.group(name="evidence")
def evidence() -> None:
    """Your own evidence: members' experiences, survey findings, past responses, facts.

    Kept on this computer in the data folder, apart from published sources, and redacted
    before any use as its consent requires.
    """


@evidence.command("add")
@click.option(
    "--kind", type=click.Choice(KIND_CHOICES, case_sensitive=False), required=True, help="What."
)
@click.option("--text", help="The words, as given (or use --file).")
@click.option("--file", "file", type=_path, help="A UTF-8 text file holding the words.")
@click.option("--given-by", default="", help='A role, not a name: "member, wheelchair user".')
@click.option("--date", help="When it was given: YYYY, YYYY-MM or YYYY-MM-DD.")
@_consent
@_consent_date
@_tags
def add(
    kind: str,
    text: str | None,
    file: Path | None,
    given_by: str,
    date: str | None,
    consent: str,
    consent_date: str | None,
    tags: tuple[str, ...],
) -> None:
    """Record one item of evidence."""
    if (text is None) == (file is None):
        raise InputError("give the words with --text or --file (one of them)")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(f"{file}: no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{file}: cannot read it as UTF-8 text ({exc})") from None
    item = new_item(
        kind,
        text or "",
        given_by=given_by,
        date=date,
        consent=consent,
        consent_date=consent_date,
        tags=list(tags),
    )
    _store().add(item)
    click.echo(f"Added {item.id}: {source_label(item)}.")
    for line in _masked_lines(item):
        click.echo(line)
    _consent_note(item)


@evidence.command("add-survey")
@click.argument("csv_file", type=_path)
@click.option(
    "--given-by", default="members who answered our survey", show_default=True, help="Who."
)
@_consent
@_consent_date
@_tags
def add_survey(
    csv_file: Path, given_by: str, consent: str, consent_date: str | None, tags: tuple[str, ...]
) -> None:
    """Record survey findings from a CSV with columns finding, count, base, date (and tags)."""
    from assistant.evidence.survey import read_survey

    items = read_survey(
        csv_file,
        consent=parse_consent(consent),
        consent_date=check_date(consent_date, "consent date"),
        given_by=given_by,
        tags=tags,
    )
    _store().add(*items)
    for item in items:
        click.echo(f"Added {item.id}: {item.figure}: {shown(item).text}")
    click.echo(f"{len(items)} survey findings added.")
    if items and items[0].consent is Consent.NONE_RECORDED:
        err("No consent recorded: these findings are kept but never quoted until you record it.")


@evidence.command("import-response")
@click.argument("file", type=_path)
@click.option("--consultation", required=True, help="The consultation it answered (its name).")
@click.option("--date", help="When the response was sent: YYYY, YYYY-MM or YYYY-MM-DD.")
@_consent
@_consent_date
@_tags
def import_response(
    file: Path,
    consultation: str,
    date: str | None,
    consent: str,
    consent_date: str | None,
    tags: tuple[str, ...],
) -> None:
    """Record a response you already sent (DOCX, PDF or Markdown): one item per answer."""
    from assistant.evidence.past import items_from_response

    items = items_from_response(
        file,
        consultation,
        consent=parse_consent(consent),
        consent_date=check_date(consent_date, "consent date"),
        date=check_date(date),
        tags=tags,
    )
    _store().add(*items)
    for item in items:
        click.echo(f"Added {item.id}: {item.question}")
    count = plural(len(items), "answer")
    click.echo(f"{count} from {file.name} added as past responses to {items[0].consultation}.")
    if items and items[0].consent is Consent.NONE_RECORDED:
        err("No consent recorded: these answers are kept but never quoted until you record it.")


@evidence.command("list")
def list_items() -> None:
    """Every item: id, kind, date, consent and the start of its (redacted) text."""
    items = _store().items()
    if not items:
        click.echo("No evidence recorded yet (see `assistant evidence add --help`).")
        return
    rows = []
    for item in items:
        text = shown(item).text.replace("\n", " ")
        start = text if len(text) <= 60 else text[:59] + "…"
        tags = f" [{', '.join(item.tags)}]" if item.tags else ""
        rows.append((item.id, item.kind.value, item.date or "-", item.consent.value, start + tags))
    print_table(
        f"Our evidence: {plural(len(items), 'item')}",
        ("id", "kind", "date", "consent", "text (redacted)"),
        rows,
    )


@evidence.command("show")
@click.argument("item_id")
def show(item_id: str) -> None:
    """One item: its details, its redacted text and what was masked."""
    item = _store().get(item_id)
    redacted = shown(item)
    click.echo(f"{item.id}: {source_label(item)}")
    click.echo(f"Given by: {item.given_by or '-'}   Date: {item.date or '-'}")
    click.echo(f"Consent: {item.consent.value} (given {item.consent_date or 'date not recorded'})")
    click.echo("May be quoted in drafts." if item.quotable else "Never quoted (background only).")
    if item.tags:
        click.echo(f"Tags: {', '.join(item.tags)}")
    if item.consultation:
        click.echo(f"Answer to: {item.consultation}, {item.question or 'question not recorded'}")
    click.echo("")
    click.echo(redacted.text)
    click.echo("")
    for line in _masked_lines(item):
        click.echo(line)


@evidence.command("consent")
@click.argument("item_id")
@_consent
@_consent_date
def set_consent(item_id: str, consent: str, consent_date: str | None) -> None:
    """Record (or change) the consent for one item."""
    item = _store().set_consent(
        item_id, parse_consent(consent), check_date(consent_date, "consent date")
    )
    click.echo(f"{item.id}: {source_label(item)}.")
    _consent_note(item)


@evidence.command("remove")
@click.argument("item_id")
@click.option("--yes", is_flag=True, help="Do not ask to confirm.")
def remove(item_id: str, yes: bool) -> None:
    """Remove one item completely (it cannot be brought back)."""
    store = _store()
    item = store.get(item_id)
    if not yes:
        click.confirm(f"Remove {item.id} ({source_label(item)}) for good?", abort=True)
    from assistant.history.evidence_removal import remove_item

    _, problem = remove_item(settings_from(), item.id)
    click.echo(f"Removed {item.id}; nothing of it is kept, and saved drafts that cited it drop it.")
    if problem:
        err(problem)


@evidence.command("export")
@click.argument("file", type=_path)
@click.option("--full", is_flag=True, help="Keep the original words too (a complete backup).")
def export(file: Path, full: bool) -> None:
    """Write every item to FILE (JSON). The file contains personal data: keep it safe."""
    from assistant.evidence.export import WARNING, export_items

    items = _store().items()
    if not items:
        raise EvidenceError("there is no evidence to export yet")
    count = export_items(items, file, full=full)
    err(f"Warning: {WARNING}")
    what = "with the original words" if full else "redacted as each consent requires"
    from assistant.accounts.audit import AuditLog, Event
    from assistant.cli.users import operator

    detail = f"our evidence: {plural(count, 'item')} to {Path(file).name} ({what})"
    AuditLog(settings_from().audit_path).record(operator(), Event.EXPORT, detail)
    click.echo(f"Exported {count} items to {file} ({what}).")


@evidence.command("search")
@click.argument("question")
@click.option("--k", type=click.IntRange(1, 20), default=3, show_default=True, help="How many.")
def search(question: str, k: int) -> None:
    """The items a draft answering QUESTION would draw on (quoted, or background only)."""
    from assistant.evidence.index import EvidenceIndex
    from assistant.library.embeddings import BundledEmbeddings

    settings = settings_from()
    if not question.strip():
        raise InputError("the question is empty")
    index = EvidenceIndex(
        EvidenceStore.from_settings(settings),
        BundledEmbeddings(batch_size=settings.embed_batch_size),
    )
    found = index.search(question, k=k, min_score=settings.min_relevance)
    if found.empty:
        click.echo("No quotable evidence of your own on this question: worth gathering some.")
    for evidence in found.as_evidence(first_n=1):
        click.echo(f"[{evidence.n}] {evidence.title}: {evidence.quote}")
    for hit in found.background:
        click.echo(f"(background, never quoted) {hit.item.id}: {source_label(hit.item)}")

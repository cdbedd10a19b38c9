"""Shared pieces of the CLI: settings from flags, messages on stderr, progress bars."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from assistant.settings import Settings


def settings_from(**overrides: Any) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def err(message: str) -> None:
    """A message on stderr; control characters from file names are shown, not acted on."""
    from assistant.core.display import visible

    click.echo(visible(message, keep_newlines=True), err=True)


@contextmanager
def progress(label: str) -> Iterator[Any]:
    """A progress bar on stderr (quiet when stderr is not a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[item]}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=None, item="")

        def update(item: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, item=item)

        yield update


def print_table(
    title: str, columns: Sequence[str], rows: Iterable[Sequence[str]], keep: int = 1
) -> None:
    """A list as aligned columns under a header (rich): no box lines, which a screen reader
    would read out character by character, and the first `keep` columns (ids, names people
    copy into the next command) never wrapped. Cells are shown as written, control characters
    made visible and "[brackets]" kept (no markup)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from assistant.core.display import visible

    table = Table(title=title, title_justify="left", box=None, show_edge=False)
    for index, column in enumerate(columns):
        table.add_column(column, no_wrap=index < keep, overflow="fold")
    for row in rows:
        table.add_row(*(Text(visible(cell)) for cell in row))
    Console(width=max(100, Console().width)).print(table)

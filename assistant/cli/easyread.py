"""`assistant easyread FILE|--history ID --out response-easyread.docx`: an Easy Read version of
a draft or whole response, for the members a DPULO speaks for (assistant/easyread/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli.check import _read
from assistant.cli.common import settings_from
from assistant.core.errors import InputError
from assistant.settings import GENERATORS

if TYPE_CHECKING:
    from assistant.easyread.model import EasyRead


@click.command("easyread")
@click.argument("file", type=click.Path(path_type=Path), required=False)
@click.option("--history", "item_id", help="A saved draft or conversation (see `history list`).")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("response-easyread.docx"),
    show_default=True,
    help="The Word file to write (.docx).",
)
@click.option("--json", "as_json", is_flag=True, help="Print each sentence and its link as JSON.")
@click.option(
    "--generator",
    type=click.Choice(GENERATORS),
    help="local (default: the bundled model checks each sentence's meaning and shortens what "
    "the rules cannot), extractive (the rules alone: instant, not checked for meaning), ollama "
    "or openai.",
)
def easyread(
    file: Path | None, item_id: str | None, out: Path, as_json: bool, generator: str | None
) -> None:
    """Make a draft Easy Read version of a response: short sentences, each from one sentence of
    the response and checked for meaning, in a Word file with space for pictures."""
    from assistant.easyread.choose import maker_from_settings
    from assistant.easyread.word_file import easy_read_docx

    if (file is None) == (item_id is None):
        raise InputError("give a response file or --history ID (one of them)")
    if out.suffix.lower() != ".docx":
        raise InputError(f"{out}: an Easy Read version is written as Word; use a name ending .docx")
    text = _history_text(item_id) if item_id else _read(Path(str(file)), "the response file")
    if not text.strip():
        raise InputError("the response is empty: there is nothing to make Easy Read")
    settings = settings_from(generator=generator)
    easy = maker_from_settings(settings, generator).make(text)
    path = easy_read_docx(easy, out)
    if as_json:
        click.echo(json.dumps(_as_json(easy, path), ensure_ascii=False, indent=2))
        return
    for notice in easy.notices:
        click.echo(f"Note: {notice}")
    sentences = easy.sentences
    marked = [s for s in sentences if s.to_check]
    click.echo(
        f"Saved {path}: {len(sentences)} Easy Read sentences from {len(easy.sources)} response "
        f"sentences; {len(marked)} marked for a person to check. Check it with people who use "
        "Easy Read before you share it."
    )


def _history_text(item_id: str) -> str:
    from assistant.history import HistoryStore
    from assistant.history.export import markdown

    return markdown(HistoryStore(settings_from().history_path).get(item_id))


def _as_json(easy: EasyRead, path: Path) -> dict[str, object]:
    return {
        "file": str(path),
        "notices": list(easy.notices),
        "sentences": [
            {
                "text": s.text,
                "source": s.source.index,
                "source_text": s.source.text,
                "heading": s.source.heading,
                "words": s.words,
                "verbs": s.verbs,
                "by": s.by,
                "faithful": s.faithful,
                "meaning": s.meaning,
                "to_check": list(s.to_check),
            }
            for s in easy.sentences
        ],
        "hard_words": [{"word": h.word, "meaning": h.meaning} for h in easy.hard_words],
        "changed_words": [{"word": h.word, "written_as": h.meaning} for h in easy.changed],
        "lost": [{"sentence": x.source, "kind": x.kind, "what": x.what} for x in easy.lost],
    }

"""The one parser from Markdown to the typed text: older saved drafts (Markdown only) still open,
and every bundled draft reads back to exactly the Markdown it came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.history_support import grounded

from assistant.answering.asking import MANIPULATED, not_covered, refusal
from assistant.core.written_markdown import read_markdown
from assistant.core.written_text import Form, SectionKind
from assistant.history import codec
from assistant.history.export import as_one
from assistant.history.store import Entry, Item, Saved

ROOT = Path(__file__).resolve().parents[2]


def _draft_bodies() -> list[tuple[str, str]]:
    """The answer of each bundled Easy Read draft (an exported draft: the text between its
    question line and its sources)."""
    found = []
    for path in sorted((ROOT / "evals/easyread").glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        body = text.split("**Question:**", 1)[1].split("\n", 1)[1]
        found.append((path.stem, body.split("\n## Sources", 1)[0].strip()))
    return found


def _labelled_answers() -> list[tuple[str, str]]:
    rows = []
    for path in sorted((ROOT / "evals/howread").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows.append((row["id"], row["answer"]))
    return rows


OUTLINE = not_covered("Do you agree that grants should rise?", ["Universal Credit"], "agree", ["x"])
WRITTEN = [
    *_draft_bodies(),
    *_labelled_answers(),
    ("outline", OUTLINE),
    ("manipulated", MANIPULATED),
    ("refusal", refusal(["grants"], ["Universal Credit"])),
]


def test_the_fixtures_are_there() -> None:
    assert len(_draft_bodies()) >= 10 and len(_labelled_answers()) >= 100


@pytest.mark.parametrize(("name", "text"), WRITTEN, ids=[name for name, _ in WRITTEN])
def test_every_bundled_text_reads_back_to_its_own_markdown(name: str, text: str) -> None:
    written = read_markdown(text)
    assert written.markdown() == text
    assert written.sentences  # nothing is lost on the way
    assert len({s.id for s in written.sentences}) == len(written.sentences)


def test_blocks_and_kinds_come_from_the_markdown() -> None:
    written = read_markdown(OUTLINE)
    forms = [s.form for s in written.sections]
    assert forms[0] == Form.HEADING and Form.BULLET in forms
    assert {s.kind for s in written.sections} == {SectionKind.NOTICE}
    quotes = read_markdown(
        "## Our position\n\nWe agree.\n\n## Our reasons\n\n### Funding\n\n- “Grants fell.” [1]\n\n"
        "## What we recommend\n\n- “Ring-fence it.” [2]\n\n## Sources\n\n[1] A source."
    )
    kinds = [(s.form, s.kind) for s in quotes.sections]
    assert kinds[1] == (Form.PARAGRAPH, SectionKind.POSITION)
    assert kinds[4] == (Form.BULLET, SectionKind.REASON)  # under "### Funding", still a reason
    assert kinds[6] == (Form.BULLET, SectionKind.RECOMMENDATION)
    assert kinds[-1] == (Form.PARAGRAPH, SectionKind.TEXT)  # an unknown heading ends the section


def test_lines_of_a_paragraph_join_and_an_indented_line_continues_a_list_item() -> None:
    text = "First line\nsecond line.\n\n1. An item\n   that goes on.\n---\n> Quoted."
    written = read_markdown(text)
    assert [s.text for s in written.sections] == [
        "First line second line.",
        "An item that goes on.",
        "Quoted.",
    ]
    assert written.sections[1].form == Form.NUMBER and written.sections[1].number == "1"


def test_a_draft_saved_before_the_typed_text_opens_with_it() -> None:
    text = _draft_bodies()[0][1]
    data = json.loads(codec.dumps(grounded("Q?", text, task="draft")))
    data.pop("written")  # as every row saved by an earlier version
    result = codec.loads(json.dumps(data))
    assert result.text == text
    assert [s.text for s in result.written.sentences] == [
        s.text for s in read_markdown(text).sentences
    ]
    assert result.written.markdown() == text
    assert result.written.citations


def test_a_saved_conversation_exports_as_one_text_numbered_on() -> None:
    first = grounded("What was the fund?", "It paid £2,000 [1]. It closed in 2019 [2].")
    second = grounded("Who ran it?", "The council ran it [1][2].")
    when = "2026-01-01T00:00:00"
    entries = tuple(Entry("c1", n, when, "asked", r) for n, r in enumerate((first, second), 1))
    saved = Saved(Item("c1", "conversation", "", when, when, 2), entries)
    whole = as_one(saved)
    assert whole.text == (
        "## What was the fund?\n\nIt paid £2,000 [1]. It closed in 2019 [2].\n\n"
        "## Who ran it?\n\nThe council ran it [3][4]."
    )
    assert whole.written.markdown() == whole.text
    assert whole.findings[-1].sentence == "The council ran it [3][4]."


def test_two_versions_are_compared_by_their_typed_sentences() -> None:
    from assistant.history.compare import Change, compare_texts

    old = read_markdown("## Our reasons\n\nFunding fell [1]. Councils cut it [2].")
    new = read_markdown("## Our reasons\n\n- Funding fell [1].\n- Ramps help [2].")
    changes, same = compare_texts(old, new)
    assert same == 2  # the heading, and a sentence moved into a list item, are unchanged
    assert changes == (
        Change("removed", "Councils cut it [2]."),
        Change("added", "Ramps help [2]."),
    )

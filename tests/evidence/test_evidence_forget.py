"""Removing an item reaches every copy: the store, the vectors, and drafts that cited it (their
evidence, the sentences built on it alone, their [n]), which are marked to be read again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.support.fixtures import CorpusStore

from assistant.answering.chains import Assistant
from assistant.core.result_facts import DraftFacts, Stance
from assistant.core.schema import Evidence, Finding, GroundedText, Verification
from assistant.core.written_text import WrittenText
from assistant.evidence import forget
from assistant.evidence.model import new_item
from assistant.evidence.store import EvidenceStore
from assistant.history.evidence_removal import remove_item

STORY = (
    "Our members told us that not-for-profit providers of public services listened to them "
    "and reserved contracts kept services run by disabled people's organisations going."
)
QUESTION = (
    "Do you agree that some public service contracts should be reserved for not-for-profit "
    "providers? Please give reasons."
)


def evidence(n: int, evidence_id: str, quote: str) -> Evidence:
    doc = evidence_id.split(":", 1)[0]
    return Evidence(n, evidence_id, doc, "A source", "", "", "", quote)


def draft_citing(item_id: str) -> GroundedText:
    text = (
        "## Our position\n\nWe agree with this proposal.\n\n## Our reasons\n\n"
        "- Members say buses fail them [2].\n- Ramps help [1][2].\n- Paths help [1, 2]."
    )
    findings = (
        Finding("Members say buses fail them [2].", "low support", "low-support", (2,)),
        Finding("Paths help [1, 2].", "check it", "low-support", (1,)),
    )
    return GroundedText(
        task="draft",
        question="Should buses have ramps?",
        query="buses ramps",
        text=text,
        evidence=(
            evidence(1, "guide:1", "Ramps help."),
            evidence(2, f"our-evidence:{item_id}", "Members say buses fail them."),
        ),
        verification=Verification((), findings),
        generator="extractive",
        draft=DraftFacts(Stance.AGREE, 300, 20, False),
    )


def test_a_draft_drops_a_removed_item_and_the_sentences_resting_on_it_alone() -> None:
    result = forget.forget_in_draft(draft_citing("ev-12345678"), {"ev-12345678"})
    assert "Members say buses fail them" not in result.text
    assert "- Ramps help [1]." in result.text and "- Paths help [1]." in result.text
    assert [e.n for e in result.evidence] == [1]
    assert result.recheck is True
    rules = [f.rule for f in result.findings]
    assert rules == ["low-support", forget.RULE]  # the finding on the removed [2] is gone
    assert "Evidence [2] was removed" in result.findings[-1].problem


def test_a_draft_citing_other_items_is_left_as_it_was() -> None:
    draft = draft_citing("ev-12345678")
    assert forget.forget_in_draft(draft, {"ev-87654321"}) is draft
    assert forget.still_held(draft, {"ev-12345678"}) is draft
    assert forget.still_held(draft, set()).evidence == draft.evidence[:1]


def test_removing_an_item_rewrites_saved_drafts_leaving_no_trace_in_the_history_file(
    tmp_path: Path,
) -> None:
    from assistant.history.store import HistoryStore
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path / "data")
    store = EvidenceStore.from_settings(settings)
    (item,) = store.add(new_item("fact", "Members say buses fail them."))
    other = draft_citing("ev-87654321")  # cites an item that is not being removed
    history = HistoryStore(settings.history_path)
    saved = history.add("draft", None, draft_citing(item.id), "written")
    kept = history.add("draft", None, other, "written")
    history.close()
    assert b"buses fail them" in settings.history_path.read_bytes()

    removed, problem = remove_item(settings, item.id)
    assert removed.id == item.id and problem == ""
    assert store.items() == []
    data = settings.history_path.read_bytes()
    assert item.id.encode() not in data
    history = HistoryStore(settings.history_path)
    after = history.get(saved.item_id).latest
    assert after is not None and "buses fail them" not in after.text
    assert any(f.rule == forget.RULE for f in after.findings)
    assert history.get(kept.item_id).latest == other  # a draft not citing it is untouched
    history.close()


def test_a_damaged_history_file_does_not_stop_a_removal(tmp_path: Path) -> None:
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path / "data")
    store = EvidenceStore.from_settings(settings)
    (item,) = store.add(new_item("fact", "We run a weekly drop-in."))
    settings.history_path.write_bytes(b"not a database at all" * 100)
    removed, problem = remove_item(settings, item.id)
    assert removed.id == item.id and store.items() == []
    assert "Saved drafts could not be updated" in problem
    assert settings.history_path.read_bytes() == b"not a database at all" * 100


@pytest.mark.slow  # the bundled model embeds the item and the corpus
def test_removal_leaves_no_trace_in_the_store_the_vectors_or_an_open_draft(
    corpus: CorpusStore, tmp_path: Path
) -> None:
    from assistant.ui import draft_tab
    from assistant.ui.services import Services

    own = corpus.settings.model_copy(update={"data_dir": tmp_path / "ours"})
    store = EvidenceStore.from_settings(own)
    (item,) = store.add(new_item("member-experience", STORY, consent="anonymous"))
    result = Assistant(own, store=corpus.store).draft(QUESTION, stance="agree", words=300)
    ours = [e for e in result.evidence if e.id == f"our-evidence:{item.id}"]
    assert ours and f"[{ours[0].n}]" in result.text  # the draft cites the member's words
    folder = own.data_dir / "evidence"
    traces = [
        text.encode(encoding)  # NumPy keeps the ids as UTF-32 in the vectors file
        for text in (item.id, "reserved contracts kept services")
        for encoding in ("utf-8", "utf-32-le")
    ]
    assert any(t in (folder / "vectors.npz").read_bytes() for t in traces)

    remove_item(own, item.id)
    for path in own.data_dir.rglob("*"):
        if path.is_file():
            assert not [t for t in traces if t in path.read_bytes()], path

    services = Services(own)
    services.store = corpus.store  # the library the draft came from
    outputs = draft_tab.recheck(services, result.text, result)  # the Draft tab's open draft
    rechecked: GroundedText = outputs[-1]
    assert not [e for e in rechecked.evidence if e.doc_id == "our-evidence"]
    assert "reserved contracts kept services" not in rechecked.text
    assert f"[{ours[0].n}]" not in rechecked.text
    assert any(f.rule == forget.RULE for f in rechecked.findings)
    assert "reserved contracts kept services" not in "".join(outputs[:4])  # nor on the page


def test_a_sentence_is_taken_out_by_its_identity_not_by_its_words() -> None:
    """The same words resting on the removed item in one place and on a published source in
    another: only the sentence that rested on the item goes (searching the text for the words
    took both, or a piece of a longer sentence), and no empty list item is left behind."""
    text = (
        "Buses fail disabled people [2]. A member wrote “Buses fail disabled people [2].” to "
        "the council [1].\n\n- Members say so [2].\n- Ramps help [1]."
    )
    result = replace(draft_citing("ev-12345678"), text=text, written=WrittenText())
    gone_id = result.written.sentences[0].id
    kept = forget.forget_in_draft(result, {"ev-12345678"})
    assert kept.text == (
        "A member wrote “Buses fail disabled people .” to the council [1].\n\n- Ramps help [1]."
    )
    assert gone_id not in {s.id for s in kept.written.sentences}
    assert [s.id for s in kept.written.sentences] == ["s2", "s4"]  # the others keep their names
    assert kept.written.markdown() == kept.text

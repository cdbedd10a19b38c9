"""`Assistant.recheck`: an edited draft is checked against its evidence with the settings'
threshold (`min_support`), as the draft itself was; the Draft tab and any other face call it.

A real Chroma store in a temp folder, the fake embeddings and the quotes-only writer (fast).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import make_settings, paragraph, write_markdown

from assistant.answering.chains import Assistant
from assistant.answering.extractive import words_in
from assistant.core.errors import InputError
from assistant.core.schema import GroundedText
from assistant.library.ingest import ingest
from assistant.library.store import Store

QUESTION = "Should accessible buses and community transport be improved?"


def assistant(tmp_path: Path, embeddings: HashEmbeddings, min_support: float) -> Assistant:
    # The fake vectors carry no meaning, so the relevance gate is opened; support is compared.
    settings = make_settings(tmp_path / "data", min_relevance=-1.0, min_support=min_support)
    return Assistant(settings, store=Store(settings, embeddings=embeddings))


@pytest.fixture
def drafted(tmp_path: Path, fake_embeddings: HashEmbeddings) -> GroundedText:
    source = write_markdown(
        tmp_path / "docs" / "transport.md",
        "transport",
        "Getting about",
        {"Buses": [paragraph("transport", 120)], "Homes": [paragraph("housing", 120)]},
    )
    lenient = assistant(tmp_path, fake_embeddings, min_support=0.0)
    ingest([source], lenient.settings, lenient.store)
    result = lenient.draft(QUESTION, stance="agree", words=200)
    assert not result.refused and result.evidence
    return result


def low_support(result: GroundedText) -> list[str]:
    return [f.sentence for f in result.findings if f.rule == "low-support"]


def test_an_edit_is_checked_with_the_settings_threshold(
    tmp_path: Path, fake_embeddings: HashEmbeddings, drafted: GroundedText
) -> None:
    edited = drafted.text + " Buses will be free for every resident from next April [1]."
    lenient = assistant(tmp_path, fake_embeddings, min_support=0.0).recheck(drafted, edited)
    strict = assistant(tmp_path, fake_embeddings, min_support=1.0).recheck(drafted, edited)
    assert lenient.text == strict.text == edited
    assert lenient.evidence == strict.evidence == drafted.evidence
    assert low_support(lenient) == []
    assert any("free for every resident" in s for s in low_support(strict))


def test_an_edit_updates_the_word_count_and_keeps_the_rest(
    tmp_path: Path, fake_embeddings: HashEmbeddings, drafted: GroundedText
) -> None:
    edited = " ".join(drafted.text.split()[:40])
    result = assistant(tmp_path, fake_embeddings, min_support=0.0).recheck(drafted, edited)
    assert result.draft is not None and drafted.draft is not None
    assert result.draft.words == words_in(edited) < drafted.draft.words
    assert result.draft.over_limit is False
    assert (result.task, result.question, result.draft.stance) == ("draft", QUESTION, "agree")


def test_an_empty_edit_is_an_input_error(
    tmp_path: Path, fake_embeddings: HashEmbeddings, drafted: GroundedText
) -> None:
    with pytest.raises(InputError, match="empty"):
        assistant(tmp_path, fake_embeddings, min_support=0.0).recheck(drafted, " \n ")


def test_the_draft_tab_checks_edits_through_the_assistant(
    tmp_path: Path, fake_embeddings: HashEmbeddings, drafted: GroundedText
) -> None:
    pytest.importorskip("gradio")
    from assistant.ui import draft_tab
    from assistant.ui.services import Services

    strict = assistant(tmp_path, fake_embeddings, min_support=1.0)
    services = Services(strict.settings)
    services.store = strict.store
    edited = drafted.text + " Buses will be free for every resident from next April [1]."
    outputs = draft_tab.recheck(services, edited, drafted)
    checked = outputs[-1]  # the page's state: the checked draft behind the downloads
    assert isinstance(checked, GroundedText) and checked.text == edited
    assert any("free for every resident" in s for s in low_support(checked))
    assert f"{len(checked.findings)} check(s) flagged" in outputs[4]

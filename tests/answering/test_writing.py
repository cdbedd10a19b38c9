"""The plan-write-check loop with a fake model: whatever the model writes, what reaches the
reader is cited by code, checked, and repaired or replaced when it fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.fixtures import CorpusStore
from tests.support.helpers import FakeTextModel, echo_evidence, evidence_in

from assistant.answering.chains import Assistant
from assistant.answering.extractive import words_in
from assistant.answering.writing.base import DraftRequest
from assistant.answering.writing.model_writer import ModelWriter
from assistant.answering.writing.question_kind import question_kind
from assistant.checks.claims import citations_in
from assistant.core.errors import GenerationTimeout, ModelError
from assistant.core.schema import Evidence
from assistant.core.text import split_sentences
from assistant.evidence.drafting import NONE_FOUND
from assistant.evidence.model import new_item
from assistant.evidence.store import EvidenceStore
from assistant.llm.prompts import load_all

QUESTION = (
    "Do you agree that some public service contracts should be reserved for not-for-profit "
    "providers? Please give reasons."
)
CHAT = "What was the Facilitation Fund and how much could a group get?"


def writer_over(corpus: CorpusStore, *replies) -> tuple[Assistant, FakeTextModel]:
    model = FakeTextModel(list(replies))
    return Assistant(corpus.settings, store=corpus.store, generator="local", model=model), model


def test_a_faithful_model_gives_cited_prose_with_no_repairs(corpus: CorpusStore) -> None:
    assistant, model = writer_over(corpus, echo_evidence)
    result = assistant.draft(QUESTION, stance="agree", words=300)
    assert result.generator == "local"
    assert result.text.startswith("We agree that some public service contracts should be reserved")
    body = [s for s in split_sentences(result.text) if citations_in(s)]
    assert len(body) >= 2, result.text
    assert not [f for f in result.findings if f.rule.startswith("repaired")], result.findings
    assert result.verification.ok, result.findings
    assert "“" not in result.text  # prose, not quotations
    assert len(model.received) >= 2  # one short prompt per part
    assert all(len(evidence_in(p)) <= 3 for p in model.prompts)


def test_model_citations_are_replaced_by_the_codes(corpus: CorpusStore) -> None:
    assistant, _ = writer_over(corpus, lambda p: f"{evidence_in(p)[0]} [9] [42]")
    result = assistant.ask(CHAT)
    numbers = {e.n for e in result.evidence}
    cited = {n for s in split_sentences(result.text) for n in citations_in(s)}
    assert cited and cited <= numbers
    assert "[42]" not in result.text
    assert not [f for f in result.findings if f.rule == "unknown-citation"]


@pytest.mark.parametrize(
    ("invention", "needle"),
    [
        ("In 2019 the scheme cost £7 million and helped 4,000 groups.", "£7 million"),
        ("Read more at http://evil.example/claim today.", "evil.example"),
        ("The council is corrupt and cannot be trusted with any money at all.", "corrupt"),
    ],
)
def test_an_invented_sentence_is_repaired_or_replaced_and_shown(
    corpus: CorpusStore, invention: str, needle: str
) -> None:
    # First reply per part adds the invention; the one rewrite attempt repeats it.
    assistant, _ = writer_over(corpus, lambda p: f"{evidence_in(p)[0]} {invention}")
    result = assistant.draft(QUESTION, stance="agree", words=300)
    assert needle not in result.text
    repaired = [f for f in result.findings if f.rule.startswith("repaired")]
    assert repaired, "the failed sentence must be reported, not dropped silently"
    assert all(f.sentence in result.text for f in repaired)
    assert result.repairs is not None
    assert result.repairs.quoted + result.repairs.rewritten >= 1


def test_a_failed_sentence_is_written_again_once(corpus: CorpusStore) -> None:
    first = "Our members have always said that every council is corrupt."
    # Reply 1: an unsupported sentence. Reply 2 (the rewrite): a faithful one. Then faithful.
    assistant, model = writer_over(corpus, first, echo_evidence)
    result = assistant.ask(CHAT)
    assert "corrupt" not in result.text
    rewritten = [f for f in result.findings if f.rule == "repaired-rewritten"]
    assert len(rewritten) == 1
    assert "Write the sentence again" in model.prompts[1]


def test_a_long_winded_model_is_kept_to_the_word_limit(corpus: CorpusStore) -> None:
    def ramble(prompt: str) -> str:
        return " ".join([evidence_in(prompt)[0]] * 12)

    assistant, _ = writer_over(corpus, ramble)
    result = assistant.draft(QUESTION, stance="agree", words=120)
    assert words_in(result.text) <= 120
    assert result.draft is not None and not result.draft.over_limit


def test_markdown_and_openers_from_the_model_are_tidied(corpus: CorpusStore) -> None:
    def chatty(prompt: str) -> str:
        return f"## Answer\n\n- The source states that {evidence_in(prompt)[0]}"

    assistant, _ = writer_over(corpus, chatty)
    result = assistant.ask(CHAT)
    assert "#" not in result.text and "source states" not in result.text.lower()
    assert not result.text.lstrip().startswith("-")


def test_events_give_the_quick_quotes_first_then_the_writing(corpus: CorpusStore) -> None:
    assistant, _ = writer_over(corpus, echo_evidence)
    events: list[tuple[str, str]] = []
    result = assistant.ask(CHAT, on_event=lambda kind, text: events.append((kind, text)))
    kinds = [k for k, _ in events]
    assert kinds[0] == "quick" and "“" in events[0][1]
    assert kinds.count("text") >= 2
    assert result.text and result.text != events[0][1]


def test_a_model_that_cannot_load_falls_back_to_quotes_with_a_notice(
    corpus: CorpusStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(name: str, settings: object) -> None:
        raise ModelError("the model file is truncated; run `make install`")

    monkeypatch.setattr("assistant.llm.generation.get_text_model", broken)
    assistant = Assistant(corpus.settings, store=corpus.store, generator="local")
    result = assistant.ask(CHAT)
    assert result.generator == "extractive"
    assert "truncated" in result.notices[0]
    assert "“" in result.text


def test_the_word_limit_is_checked_once_when_the_request_is_made() -> None:
    with pytest.raises(ValueError, match="between 50 and 5,000"):
        DraftRequest(question="q?", evidence=(), opening=(), word_limit=20)


def test_a_model_too_slow_to_finish_leaves_quotations_not_a_failure(corpus: CorpusStore) -> None:
    def too_slow(prompt: str) -> str:
        raise GenerationTimeout("the bundled Qwen2.5 model did not answer within 300 s; …")

    assistant, model = writer_over(corpus, too_slow)
    result = assistant.draft(QUESTION, stance="agree", words=300)
    assert len(model.received) == 1  # after one timeout the rest is quoted without waiting
    quoted = [f for f in result.findings if f.rule == "repaired-quoted"]
    assert quoted and "did not answer within 300 s" in quoted[0].problem
    assert "“" in result.text and result.text.startswith("We agree that")


def test_a_quotes_only_draft_never_asks_the_model(corpus: CorpusStore) -> None:
    assistant, model = writer_over(corpus, echo_evidence)
    result = assistant.draft(QUESTION, stance="agree", words=60, quotes_only=True)
    assert model.received == [] and "“" in result.text


def test_our_members_evidence_is_cited_in_a_draft_and_its_absence_is_said(
    corpus: CorpusStore, tmp_path: Path
) -> None:
    own = corpus.settings.model_copy(update={"data_dir": tmp_path / "ours"})
    model = FakeTextModel([echo_evidence])
    assistant = Assistant(own, store=corpus.store, generator="local", model=model)
    without = assistant.draft(QUESTION, stance="agree", words=300)
    assert NONE_FOUND in without.notices

    story = (
        "Our members told us that not-for-profit providers of public services listened to them "
        "and reserved contracts kept services run by disabled people's organisations going."
    )
    EvidenceStore.from_settings(own).add(
        new_item("member-experience", story, consent="anonymous", consent_date="2026-03")
    )
    result = assistant.draft(QUESTION, stance="agree", words=300)
    ours = [e for e in result.evidence if e.doc_id == "our-evidence"]
    assert ours and "member experience" in ours[0].title
    assert NONE_FOUND not in result.notices
    assert any(ours[0].quote[:40] in p for p in model.prompts)  # planned like any source
    assert f"[{ours[0].n}]" in result.text


def test_the_model_is_not_shown_a_question_year_its_evidence_lacks(corpus: CorpusStore) -> None:
    """Given one, the bundled model copies it into every sentence and the checks refuse it."""
    assistant, model = writer_over(corpus, echo_evidence)
    assistant.ask("What was the Facilitation Fund in 1987 and how much could a group get?")
    assert model.prompts
    for prompt in model.prompts:
        if "1987" not in "\n".join(evidence_in(prompt)):
            assert "1987" not in prompt, prompt
            assert "What was the Facilitation Fund and how much could a group get?" in prompt


def test_a_rewrite_that_repeats_a_sentence_is_not_shown_twice(corpus: CorpusStore) -> None:
    def invent_then_echo(prompt: str) -> str:
        if "Write the sentence again" in prompt:
            return evidence_in(prompt)[0]  # the rewrite says what the next sentence says
        return f"Every council in England is corrupt and lazy. {evidence_in(prompt)[0]}"

    assistant, _ = writer_over(corpus, invent_then_echo)
    result = assistant.draft(QUESTION, stance="agree", words=300)
    assert "corrupt" not in result.text
    body = [s for s in split_sentences(result.text) if citations_in(s)]
    assert body and len(body) == len(set(body)), result.text


def test_a_sentence_two_parts_both_write_is_shown_once() -> None:
    """Two passages share a sentence (the corpus repeats "a vital role …"); a part written from
    each says it, and the draft shows it once."""
    shared = "User-led organisations play a vital role in providing important services."
    evidence = tuple(
        Evidence(n, f"c{n}", f"doc{n}", f"Doc {n}", "briefing note", "", "1", f"{shared} {extra}")
        for n, extra in ((1, "Councils buy many services."), (2, "Grants pay for advice work."))
    )
    writer = ModelWriter(FakeTextModel([shared]), HashEmbeddings(), load_all())
    request = DraftRequest(
        "Do user-led organisations play a vital role in services?", evidence, opening=()
    )
    text = writer.draft(request).text
    assert text.count("vital role") == 1, text


ROADS = "Councils should repair local roads before the winter begins each year."
BUSES = "Councils should fund rural bus routes that older residents depend on."


def _open_draft(brief: str, question: str = "How should councils spend their transport money?"):
    evidence = tuple(
        Evidence(n, f"c{n}", f"doc{n}", f"Doc {n}", "briefing note", "", "1", text)
        for n, text in ((1, ROADS), (2, BUSES))
    )

    def reply(prompt: str) -> str:
        return brief if "answers the question in brief" in prompt else evidence_in(prompt)[0]

    writer = ModelWriter(FakeTextModel([reply]), HashEmbeddings(), load_all())
    kind = question_kind(question)
    return writer.draft(DraftRequest(question, evidence, opening=("We are a forum.",), kind=kind))


def test_a_how_question_is_answered_in_brief_first_citing_both_points() -> None:
    brief = "Councils should repair local roads and fund rural bus routes."
    text = _open_draft(brief).text
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "We are a forum."
    assert (
        paragraphs[1] == "Councils should repair local roads and fund rural bus routes [1][2]."
    ), text
    assert len(paragraphs) >= 3  # then a paragraph for each point


def test_a_brief_the_sources_do_not_support_is_left_out() -> None:
    text = _open_draft("Every council must scrap parking charges and build tram lines.").text
    assert "tram" not in text and text.split("\n\n")[1] != ""
    assert "[1][2]" not in text


def test_a_position_question_gets_no_brief() -> None:
    text = _open_draft(
        "Roads and buses.", question="Do you agree that councils should fix roads?"
    ).text
    assert "Roads and buses" not in text

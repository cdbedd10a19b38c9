"""The typed text between the writer and everything after it: sections of sentences, each with
its identity, its [n] and its check; built by the writers, carried on GroundedText, saved and
reopened by the history."""

from __future__ import annotations

from dataclasses import replace

from tests.support.fake_embeddings import HashEmbeddings
from tests.support.helpers import FakeTextModel, evidence_in
from tests.support.history_support import grounded

from assistant.answering.writing.base import AnswerRequest, DraftRequest
from assistant.answering.writing.model_writer import ModelWriter
from assistant.answering.writing.quotes import QuotesWriter
from assistant.core.result_facts import QuestionKind
from assistant.core.schema import Evidence, Finding, FindingRule, SentenceCheck, Verification
from assistant.core.written_text import (
    Check,
    Form,
    SectionKind,
    WrittenText,
    numbered,
    section,
    shift_markers,
    with_checks,
)
from assistant.history import codec
from assistant.llm.prompts import load_all

TEXT = (
    "We agree with the proposal. Funding fell by 40% [1][2].\n\n"
    "Councils cut advocacy [2]. Members waited “months. Not weeks.” for help [1, 3].\n\n"
    "## What we recommend\n\n"
    "- Ring-fence the fund [1].\n"
    "- Review it every year [2-3]."
)


def _value() -> WrittenText:
    return numbered(
        [
            section(SectionKind.POSITION, TEXT.split("\n\n")[0]),
            section(
                SectionKind.REASON,
                "Councils cut advocacy [2]. Members waited “months. Not weeks.” for help [1, 3].",
            ),
            section(SectionKind.RECOMMENDATION, "What we recommend", Form.HEADING, level=2),
            section(SectionKind.RECOMMENDATION, "Ring-fence the fund [1].", Form.BULLET),
            section(SectionKind.RECOMMENDATION, "Review it every year [2-3].", Form.BULLET),
        ]
    )


def test_sections_hold_named_sentences_with_their_citations() -> None:
    written = _value()
    texts = [s.text for s in written.sentences]
    assert texts[:4] == [
        "We agree with the proposal.",
        "Funding fell by 40% [1][2].",
        "Councils cut advocacy [2].",
        "Members waited “months. Not weeks.” for help [1, 3].",  # no split inside a quotation
    ]
    assert [s.id for s in written.sentences] == [f"s{n}" for n in range(1, 8)]
    assert written.sentences[3].citations == (1, 3)
    assert written.sentences[6].citations == (2, 3)
    assert written.citations == (1, 2, 3)
    assert [s.text for s in written.prose][-1] == "Review it every year [2-3]."
    assert "What we recommend" not in [s.text for s in written.prose]


def test_its_markdown_is_the_text_the_writer_gave() -> None:
    assert _value().markdown() == TEXT


def test_a_sentence_is_removed_by_its_identity_and_an_empty_section_goes() -> None:
    written = _value().without({"s3", "s4"})
    assert "Councils cut advocacy" not in written.markdown()
    assert [s.id for s in written.sentences] == ["s1", "s2", "s5", "s6", "s7"]  # names kept
    assert [s.kind for s in written.sections] == [
        SectionKind.POSITION,
        SectionKind.RECOMMENDATION,
        SectionKind.RECOMMENDATION,
        SectionKind.RECOMMENDATION,
    ]


def test_uncited_and_shifted_markers() -> None:
    written = _value().uncited({2})
    assert written.sentences[1].text == "Funding fell by 40% [1]."
    assert written.sentences[6].text == "Review it every year [3]."
    assert written.sentences[1].citations == (1,)
    assert _value().shifted(5).sentences[3].text.endswith("for help [6, 8].")
    assert shift_markers("Fell [1-2] in 2010.", 3) == "Fell [4-5] in 2010."  # years untouched


def test_each_sentence_carries_its_check() -> None:
    first, second = "We agree with the proposal.", "Funding fell by 40% [1][2]."
    checks = (
        SentenceCheck(first, (), False, 0.0, None, 0.0, True),
        SentenceCheck(second, (1, 2), True, 0.9, None, 0.9, True),
        SentenceCheck("Councils cut advocacy [2].", (2,), True, 0.2, None, 0.2, False),
    )
    problem = "The figure is not in the source."
    finding = Finding("Councils cut advocacy [2].", problem, FindingRule.LOW_SUPPORT)
    written = with_checks(_value(), checks, (finding,))
    by_id = {s.id: s for s in written.sentences}
    assert by_id["s1"].check == Check.OWN_WORDS
    assert by_id["s2"].check == Check.PASSED
    assert by_id["s3"].check == Check.FLAGGED
    assert by_id["s3"].problems == ("The figure is not in the source.",)
    assert by_id["s4"].check == Check.UNCHECKED  # no check ran on it
    assert by_id["s5"].check == Check.UNCHECKED  # a heading is never checked


def test_a_result_carries_the_value_and_reads_its_text_when_none_was_given() -> None:
    result = grounded("Q?", TEXT, task="draft")
    assert result.written.markdown() == result.text
    assert [s.kind for s in result.written.sections][:2] == [SectionKind.TEXT] * 2
    assert result.written.sections[2].kind == SectionKind.RECOMMENDATION  # from its heading
    given = replace(result, written=_value())
    assert given.written.sections[0].kind == SectionKind.POSITION
    # Replacing the text (an edit, a choice question's one line) reads the new text.
    edited = replace(given, text="We changed it [2].")
    assert [s.text for s in edited.written.sentences] == ["We changed it [2]."]
    assert edited.written.sentences[0].citations == (2,)


def test_a_refusal_is_a_notice() -> None:
    refusal = grounded("Q?", "The library has nothing on this.")
    result = replace(refusal, refused=True, written=WrittenText())  # as `_checked` makes it
    assert {s.kind for s in result.written.sections} == {SectionKind.NOTICE}


def test_the_history_saves_the_value_and_reopens_it() -> None:
    result = replace(grounded("Q?", TEXT, task="draft"), written=_value())
    again = codec.loads(codec.dumps(result))
    assert again.written == result.written
    assert again.written.sections[1].kind == SectionKind.REASON


def test_finding_rules_are_an_enum_and_an_unknown_saved_rule_keeps_its_name() -> None:
    finding = Finding("x [1].", "p", "figure-not-in-source")  # as a saved row holds it
    assert finding.rule is FindingRule.FIGURE_NOT_IN_SOURCE
    old = Finding("x [1].", "p", "retired-rule")  # as a saved row holds it
    assert isinstance(old.rule, FindingRule) and old.rule == "retired-rule"
    assert old.as_dict()["rule"] == "retired-rule"


# ---- the writers build it ------------------------------------------------------------------

ROADS = "Councils should repair local roads before the winter begins each year."
BUSES = "Councils should fund rural bus routes that older residents depend on."
EVIDENCE = tuple(
    Evidence(n, f"c{n}", f"doc{n}", f"Doc {n}", "briefing note", "", "1", text)
    for n, text in ((1, ROADS), (2, BUSES))
)


def _model_draft(question: str, brief: str = "") -> tuple[str, WrittenText]:
    def reply(prompt: str) -> str:
        return brief if "answers the question in brief" in prompt else evidence_in(prompt)[0]

    writer = ModelWriter(FakeTextModel([reply]), HashEmbeddings(), load_all())
    kind = QuestionKind.OPEN if question.startswith("How") else QuestionKind.POSITION
    request = DraftRequest(question, EVIDENCE, opening=("We are a forum.",), kind=kind)
    written = writer.draft(request)
    return written.text, written.sections


def test_the_model_writer_says_what_each_paragraph_is_for() -> None:
    text, sections = _model_draft(
        "How should councils spend their transport money?",
        "Councils should repair local roads and fund rural bus routes.",
    )
    assert sections.markdown() == text
    kinds = [s.kind for s in sections.sections]
    assert kinds[:2] == [SectionKind.OPENING, SectionKind.IN_BRIEF], kinds
    assert set(kinds[2:]) <= {SectionKind.ANSWER, SectionKind.RECOMMENDATION}, kinds
    _, position = _model_draft("Do you agree that councils should fix roads?")
    assert position.sections[0].kind == SectionKind.POSITION


def test_the_quotes_writer_gives_its_sections_from_its_headings() -> None:
    writer = QuotesWriter(HashEmbeddings())
    request = DraftRequest(
        "Do you agree that councils should fix roads?",
        EVIDENCE,
        opening=("We are a forum.", "We agree."),
    )
    written = writer.draft(request)
    assert written.sections.markdown() == written.text
    kinds = {s.kind for s in written.sections.sections}
    assert SectionKind.POSITION in kinds and SectionKind.TEXT not in kinds, written.text
    quoted = [s for s in written.sections.sections if s.form == Form.BULLET]
    assert quoted and all(s.sentences[0].citations for s in quoted)
    answer = writer.answer(AnswerRequest("What should councils fix?", EVIDENCE))
    assert {s.kind for s in answer.sections.sections} == {SectionKind.QUOTE}
    assert answer.sections.markdown() == answer.text


def test_a_verification_is_matched_to_repeated_sentences_in_order() -> None:
    text = "Funding fell [1]. Funding fell [1]."
    checks = (SentenceCheck("Funding fell [1].", (1,), True, 0.9, None, 0.9, True),)
    result = replace(
        grounded("Q?", text), verification=Verification(checks, ()), written=WrittenText()
    )
    assert [s.check for s in result.written.sentences] == [Check.PASSED, Check.UNCHECKED]

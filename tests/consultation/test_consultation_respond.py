"""Drafting every question of a consultation and exporting one response document.

The slow tests draft over the ingested corpus with the extractive generator (no language
model) and a fake LLM whose reply fails the checks; the fast ones use a stand-in assistant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import pytest

from assistant.answering.chains import Assistant
from assistant.answering.profile import OrganisationProfile, load_profile
from assistant.checks.claims import citations_in
from assistant.consultation import extract_questions
from assistant.consultation.model import AnswerStatus, Consultation, ConsultationQuestion
from assistant.consultation.respond import ConsultationResponse, respond, word_target
from assistant.consultation.steering import (
    OPEN_QUESTION_OPENING,
    opening_for,
    relevant_points,
    steering_text,
)
from assistant.core.errors import InputError
from assistant.core.schema import Evidence, Finding, GroundedText, Verification
from assistant.export import markdown_of as to_markdown
from assistant.export import write_export as write_response
from assistant.export.answer import CHECKS
from assistant.export.response import ALL_SOURCES, ANSWER_SOURCES, NO_ANSWER, SUMMARY
from assistant.settings import PROJECT_ROOT

PROFILE = PROJECT_ROOT / "examples" / "org.toml"
TITLE = "Strengthening user-led organisations"
QUESTIONS = {
    "1": "Do you agree that user-led organisations should be funded over several years? "
    "(Yes/No) Please explain in no more than 250 words.",
    "2": "How should councils consider social value when they commission services? "
    "(maximum 20 words)",
    "3": "What would help user-led organisations stay independent when they deliver public "
    "services?",
}


def build_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading(TITLE, level=0)
    document.add_paragraph("The consultation closes on 30 May 2014.")
    document.add_heading("Chapter 1: Funding", level=1)
    document.add_paragraph("Grants to user-led organisations, such as the Facilitation Fund.")
    document.add_paragraph(f"Question 1: {QUESTIONS['1']}")
    document.add_heading("Chapter 2: Commissioning", level=1)
    document.add_paragraph(f"Q2. {QUESTIONS['2']}")
    document.add_paragraph(f"3) {QUESTIONS['3']}")
    document.save(str(path))
    return path


# ---- over the real library ---------------------------------------------------------------


@dataclass
class Drafted:
    response: ConsultationResponse
    docx_path: Path
    progress: list[tuple[int, int, str]] = field(default_factory=list)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, corpus_assistant: Assistant) -> Drafted:
    folder = tmp_path_factory.mktemp("respond")
    consultation = extract_questions(build_docx(folder / "consultation.docx"))
    seen: list[tuple[int, int, str]] = []
    response = respond(
        corpus_assistant,
        consultation,
        load_profile(PROFILE),
        progress=lambda i, n, q: seen.append((i, n, q.number)),
    )
    return Drafted(response, write_response(response, folder / "response.docx"), seen)


def sections(path: Path) -> dict[str, list[Any]]:
    """Heading 1 text -> the paragraphs under it, in order."""
    out: dict[str, list[Any]] = {}
    current = None
    for paragraph in docx.Document(str(path)).paragraphs:
        if paragraph.style.name == "Heading 1":
            current = paragraph.text
            out[current] = []
        elif current is not None:
            out[current].append(paragraph)
    return out


@pytest.mark.slow
def test_every_question_in_order_with_progress(drafted: Drafted) -> None:
    answers = drafted.response.answers
    assert [(a.question.number, a.question.text) for a in answers] == list(QUESTIONS.items())
    assert [a.status for a in answers] == ["drafted"] * 3
    assert drafted.progress == [(1, 3, "1"), (2, 3, "2"), (3, 3, "3")]
    for answer in answers:
        assert answer.result is not None and answer.result.consultation is not None
        assert answer.result.consultation.number == answer.question.number
        assert answer.result.consultation.context == answer.question.context


@pytest.mark.slow
def test_docx_holds_every_question_answer_and_resolved_citations(drafted: Drafted) -> None:
    document = docx.Document(str(drafted.docx_path))
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == f"Response to: {TITLE}"
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Organisation"] == "Riverside Disabled People's Forum"
    assert cover["Consultation"] == TITLE and cover["Closing date"] == "30 May 2014"
    assert "Date prepared" in cover and cover["Contact"].endswith("policy@example.org")

    found = sections(drafted.docx_path)
    headings = [h for h in found if h.startswith("Question ")]
    assert headings == [f"Question {n}: {text}" for n, text in QUESTIONS.items()]
    assert list(found)[-1] == ALL_SOURCES
    for heading, answer in zip(headings, drafted.response.answers, strict=True):
        paragraphs = found[heading]
        texts = [p.text for p in paragraphs]
        sources_at = texts.index(ANSWER_SOURCES)
        body = " ".join(texts[:sources_at])
        assert answer.result is not None
        assert "We are" not in body  # who we are is said once, in "About us"
        cited = {n for text in texts[:sources_at] for n in citations_in(text)}
        assert cited, f"{heading}: the answer cites nothing"
        listed = {}
        for text in texts[sources_at + 1 :]:
            if text == CHECKS:
                break
            number = int(re.match(r"\[(\d+)\] ", text)[1])
            listed[number] = text
        assert set(listed) == cited, heading  # every [n] resolves; nothing uncited is listed
        evidence = {e.n: e for e in answer.result.evidence}
        for n, entry in listed.items():
            assert entry.startswith(f"[{n}] {evidence[n].title}")
    all_sources = [p.text for p in found[ALL_SOURCES]]
    assert len(all_sources) == len(drafted.response.sources) > 0
    assert all("Cited in the answer" in s and "Licence:" in s for s in all_sources)


@pytest.mark.slow
def test_answer_over_its_limit_is_flagged_not_cut(drafted: Drafted) -> None:
    over = drafted.response.answers[1]
    assert over.question.word_limit == 20 and over.word_target == 50
    assert over.words > 20
    assert over.checks[0] == (
        f"This answer has {over.words} words; the consultation asks for no more than 20. "
        "Shorten it before sending (nothing was cut)."
    )
    found = sections(drafted.docx_path)
    texts = [p.text for p in found[f"Question 2: {QUESTIONS['2']}"]]
    assert CHECKS in texts and over.checks[0] in texts
    summary = [p.text for p in found[SUMMARY]]
    assert summary[0].startswith("1 of 3 answers has something to check")
    assert "Question 2: 1 check" in summary


@pytest.mark.slow
def test_markdown_export(drafted: Drafted, tmp_path: Path) -> None:
    text = write_response(drafted.response, tmp_path / "response.md").read_text("utf-8")
    assert text == to_markdown(drafted.response)
    assert text.startswith(f"# Response to: {TITLE}\n")
    positions = [text.index(f"## Question {n}: {q}\n") for n, q in QUESTIONS.items()]
    assert positions == sorted(positions)
    assert text.count(f"### {ANSWER_SOURCES}") == 3
    assert "| Closing date | 30 May 2014 |" in text and f"## {ALL_SOURCES}" in text
    assert "### Our position" in text  # the answer's own headings sit below the question's


@pytest.mark.slow
def test_answer_failing_the_checks_is_kept_and_flagged(
    fake_llm_assistant: Callable[[Sequence[str]], tuple[Assistant, Any]], tmp_path: Path
) -> None:
    reply = "The Facilitation Fund gave every group £47 million [9]."
    assistant, _ = fake_llm_assistant([reply])
    question = ConsultationQuestion("4", "What was the Facilitation Fund for?", position=1)
    consultation = Consultation("Funding", None, (question,), "c.docx")
    response = respond(assistant, consultation)
    (answer,) = response.answers
    assert answer.status == "drafted" and answer.result is not None
    assert "£47" not in answer.result.text and "[9]" not in answer.result.text
    assert any("£47 million" in check for check in answer.checks)
    markdown = to_markdown(response)
    assert answer.result.text in markdown and f"### {CHECKS}" in markdown


# ---- the steps, without a library --------------------------------------------------------


@dataclass
class StandIn:
    """Enough of an Assistant for `respond`: a draft that cites [1] of one passage."""

    settings: Any = field(default_factory=lambda: type("S", (), {"draft_words": 300})())
    generator: str = "extractive"
    calls: list[dict[str, Any]] = field(default_factory=list)

    @property
    def store(self) -> Any:
        raise RuntimeError("no store")  # provenance is optional: the export leaves it out

    def draft(self, question: str, **kwargs: Any) -> GroundedText:
        self.calls.append({"question": question, **kwargs})
        if "too long" in question:
            raise InputError("the question is too long")
        evidence = Evidence(1, "doc-1", "doc", "A briefing", "briefing note", "Funding", "2", "Q.")
        text = "## Our position\n\n" + " ".join(kwargs["opening"]) + "\n\n- Grants help [1]."
        finding = Finding("Grants help [1].", "Not well supported by [1].", "low-support", (1,))
        return GroundedText(
            "draft",
            question,
            question,
            text,
            (evidence,),
            Verification((), (finding,)),
            "extractive",
        )


def question(number: str, text: str, **fields: Any) -> ConsultationQuestion:
    return ConsultationQuestion(number, text, position=int(number), **fields)


def test_cap_lists_the_rest_as_not_drafted() -> None:
    stand_in = StandIn()
    consultation = Consultation(
        "Big", None, tuple(question(str(n), f"Should rule {n} stay?") for n in range(1, 6)), "x"
    )
    seen: list[tuple[int, int]] = []
    response = respond(
        stand_in, consultation, max_questions=3, progress=lambda i, n, q: seen.append((i, n))
    )  # type: ignore[arg-type]
    assert seen == [(1, 3), (2, 3), (3, 3)] and len(stand_in.calls) == 3
    assert [a.status for a in response.answers] == ["drafted"] * 3 + ["not drafted"] * 2
    assert "drafted the first 3. Questions 4 to 5 are listed but not drafted" in response.notes[0]
    markdown = to_markdown(response)
    assert "## Question 5: Should rule 5 stay?" in markdown and NO_ANSWER in markdown
    assert response.sources[0].publisher == ""  # no store: provenance left out, title kept


def test_question_the_chain_refuses_is_kept() -> None:
    consultation = Consultation("C", None, (question("1", "A too long question?"),), "x")
    (answer,) = respond(StandIn(), consultation).answers  # type: ignore[arg-type]
    assert answer.status is AnswerStatus.NOT_DRAFTED and answer.status == "not drafted"
    assert answer.checks == ("Not drafted: the question is too long.",)


def test_stance_key_points_and_limits_reach_the_chain() -> None:
    stand_in = StandIn()
    profile = OrganisationProfile(
        stance="disagree",
        key_points=("grants should last several years", "buses need ramps"),
    )
    consultation = Consultation(
        "Funding user-led organisations",
        None,
        (
            question("1", "Do you agree that grants should last one year?", word_limit=120),
            question("2", "What else matters?", char_limit=600, stance="agree", key_points=()),
            question("3", "How should ramps on buses be checked?"),
        ),
        "x",
    )
    respond(stand_in, consultation, profile)  # type: ignore[arg-type]
    first, second, third = stand_in.calls
    assert (first["stance"], first["words"]) == ("disagree", 120)
    assert first["opening"] == ["We disagree with this proposal."]
    assert first["profile"].key_points == ("grants should last several years",)
    assert (second["stance"], second["words"], second["profile"].key_points) == ("agree", 100, ())
    assert (third["stance"], third["opening"]) == ("no view", [OPEN_QUESTION_OPENING])
    assert third["profile"].key_points == ("buses need ramps",)


def test_word_targets() -> None:
    assert word_target(question("1", "A?", word_limit=250), 300) == 250
    assert word_target(question("1", "A?", char_limit=1200), 300) == 200
    assert word_target(question("1", "A?", word_limit=20), 300) == 50  # drafted at 50, flagged
    assert word_target(question("1", "A?", word_limit=250, char_limit=600), 300) == 100
    assert word_target(question("1", "A?"), 300) == 300


def test_opening_and_steering() -> None:
    profile = OrganisationProfile(stance="agree")
    assert opening_for(question("1", "Should fares be capped?"), profile)[0] == "agree"
    assert opening_for(question("1", "Is there anything else?"), profile)[0] == "no view"
    assert opening_for(question("1", "Views?", options=("Yes", "No")), profile)[0] == "agree"
    steered = question(
        "1",
        "Do you agree?",
        chapter="Chapter 2: Funding",
        context="Grants for user-led groups. Grants are short. The consultation asks for views.",
    )
    # The chapter and the context's most frequent words; the question's and the process's out.
    assert steering_text(steered) == "Funding grants user-led groups short"
    listed = question("2", "Why?", chapter="Consultation questions", context="Answer below.")
    assert steering_text(listed) == ""
    assert relevant_points(["grants for several years"], steered, common="") == ()


def test_before_sending_says_how_each_drafted_answer_will_be_read() -> None:
    consultation = Consultation(
        "C",
        None,
        (question("1", "Should rule 1 stay?"), question("2", "A too long question?")),
        "x",
    )
    response = respond(StandIn(), consultation)  # type: ignore[arg-type]
    markdown = to_markdown(response)
    before, _, rest = markdown.partition("## How it will be read")
    assert f"# {SUMMARY}" in before and rest, markdown
    lines = [line for line in rest.splitlines() if line.startswith("- Question")]
    assert len(lines) == 1  # the answer not drafted is not checked
    assert lines[0].startswith("- Question 1: 0 of 4 signs") and "could add" in lines[0]

"""Easy Read versions (assistant/easyread/) with a fake model: the rules split, spell out and
simplify without adding content; every sentence keeps its source sentence; the meaning check
judges each one; a model rewrite is kept only when it passes the checks and the limits; the
Word file is labelled, large, with picture spaces and the links table; the CLI says what it
did in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support.helpers import FakeJudgeModel, Run

from assistant.checks.meaning import MeaningJudge
from assistant.core.errors import InputError
from assistant.easyread import DRAFT_LABEL, Maker
from assistant.easyread.reading import response_sentences
from assistant.easyread.rules import easy_sentences, one_verb_wish, split_clauses, which_noun
from assistant.easyread.splits import reported_speech
from assistant.easyread.verbs import count_finite, finite_verbs
from assistant.easyread.words import acronyms_left, hard_words_in, load_words, spell_out
from assistant.llm.prompts import load_prompt

WORDS = load_words()
DRAFT = """# Response to: Should councils fund DPULOs?

**Question:** Should councils fund DPULOs?

We agree. Councils keep registers of accessible social housing, but the lists are short [1].
The DWP should accept evidence from carers (from 2025) [2].

## Sources

[1] Briefing note: Housing, paragraph 3 — “Councils keep registers …”
[2] Our evidence: Survey, finding 2 — “…”

## Checks to make before sending

1. “The DWP should accept evidence” — the cited source may not say this.
"""


def _judge(model: FakeJudgeModel) -> MeaningJudge:
    return MeaningJudge(model, load_prompt("judge"), 0.58)


# ---- words, verbs and rules


def test_acronyms_are_spelled_out_with_their_plural_and_no_doubled_word() -> None:
    assert spell_out("The DWP and two DPULOs.", WORDS) == (
        "The Department for Work and Pensions and two disabled people's user-led organisations."
    )
    assert (
        spell_out("the VCSE sector", WORDS)
        == "the voluntary, community and social enterprise sector"
    )
    assert acronyms_left("The XYZ board met the NHS.") == ["XYZ", "NHS"]


def test_hard_words_are_listed_once_with_a_plain_meaning() -> None:
    found = hard_words_in("The council ran a consultation. The Council asked again.", WORDS)
    assert [h.word for h in found] == ["council", "consultation"]
    assert all(h.meaning for h in found)


@pytest.mark.parametrize(
    "sentence, verbs",
    [
        ("We agree.", ["agree"]),
        ("Our plans need work.", ["need"]),
        ("Buses need ramps that work every time.", ["need", "work"]),
        ("Councils should fund groups that support people.", ["should", "support"]),
        ("Adapted homes let disabled people live independently.", ["let"]),
        ("The cost of care is high.", ["is"]),
        ("We want to help people.", ["want"]),
        ("The upper limit has not changed, while building costs have risen.", ["has", "have"]),
        ("Section 5 of the Care Act 2014 places a duty on councils.", ["places"]),
    ],
)
def test_the_verb_counter_finds_each_finite_verb(sentence: str, verbs: list[str]) -> None:
    assert finite_verbs(sentence) == verbs


def test_clauses_split_only_where_both_halves_stand_alone() -> None:
    assert split_clauses("Councils keep registers, but the lists are short.") == [
        "Councils keep registers.",
        "But the lists are short.",
    ]
    assert split_clauses("Grants take months because councils lack staff.") == [
        "Councils lack staff.",
        "So grants take months.",
    ]
    assert split_clauses("Access to Work is slow because staff are few and forms are long.") == [
        "Staff are few.",
        "Forms are long.",
        "So Access to Work is slow.",
    ]
    assert split_clauses("We recommend that councils pay us, and that they listen.") == [
        "We recommend that councils pay us.",
        "We recommend that they listen.",
    ]
    assert split_clauses("We support the fund, which helps disabled people.") == [
        "We support the fund.",
        "This helps disabled people.",
    ]
    # No subject on the right, or a noun phrase on the left: no split.
    assert split_clauses("We agree and support it.") == ["We agree and support it."]
    assert split_clauses("Disabled people and their families need support.") == [
        "Disabled people and their families need support."
    ]


def test_rules_drop_citations_and_brackets_and_never_cut_a_spelled_out_name() -> None:
    made = easy_sentences("The DWP should accept evidence from carers (from 2025) [2].", WORDS)
    assert made == ["The Department for Work and Pensions should accept evidence from carers."]
    made = easy_sentences("“Councils must utilise the register.” [1]", WORDS)
    assert made == ["Councils must use the register."]


def test_examples_become_a_sentence_of_their_own() -> None:
    made = easy_sentences("Access to Work pays for support, such as equipment and travel.", WORDS)
    assert made == ["Access to Work pays for support.", "This includes equipment and travel."]


def test_a_recommendation_becomes_one_wish_with_one_verb() -> None:
    assert one_verb_wish("We recommend that the DWP records every call.") == (
        "We want the DWP to record every call."
    )
    assert one_verb_wish("We recommend that councils pay groups.") == (
        "We want councils to pay groups."
    )
    assert count_finite("We want councils to pay groups.") == 1
    unclear = "We recommend that every trust names a person."
    assert one_verb_wish(unclear) == unclear


# ---- reading a response


def test_only_the_answer_is_read_not_its_sources_or_checks() -> None:
    sources = response_sentences(DRAFT)
    assert [s.index for s in sources] == [1, 2, 3]
    assert sources[0].text == "We agree."
    assert sources[0].heading == "Question: Should councils fund DPULOs?"
    assert not any("Briefing note" in s.text or "may not say" in s.text for s in sources)


# ---- the pipeline


def test_every_sentence_links_to_its_source_and_is_judged_against_it() -> None:
    model = FakeJudgeModel({"But the lists": 0.1})
    easy = Maker(_judge(model)).make(DRAFT)
    texts = [s.text for s in easy.sentences]
    assert texts == [
        "We agree.",
        "Councils keep registers of accessible social housing.",
        "But the lists are short.",
        "The Department for Work and Pensions should accept evidence from carers.",
    ]
    assert [s.source.index for s in easy.sentences] == [1, 2, 2, 3]
    assert easy.sentences[2].faithful is False
    assert "The meaning check doubts" in easy.sentences[2].to_check[0]
    assert easy.sentences[0].faithful is True and easy.notices == ()
    # Only what the rules changed is put to the model; a sentence identical to its source
    # (acronyms spelled out) passes without a question; "But …" is judged with the sentence
    # before it.
    assert model.judged == [texts[1], f"{texts[1]} {texts[2]}"]
    assert easy.sentences[3].meaning == 1.0
    assert "accessible" in [h.word for h in easy.hard_words]


def test_without_a_judge_it_says_it_was_not_checked_for_meaning() -> None:
    easy = Maker().make(DRAFT)
    assert all(s.faithful is None for s in easy.sentences)
    assert "Not checked for meaning" in easy.notices[0]


LONG = (  # no shape the rules cut: one subject, one long object
    "In our 2025 survey, 41 of 63 members had a report of their assessment that did not match "
    "what they had told the assessor [3]."
)


def test_a_model_rewrite_is_kept_when_it_is_short_and_faithful() -> None:
    reply = (
        "In our 2025 survey, 41 of 63 members had a report of their assessment. It did not match."
    )
    model = FakeJudgeModel(replies=[reply])
    easy = Maker(_judge(model), model, load_prompt("easyread")).make(LONG)
    assert [s.text for s in easy.sentences][1] == "It did not match."
    assert [s.by for s in easy.sentences] == ["model", "model"]
    assert all(s.source.index == 1 and s.within_limits for s in easy.sentences)
    assert "<sentence>" in model.prompts[0] and "41 of 63" in model.prompts[0]


def test_a_model_rewrite_with_a_word_its_source_never_used_is_refused() -> None:
    reply = "In our 2025 survey, 41 of 63 members had a crucial assessment."
    model = FakeJudgeModel(replies=[reply])  # the judge would pass it
    easy = Maker(_judge(model), model, load_prompt("easyread")).make(LONG)
    assert [s.by for s in easy.sentences] == ["rules"]


def test_a_model_rewrite_that_adds_something_is_refused_and_marked_for_a_person() -> None:
    reply = "Members were angry. The council lied to them."
    model = FakeJudgeModel({"lied": 0.05}, replies=[reply])
    easy = Maker(_judge(model), model, load_prompt("easyread")).make(LONG)
    assert [s.by for s in easy.sentences] == ["rules"]
    assert "words: make it 15 or fewer" in easy.sentences[0].to_check[0]


def test_an_empty_response_is_a_named_error() -> None:
    with pytest.raises(InputError, match="no sentences"):
        Maker().make("## Sources\n\n[1] A source.")


# ---- the Word file and the CLI


def test_the_word_file_is_labelled_large_and_links_every_sentence(tmp_path: Path) -> None:
    from docx import Document

    from assistant.easyread.word_file import PICTURE, easy_read_docx

    path = easy_read_docx(Maker().make(DRAFT), tmp_path / "out" / "easy.docx")
    document = Document(str(path))
    text = [p.text for p in document.paragraphs]
    assert DRAFT_LABEL in text
    assert document.styles["Normal"].font.size.pt >= 14
    points, links = document.tables[0], document.tables[-1]
    assert [r.cells[0].text for r in points.rows] == [f"[{PICTURE}]"] * 4
    assert points.rows[2].cells[1].text == "But the lists are short."
    rows = [[c.text for c in r.cells] for r in links.rows]
    assert rows[0][:3] == ["Easy Read sentence", "From", "Response sentence"]
    assert rows[3][1].startswith("Sentence 2") and "the lists are short [1]" in rows[3][2]
    sizes = {
        r.font.size.pt
        for t in document.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
    }
    assert min(sizes) >= 14
    assert "Words to know" in text
    assert "Words the word lists changed (check each one)" in text
    assert "DWP: written as Department for Work and Pensions" in text


def _cli(*args: str) -> tuple[int, str]:
    from assistant.cli import cli

    result = CliRunner().invoke(cli, ["easyread", *args])
    message = str(result.exception) if result.exception else ""
    return result.exit_code, result.output + message


def test_the_cli_writes_the_word_file_and_json(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "easy.docx"
    code, printed = _cli(str(draft), "--out", str(out), "--generator", "extractive", "--json")
    assert code == 0, printed
    data = json.loads(printed)
    assert out.is_file() and data["file"] == str(out)
    third = data["sentences"][2]
    assert (third["text"], third["source"]) == ("But the lists are short.", 2)
    assert third["source_text"].endswith("the lists are short [1].")
    assert {"word": "DWP", "written_as": "Department for Work and Pensions"} in data[
        "changed_words"
    ]
    assert data["lost"] == [{"sentence": 3, "kind": "number", "what": "2025"}]  # "(from 2025)"
    code, printed = _cli(str(draft), "--out", str(out), "--generator", "extractive")
    assert code == 0 and "4 Easy Read sentences from 3 response sentences" in printed


@pytest.mark.parametrize(
    "args, message",
    [
        ((), "give a response file or --history ID"),
        (("missing.md",), "does not exist"),
        (("x.md", "--history", "abc"), "give a response file or --history ID"),
        (("x.md", "--out", "easy.pdf"), "use a name ending .docx"),
    ],
)
def test_the_cli_refuses_bad_input_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.md").write_text("We agree.", encoding="utf-8")
    code, printed = _cli(*args, "--generator", "extractive")
    assert code != 0 and message in printed


def test_the_cli_reads_a_saved_draft_and_names_an_unknown_one(
    run_main: Run, tmp_path: Path
) -> None:
    from tests.support.history_support import grounded

    from assistant.history import HistoryStore

    store = HistoryStore(tmp_path / "data" / "history.sqlite3")
    text = "We agree. Councils keep registers, but the lists are short [1]."
    draft = store.add("draft", None, grounded("Should councils?", text, "draft"), "written")
    out = tmp_path / "saved.docx"
    code, printed, err = run_main(
        "easyread", "--history", draft.item_id, "--out", str(out), "--generator", "extractive"
    )
    assert code == 0, err
    assert "3 Easy Read sentences from 2 response sentences" in printed and out.is_file()
    code, printed, err = run_main("easyread", "--history", "nope", "--generator", "extractive")
    assert code != 0 and err.startswith("Error:") and "Traceback" not in err


def test_the_page_view_names_each_source_on_hover_and_in_a_details_element() -> None:
    from assistant.ui.easyread_box import easy_read_html

    shown = easy_read_html(Maker().make(DRAFT.replace("We agree.", "We agree <b>x</b>.")))
    assert DRAFT_LABEL in shown
    assert 'title="From sentence 2: Councils keep registers' in shown
    assert "<summary>Where this comes from</summary>" in shown
    assert "<b>" not in shown and "&lt;b&gt;" in shown  # the response is data: escaped
    assert "To check:" not in shown.split("Councils keep")[0]


# ---- round two: one subject, reported speech, asides, descriptions


def test_a_second_verb_with_the_same_subject_becomes_its_own_sentence() -> None:
    assert split_clauses(
        "The DWP should set a time limit for decisions and tell people how long they will wait."
    ) == [
        "The DWP should set a time limit for decisions.",
        "The DWP should tell people how long they will wait.",
    ]
    assert split_clauses("A recording lets people check what was said and reduces disputes.") == [
        "A recording lets people check what was said.",
        "A recording reduces disputes.",
    ]
    assert split_clauses("We want councils to fund advice and offer advocates to families.") == [
        "We want councils to fund advice.",
        "We want councils to offer advocates to families.",
    ]
    # A noun after "and" ("care for …") is not a second verb: no split.
    assert split_clauses("We want councils to fund support and care for disabled people.") == [
        "We want councils to fund support and care for disabled people."
    ]


def test_reported_speech_says_what_was_said_then_who_said_it() -> None:
    made = easy_sentences("Members told us that the assessment made them anxious [1].", WORDS)
    assert made == ["The assessment made them anxious.", "Members told us this."]
    made = easy_sentences("Forms are long, but members said that staff rarely help.", WORDS)
    assert made == ["Forms are long.", "But staff rarely help.", "Members said this."]
    # Not a clause after the verb: left as it is.
    assert reported_speech("Members found a report that did not match.") == [
        "Members found a report that did not match."
    ]
    assert reported_speech("Members told us how to help.") == ["Members told us how to help."]


def test_a_bracketed_example_or_point_is_kept_after_its_clause_and_a_label_dropped() -> None:
    made = easy_sentences(
        "Many members have conditions that change (such as ME and MS), so one visit is not "
        "enough (the form used here has one question on anxiety) [1].",
        WORDS,
    )
    assert made == [
        "Many members have conditions that change.",
        "This includes ME and MS.",
        "So one visit is not enough.",
        "The form used here has one question on anxiety.",
    ]
    assert easy_sentences("The Act (2012 c. 3) helps.", WORDS) == ["The Act helps."]


def test_a_description_after_a_comma_becomes_its_own_sentence() -> None:
    made = easy_sentences(
        "We are Riverside Forum, a user-led organisation representing disabled people.", WORDS
    )
    assert made[0] == "We are Riverside Forum." and made[2] == "We represent disabled people."
    assert len(made) == 3 and made[1].startswith("We are a ")


def test_a_judged_sentence_with_a_kept_aside_is_judged_against_the_aside_too() -> None:
    judge = _judge(FakeJudgeModel())
    easy = Maker(judge).make("Members wait long (for example, one member waited a year) [1].")
    assert [s.text for s in easy.sentences][1] == "For example, one member waited a year."
    asked = {statement: passage for statement, passage, _ in judge.remembered()}
    assert "one member waited a year" in asked["For example, one member waited a year."]


def test_a_which_clause_before_a_modal_repeats_its_noun() -> None:
    assert split_clauses("Councils should fund a local service, which can help people.") == [
        "Councils should fund a local service.",
        "This service can help people.",
    ]
    assert split_clauses("They missed appointments, which made them ill.") == [
        "They missed appointments.",
        "This made them ill.",
    ]


def test_a_passive_sentence_is_marked_for_a_person_and_an_adjective_is_not() -> None:
    from assistant.easyread.verbs import passive

    assert passive("Decisions are made without us.") and passive("It is rarely followed.")
    assert not passive("Many people are disabled.") and not passive("We decide.")
    easy = Maker().make("Audits were carried out every three months [1].")
    assert any("passive" in p for p in easy.sentences[0].to_check)


def test_a_which_clause_after_a_verb_opens_with_this_not_the_verb() -> None:
    """Seen on a real draft: "… that they otherwise could not secure, which may help them" had
    become "This secure may help them"."""
    assert which_noun("resources that they otherwise could not secure", "may help them") == "This"
    assert which_noun("They use a support service", "can help them") == "This service"

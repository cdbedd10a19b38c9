"""`assistant check`: a response someone wrote, checked sentence by sentence (fake judge, fake
library): cited sentences against their sources, uncited ones against the best library passage
(with that citation suggested), and one clear line for every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from tests.support.helpers import FakeJudgeModel

from assistant.answering.checking import check_response, parse_sources
from assistant.checks.meaning import MeaningJudge
from assistant.core.errors import InputError
from assistant.core.schema import Evidence
from assistant.llm.prompts import load_prompt

CAMPAIGN = (
    "Under the Compact (2010), the government undertakes to respect the independence of civil "
    "society organisations, including their right to campaign."
)
SOURCES = [{"n": 1, "title": "Briefing note: the Compact", "text": CAMPAIGN}]
GRAFTED = (
    "A disabled people's organisation can criticise the council if it meets the duty to "
    "consult [1]."
)
FAITHFUL = "The Compact says the government respects our right to campaign [1]."
LIBRARY = Evidence(
    1, "c9", "compact", "Briefing note: the Compact", "briefing note", "The Compact", "4", CAMPAIGN
)


def _judge() -> MeaningJudge:
    return MeaningJudge(FakeJudgeModel({"criticise": 0.15}), load_prompt("judge"), 0.61)


def test_each_cited_sentence_is_judged_against_its_source() -> None:
    report = check_response(
        f"{FAITHFUL} {GRAFTED}", parse_sources(json.dumps(SOURCES)), None, None, _judge()
    )
    good, bad = report.sentences
    assert good.supported and good.citations == (1,) and good.problems == ()
    assert not bad.supported and bad.problems[0].startswith("The cited source may not say this")
    assert report.notices == ()


def test_an_uncited_sentence_is_matched_in_the_library_and_a_citation_suggested() -> None:
    text = "The government has undertaken to respect the right of organisations to campaign."
    report = check_response(text, (), lambda _s: [LIBRARY], None, _judge())
    [sentence] = report.sentences
    assert sentence.supported and sentence.suggested == "Briefing note: the Compact, The Compact"


def test_without_a_judge_the_old_rules_apply_and_a_notice_says_so() -> None:
    report = check_response(FAITHFUL, parse_sources(json.dumps(SOURCES)), None, None, None)
    assert report.notices and "meaning check" in report.notices[0]


def test_a_citation_missing_from_the_sources_is_one_clear_error() -> None:
    with pytest.raises(InputError, match=r"\[3\] is not in the sources"):
        check_response("It says so [3].", parse_sources(json.dumps(SOURCES)), None, None, None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"n": 1}', "must be a list"),
        ('[{"n": "one", "text": "x"}]', 'whole number "n"'),
    ],
)
def test_bad_sources_are_one_line(content: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_sources(content)


def _run(tmp_path: Path, text: str | None, *args: str) -> tuple[int, str]:
    from assistant.cli import cli

    response = tmp_path / "response.txt"
    if text is not None:
        response.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(response), *args])
    message = str(result.exception) if result.exception else ""
    return result.exit_code, result.output + message


def test_the_cli_refuses_a_missing_or_empty_file(tmp_path: Path) -> None:
    code, out = _run(tmp_path, None)
    assert code != 0 and "does not exist" in out
    code, out = _run(tmp_path, "  \n")
    assert code != 0 and "is empty" in out


def test_the_cli_prints_json_per_sentence(tmp_path: Path, monkeypatch) -> None:
    fake = SimpleNamespace(
        writer=SimpleNamespace(judge=_judge()),
        retriever=SimpleNamespace(search=lambda *_a: []),
        embeddings=None,
    )
    monkeypatch.setattr("assistant.answering.chains.Assistant", lambda *_a, **_k: fake)
    sources = tmp_path / "sources.json"
    sources.write_text(json.dumps(SOURCES), encoding="utf-8")
    code, out = _run(tmp_path, f"{FAITHFUL} {GRAFTED}", "--sources", str(sources), "--json")
    assert code == 0, out
    rows = json.loads(out)["sentences"]
    assert [r["supported"] for r in rows] == [True, False]
    assert set(rows[0]) >= {"text", "citations", "supported", "score", "problems"}


def test_the_draft_tabs_own_response_box_says_each_verdict_in_words() -> None:
    from assistant.ui.check_box import run_check

    fake = SimpleNamespace(
        writer=SimpleNamespace(judge=_judge()),
        retriever=SimpleNamespace(search=lambda *_a: []),
        embeddings=None,
    )
    services = SimpleNamespace(assistant=lambda: fake)
    shown = run_check(services, f"{FAITHFUL} {GRAFTED}", json.dumps(SOURCES))  # type: ignore[arg-type]
    assert "1 of 2 sentences passed" in shown
    assert "**Passed:**" in shown and "**Check this:**" in shown
    assert "The cited source may not say this" in shown
    assert run_check(services, "x [1].", "{oops").startswith("**Could not check:**")  # type: ignore[arg-type]


def test_the_cli_says_how_an_answer_will_be_read(tmp_path: Path, monkeypatch) -> None:
    fake = SimpleNamespace(
        writer=SimpleNamespace(judge=_judge()),
        retriever=SimpleNamespace(search=lambda *_a: []),
        embeddings=None,
    )
    monkeypatch.setattr("assistant.answering.chains.Assistant", lambda *_a, **_k: fake)
    sources = tmp_path / "sources.json"
    sources.write_text(json.dumps(SOURCES), encoding="utf-8")
    question = "Should the Compact protect the right to campaign?"
    args = ("--sources", str(sources), "--question", question)
    code, out = _run(tmp_path, FAITHFUL, *args)
    assert code == 0, out
    assert "How it will be read: Likely to be passed over as opinion" in out
    assert "- Position: not stated. This question asks whether you agree." in out
    code, out = _run(tmp_path, FAITHFUL, *args, "--json")
    read = json.loads(out)["how_it_will_be_read"]
    assert read["stance_asked"] is True and read["stance_stated"] is None
    assert read["missing"] == ["figures", "examples", "experience", "solutions"]


def test_the_own_response_box_says_how_it_will_be_read() -> None:
    from assistant.ui.check_box import run_check

    fake = SimpleNamespace(
        writer=SimpleNamespace(judge=_judge()),
        retriever=SimpleNamespace(search=lambda *_a: []),
        embeddings=None,
    )
    services = SimpleNamespace(assistant=lambda: fake)
    text = f"We agree. {FAITHFUL}"
    shown = run_check(services, text, json.dumps(SOURCES), "Should the Compact stay?")  # type: ignore[arg-type]
    assert "#### How it will be read" in shown
    assert "- Position: stated clearly (you agree)." in shown
    assert "Add a figure about" in shown

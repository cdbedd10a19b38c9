"""`assistant eval easyread` and its CI floor (assistant/evaluation/easyread.py) with a fake
judge: the halves are stable, the figures count what the issue asks, and the floor runs from
saved meaning-check answers, saying how to refresh them when a sentence has none."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.support.helpers import FakeJudgeModel

from assistant.checks.meaning import MeaningJudge
from assistant.easyread import Maker
from assistant.evaluation import easyread as suite
from assistant.evaluation.gate import load_floors
from assistant.llm.prompts import load_prompt
from assistant.settings import PROJECT_ROOT

DRAFT = "We agree. Councils keep registers, but the lists are short [1]. The DWP decides [2]."
FLOORS = """
[retrieval]
config = "hybrid"
measure = "nDCG@10"
[retrieval.floors]
policy = 0.8
[answers]
generator = "extractive"
limit = 1
citation_validity = 1.0
[easyread]
short = 0.95
one_verb = 0.9
faithful = 0.95
reading_ease = 60
"""


def _suite(tmp_path: Path) -> Path:
    drafts = tmp_path / "easyread" / "drafts"
    drafts.mkdir(parents=True)
    (drafts / "one.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "floors.toml").write_text(FLOORS, encoding="utf-8")
    return tmp_path


def test_halves_are_stable_and_the_bundled_suite_has_both() -> None:
    assert suite.half_of("pip-assessments.md") == suite.half_of("pip-assessments.md")
    drafts = suite.load_drafts(PROJECT_ROOT / "evals" / "easyread" / "drafts")
    assert len(drafts) >= 10
    assert {d.half for d in drafts} == {"dev", "test"}


def test_the_held_set_is_apart_from_dev_and_test() -> None:
    folder = PROJECT_ROOT / "evals" / "easyread" / "drafts"
    held = suite.load_drafts(folder, "held")
    assert len(held) >= 8 and {d.half for d in held} == {"held"}
    tuned = {d.name for d in suite.load_drafts(folder, "all")}
    assert not tuned & {d.name for d in held}  # "all" is dev and test only


def test_the_held_floor_is_checked_on_its_own(tmp_path: Path) -> None:
    evals = _suite(tmp_path)
    held = evals / "easyread" / "held"
    held.mkdir()
    (held / "two.md").write_text("Forms are long, but the lists are short [1].", encoding="utf-8")
    floors = evals / "floors.toml"
    floors.write_text(
        floors.read_text(encoding="utf-8")
        + "[easyread.held]\nshort = 0.9\none_verb = 0.9\nfaithful = 0.9\nreading_ease = 0\n",
        encoding="utf-8",
    )
    stale = suite.gate_checks(floors, evals, 0.58)
    assert [c.value for c in stale] == [None, None]  # each set says it needs a refresh
    assert "held set" in stale[1].name
    judge = MeaningJudge(FakeJudgeModel(), load_prompt("judge"), 0.58)
    for half in ("all", "held"):
        suite.run(suite.load_drafts(evals / "easyread" / "drafts", half), Maker(judge))
    suite.save_answers(evals / "easyread" / "judged.json", judge, load_prompt("judge"))
    checks = suite.gate_checks(floors, evals, 0.58)
    held_checks = [c for c in checks if "held set" in c.name]
    assert len(checks) == 8 and len(held_checks) == 4
    assert all(c.passed for c in checks), [c.line() for c in checks]


def test_figures_count_short_one_verb_and_faithful_sentences() -> None:
    judge = MeaningJudge(FakeJudgeModel({"lists": 0.05}), load_prompt("judge"), 0.58)
    found, made = suite.run([suite.Draft("one.md", "dev", DRAFT)], Maker(judge))
    assert [s.text for s in made[0].sentences][2] == "But the lists are short."
    assert (found.sources, found.sentences) == (3, 4)
    assert found.short == 1.0 and found.one_verb == 1.0
    assert found.faithful == 0.75  # the lists sentence is judged unfaithful
    assert found.reading_ease is not None and found.reading_ease > 50


def test_the_floor_runs_from_saved_answers_and_asks_for_a_refresh_when_one_is_missing(
    tmp_path: Path,
) -> None:
    evals = _suite(tmp_path)
    floors = evals / "floors.toml"
    assert load_floors(floors).retrieval == {"policy": 0.8}  # the [easyread] table is allowed
    [stale] = suite.gate_checks(floors, evals, 0.58)
    assert stale.value is None and suite.REFRESH in stale.name
    judge = MeaningJudge(FakeJudgeModel(), load_prompt("judge"), 0.58)
    suite.run(suite.load_drafts(evals / "easyread" / "drafts"), Maker(judge))
    saved = suite.save_answers(evals / "easyread" / "judged.json", judge, load_prompt("judge"))
    assert saved == 2  # "We agree." and the DWP sentence are their sources: no question asked
    checks = suite.gate_checks(floors, evals, 0.58)
    assert [c.passed for c in checks] == [True] * 4, [c.line() for c in checks]


def test_the_eval_command_prints_each_figure_with_its_target() -> None:
    from assistant.cli import cli

    result = CliRunner().invoke(cli, ["eval", "easyread", "--half", "all", "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "short" in result.output and "(target 0.95)" in result.output
    assert "reading ease" in result.output


def test_the_bundled_floor_passes_from_the_bundled_saved_answers() -> None:
    """A rule or word-list change that leaves sentences without a saved answer fails here, in
    the fast loop, with the command that refreshes them."""
    from assistant.settings import Settings

    evals = PROJECT_ROOT / "evals"
    threshold = Settings(_env_file=None).min_meaning
    checks = suite.gate_checks(evals / "floors.toml", evals, threshold)
    assert len(checks) == 10  # dev and test, and the held set (five figures each)
    assert all(c.passed for c in checks), [c.line() for c in checks]

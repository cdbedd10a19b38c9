"""Saved judgements for the faithfulness batches (assistant/evaluation/faithfulness_judged.py):
the floor on the writer's own sentences runs from them without the model, and a changed judge
prompt or a new item makes it fail with the command that refreshes them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from assistant.evaluation.faithfulness import load_items
from assistant.evaluation.faithfulness_judged import (
    load_judged,
    real_gate_checks,
    save_judged,
    score_judged,
)
from assistant.evaluation.gate import load_floors
from assistant.llm.prompts import load_prompt

PASSAGE = (
    "Under section 1 of the Public Services (Social Value) Act 2012, before starting a "
    "procurement the authority must consider how what is being procured might improve the "
    "economic, social and environmental well-being of the relevant area."
)
ROWS = [
    (
        "b-1",
        "faithful",
        "paraphrase",
        "Before a procurement the authority must consider the well-being of the relevant area [1].",
    ),
    (
        "b-2",
        "unfaithful",
        "swapped-roles",
        "Before bidding, a DPULO must consider the well-being of the relevant area [1].",
    ),
    (
        "b-3",
        "unfaithful",
        "invented-reason",
        "The authority must consider well-being because councils asked for it [1].",
    ),
]
FLOORS = '[faithfulness_real]\nbatch = "b"\ncaught = 0.9\nfaithful_passed = 0.9\n'


def _evals(tmp_path: Path) -> Path:
    (tmp_path / "faithfulness").mkdir()
    lines = [
        {
            "id": i,
            "split": "test",
            "label": label,
            "kind": kind,
            "sentence": sentence,
            "passage": PASSAGE,
            "chunk_id": "c1",
            "doc_id": "d",
        }
        for i, label, kind, sentence in ROWS
    ]
    (tmp_path / "faithfulness" / "b.jsonl").write_text(
        "".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8"
    )
    return tmp_path


def _save(evals: Path, yes: dict[str, float]) -> None:
    items = load_items(evals / "faithfulness" / "b.jsonl")
    scored = [replace(s, model_yes=yes[s.item.id]) for s in score_judged(items, yes, 0.47)]
    save_judged(evals / "faithfulness" / "judged.json", scored, load_prompt("judge"), "fake")


def test_saved_answers_come_back_only_for_the_same_prompt(tmp_path: Path) -> None:
    evals = _evals(tmp_path)
    _save(evals, {"b-1": 0.9, "b-2": 0.8, "b-3": 0.3})
    path = evals / "faithfulness" / "judged.json"
    judge = load_prompt("judge")
    assert load_judged(path, judge) == {"b-1": 0.9, "b-2": 0.8, "b-3": 0.3}
    assert load_judged(path, replace(judge, user=judge.user + " Think.")) is None
    assert load_judged(tmp_path / "none.json", judge) is None


def test_the_real_floor_runs_from_saved_answers(tmp_path: Path) -> None:
    evals = _evals(tmp_path)
    _save(evals, {"b-1": 0.95, "b-2": 0.85, "b-3": 0.3})
    floors = tmp_path / "floors.toml"
    floors.write_text(FLOORS, encoding="utf-8")
    checks = real_gate_checks(floors, evals, 0.58, 0.47)
    assert [c.name.split(": ")[-1] for c in checks] == ["unfaithful caught", "faithful passed"]
    caught, passed = (c.value for c in checks)
    assert caught == 1.0 and passed == 1.0  # the swap is caught by its sign, not the model


def test_a_missing_answer_fails_the_floor_and_says_how_to_refresh(tmp_path: Path) -> None:
    evals = _evals(tmp_path)
    _save(evals, {"b-1": 0.9, "b-2": 0.8, "b-3": 0.3})
    with (evals / "faithfulness" / "b.jsonl").open("a", encoding="utf-8") as f:
        f.write(
            json.dumps(
                {
                    "id": "b-4",
                    "split": "dev",
                    "label": "faithful",
                    "kind": "verbatim",
                    "sentence": PASSAGE + " [1]",
                    "passage": PASSAGE,
                    "chunk_id": "c1",
                }
            )
            + "\n"
        )
    floors = tmp_path / "floors.toml"
    floors.write_text(FLOORS, encoding="utf-8")
    (check,) = real_gate_checks(floors, evals, 0.58, 0.47)
    assert not check.passed and "--real b --save-judged" in check.name


def test_the_committed_floors_accept_the_real_table() -> None:
    from assistant.core.resources import bundled

    floors_path = bundled("evals") / "floors.toml"
    load_floors(floors_path)  # an unknown table would raise
    assert "[faithfulness_real]" in floors_path.read_text(encoding="utf-8")

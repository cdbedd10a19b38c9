"""Round six of the question finder (issue 22): the trained scorer (`consultation.scoring`)
over every path's candidates (`consultation.candidates`), its trainer, and the floors of the
seventh fresh batch's held half. Made-up documents, written beside the change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.consultation import extract_questions
from assistant.consultation.candidates import pool
from assistant.consultation.paths import rule_paths
from assistant.consultation.reading import Unit
from assistant.consultation.scoring import FEATURES, WEIGHTS, choose, features, model
from assistant.core.errors import InputError
from assistant.evaluation.questions_training import UNUSED, Rows, fit

# An audit app's template: each item under a dash on a line of its own, numbered sections.
AUDIT = [
    Unit("Estates accessibility audit", heading=True),
    Unit("1. PARKING", heading=False),
    Unit("-", heading=True),
    Unit("Is adequate disabled parking provided?", heading=False),
    Unit("-", heading=True),
    Unit("Is disabled parking suitably located?", heading=False),
    Unit("-", heading=True),
    Unit("Are main entrance doors accessible?", heading=False),
    Unit("2. LIFTS", heading=False),
    Unit("-", heading=True),
    Unit("Are lifts suitably located?", heading=False),
    Unit("-", heading=True),
    Unit("Are lifts accessible for use?", heading=False),
    Unit("-", heading=True),
    Unit("Has an Action Plan been agreed?", heading=False),
]


def test_the_committed_weights_fit_the_features_and_leave_out_the_rules_signs() -> None:
    weights, keep, add = model()
    assert len(weights) == len(FEATURES)
    assert all(weights[FEATURES.index(name)] == 0 for name in UNUSED)
    assert keep == 0.0 and 0.0 < add <= 1.0  # the rules' questions are always kept
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)


def test_the_scorer_keeps_every_question_the_rules_take() -> None:
    rules = rule_paths(AUDIT, "Audit", "")[0]
    chosen = choose(AUDIT, "Audit")
    kept = {" ".join(q.text.split()) for q in chosen.questions}
    assert {" ".join(q.text.split()) for q in rules.questions} <= kept


def test_a_checklist_whose_dashes_stand_alone_yields_every_check() -> None:
    found = [q.text for q in choose(AUDIT, "Audit").questions]
    for check in ("Is disabled parking suitably located?", "Are lifts accessible for use?"):
        assert any(check in text for text in found), found
    assert all("?" in text for text in found), found  # no section label on its own


def test_the_pool_holds_each_question_once_in_document_order() -> None:
    found = pool(AUDIT, "Audit")
    starts = [c.at for c in found.items if c.at >= 0]
    assert starts == sorted(starts)
    heads = [" ".join(c.question.text.split())[:40] for c in found.items]
    assert heads.count("Are lifts suitably located?") <= 1
    assert all(len(features(c, found)) == len(FEATURES) for c in found.items)


def test_a_page_with_only_an_invitation_still_has_no_questions(tmp_path: Path) -> None:
    path = tmp_path / "welcome.txt"
    path.write_text(
        "1. Welcome, we look forward to hearing your views\n\nDifficult choices have to be "
        "faced by the Council. Please answer the following eight questions.\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no questions found"):
        extract_questions(path)


def test_fit_learns_the_sign_that_separates_questions_from_the_rest() -> None:
    question = FEATURES.index("question_mark")
    rows = []
    for asks in (0, 1) * 20:
        row = [0.0] * len(FEATURES)
        row[0], row[question] = 1.0, float(asks)
        rows.append(row)
    weights = fit(Rows(rows, [int(r[question]) for r in rows], 1, 20))
    assert weights[question] > 1.0
    assert all(weights[FEATURES.index(name)] == 0 for name in UNUSED)


def test_eval_check_scores_the_seventh_batchs_held_half_against_its_floors() -> None:
    """Round six: `eval check` reads [questions_fresh7] and scores fresh7's held half only (47
    questions in 17 documents); the floors hold on the committed batch."""
    from assistant.cli.evals import FRESH_BATCHES
    from assistant.evaluation.gate import load_floors
    from assistant.evaluation.questions_fresh import held_checks
    from assistant.settings import PROJECT_ROOT

    floors = load_floors(PROJECT_ROOT / "evals" / "floors.toml")
    assert set(floors.questions_fresh7) == {"recall", "precision", "numbers", "kinds"}
    checks = [c for c in held_checks(FRESH_BATCHES, floors) if c.name.startswith("seventh")]
    assert len(checks) == 4 and all("over 47 questions" in c.name for c in checks)
    assert all(c.passed for c in checks), [c.name for c in checks if not c.passed]

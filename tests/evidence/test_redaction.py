"""Redaction of our evidence: the suite's figures against the targets, and specific cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.errors import InputError
from assistant.evaluation.redaction import (
    PRECISION_TARGET,
    RECALL_TARGETS,
    load_cases,
    score,
    score_files,
)
from assistant.evidence.model import Consent
from assistant.evidence.redact import Pii, find, nhs_checksum_ok, redact
from assistant.settings import PROJECT_ROOT

SUITE = sorted((PROJECT_ROOT / "evals" / "redaction").glob("*.jsonl"))


def kinds(text: str) -> list[str]:
    return [s.kind.value for s in find(text)]


def test_the_suite_has_at_least_60_texts_with_look_alikes() -> None:
    cases = [c for path in SUITE for c in load_cases(path)]
    assert len(cases) >= 60
    assert sum(1 for c in cases if not c.spans) >= 15  # look-alikes with nothing to mask
    assert {kind for c in cases for kind, _, _ in c.spans} == set(Pii)


def test_the_suite_meets_the_targets() -> None:
    scores = score_files(SUITE)
    for kind, target in RECALL_TARGETS.items():
        assert scores.recall(kind) is not None and scores.recall(kind) >= target, kind
    assert scores.precision >= PRECISION_TARGET
    assert scores.meets_targets


def test_a_detector_that_masks_nothing_fails_the_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.evaluation.redaction as module

    monkeypatch.setattr(module, "find", lambda text: [])
    scores = module.score_files(SUITE)
    assert scores.recall(Pii.EMAIL) == 0.0 and not scores.meets_targets


def test_nhs_numbers_need_their_check_digit() -> None:
    assert nhs_checksum_ok("9434765919")
    assert not nhs_checksum_ok("9434765918")
    assert kinds("NHS number 943 476 5919.") == ["NHS number"]
    assert kinds("Invoice 943 476 5918 was paid.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our reference is 2026/0412 and the case number 45871236.",
        "Ref: 01234 567890 was quoted on every letter.",
        "The council spent £1,250,000 on the scheme in 2019 and 2023-24.",
        "NHS England and Devon County Council replied in June.",
        "Will the High Street and Downing Street fund Access to Work?",
        "Form ESA50, the M25 and paragraph 4.12.3 of the guidance.",
        "Release 634.648.4850 of the booking app crashed.",
        "my carer said the hours were cut, and my son cannot get in.",
        "my carer, sadly, left; my GP surgery closed; my wife fell again.",
        "Leonard Cheshire runs the home; Paris hosted the 2024 Paralympics.",
        "The station is within 5 miles of the road; I have 2 very close friends.",
        "The report was published on 12/03/2024.",
    ],
)
def test_look_alikes_are_not_masked(text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("write to jo.bloggs@example.co.uk", "email"),
        ("ring +44 (0)20 7946 0958 today", "phone"),
        ("the centre at LS1 4AB", "postcode"),
        ("NI number JG 10 33 72 A", "NI number"),
        ("I was born on 4 July 1975", "date of birth"),
        ("I live at Flat 3, 45 Victoria Street", "address"),
        ("Mrs Okafor spoke first", "name"),
        ("my carer Julie came", "name"),
    ],
)
def test_each_kind_is_found(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


def test_what_was_masked_is_shown_without_revealing_it() -> None:
    result = redact("Sarah Jones, sarah.jones@example.org, 07700 900123")
    assert result.text == "[name], [email], [phone]"
    assert [(m.kind.value, m.hint) for m in result.masked] == [
        ("name", "S… J…"),
        ("email", "s…@…"),
        ("phone", "0… 9…"),
    ]


def test_a_name_found_once_is_masked_everywhere() -> None:
    text = "Mrs Okafor asked twice; Okafor was ignored."
    assert redact(text).text == "Mrs [name] asked twice; [name] was ignored."
    assert redact(text, Consent.QUOTE_WITH_NAME).text == text


def test_bad_case_files_are_named(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"text": "hi", "spans": [["email", "not here"]]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_cases(path)


def test_scores_count_misses_and_wrong_masks(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id": "a", "text": "Amir came.", "spans": [["name", "Amir"]]}\n'
        '{"id": "b", "text": "Email a@example.org now.", "spans": []}\n',
        encoding="utf-8",
    )
    scores = score(load_cases(path))
    assert scores.recall(Pii.NAME) == 0.0 and scores.misses == ["a name 'Amir'"]
    assert scores.precision == 0.0 and scores.wrong == ["b email 'a@example.org'"]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # Issue 26: each of these once reached an export unmasked.
        ("my carer mary o'brien comes on mondays", "mary o'brien"),
        ("my son tom has waited two years", "tom"),
        ("Siobhán Ní Bhriain chairs our group", "Siobhán Ní Bhriain"),
        ("mail jo at example dot org", "jo at example dot org"),
        ("mail jo[at]example[dot]org", "jo[at]example[dot]org"),
        ("call 447700900123", "447700900123"),
        ("NHS number 943.476.5919", "943.476.5919"),
        ("i live at 14 fenton road", "14 fenton road"),
        ("my birthday 3rd March", "3rd March"),
        ("NI QQ 12 34 56 C", "QQ 12 34 56 C"),
        ("ni qq123456c", "qq123456c"),
    ],
)
def test_issue_26_cases_are_masked(text: str, masked: str) -> None:
    assert any(span.text == masked for span in find(text)), find(text)
    assert masked not in redact(text).text


# Every name in the suite that follows a relationship cue, a "called" or a title typed in
# lower case (issue 26's target: all of them).
CUED = {
    "r044", "r047", "r058", "r108", "r109", "r110", "r111", "r112", "r113", "r114", "r115",
    "r116", "r117", "r118", "r119", "r121", "r122", "r123", "r124", "r125", "r126", "r128",
    "r194", "r195", "r196",
}  # fmt: skip


def test_every_name_after_a_cue_is_masked() -> None:
    cases = [c for c in load_cases(SUITE[0]) if c.id in CUED]
    assert len(cases) == len(CUED)
    missed = [
        (case.id, case.text[start:end])
        for case in cases
        for kind, start, end in case.spans
        if kind is Pii.NAME
        and not any(f.kind is Pii.NAME and f.start < end and start < f.end for f in find(case.text))
    ]
    assert missed == []

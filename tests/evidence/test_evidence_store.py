"""Our evidence: each kind and consent scope, the store's file, and removal leaving no trace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core.errors import EvidenceError, StoreError
from assistant.evidence.model import Consent, Kind, new_item, parse_consent, parse_kind
from assistant.evidence.store import EvidenceStore
from assistant.evidence.use import quotable, shown, source_label

STORY = (
    "My name is Sarah Jones. The driver of the 42 bus would not lower the ramp. "
    "Email sarah.jones@example.org or ring 07700 900123."
)


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("member-experience", Kind.MEMBER_EXPERIENCE),
        ("survey-finding", Kind.SURVEY_FINDING),
        ("past-response", Kind.PAST_RESPONSE),
        ("organisation-fact", Kind.ORGANISATION_FACT),
    ],
)
def test_each_kind_is_stored_and_read_back(tmp_path: Path, word: str, kind: Kind) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    figure = {"count": 38, "base": 52} if kind is Kind.SURVEY_FINDING else {}
    item = new_item(word, "Something only we know.", date="2026-03", tags=["Transport"], **figure)
    store.add(item)
    (back,) = EvidenceStore(tmp_path / "evidence").items()
    assert back == item
    assert back.kind is kind and back.tags == ("transport",)
    assert (back.figure == "38 of 52") is (kind is Kind.SURVEY_FINDING)


def test_anonymous_quote_masks_names_and_contact_details() -> None:
    item = new_item("member-experience", STORY, consent="anonymous", consent_date="2026-03")
    words = quotable(item)
    assert words is not None
    assert "Sarah" not in words.text and "example.org" not in words.text
    assert "07700" not in words.text and "[name]" in words.text
    assert "would not lower the ramp" in words.text
    assert source_label(item) == "member experience (anonymised, consent given 2026-03)"


def test_named_quote_keeps_the_name_but_masks_contact_details() -> None:
    words = quotable(new_item("member-experience", STORY, consent="named"))
    assert words is not None
    assert "Sarah Jones" in words.text
    assert "sarah.jones@example.org" not in words.text and "07700 900123" not in words.text
    assert [m.kind.value for m in words.masked] == ["email", "phone"]


@pytest.mark.parametrize("consent", ["background", "none", None])
def test_background_and_unrecorded_consent_are_never_quoted(consent: str | None) -> None:
    item = new_item("member-experience", STORY, consent=consent)
    assert quotable(item) is None
    assert not item.quotable
    # Shown to the organisation itself, it is still masked in full.
    assert "Sarah" not in shown(item).text


def test_missing_consent_is_recorded_as_none() -> None:
    assert new_item("fact", "We have 412 members.").consent is Consent.NONE_RECORDED


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: parse_kind("story"), "unknown kind"),
        (lambda: parse_consent("maybe"), "unknown consent"),
        (lambda: new_item("fact", "   "), "empty"),
        (lambda: new_item("fact", "x", date="March 2026"), "YYYY"),
        (lambda: new_item("fact", "x", date="2026-02-30"), "not a real day"),
        (lambda: new_item("survey", "x", count=60, base=52), "between"),
        (lambda: new_item("survey", "x", count=3), "both a count and a base"),
    ],
)
def test_bad_fields_are_named_errors(call, message: str) -> None:
    with pytest.raises(EvidenceError, match=message):
        call()


def test_removal_leaves_no_trace_in_the_data_folder(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    kept = new_item("fact", "We run a weekly drop-in.")
    gone = new_item("member-experience", STORY, consent="anonymous")
    store.add(kept, gone)
    assert b"Sarah Jones" in all_bytes(tmp_path)
    store.remove(gone.id)
    assert b"Sarah Jones" not in all_bytes(tmp_path)
    assert b"sarah.jones" not in all_bytes(tmp_path)
    assert [i.id for i in store.items()] == [kept.id]
    assert not list((tmp_path / "evidence").glob(".items-*"))  # no temporary file left behind
    with pytest.raises(EvidenceError, match="no evidence item"):
        store.get(gone.id)


def test_consent_can_be_recorded_later(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    item = new_item("member-experience", STORY)
    store.add(item)
    changed = store.set_consent(item.id, Consent.QUOTE_ANONYMOUSLY, "2026-04")
    assert quotable(store.get(item.id)) is not None
    assert changed.consent_date == "2026-04"


def test_a_damaged_line_is_named(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    store.add(new_item("fact", "We have 412 members."))
    with store.path.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    with pytest.raises(StoreError, match="line 2 is damaged"):
        store.items()


def test_the_file_is_json_lines_readable_by_this_user_only(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    store.add(new_item("fact", "We have 412 members.", consent="named"))
    line = json.loads(store.path.read_text(encoding="utf-8"))
    assert line["consent"] == "quote with name"
    assert store.path.stat().st_mode & 0o077 == 0

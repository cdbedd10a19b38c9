"""Saved results keep their facts: the named fields round-trip, and a row saved by an earlier
version (its facts in one `details` dict) opens with the same facts."""

from __future__ import annotations

import json
from dataclasses import replace

from tests.support.history_support import grounded

from assistant.core.result_facts import DraftFacts, QuestionFacts, QuestionKind, Repairs, Stance
from assistant.core.schema import FindingRule
from assistant.history import codec

# A draft's `details` exactly as versions before the named fields saved it.
OLD_DETAILS = {
    "relevance": 0.5731,
    "notices": ["Passage [3] was set aside: it reads as instructions."],
    "repairs": {"rewritten": 2, "quoted": 1, "dropped": 0},
    "stance": "agree",
    "word_limit": 300,
    "words": 312,
    "over_limit": True,
    "profile": "Riverside Forum",
    "question_kind": "position",
    "key_points_used": ["secure funding"],
    "key_points_not_used": ["BSL interpreters"],
    "question_number": "4a",
    "chapter": "Chapter 2: Funding",
    "consultation_context": "The council proposes to cut grants.",
    "search_steer": "grants funding",
    "key_points": ["secure funding", "BSL interpreters"],
    "recheck": True,
}


def _old_row(details: dict[str, object]) -> str:
    """A saved row in the old shape: the result's fields, its facts under `details`."""
    data = json.loads(codec.dumps(grounded("Do you agree?", "We agree [1].", task="draft")))
    for name in codec.FACTS:
        data.pop(name)
    return json.dumps({**data, "details": details})


def test_an_old_draft_row_opens_with_the_same_facts() -> None:
    result = codec.loads(_old_row(OLD_DETAILS))
    assert result.relevance == 0.5731
    assert result.notices == ("Passage [3] was set aside: it reads as instructions.",)
    assert result.repairs == Repairs(rewritten=2, quoted=1, dropped=0)
    assert result.draft == DraftFacts(
        stance=Stance.AGREE,
        word_limit=300,
        words=312,
        over_limit=True,
        profile="Riverside Forum",
        question_kind=QuestionKind.POSITION,
        key_points_used=("secure funding",),
        key_points_not_used=("BSL interpreters",),
    )
    assert isinstance(result.draft.stance, Stance)
    assert result.consultation == QuestionFacts(
        "4a",
        "Chapter 2: Funding",
        "The council proposes to cut grants.",
        "grants funding",
        ("secure funding", "BSL interpreters"),
    )
    assert result.recheck is True
    # `--json` and every reader of the flat keys see what the old dict held.
    shown = result.as_dict()
    assert {k: shown[k] for k in OLD_DETAILS} == OLD_DETAILS


def test_an_old_refused_draft_keeps_what_the_library_lacks() -> None:
    old = {"relevance": 0.2, "stance": "no view", "word_limit": 500, "words": 40}
    old |= {"over_limit": False, "profile": "", "question_kind": "open"}
    old |= {"key_points_used": [], "key_points_not_used": [], "not_covered": ["Universal Credit"]}
    result = codec.loads(_old_row(old))
    assert result.draft is not None
    assert result.draft.not_covered == ("Universal Credit",)
    assert result.draft.key_points_not_used == ()
    assert result.draft.question_kind == QuestionKind.OPEN
    assert (result.repairs, result.consultation, result.recheck) == (None, None, False)


def test_an_old_answer_row_with_few_or_no_details_opens() -> None:
    answer = codec.loads(_old_row({"relevance": 0.61, "notices": ["quotes only"]}))
    assert (answer.relevance, answer.notices, answer.draft) == (0.61, ("quotes only",), None)
    bare = codec.loads(_old_row({}))
    assert (bare.relevance, bare.notices, bare.repairs, bare.draft) == (0.0, (), None, None)
    # A draft saved before the question was read keeps "no list" apart from "an empty list".
    early = codec.loads(_old_row({"stance": "mixed", "word_limit": 200, "words": 10}))
    assert early.draft is not None and early.draft.key_points_not_used is None


def test_a_draft_with_every_fact_round_trips() -> None:
    facts = DraftFacts(Stance.DISAGREE, 250, 260, True, "Forum", QuestionKind.EXPERIENCE)
    result = replace(
        grounded("Tell us about your experience.", "We saw it [1].", task="draft"),
        repairs=Repairs(quoted=1),
        draft=replace(facts, key_points_used=("a",), key_points_not_used=("b",)),
        consultation=QuestionFacts("7", "Chapter 1", "Context.", "steer", ("a", "b")),
        recheck=True,
    )
    again = codec.loads(codec.dumps(result))
    assert again == result
    assert again.draft is not None and isinstance(again.draft.question_kind, QuestionKind)


def test_a_finding_rule_saves_as_its_plain_name_and_compares_after_loading() -> None:
    result = grounded("Q?", "A [1].")
    found = replace(result.findings[0], rule=FindingRule.QUOTE_NOT_VERBATIM)
    result = replace(result, verification=replace(result.verification, findings=(found,)))
    text = codec.dumps(result)
    assert '"rule": "quote-not-verbatim"' in text
    assert codec.loads(text).findings[0].rule == FindingRule.QUOTE_NOT_VERBATIM

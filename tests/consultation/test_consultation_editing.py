"""The questions file: what `questions --json` writes, edited by the user and read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.consultation_docs import WORD_QUESTIONS, word_consultation

from assistant.consultation import extract_questions
from assistant.consultation.editing import apply_edits, dump_questions, load_questions
from assistant.core.errors import InputError


@pytest.fixture(scope="module")
def consultation(tmp_path_factory: pytest.TempPathFactory):
    return extract_questions(word_consultation(tmp_path_factory.mktemp("doc") / "c.docx"))


def write(tmp_path: Path, data: object, name: str = "questions.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_dump_is_the_documented_shape(consultation) -> None:
    items = json.loads(dump_questions(consultation))
    assert [(i["number"], i["text"], i["chapter"], i["word_limit"]) for i in items] == [
        (number, text, chapter, words) for number, text, chapter, words, _, _ in WORD_QUESTIONS
    ]
    assert items[1]["options"] == ["Yes", "No"]
    assert items[0]["stance"] is None and items[0]["key_points"] is None


def test_edit_drop_add_renumber(consultation, tmp_path: Path) -> None:
    items = json.loads(dump_questions(consultation))
    funding, independence = items[1], items[2]
    funding |= {"stance": "Agree", "key_points": ["multi-year grants let us plan", " "]}
    independence |= {"number": 7, "text": independence["text"] + " Give examples."}
    added = {
        "number": "8",
        "text": "How can councils fund advocacy?",
        "chapter": "Chapter 2: Funding",
    }
    edited = apply_edits(
        consultation, load_questions(write(tmp_path, [funding, independence, added]))
    )
    assert [(q.number, q.position) for q in edited.questions] == [("1", 1), ("7", 2), ("8", 3)]
    first, second, third = edited.questions
    assert first.stance == "agree" and first.key_points == ("multi-year grants let us plan",)
    assert first.word_limit == 250 and first.options == ("Yes", "No")
    # A question the document asks keeps its context; an added one takes its chapter's.
    assert first.context == consultation.questions[1].context != ""
    assert second.context == consultation.questions[2].context
    assert third.context == consultation.chapter_context["Chapter 2: Funding"] != ""
    assert third.key_points is None  # the profile's
    assert edited.title == consultation.title


def test_toml_file_with_title_and_date(consultation, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'title = "Funding consultation"\nclosing_date = "1 June 2014"\n\n'
        '[[questions]]\nnumber = "Q1"\ntext = "Should grants last three years?"\n'
        "word_limit = 150\n",
        "questions.toml",
    )
    edited = apply_edits(consultation, load_questions(path))
    assert edited.title == "Funding consultation" and edited.closing_date == "2014-06-01"
    assert [(q.number, q.word_limit) for q in edited.questions] == [("1", 150)]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([{"number": "1", "text": "A?", "limit": 3}], "item 1 (question 1): unknown field 'limit'"),
        (
            [{"number": "1", "text": "A?"}, {"number": "2", "text": "B?", "word_limit": "lots"}],
            "item 2 (question 2): field 'word_limit' must be a whole number above 0",
        ),
        ([{"number": "1", "text": "A?", "word_limit": 0}], "field 'word_limit' must be a whole"),
        ([{"number": "1", "text": "  "}], "item 1 (question 1): field 'text' is empty"),
        ([{"text": "A?"}], "item 1: field 'number' is missing"),
        (
            [{"number": "1", "text": "A?", "stance": "maybe"}],
            "field 'stance' must be one of agree, disagree, mixed, no view",
        ),
        (
            [{"number": "3", "text": "A?"}, {"number": 3, "text": "B?"}],
            "item 2: question number '3' is already used by item 1",
        ),
        ([], "the file lists no questions"),
        ({"title": "x"}, "expected a list of questions"),
        ({"questions": [], "deadline": "x"}, "unknown field 'deadline'"),
        ("[{", "line 1: invalid JSON"),
    ],
)
def test_problems_name_the_item_and_field(tmp_path: Path, data: object, message: str) -> None:
    with pytest.raises(InputError) as raised:
        load_questions(write(tmp_path, data))
    assert message in str(raised.value)
    assert str(raised.value).startswith(str(tmp_path / "questions.json"))


def test_wrong_kind_of_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"must be a \.toml or \.json file"):
        load_questions(write(tmp_path, "x", "questions.txt"))
    with pytest.raises(InputError, match="no such file"):
        load_questions(tmp_path / "missing.json")

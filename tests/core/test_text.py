"""The shared text helpers (assistant/core/text.py) and source kind names (source_kinds.py)."""

from __future__ import annotations

import pytest

from assistant.core.errors import InputError
from assistant.core.text import noun_for, plural, sentence_spans, shorten, strip_markers
from assistant.library.source_kinds import badge, kind_label, normalise_kind, speaker


def test_plural_counts_and_names() -> None:
    assert plural(1, "question") == "1 question"
    assert plural(0, "question") == "0 questions"
    assert plural(3, "miss", "misses") == "3 misses"
    assert noun_for(1, "key") == "key" and noun_for(2, "key") == "keys"


def test_shorten_cuts_at_a_word_by_characters_or_words() -> None:
    text = "Disabled people's user-led organisations, run by disabled people, know what works."
    short = shorten(text, 40)
    assert short == "Disabled people's user-led…" and len(short) <= 40
    assert shorten("one  two\nthree", 40) == "one two three"  # on one line, not cut
    assert shorten(text, words=5) == "Disabled people's user-led organisations, run…"
    assert shorten("short passage\n over lines", words=60) == "short passage over lines"
    assert shorten("x" * 50, 10) == "x" * 9 + "…"  # no space to cut at: cut hard


def test_sentence_spans_keep_markers_quotes_and_abbreviations() -> None:
    text = (
        'The fund opened.[2] He said “Go now.” "Stop. Now." Then e.g. Mr. Smith left (quickly.) '
        "Fin."
    )
    found = [text[s:e] for s, e in sentence_spans(text)]
    assert found == [
        "The fund opened.[2]",
        "He said “Go now.”",
        '"Stop. Now."',
        "Then e.g. Mr. Smith left (quickly.)",
        "Fin.",
    ]
    assert sentence_spans("  Two words.  ", offset=10) == [(12, 22)]
    assert strip_markers("It rose [1, 2]. It fell [3–4].") == "It rose. It fell."


def test_every_face_names_a_kind_from_one_table() -> None:
    assert badge("briefing note").startswith("Briefing note (our summary")
    assert speaker("official text") == "The official text"
    assert (badge("odd kind"), speaker("odd kind"), badge("")) == ("odd kind", "A source", "Source")
    assert kind_label("article", "Disability News blog") == "blog article"
    assert speaker(kind_label("article", "A blog")) == "A blog article"
    assert normalise_kind(" Note ") == "briefing note"
    with pytest.raises(InputError, match="choose one of: article, briefing note"):
        normalise_kind("rumour")

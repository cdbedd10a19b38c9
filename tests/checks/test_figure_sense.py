"""A figure in its source but put on the other side ("2% in favour" -> "2% against") is
flagged; fair paraphrases, and figures with no side word, are not judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.checks.figure_sense import reversed_figures, sides
from assistant.checks.verify import verify
from assistant.core.schema import Evidence
from assistant.core.text import split_sentences

SOURCE = (
    "The government response reported over 1,300 responses, of which about 2% were in favour. "
    "Over half of the responses objected to profit-making. Waiting times fell by 12% in 2015."
)


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Over 1,300 responses were in favour, while about 2% were against it [1].", "2%"),
        ("About 2% objected to the plan [1].", "2%"),
        ("Waiting times rose by 12% in 2015 [1].", "12%"),
    ],
)
def test_a_figure_put_the_other_way_round_is_flagged(sentence: str, figure: str) -> None:
    assert [f for f, _ in reversed_figures(sentence, [SOURCE])] == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 2% of over 1,300 responses supported the proposal [1].",
        "Only about 2% were in favour [1].",
        "The response reported over 1,300 responses [1].",  # no side word: not judged
        "Waiting times dropped by 12% in 2015 [1].",
        "About 2% were against [2].",  # the figure is not in this passage: another rule's job
    ],
)
def test_fair_paraphrases_and_figures_without_a_side_pass(sentence: str) -> None:
    other = "Costs were 5% higher."
    passages = [SOURCE] if "[1]" in sentence else [other]
    assert reversed_figures(sentence, passages) == []


def test_side_words_are_read_as_whole_words() -> None:
    assert sides("were in favour") == {"for"}
    assert sides("objected to profit-making") == {"against"}
    assert sides("supportive staff") == set()  # "support" inside another word is not a side
    assert sides("costs fell") == {"down"}


def test_the_verifier_reports_it_with_the_source_words() -> None:
    evidence = [Evidence(1, "doc:1", "doc", "Response", "official text", "", "", SOURCE)]
    checked = verify("About 2% of responses were against the proposal [1].", evidence)
    (finding,) = [f for f in checked.findings if f.rule == "figure-reversed"]
    assert "2% were in favour" in finding.problem and finding.citations == (1,)
    assert not checked.sentences[0].supported


def test_no_sentence_of_the_bundled_corpus_is_flagged_against_its_own_document() -> None:
    """The same figure may come back later in a document, said another way: each sentence
    is checked against its whole document, as a draft quoting it would be."""
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    flagged, count = [], 0
    for path in sorted(corpus.rglob("*.md")):
        document = path.read_text(encoding="utf-8")
        for sentence in split_sentences(document):
            count += 1
            flagged += [(path.name, sentence) for _ in reversed_figures(sentence, [document])]
    assert count > 200 and flagged == []

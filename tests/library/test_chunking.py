"""Chunking: exact slices, sizes within target, whole sentences, citation metadata, stable ids."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tests.support.helpers import CORPUS_DIR, make_settings, paragraph, write_markdown

from assistant.core.schema import Chunk, Document
from assistant.library.chunking import chunk_document
from assistant.library.documents import find_files, load_document

_ENDS_SENTENCE = re.compile(r"[.!?][\"'’”)\]]*\Z")


def words(text: str) -> int:
    return len(text.split())


def check_chunks(document: Document, chunks: list[Chunk], min_words: int, max_words: int) -> None:
    """Every property a chunk must have, checked against the document it came from."""
    text = document.text
    assert chunks, f"{document.doc_id}: no chunks"
    covered = [0] * len(text)
    for index, chunk in enumerate(chunks):
        md = chunk.metadata
        where = f"{document.doc_id} chunk {index}"
        # An exact slice, with matching metadata.
        assert text[chunk.char_start : chunk.char_end] == chunk.text, where
        assert (md["char_start"], md["char_end"]) == (chunk.char_start, chunk.char_end), where
        assert md["doc_id"] == chunk.doc_id == document.doc_id, where
        assert md["title"] == document.title, where
        assert md["section"] == chunk.section, where
        assert (md["para_start"], md["para_end"]) == (chunk.para_start, chunk.para_end), where
        assert md["chunk_index"] == index, where
        assert all(isinstance(v, str | int | float | bool) for v in md.values()), where
        # Paragraphs and section: exactly the blocks the chunk overlaps.
        inside = [
            b for b in document.blocks if b.start < chunk.char_end and b.end > chunk.char_start
        ]
        assert inside[0].paragraph == chunk.para_start, where
        assert inside[-1].paragraph == chunk.para_end, where
        assert {b.section for b in inside} == {chunk.section}, where
        # Starts at a paragraph or sentence start; ends at a paragraph or sentence end, unless
        # the chunk says it was cut inside a sentence too long for one passage.
        block_starts = {b.start for b in document.blocks}
        block_ends = {b.end for b in document.blocks}
        if chunk.char_start not in block_starts:
            assert text[chunk.char_start - 1].isspace(), f"{where} starts mid-word"
            ends = _ENDS_SENTENCE.search(text[: chunk.char_start].rstrip())
            assert bool(ends) != bool(md.get("cut_before")), where
        if chunk.char_end not in block_ends:
            ends = _ENDS_SENTENCE.search(chunk.text)
            assert bool(ends) != bool(md.get("cut_after")), f"{where}: {chunk.text[-40:]!r}"
            assert text[chunk.char_end].isspace(), f"{where} ends mid-word: {chunk.text[-40:]!r}"
        # Size: never over the maximum.
        assert words(chunk.text) <= max_words, f"{where}: {words(chunk.text)} words"
        for i in range(chunk.char_start, chunk.char_end):
            covered[i] += 1
    # Short chunks only when joining a same-section neighbour would pass the maximum.
    for before, after in itertools.pairwise(chunks):
        if (
            before.section == after.section
            and min(map(words, (before.text, after.text))) < min_words
        ):
            assert words(text[before.char_start : after.char_end]) > max_words
    # Nothing lost, nothing repeated: each visible character of each paragraph is in one chunk.
    for block in document.blocks:
        for i in range(block.start, block.end):
            if not text[i].isspace():
                assert covered[i] == 1, (
                    f"{document.doc_id}: {text[i]!r} at {i} covered {covered[i]}x"
                )


def load_md(tmp_path: Path, name: str, sections: dict[str, list[str]], **front: str) -> Document:
    return load_document(
        write_markdown(tmp_path / f"{name}.md", name, name.title(), sections, **front)
    )


def test_short_paragraphs_merge_within_a_section_only(tmp_path: Path) -> None:
    doc = load_md(
        tmp_path,
        "merge",
        {
            "Transport": [paragraph("transport", 20), paragraph("transport", 20)],
            "Housing": [paragraph("housing", 15)],
        },
    )
    chunks = chunk_document(doc, 60, 250)
    assert [(c.section, c.para_start, c.para_end) for c in chunks] == [
        ("Transport", 1, 2),
        ("Housing", 3, 3),
    ]
    check_chunks(doc, chunks, 60, 250)


def test_paragraphs_over_the_maximum_split_between_sentences(tmp_path: Path) -> None:
    doc = load_md(tmp_path, "long", {"Employment": [paragraph("employment", 700)]})
    chunks = chunk_document(doc, 60, 250)
    assert len(chunks) == 3
    assert all(60 <= words(c.text) <= 250 for c in chunks)
    assert {(c.para_start, c.para_end) for c in chunks} == {(1, 1)}
    check_chunks(doc, chunks, 60, 250)


def test_split_keeps_closing_quotes_and_brackets_with_their_sentence(tmp_path: Path) -> None:
    sentences = [
        "The minister said “we will listen to disabled people.”",
        "Officials added that (in their words) “nothing is decided yet.”",
        "A note followed (see the annex for details.)",
        "Charities replied, e.g. Mr. Jones wrote that ‘promises are not enough.’",
        "The council agreed [after a long debate.]",
        "Was the consultation long enough?",
    ]
    long_paragraph = " ".join(sentences * 12)
    doc = load_md(tmp_path, "quotes", {"Debate": [long_paragraph]})
    chunks = chunk_document(doc, 20, 60)
    assert len(chunks) > 3
    check_chunks(doc, chunks, 20, 60)
    for chunk in chunks:
        assert chunk.text.count("“") == chunk.text.count("”"), chunk.text
        assert chunk.text.count("(") == chunk.text.count(")"), chunk.text


def test_a_single_sentence_longer_than_the_maximum_is_cut_at_words(tmp_path: Path) -> None:
    endless = " ".join(["and then the budget grew"] * 80) + "."
    doc = load_md(tmp_path, "run-on", {"Run on": [endless, paragraph("housing", 30)]})
    chunks = chunk_document(doc, 20, 100)
    assert [words(c.text) for c in chunks[:4]] == [100, 100, 100, 100]  # one 400-word sentence
    cuts = [
        (c.metadata.get("cut_before", False), c.metadata.get("cut_after", False)) for c in chunks
    ]
    assert cuts[:5] == [(False, True), (True, True), (True, True), (True, False), (False, False)]
    check_chunks(doc, chunks, 20, 100)


def test_a_long_sentence_is_cut_at_a_clause_before_a_word(tmp_path: Path) -> None:
    clause = " ".join(["the budget grew"] * 9) + ","  # 27 words ending a clause
    endless = " ".join([clause] * 10) + " end."
    doc = load_md(tmp_path, "clauses", {"Clauses": [endless]})
    chunks = chunk_document(doc, 20, 100)
    assert all(c.text.endswith(",") for c in chunks[:-1])  # each cut after a comma
    assert all(words(c.text) == 81 for c in chunks[:-1])  # three clauses fit in 100 words
    check_chunks(doc, chunks, 20, 100)


def test_an_endless_page_is_capped_in_words_and_characters(tmp_path: Path) -> None:
    from assistant.library.cutting import CHARS_PER_WORD

    blob = "x" * (100 * CHARS_PER_WORD * 3)  # one unbroken token: cut by characters
    page = " ".join(["word"] * 5000)
    doc = load_md(tmp_path, "blob", {"Blob": [page, blob]})
    chunks = chunk_document(doc, 20, 100)
    assert max(words(c.text) for c in chunks) <= 100
    assert max(len(c.text) for c in chunks) <= 100 * CHARS_PER_WORD
    assert "".join(c.text for c in chunks if "x" in c.text) == blob  # nothing lost


def test_chunk_ids_are_stable_and_follow_the_text(tmp_path: Path) -> None:
    sections = {
        "Transport": [paragraph("transport", 90)],
        "Housing": [paragraph("housing", 90)],
        "Employment": [paragraph("employment", 90)],
    }
    doc = load_md(tmp_path, "stable", sections)
    first = [c.id for c in chunk_document(doc, 60, 250)]
    assert first == [c.id for c in chunk_document(load_document(Path(doc.source_path)), 60, 250)]
    assert len(set(first)) == len(first) == 3

    edited = dict(sections, Employment=[paragraph("employment", 90) + " One new sentence."])
    changed = [c.id for c in chunk_document(load_md(tmp_path, "stable", edited), 60, 250)]
    assert changed[:2] == first[:2]  # untouched passages keep their ids
    assert changed[2] != first[2]


def test_chunk_ids_change_when_provenance_changes(tmp_path: Path) -> None:
    sections = {"Transport": [paragraph("transport", 90)]}
    before = chunk_document(load_md(tmp_path, "prov", sections, licence="A"), 60, 250)
    after = chunk_document(load_md(tmp_path, "prov", sections, licence="B"), 60, 250)
    assert after[0].metadata["licence"] == "B"
    assert before[0].id != after[0].id


def test_invalid_sizes_are_refused(tmp_path: Path) -> None:
    doc = load_md(tmp_path, "sizes", {"S": [paragraph("housing", 30)]})
    for low, high in [(0, 10), (50, 10)]:
        with pytest.raises(ValueError, match="min_words"):
            chunk_document(doc, low, high)


@pytest.mark.parametrize("path", find_files([CORPUS_DIR])[0], ids=lambda p: p.stem)
def test_every_bundled_corpus_chunk_is_well_formed(path: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    low, high = settings.chunk_min_words, settings.chunk_max_words
    doc = load_document(path)
    chunks = chunk_document(doc, low, high)
    check_chunks(doc, chunks, low, high)
    assert len({c.id for c in chunks}) == len(chunks)
    assert all(words(c.text) <= high for c in chunks)


def test_the_langchain_recipe_splits_into_overlapping_exact_slices(tmp_path: Path) -> None:
    """The evaluation baseline (RecursiveCharacterTextSplitter 1000/200) keeps quotes true."""
    from assistant.library.chunking import chunk_document_recursive

    sections = {
        f"Part {n}": [" ".join(f"Sentence {n}.{i} about the topic." for i in range(40))]
        for n in range(3)
    }
    document = load_document(write_markdown(tmp_path / "long.md", "long", "Long", sections))
    chunks = chunk_document_recursive(document)
    assert len(chunks) > 3
    for chunk in chunks:
        assert document.text[chunk.char_start : chunk.char_end] == chunk.text
        assert len(chunk.text) <= 1000
        assert chunk.section.startswith("Part") or chunk.section == "Long"
    assert any(a.char_end > b.char_start for a, b in itertools.pairwise(chunks))
    assert len({c.id for c in chunks}) == len(chunks)

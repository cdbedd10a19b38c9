"""The bundled corpus reads as written for its readers: any sentence may be quoted in a response.

What the corpus says ends up word for word in drafts sent to government, so words about how
this project works must never appear in a passage, and briefing notes gather their references
at the end of a section instead of bracketing one after every sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.helpers import CORPUS_DIR

from assistant.library.chunking import chunk_document
from assistant.library.documents import load_document

FILES = sorted(p for p in CORPUS_DIR.rglob("*.md") if p.name.lower() != "readme.md")
NOTES = [p for p in FILES if p.parent.name == "policy"]

# Project-internal words: meaningful to the people who built the corpus, not to its readers.
INTERNAL = (
    r"\bseeds?\b",
    r"\bwe hold\b",
    r"\bdo not assume\b",
    r"\bproject team\b",
    r"\bthe article does not name\b",
    r"\bour (?:own )?(?:reading|words|summary)\b",
    r"\bfor this project\b",
    r"\bwe have not checked\b",
)
INTERNAL_RE = re.compile("|".join(INTERNAL), re.IGNORECASE)
# A sentence ending in a bracketed reference such as "(SI 2014/2407)." or "(..., July 2011)."
# (a bare date in brackets, "(June 2014).", is not a reference).
BRACKETED_REFERENCE = re.compile(
    r"\([^()]*(?:,[^()]*\d{4}|\d{4}/\d+|s\.\s?\d+|para \d)[^()]*\)[.;]"
)


def internal_words(text: str) -> list[str]:
    return sorted({m.group(0).lower() for m in INTERNAL_RE.finditer(text)})


def test_the_guard_catches_what_it_is_for() -> None:
    assert internal_words("As the seed article says, the text we hold") == ["seed", "we hold"]
    assert internal_words("Do not assume it is DFE-RR233.") == ["do not assume"]
    assert internal_words("Seedlings and proceeds are fine.") == []
    assert BRACKETED_REFERENCE.search("to taxpayers (Open Public Services White Paper, 2011).")
    assert BRACKETED_REFERENCE.search("only to bodies not carried on for profit (SI 2014/2407).")
    assert not BRACKETED_REFERENCE.search("The Compact (2010) expects 12 weeks.")
    assert not BRACKETED_REFERENCE.search("a blog article (June 2014).")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_passage_uses_project_internal_words(path: Path) -> None:
    document = load_document(path)
    found = {
        chunk.id: internal_words(chunk.text)
        for chunk in chunk_document(document)
        if internal_words(chunk.text)
    }
    assert found == {}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_provenance_is_written_for_a_reader(path: Path) -> None:
    provenance = load_document(path).provenance
    assert {k: internal_words(v) for k, v in provenance.items() if internal_words(v)} == {}


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.stem)
def test_briefing_notes_gather_references_at_the_end_of_sections(path: Path) -> None:
    document = load_document(path)
    bracketed = BRACKETED_REFERENCE.findall(document.text)
    assert bracketed == []
    sections = {b.section for b in document.blocks}
    with_sources = {b.section for b in document.blocks if re.match(r"Sources?: ", b.references)}
    assert sections == with_sources, "every section ends with its references"
    # The references are beside the passages, never in them: a quote is never a reference line.
    assert not re.search(r"(?m)^Sources?: ", document.text)
    for chunk in chunk_document(document):
        assert chunk.metadata["references"] == next(
            b.references for b in document.blocks if b.section == chunk.section
        )


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.stem)
def test_briefing_notes_refer_to_articles_by_title_without_retelling_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")  # cross-references sit in the references lines
    assert "What the seed articles say" not in text
    articles = [load_document(p).provenance["title"] for p in FILES if p.parent.name == "articles"]
    mentioned = [title for title in articles if title in text]
    assert mentioned, f"{path.name} names no article by its title"


def test_articles_are_cited_as_blog_articles_and_notes_as_briefing_notes() -> None:
    from assistant.checks.citations import build_evidence
    from assistant.core.schema import Passage
    from assistant.rendering.sources import describe

    def first_citation(doc_id: str) -> str:
        path = next(p for p in FILES if p.stem == doc_id)
        chunk = chunk_document(load_document(path))[0]
        return describe(build_evidence([Passage(chunk.id, chunk.text, chunk.metadata, 1.0)])[0])

    assert first_citation("dpulos-public-service-delivery").startswith(
        "DPULOs and public service delivery (blog article)"
    )
    assert "(briefing note)" in first_citation("social-value-act-2012")


def test_a_notes_references_travel_with_its_passages_into_the_sources_list() -> None:
    from assistant.checks.citations import build_evidence
    from assistant.core.schema import Passage
    from assistant.rendering.sources import source_line

    path = next(p for p in NOTES if p.stem == "dfe-childrens-social-care-delegation-2014")
    chunk = next(c for c in chunk_document(load_document(path)) if "SI 2014/2407" in c.section)
    evidence = build_evidence([Passage(chunk.id, chunk.text, chunk.metadata, 1.0)])[0]
    assert evidence.references.startswith("Source: SI 2014/2407.")
    assert "Source:" not in evidence.quote
    assert source_line(evidence).endswith(evidence.references)

"""The reading view's model and its HTML, with a fake library (no store, no model, no browser):
the document rebuilt in order with page markers and headings, the cited passage found (by id,
or by its text after a re-ingest), the quoted sentence picked out, and a removed document
shown as removed, with the saved quote, never an error."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from assistant.answering.reading_view import (
    build_view,
    evidence_from_dict,
    mark_removed,
    quoted_sentence,
)
from assistant.core.errors import InputError
from assistant.core.schema import Evidence
from assistant.library.store import StoredChunk

CITED = (
    "Buses need ramps that work. Drivers should wait until a wheelchair user is settled before "
    "moving off. Fares must stay low."
)


def chunk(id_: str, text: str, start: int, **metadata: Any) -> StoredChunk:
    base = {"doc_id": "buses", "title": "Bus report", "char_start": start}
    return StoredChunk(id_, text, {**base, **metadata})


class FakeLibrary:
    """The one method the view needs, over chunks given out of order (as Chroma may)."""

    def __init__(self, chunks: list[StoredChunk]) -> None:
        self.chunks = chunks
        self.asked: list[str] = []

    def document_chunks(self, doc_id: str) -> list[StoredChunk]:
        self.asked.append(doc_id)
        found = [c for c in self.chunks if c.metadata["doc_id"] == doc_id]
        return sorted(found, key=lambda c: c.metadata["char_start"])


def library() -> FakeLibrary:
    return FakeLibrary(
        [
            chunk("buses:c", CITED, 400, section="Access", page_start=14, page_end=14),
            chunk("buses:a", "Our members told us about journeys.", 0, page_start=1, page_end=1),
            chunk("buses:b", "Most stations have steps.", 100, section="Access", page_start=2),
            chunk("buses:d", "Trains are next.", 900, section="Rail", page_start=14, page_end=15),
        ]
    )


def cited(**fields: Any) -> Evidence:
    values: dict[str, Any] = {
        "n": 2, "id": "buses:c", "doc_id": "buses", "title": "Bus report", "kind": "user upload",
        "section": "Access", "paragraphs": "7", "quote": CITED, "pages": "14",
    }  # fmt: skip
    values.update(fields)
    return Evidence(**values)


SAID = ("The report says drivers should wait until a wheelchair user is settled [2].",)


def test_the_document_is_rebuilt_in_order_with_pages_headings_and_the_quoted_sentence() -> None:
    view = build_view(library(), cited(), SAID)
    kinds = [(p.kind, p.text) for p in view.parts if p.kind != "cited"]
    assert kinds == [
        ("page", "Page 1"),
        ("text", "Our members told us about journeys."),
        ("page", "Page 2"),
        ("heading", "Access"),
        ("text", "Most stations have steps."),
        ("page", "Page 14"),
        ("page", "Page 15"),
        ("heading", "Rail"),
        ("text", "Trains are next."),
    ]
    (part,) = [p for p in view.parts if p.kind == "cited"]
    assert part.mark.startswith("Drivers should wait") and part.mark.endswith("moving off.")
    assert part.before + part.mark + part.after == CITED
    assert [p.kind for p in view.parts].index("cited") == 6  # after "Page 14", before "Page 15"
    assert view.located and not view.removed
    assert view.citation == "Bus report (user upload), p. 14"
    assert view.message == "Opened “Bus report” at p. 14; the quoted sentence is highlighted."


def test_without_a_matching_sentence_the_whole_passage_is_highlighted() -> None:
    for said in ((), ("Something else entirely about housing grants.",)):
        (part,) = [p for p in build_view(library(), cited(), said).parts if p.kind == "cited"]
        assert (part.before, part.mark, part.after) == ("", CITED, "")


def test_a_passage_re_ingested_under_a_new_id_is_found_by_its_text() -> None:
    view = build_view(library(), cited(id="buses:old", quote="  Buses need ramps\nthat work."))
    assert view.located
    assert [p.kind for p in view.parts].count("cited") == 1


def test_a_passage_no_longer_in_the_document_is_said_so_and_the_saved_quote_kept() -> None:
    view = build_view(library(), cited(id="buses:old", quote="Text the document lost."))
    assert not view.located and not view.removed
    assert "cited passage has changed" in view.message
    assert view.quote == "Text the document lost."
    assert "cited" not in [p.kind for p in view.parts]


def test_a_removed_document_is_marked_removed_and_keeps_its_quote() -> None:
    source = library()
    view = build_view(source, cited(doc_id="gone", id="gone:1"))
    assert source.asked == ["gone"]
    assert view.removed and not view.located and view.parts == ()
    assert view.citation == "Bus report (user upload), p. 14 (document removed)"
    assert "no longer in the library (document removed)" in view.message
    assert view.quote == CITED


def test_mark_removed_marks_only_documents_the_library_lost() -> None:
    kept, gone = mark_removed([cited(), cited(n=3, doc_id="gone")], {"buses"})
    assert not kept.removed and gone.removed


def test_overlapping_passages_are_shown_once() -> None:
    source = FakeLibrary(
        [chunk("buses:1", "One two three four.", 0), chunk("buses:2", "three four. Five six.", 8)]
    )
    view = build_view(source, cited(id="buses:9", quote="not here"))
    assert "".join(p.text for p in view.parts) == "One two three four. Five six."


def test_quoted_sentence_needs_enough_shared_words() -> None:
    assert quoted_sentence(CITED, ["the ramps work"]) is None  # two content words only
    span = quoted_sentence(CITED, ["Fares must stay low for disabled travellers, buses too."])
    assert span is not None and CITED[span[0] : span[1]] == "Fares must stay low."


def test_evidence_round_trips_through_the_page_and_damage_is_a_named_error() -> None:
    original = cited(label="blog article")
    sent = json.dumps({**original.as_dict(), "label": "blog article"})
    back = evidence_from_dict(json.loads(sent))
    assert back == original
    for damaged in ({}, {"n": "two", "id": "x", "doc_id": "x", "title": "t", "quote": "q"}):
        with pytest.raises(InputError, match="cannot open this source"):
            evidence_from_dict(damaged)


# ---- the HTML (thin rendering in assistant/ui/reading.py) --------------------------------------


def test_reading_html_marks_the_sentence_focusable_and_escapes_the_document() -> None:
    from assistant.ui.reading import reading_html

    hostile = FakeLibrary([chunk("buses:c", CITED + " <script>alert(1)</script>", 0)])
    page = reading_html(build_view(hostile, cited(), SAID))
    assert "<script>" not in page and "&lt;script&gt;" in page
    mark = re.search(r"<mark data-cited tabindex=\"-1\">(.*?)</mark>", page)
    assert mark and mark.group(1).startswith("Drivers should wait")
    assert 'role="region" tabindex="0"' in page  # the scrolling text is reachable by keyboard


def test_reading_html_for_a_removed_document_focuses_the_saved_quote() -> None:
    from assistant.ui.reading import reading_html

    page = reading_html(build_view(library(), cited(doc_id="gone")))
    assert "(document removed)" in page
    assert re.search(r'<blockquote data-cited tabindex="-1">Buses need ramps', page)
    assert "reading-text" not in page


def test_sources_buttons_carry_what_the_view_needs() -> None:
    import html as html_module

    from assistant.ui.reading import sources_html

    page = sources_html([cited()], {2: SAID})
    (payload,) = re.findall(r'data-source="([^"]*)"', page)
    data = json.loads(html_module.unescape(payload))
    assert evidence_from_dict(data) == cited() and data["said"] == list(SAID)
    assert "[2] Bus report (user upload), p. 14</button>" in page


def test_a_damaged_click_gets_a_one_line_message(tmp_path: Any) -> None:
    from assistant.ui.reading import open_source

    class Services:
        store = library()

    view, status = open_source(Services(), {"source": '{"n": 1}'})  # type: ignore[arg-type]
    assert "Could not open the source: cannot open this source" in status
    for damaged in ("not json", "[1, 2]", None):
        view, status = open_source(Services(), {"source": damaged})  # type: ignore[arg-type]
        assert status.endswith(
            "Could not open the source: cannot open this source: its details "
            "are damaged; ask again</p>"
        )
    good = json.dumps({**cited(doc_id="gone").as_dict(), "said": []})
    view, status = open_source(Services(), {"source": good})  # type: ignore[arg-type]
    assert "document removed" in status and "document removed" in view


def test_a_real_store_gives_a_documents_passages_in_order_and_knows_what_is_gone(
    store: Any,
) -> None:
    """Chroma (fake vectors): passages of one document in reading order; removed ones missing."""
    from assistant.core.schema import Block, Document, Finding, GroundedText, Verification
    from assistant.library.chunking import chunk_document
    from assistant.ui.reading import result_sources_html

    texts = [f"Paragraph {n} says something different about buses number {n}." for n in range(9)]
    text = "\n\n".join(texts)
    blocks, start = [], 0
    for number, para in enumerate(texts, start=1):
        blocks.append(Block(para, "", number, start, start + len(para), page=number))
        start += len(para) + 2
    document = Document("buses", text, tuple(blocks), {"title": "Bus report"}, "/b.pdf")
    chunks = chunk_document(document, min_words=5, max_words=12)
    assert len(chunks) == 9
    store.add(list(reversed(chunks)), store.embeddings.embed_documents([c.text for c in chunks]))
    stored = store.document_chunks("buses")
    assert [c.text for c in stored] == texts
    assert [c.metadata["page_start"] for c in stored] == list(range(1, 10))
    assert store.document_chunks("other") == []
    assert store.present_documents(["buses", "other"]) == {"buses"}

    view = build_view(store, cited(id=chunks[4].id, quote=texts[4], pages="5"))
    assert [p.text for p in view.parts if p.kind == "page"][4] == "Page 5"
    answer = GroundedText(
        "ask", "q", "q", "Buses [2].", (cited(), cited(n=3, doc_id="gone")),
        Verification((), (Finding("s", "p", "low-support"),)), "extractive",
    )  # fmt: skip
    shown = result_sources_html(answer, store.present_documents(["buses", "gone"]))
    assert shown.count("(document removed)</button>") == 1


def test_our_own_evidence_opens_as_itself_never_as_a_removed_document() -> None:
    ours = cited(id="our-evidence:ev-1", doc_id="our-evidence", title="Member experience")
    source = library()
    view = build_view(source, ours, ["Buses need ramps"])
    assert not view.removed and view.located and "our own evidence" in view.message
    assert source.asked == []  # not looked for in the library at all


def test_present_documents_counts_our_evidence_as_present() -> None:
    from assistant.answering.reading_view import present_documents

    class Checker:
        def present_documents(self, doc_ids: Any) -> set[str]:
            return {d for d in doc_ids if d == "buses"}

    evidence = [cited(), cited(doc_id="gone"), cited(doc_id="our-evidence")]
    assert present_documents(Checker(), evidence) == {"buses", "our-evidence"}

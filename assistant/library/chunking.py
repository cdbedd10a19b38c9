"""Split a document into quotable passages: structure first (sections, paragraphs), then size.

Paragraphs in one section are merged until a passage reaches `min_words`; a paragraph longer
than `max_words` is split between sentences, and a single sentence longer than that is cut at
a clause, then at a word (`cutting.py`), so no passage exceeds the maximum. Each chunk's text
is an exact slice of the document text, so quotes and offsets stay true to the source; a
passage cut inside a sentence says so in its metadata (`cut_before`, `cut_after`), and the
faces show the cut as "…".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from assistant.core.schema import Block, Chunk, Document, Metadata
from assistant.core.text import sentence_spans
from assistant.library.cutting import CHARS_PER_WORD, cut, over_cap


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    section: str
    para_start: int
    para_end: int
    page_start: int = 0  # PDF pages the span starts and ends on; 0 when the format has none
    page_end: int = 0
    cut_before: bool = False  # starts inside a sentence cut for length
    cut_after: bool = False  # ends inside one

    def joined(self, later: _Span) -> _Span:
        """This span run on to the end of a later one in the same section."""
        return _Span(
            self.start,
            later.end,
            self.section,
            self.para_start,
            later.para_end,
            self.page_start,
            later.page_end,
            self.cut_before,
            later.cut_after,
        )


def _block_span(block: Block, start: int, end: int) -> _Span:
    return _Span(
        start, end, block.section, block.paragraph, block.paragraph, block.page, block.page
    )


def _word_count(text: str) -> int:
    return len(text.split())


def _split_long(block: Block, text: str, max_words: int) -> list[_Span]:
    """Split one long paragraph into roughly equal runs of whole sentences."""
    sentences = sentence_spans(block.text, block.start)
    total = _word_count(block.text)
    pieces = max(1, -(-total // max_words))
    target = total / pieces
    spans: list[_Span] = []
    run_start, run_words = sentences[0][0], 0
    for index, (s, e) in enumerate(sentences):
        words = _word_count(text[s:e])
        last = index == len(sentences) - 1
        run_words += words
        if (
            last
            or run_words >= target
            or run_words + _word_count(text[sentences[index + 1][0] : sentences[index + 1][1]])
            > max_words
        ):
            spans.append(_block_span(block, run_start, e))
            if not last:
                run_start, run_words = sentences[index + 1][0], 0
    return spans


def _capped(span: _Span, text: str, max_words: int) -> list[_Span]:
    """The span, or the pieces of a sentence too long for one passage."""
    if not over_cap(text, span.start, span.end, max_words):
        return [span]
    return [
        replace(span, start=piece.start, end=piece.end, cut_before=piece.cut_before,
                cut_after=piece.cut_after)
        for piece in cut(text, span.start, span.end, max_words)
    ]  # fmt: skip


def _plan(document: Document, min_words: int, max_words: int) -> list[_Span]:
    text = document.text
    max_chars = max_words * CHARS_PER_WORD
    units: list[_Span] = []
    for block in document.blocks:
        if over_cap(text, block.start, block.end, max_words):
            spans = _split_long(block, text, max_words)
            units.extend(piece for span in spans for piece in _capped(span, text, max_words))
        else:
            units.append(_block_span(block, block.start, block.end))
    merged: list[_Span] = []
    for unit in units:
        if merged:
            last = merged[-1]
            same_section = last.section == unit.section
            last_words = _word_count(text[last.start : last.end])
            both = _word_count(text[last.start : unit.end])
            fits = both <= max_words and unit.end - last.start <= max_chars
            if same_section and last_words < min_words and fits:
                merged[-1] = last.joined(unit)
                continue
        merged.append(unit)
    # A short tail at the end of a section joins the passage before it when that fits.
    result: list[_Span] = []
    for span in merged:
        if result:
            prev = result[-1]
            if (
                prev.section == span.section
                and _word_count(text[span.start : span.end]) < min_words
                and _word_count(text[prev.start : span.end]) <= max_words
                and span.end - prev.start <= max_chars
            ):
                result[-1] = prev.joined(span)
                continue
        result.append(span)
    return result


def chunk_id(doc_id: str, start: int, end: int, text: str, context: str = "") -> str:
    """Stable id from content and position: unchanged text keeps its id across re-ingests.

    `context` (the document's provenance) is hashed in too, so a corrected title or kind
    replaces the passages, whose vectors include the title.
    """
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{text}\x1f{context}"
    return f"{doc_id[:40]}:{hashlib.sha1(key.encode()).hexdigest()[:16]}"


def _pages(start: int, end: int) -> dict[str, int]:
    """Page metadata for a PDF passage (Chroma keeps no None, so other formats get none)."""
    return {"page_start": start, "page_end": max(start, end)} if start > 0 else {}


def _cuts(span: _Span) -> dict[str, bool]:
    """Metadata for a passage cut inside a sentence (Chroma keeps no None: absent when not)."""
    flags = {"cut_before": span.cut_before, "cut_after": span.cut_after}
    return {key: True for key, value in flags.items() if value}


def chunk_document(document: Document, min_words: int = 80, max_words: int = 200) -> list[Chunk]:
    """Chunks for one document, in reading order, with citation metadata."""
    if min_words <= 0 or max_words < min_words:
        raise ValueError(f"need 0 < min_words <= max_words, got {min_words}, {max_words}")
    context = "\x1f".join(f"{k}={v}" for k, v in sorted(document.provenance.items()))
    # The file's location is stored with each chunk too (ingest uses it to mirror folders).
    context += f"\x1fsource_path={document.source_path}"
    references = {b.section: b.references for b in document.blocks if b.references}
    chunks: list[Chunk] = []
    for index, span in enumerate(_plan(document, min_words, max_words)):
        text = document.text[span.start : span.end]
        extra = {"references": references[span.section]} if span.section in references else {}
        pages = _pages(span.page_start, span.page_end)
        metadata: Metadata = {
            **document.provenance,
            "doc_id": document.doc_id,
            "section": span.section,
            "para_start": span.para_start,
            "para_end": span.para_end,
            "char_start": span.start,
            "char_end": span.end,
            "chunk_index": index,
            "source_path": document.source_path,
            **pages,
            **extra,
            **_cuts(span),
        }
        # Pages and section go into a PDF passage's id, so a PDF ingested before pages were
        # kept (when its sections were "Page N") gets its passages replaced on the next ingest.
        paged = f"\x1fpages={span.page_start}-{span.page_end}\x1f{span.section}" if pages else ""
        chunks.append(
            Chunk(
                id=chunk_id(
                    document.doc_id,
                    span.start,
                    span.end,
                    text,
                    context + "".join(extra.values()) + paged,
                ),
                doc_id=document.doc_id,
                text=text,
                section=span.section,
                para_start=span.para_start,
                para_end=span.para_end,
                char_start=span.start,
                char_end=span.end,
                metadata=metadata,
            )
        )
    return chunks


def chunk_document_recursive(
    document: Document, chunk_size: int = 1000, overlap: int = 200
) -> list[Chunk]:
    """The LangChain default recipe's passages (RecursiveCharacterTextSplitter, 1000/200
    characters), kept only so evaluation can compare the product with that common baseline.

    Pieces overlap and ignore sections; each is still an exact slice of the document, cited by
    the section and paragraphs its characters fall in.
    """
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size, chunk_overlap=overlap, add_start_index=True
    )
    context = "\x1f".join(f"{k}={v}" for k, v in sorted(document.provenance.items()))
    context += f"\x1fsource_path={document.source_path}\x1fsplitter=recursive"
    chunks: list[Chunk] = []
    for index, piece in enumerate(splitter.create_documents([document.text])):
        start = int(piece.metadata["start_index"])
        end = start + len(piece.page_content)
        inside = [b for b in document.blocks if b.end > start and b.start < end]
        first = inside[0] if inside else document.blocks[0]
        last = inside[-1] if inside else first
        metadata: Metadata = {
            **document.provenance,
            "doc_id": document.doc_id,
            "section": first.section,
            "para_start": first.paragraph,
            "para_end": last.paragraph,
            "char_start": start,
            "char_end": end,
            "chunk_index": index,
            "source_path": document.source_path,
            **_pages(first.page, last.page),
        }
        chunks.append(
            Chunk(
                id=chunk_id(document.doc_id, start, end, piece.page_content, context),
                doc_id=document.doc_id,
                text=piece.page_content,
                section=first.section,
                para_start=first.paragraph,
                para_end=last.paragraph,
                char_start=start,
                char_end=end,
                metadata=metadata,
            )
        )
    return chunks

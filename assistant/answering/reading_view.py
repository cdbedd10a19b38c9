"""The reading view: a cited document rebuilt from the library, opened at the cited passage.

Why rebuild from the store: every chunk is an exact slice of the document's text and carries
its section, paragraphs and (for a PDF) pages, so the stored passages in order are the document
as the assistant read it, offline, with no viewer and no copy of the original file needed.

This module holds the logic (find the passages, locate the cited one, pick the quoted sentence,
say what a screen reader should hear); `assistant.ui.reading` only turns the view into HTML.
A source removed from the library since it was cited is not an error: the view says so and
shows the quote saved with the answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from assistant.core.errors import InputError
from assistant.core.schema import Evidence, GroundedText
from assistant.core.text import sentence_spans
from assistant.evidence.index import DOC_ID as OUR_EVIDENCE
from assistant.rendering.sources import REMOVED, describe, location

if TYPE_CHECKING:  # the store module imports chromadb; the view itself needs only the shape
    from assistant.library.store import StoredChunk

_WORD = re.compile(r"[a-z0-9£%]+(?:'[a-z]+)?")
MIN_SHARED_WORDS = 3  # below this an answer sentence is not taken to quote a passage sentence
MIN_SHARED_SHARE = 0.3  # nor below this share of the passage sentence's words


class PassageSource(Protocol):
    """Where the view finds a document's passages: the `Store`, or a fake in tests."""

    def document_chunks(self, doc_id: str) -> list[StoredChunk]: ...


class DocumentChecker(Protocol):
    """Which documents are still in the library: the `Store`, or a fake in tests."""

    def present_documents(self, doc_ids: Iterable[str]) -> set[str]: ...


@dataclass(frozen=True)
class Part:
    """One piece of the document in reading order: a page marker, a section heading, a
    passage, or the cited passage (split around the highlighted sentence)."""

    kind: str  # "page", "heading", "text" or "cited"
    text: str = ""
    before: str = ""  # cited only: the passage before the highlighted sentence
    mark: str = ""  # cited only: the sentence to highlight (or the whole passage)
    after: str = ""  # cited only: the rest of the passage


@dataclass(frozen=True)
class ReadingView:
    title: str
    citation: str  # the citation as every face writes it (`citations.describe`)
    quote: str  # the passage saved with the answer
    parts: tuple[Part, ...]
    removed: bool  # the document is no longer in the library
    located: bool  # the cited passage was found in the document as it is now
    message: str  # one line for the status region: what opened, or why not


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3 or w.isdigit()}


def quoted_sentence(passage: str, said: Iterable[str]) -> tuple[int, int] | None:
    """The span of the passage sentence the answer's sentences share most words with, or None
    when none shares enough (then the whole passage is highlighted)."""
    said_words = set().union(*(_words(s) for s in said))
    best: tuple[float, tuple[int, int]] | None = None
    for start, end in sentence_spans(passage):
        words = _words(passage[start:end])
        shared = len(words & said_words)
        if not words or shared < MIN_SHARED_WORDS or shared / len(words) < MIN_SHARED_SHARE:
            continue
        score = shared / len(words)
        if best is None or score > best[0]:
            best = (score, (start, end))
    return best[1] if best else None


def citing_sentences(result: GroundedText, n: int) -> tuple[str, ...]:
    """The answer's sentences that cite source [n] (what the reader is checking)."""
    return tuple(s.sentence for s in result.verification.sentences if n in s.citations)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _cited_index(chunks: Sequence[StoredChunk], evidence: Evidence) -> int | None:
    """The cited chunk by id; failing that (re-ingested since), by its text."""
    for index, chunk in enumerate(chunks):
        if chunk.id == evidence.id:
            return index
    quote = " ".join(evidence.quote.split())
    for index, chunk in enumerate(chunks):
        if quote and (_same(chunk.text, quote) or quote in " ".join(chunk.text.split())):
            return index
    return None


def _page_marker(metadata: Mapping[str, Any], shown: int) -> tuple[Part | None, int]:
    start, end = int(metadata.get("page_start") or 0), int(metadata.get("page_end") or 0)
    if start <= 0 or max(start, end) <= shown:
        return None, shown
    first = max(start, shown + 1)
    last = max(first, end)
    label = f"Page {first}" if first == last else f"Pages {first}-{last}"
    return Part("page", label), last


def _parts(chunks: Sequence[StoredChunk], cited: int | None, said: Sequence[str]) -> list[Part]:
    parts: list[Part] = []
    shown_page, section, reached = 0, "", 0
    title = str(chunks[0].metadata.get("title", "")) if chunks else ""
    for index, chunk in enumerate(chunks):
        start = int(chunk.metadata.get("char_start") or 0)
        # Overlapping passages (the recursive splitter's) are shown once: skip what was shown.
        text = chunk.text[max(0, reached - start) :] if start < reached else chunk.text
        reached = max(reached, start + len(chunk.text))
        marker, shown_page = _page_marker(chunk.metadata, shown_page)
        if marker is not None:
            parts.append(marker)
        heading = str(chunk.metadata.get("section", ""))
        if heading and heading != section and heading != title:
            parts.append(Part("heading", heading))
        section = heading
        if index == cited:
            span = quoted_sentence(chunk.text, said) if said else None
            s, e = span or (0, len(chunk.text))
            parts.append(Part("cited", "", chunk.text[:s], chunk.text[s:e], chunk.text[e:]))
        elif text.strip():
            parts.append(Part("text", text))
    return parts


def build_view(source: PassageSource, evidence: Evidence, said: Sequence[str] = ()) -> ReadingView:
    """The document `evidence` comes from, with its cited passage located and the sentence the
    answer quotes (`said`: the answer's sentences citing it) picked out for highlighting."""
    if evidence.doc_id == OUR_EVIDENCE:  # an item of ours, kept outside the library
        return ReadingView(
            evidence.title,
            describe(evidence),
            evidence.quote,
            (Part("cited", "", "", evidence.quote, ""),),
            removed=False,
            located=True,
            message=f"“{evidence.title}” is from our own evidence, not a published document; "
            "the words the answer may use are shown.",
        )
    chunks = source.document_chunks(evidence.doc_id) if evidence.doc_id else []
    if not chunks:
        gone = replace(evidence, removed=True)
        return ReadingView(
            evidence.title,
            describe(gone),
            evidence.quote,
            (),
            removed=True,
            located=False,
            message=f"“{evidence.title}” is no longer in the library ({REMOVED}); "
            "the quote saved with the answer is shown.",
        )
    cited = _cited_index(chunks, evidence)
    parts = tuple(_parts(chunks, cited, said))
    where = location(evidence)
    if cited is None:
        message = (
            f"Opened “{evidence.title}”. The cited passage has changed since the answer was "
            "written; the quote saved with the answer is shown first."
        )
    else:
        message = f"Opened “{evidence.title}” at {where or 'the cited passage'}; "
        message += "the quoted sentence is highlighted."
    return ReadingView(
        evidence.title,
        describe(evidence),
        evidence.quote,
        parts,
        removed=False,
        located=cited is not None,
        message=message,
    )


def present_documents(store: DocumentChecker, evidence: Sequence[Evidence]) -> set[str]:
    """The documents these sources come from that are still in the library. Our own evidence
    is kept outside it, so it counts as present (its removal reaches drafts through
    `evidence.forget`)."""
    ids = {e.doc_id for e in evidence}
    return store.present_documents(ids - {OUR_EVIDENCE}) | (ids & {OUR_EVIDENCE})


def mark_removed(evidence: Sequence[Evidence], present: set[str]) -> tuple[Evidence, ...]:
    """Evidence whose document is not in `present` (the library's doc ids), marked removed:
    for an answer reopened after a source was taken out of the library."""
    return tuple(replace(e, removed=e.doc_id not in present) for e in evidence)


def evidence_from_dict(data: Mapping[str, Any]) -> Evidence:
    """Evidence as a page sends it back (`Evidence.as_dict`); InputError when it is not."""
    try:
        return Evidence(
            n=int(data["n"]),
            id=str(data["id"]),
            doc_id=str(data["doc_id"]),
            title=str(data["title"]),
            kind=str(data.get("kind", "")),
            section=str(data.get("section", "")),
            paragraphs=str(data.get("paragraphs", "")),
            quote=str(data["quote"]),
            pages=str(data.get("pages", "")),
            label=str(data.get("label", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"cannot open this source: its details are incomplete ({exc})") from None


def from_page(sent: str) -> tuple[Evidence, list[str]]:
    """The evidence and citing sentences a source button sent back (JSON); InputError when the
    text is damaged."""
    try:
        data = json.loads(str(sent))
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise InputError("cannot open this source: its details are damaged; ask again")
    said = data.get("said", [])
    return evidence_from_dict(data), [str(s) for s in said] if isinstance(said, list) else []

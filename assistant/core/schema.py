"""Plain data objects passed between pipeline stages. No stage reaches into another's internals."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from assistant.core.result_facts import DraftFacts, QuestionFacts, Repairs
from assistant.core.written_markdown import read_markdown
from assistant.core.written_text import SectionKind, WrittenText, with_checks

# Provenance fields every document carries into every chunk's metadata (strings only).
PROVENANCE_FIELDS: tuple[str, ...] = tuple(
    "title author date kind publisher source official_url licence sources".split()
)


@dataclass(frozen=True)
class Block:
    """A structural unit of a document: one paragraph (or list item) under a section heading."""

    text: str
    section: str
    paragraph: int  # 1-based paragraph number within the document
    start: int  # character offsets into Document.text
    end: int
    references: str = ""  # a briefing note's "Sources: ..." line for this section (not in text)
    page: int = 0  # the PDF page the paragraph starts on (1-based); 0 for formats without pages


@dataclass(frozen=True)
class Document:
    """A loaded source file: its text, its structure and where it came from."""

    doc_id: str
    text: str
    blocks: tuple[Block, ...]
    provenance: dict[str, str]
    source_path: str

    @property
    def title(self) -> str:
        return self.provenance.get("title", self.doc_id)


# A passage's metadata as the store keeps it: Chroma holds scalar values only.
Metadata = dict[str, str | int | float | bool]


@dataclass(frozen=True)
class Chunk:
    """A quotable passage with everything needed to cite it."""

    id: str
    doc_id: str
    text: str
    section: str
    para_start: int
    para_end: int
    char_start: int
    char_end: int
    metadata: Metadata = field(default_factory=dict)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its rank and scores."""

    id: str
    text: str
    metadata: Metadata
    score: float
    rank: int = 0
    dense_score: float | None = None
    bm25_score: float | None = None

    @property
    def doc_id(self) -> str:
        return str(self.metadata.get("doc_id", ""))

    @property
    def title(self) -> str:
        return str(self.metadata.get("title", self.doc_id))

    @property
    def section(self) -> str:
        return str(self.metadata.get("section", ""))

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape shared by `assistant search --json` and later faces."""
        md = self.metadata
        return {
            "rank": self.rank,
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "doc_id": self.doc_id,
            "section": self.section,
            "kind": md.get("kind", ""),
            "paragraphs": [md.get("para_start"), md.get("para_end")],
            "pages": [md.get("page_start"), md.get("page_end")] if md.get("page_start") else None,
            "char_start": md.get("char_start"),
            "char_end": md.get("char_end"),
            "score": round(self.score, 6),
            "dense_score": None if self.dense_score is None else round(self.dense_score, 6),
            "bm25_score": None if self.bm25_score is None else round(self.bm25_score, 6),
        }


@dataclass(frozen=True)
class Evidence:
    """A numbered passage an answer may cite as [n]."""

    n: int
    id: str
    doc_id: str
    title: str
    kind: str
    section: str
    paragraphs: str  # "3" or "3-4"
    quote: str  # the passage text, exactly as stored
    score: float = 0.0
    # True when the passage addresses an AI or the reader with instructions (see injection.py):
    # it is data to show, never one of our reasons or recommendations, never paraphrased.
    suspect: bool = False
    suspect_phrase: str = ""  # the words that read as instructions, for messages
    label: str = ""  # the kind as a citation names it ("blog article"); empty: the kind itself
    references: str = ""  # where the passage's facts come from ("Source: SI 2014/2407.")
    pages: str = ""  # "14" or "14-15" for a PDF passage; empty when the format has no pages
    # True when the document was removed from the library after the passage was cited: the
    # quote is still shown (it was saved with the answer), marked so the reader knows.
    removed: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "id": self.id,
            "doc_id": self.doc_id,
            "title": self.title,
            "kind": self.kind,
            "section": self.section,
            "paragraphs": self.paragraphs,
            "pages": self.pages,
            "quote": self.quote,
            "suspect": self.suspect,
        }


class FindingRule(StrEnum):
    """Which check a finding comes from (a StrEnum: it compares equal to, and saves as, the
    plain name, which is what rows saved by earlier versions hold)."""

    UNKNOWN_CITATION = "unknown-citation"
    UNCITED_CLAIM = "uncited-claim"
    FIGURE_NOT_IN_SOURCE = "figure-not-in-source"
    FIGURE_REVERSED = "figure-reversed"  # see figure_sense.py
    QUOTE_NOT_VERBATIM = "quote-not-verbatim"
    LOW_SUPPORT = "low-support"
    NOT_IN_SOURCE = "not-in-source"  # the meaning check (meaning.py)
    LINK = "link"
    SUSPECT_SOURCE = "suspect-source"
    EVIDENCE_REMOVED = "evidence-removed"  # evidence/forget.py
    PAST_POSITION = "past-position"  # evidence/positions.py
    REPAIRED_REWRITTEN = "repaired-rewritten"  # the writer's repairs (answering/writing/base.py)
    REPAIRED_QUOTED = "repaired-quoted"
    REPAIRED_DROPPED = "repaired-dropped"

    @classmethod
    def _missing_(cls, value: object) -> FindingRule | None:
        """A rule an earlier version saved and this one lacks keeps its name (accepted checks
        are keyed on it)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_, member._value_ = value.upper().replace("-", "_"), value
        return member


@dataclass(frozen=True)
class Finding:
    """One problem the verifier found in one sentence, in plain English."""

    sentence: str
    problem: str
    rule: FindingRule  # a plain name (as a saved row holds it) is read as its FindingRule
    citations: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "rule", FindingRule(self.rule))

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "problem": self.problem,
            "rule": str(self.rule),
            "citations": list(self.citations),
        }


@dataclass(frozen=True)
class SentenceCheck:
    """How well one sentence is supported by the passages it cites."""

    sentence: str
    citations: tuple[int, ...]
    is_claim: bool
    lexical: float  # share of the sentence's content words found in its cited passages
    semantic: float | None  # cosine similarity to the best cited passage (None without a model)
    support: float  # the combined score, 0..1
    supported: bool
    meaning: float | None = None  # the meaning check's score (checks/meaning.py); None unrun


@dataclass(frozen=True)
class Verification:
    sentences: tuple[SentenceCheck, ...]
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings


@dataclass(frozen=True)
class Turn:
    """One message of a conversation (role is "user" or "assistant")."""

    role: str
    content: str


@dataclass(frozen=True)
class GroundedText:
    """What `ask` and `draft` return: text with [n] markers, its evidence and the checks on it."""

    task: str  # "ask" or "draft"
    question: str
    query: str  # the standalone query actually used for retrieval
    text: str
    evidence: tuple[Evidence, ...]
    verification: Verification
    generator: str
    refused: bool = False  # True when the sources held nothing relevant enough
    relevance: float = 0.0  # the best passage's similarity to the query (the relevance gate)
    notices: tuple[str, ...] = ()  # said before the text: quotes only, passages set aside, …
    repairs: Repairs | None = None  # the writer's repairs counted (None: it made none)
    draft: DraftFacts | None = None  # what a draft was asked for; None for an answer
    consultation: QuestionFacts | None = None  # the consultation question a draft answers
    recheck: bool = False  # True once evidence was taken out: the text needs a new check
    written: WrittenText = field(default_factory=WrittenText)  # typed; `text` is its Markdown

    def __post_init__(self) -> None:
        """`written` not given, or not matching `text` (replaced): read from `text`."""
        written = self.written
        if written.markdown() != self.text:
            default = SectionKind.NOTICE if self.refused else SectionKind.TEXT
            written = read_markdown(self.text, default)
        checks = self.verification
        object.__setattr__(self, "written", with_checks(written, checks.sentences, checks.findings))

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.verification.findings

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of `assistant ask/draft --json`."""
        return {
            "task": self.task,
            "question": self.question,
            "query": self.query,
            "text": self.text,
            "evidence": [e.as_dict() for e in self.evidence],
            "findings": [f.as_dict() for f in self.findings],
            "generator": self.generator,
            "refused": self.refused,
            "supported_sentences": sum(1 for s in self.verification.sentences if s.supported),
            "sentences": len(self.verification.sentences),
            **self.facts_dict(),
        }

    def facts_dict(self) -> dict[str, Any]:
        """The facts beside the text under the flat keys `--json` has always used."""
        facts: dict[str, Any] = {"relevance": self.relevance}
        if self.notices:
            facts["notices"] = list(self.notices)
        if self.repairs is not None:
            facts["repairs"] = self.repairs.as_dict()
        if self.draft is not None:
            facts |= self.draft.as_dict()
        if self.consultation is not None:
            facts |= self.consultation.as_dict()
        if self.recheck:
            facts["recheck"] = True
        return facts

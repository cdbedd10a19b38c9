"""The two tasks, `ask` and `draft`, over one library. Evidence first:

    standalone query → retrieve → relevance gate → numbered evidence → write → verify

The evidence and the plan are chosen deterministically from the sources; a writer (see
`answering/writing/`: the bundled local model by default, a model server, or quotes only) turns
each planned part into prose, the code cites it, and the verifier checks every sentence.
Which writer runs is one setting; nothing here asks which kind it is.

The stages are plain method calls passing small frozen records (`Query`, `Retrieved`, the
writer's `Written`), not a LangChain (LCEL) pipe: the pipe added nothing here (no batching, no
async, and streaming goes through the writer's events), while a dict of ~16 keys hid which
stage needed what.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from assistant.answering import extractive, followup
from assistant.answering.asking import (
    MANIPULATED,
    check_question,
    draft_request,
    not_covered,
    refusal,
)
from assistant.answering.evidence_search import EvidenceSearch, Query, Retrieved
from assistant.answering.facts import draft_facts, repairs_of
from assistant.answering.profile import OrganisationProfile, neutral_profile
from assistant.answering.writing.base import (
    AnswerRequest,
    DraftRequest,
    EventKind,
    OnEvent,
    Writer,
    Written,
    ignore,
)
from assistant.answering.writing.choose import choose_writer
from assistant.answering.writing.plan import set_aside, usable
from assistant.answering.writing.points import choose_points
from assistant.answering.writing.question_kind import POSITION, question_kind, subject_of
from assistant.answering.writing.quotes import QuotesWriter
from assistant.checks.verify import NO_JUDGE_NOTICE, verify
from assistant.core.errors import InputError
from assistant.core.result_facts import Stance
from assistant.core.schema import Evidence, GroundedText, Turn, Verification
from assistant.evidence import forget
from assistant.evidence.drafting import add_our_evidence
from assistant.evidence.positions import with_past_positions
from assistant.library.store import Store
from assistant.llm.protocol import TextModel
from assistant.search.retrieval import HybridRetriever
from assistant.settings import GENERATORS, Settings


class Assistant:
    """Grounded answers and drafts over one library. Build once; reuse for many questions."""

    def __init__(
        self,
        settings: Settings,
        store: Store | None = None,
        generator: str | None = None,
        model: TextModel | None = None,
    ) -> None:
        from assistant.llm.prompts import load_all

        self.settings = settings
        self.generator = generator or settings.generator
        if self.generator not in GENERATORS:
            raise InputError(
                f"unknown generator '{self.generator}'; choose one of {', '.join(GENERATORS)}"
            )
        self.store = store or Store(settings)
        self.retriever = HybridRetriever(store=self.store, settings=settings)
        self.search = EvidenceSearch(self.retriever, self.store, settings)
        self.prompts = load_all()  # checked now, so a broken prompt fails at start-up
        self._model = model
        self._writer: Writer | None = None
        self._notices: tuple[str, ...] = ()

    @property
    def embeddings(self) -> Any:
        return self.store.embeddings

    # ---- the two tasks ------------------------------------------------------------------

    def ask(
        self,
        question: str,
        history: Sequence[Turn] = (),
        on_event: OnEvent = ignore,
        quick: bool = False,
    ) -> GroundedText:
        """Answer a question (a follow-up may lean on `history`) from the library only.

        `on_event` hears the quoted quick answer first, then each piece the writer writes.
        `quick`: the quick quoted answer only (see `quote`).
        """
        question = check_question(question, self.settings.max_question_chars)
        query = self._ask_query(question, list(history), quick)
        found = self.search.retrieve(query)
        if found.refused:
            written = Written(self._refusal(query, found))
        else:
            request = AnswerRequest(query.text, tuple(usable(found.evidence)))
            writer = QuotesWriter(self.embeddings) if quick else self._writer_for(on_event)
            written = writer.answer(request, on_event)
        return self._checked("ask", query, found, written, quick=quick)

    def quote(self, question: str, history: Sequence[Turn] = ()) -> GroundedText:
        """The quick quoted answer, checked by the rules: no model runs (no follow-up rewrite, no
        meaning check), no passage is embedded again (a quotation is its own support)."""
        return self.ask(question, history, quick=True)

    def draft(
        self,
        question: str,
        profile: OrganisationProfile | None = None,
        stance: str | None = None,
        key_points: Sequence[str] | None = None,
        words: int | None = None,
        context: str = "",
        opening: Sequence[str] | None = None,
        on_event: OnEvent = ignore,
        quotes_only: bool = False,
    ) -> GroundedText:
        """Draft a response to one consultation question in the organisation's voice.

        The question alone (with `context`) chooses the evidence; a key point joins only when
        it bears on the question (`writing.points`), the rest are listed as not used here. The
        kind of question (`writing.question_kind`) shapes the draft: only a question that asks
        for a position gets the stance. A question the library does not cover gets an outline
        to write, never a draft from unrelated passages.

        `context`: words from the consultation document around the question (its chapter
        heading and key terms); they steer the search and the relevance gate, and are never
        written into the draft. `opening`: the draft's first sentences instead of the profile's
        who-we-are, welcome and stance (a multi-question response says who we are once).
        `quotes_only`: quote the evidence whatever the writer (a choice question needs only its
        best cited sentence, not a model's paragraph).
        """
        question = check_question(question, self.settings.max_question_chars)
        profile = profile or neutral_profile()
        words = self.settings.draft_words if words is None else words
        kind = question_kind(question)
        request = draft_request(profile, question, stance, key_points, words, opening, kind)
        query = self._draft_query(question, " ".join(context.split()))
        points = choose_points(
            query.gate, request.key_points, self.embeddings, self.settings.key_point_min_similarity
        )
        floor = self.settings.min_relevance + self.settings.draft_relevance_margin
        found = self.search.retrieve(query, floor, points.used)
        request = replace(request, key_points=points.used, steer="")
        notices: tuple[str, ...] = ()
        if not found.refused:  # our members' evidence joins the published sources
            ours = add_our_evidence(
                self.settings, self.embeddings, query.gate, found.evidence, request.stance
            )
            found = replace(found, evidence=ours.evidence)
            request = replace(request, steer=ours.steer)
            notices = (ours.notice,) if ours.notice else ()
        if found.refused:
            position = request.stance if kind == POSITION else ""
            every = (*points.used, *points.not_used)
            outline = not_covered(query.question, found.missing, position, every)
            written = Written(MANIPULATED if found.evidence else outline)
            request = replace(request, stance=Stance.NO_VIEW)
        else:
            request = replace(request, evidence=tuple(usable(found.evidence)))
            writer = QuotesWriter(self.embeddings) if quotes_only else self._writer_for(on_event)
            written = writer.draft(request, on_event)
        written = replace(written, notices=(*written.notices, *notices))
        result = self._checked("draft", query, found, written, request, profile)
        assert result.draft is not None  # `_checked` gave a draft its facts
        facts = replace(
            result.draft,
            question_kind=kind,
            key_points_used=points.used,
            key_points_not_used=points.not_used,
            not_covered=tuple(found.missing) if found.refused and not found.evidence else None,
        )
        result = replace(result, draft=facts)
        return with_past_positions(result, self.settings, self.embeddings, query.gate)

    def recheck(self, result: GroundedText, text: str) -> GroundedText:
        """`result` with the user's edited `text`, checked against the same evidence by the same
        rules and threshold as when it was written (the word count too, for a draft)."""
        if not text.strip():
            raise InputError("the edited text is empty; write or paste the text to check")
        draft = result.draft and result.draft.counted(extractive.words_in(text))
        kept = forget.for_recheck(replace(result, text=text, draft=draft), self.settings)
        checked = self._verify(kept.text, kept.evidence, own_voice=result.task == "draft")
        checked = Verification(checked.sentences, checked.findings + forget.carried_notes(kept))
        notices = [n for n in result.notices if n != NO_JUDGE_NOTICE]
        if getattr(self.writer, "judge", None) is None:  # said where the user sees the check
            notices.append(NO_JUDGE_NOTICE)
        return replace(kept, verification=checked, notices=tuple(notices))

    # ---- stages -------------------------------------------------------------------------

    def _ask_query(self, question: str, history: list[Turn], quick: bool = False) -> Query:
        model_writes = not quick and self.writer.name != "extractive"
        if history and model_writes and followup.needs_context(question):
            assert self._model is not None  # only asked of a writer that has a model
            text = followup.condense(self._model, self.prompts["condense"], question, history)
        else:
            text = followup.rewrite(question, history)
        return Query(question, text, text, self.settings.ask_k)

    def _draft_query(self, question: str, context: str) -> Query:
        # The question chooses the evidence. Key points once joined the search and pulled the
        # same generic passages into every draft; now each brings its own evidence only when
        # it bears on the question (see `draft`). Context from the consultation describes the
        # question's topic, so it counts too ("Do you agree with this proposal?" says little).
        # A request for experience searches for its subject, not for passages on "experience".
        text = " ".join(filter(None, [subject_of(question), context]))
        return Query(question, text, text, self.settings.draft_k)

    def _refusal(self, query: Query, found: Retrieved) -> str:
        if found.evidence:  # relevant, but every passage looks manipulated
            return MANIPULATED
        return refusal(followup.topic_words(query.gate), found.missing)

    def _verify(
        self, text: str, evidence: Sequence[Evidence], own_voice: bool, quick: bool = False
    ) -> Verification:
        """The final check: every rule, and the meaning check when the writer's model can judge
        (the same judge the writer used, so sentences it read already are not read again).
        `quick`: quotations, checked by the rules alone (see `quote`)."""
        return verify(
            text,
            evidence,
            None if quick else self.embeddings,
            min_support=self.settings.min_support,
            own_voice=own_voice,
            judge=None if quick else getattr(self.writer, "judge", None),
        )

    def _checked(
        self,
        task: str,
        query: Query,
        found: Retrieved,
        written: Written,
        draft: DraftRequest | None = None,
        profile: OrganisationProfile | None = None,
        quick: bool = False,
    ) -> GroundedText:
        """The final check of the whole text, with the writer's repairs listed beside it."""
        if found.refused:
            verification = Verification((), ())
        else:  # an answer speaks only from its sources; a draft also in the organisation's voice
            verification = self._verify(written.text, found.evidence, draft is not None, quick)
        if written.repairs:  # the doubts the writer resolved are shown too, never hidden
            repaired = tuple(r.as_finding() for r in written.repairs)
            verification = Verification(verification.sentences, verification.findings + repaired)
        # A quick quote never builds the writer (that could mean loading the model).
        writer: Writer = QuotesWriter(self.embeddings) if quick else self.writer
        notices = (*self._notices, *written.notices, *set_aside(found.evidence))
        if not found.refused and getattr(writer, "judge", None) is None:
            notices = (*notices, NO_JUDGE_NOTICE)
        return GroundedText(
            task=task,
            question=query.question,
            query=query.text,
            text=written.text,
            written=written.sections,  # the typed text; read from `text` when a writer gave none
            evidence=found.evidence,
            verification=verification,
            generator=writer.name,
            refused=found.refused,
            relevance=round(float(found.relevance), 4),
            notices=tuple(notices),
            repairs=repairs_of(written),
            draft=draft_facts(draft, profile, written.text),
        )

    # ---- the writer -------------------------------------------------------------------

    @property
    def writer(self) -> Writer:
        """The configured writer, built on first use. If the bundled model cannot load (missing,
        corrupt, not enough memory), answers fall back to quotes only, with a notice."""
        if self._writer is None:
            self._writer, self._notices = choose_writer(
                self.generator, self.settings, self.embeddings, self.prompts, self._model
            )
            self._model = getattr(self._writer, "model", None)
        return self._writer

    def _writer_for(self, on_event: OnEvent) -> Writer:
        """The writer, telling the listener first when building it means loading a model."""
        if self._writer is None and self.generator != "extractive" and self._model is None:
            on_event(EventKind.STATUS, "Loading the writing model (once; a few seconds)…")
        return self.writer

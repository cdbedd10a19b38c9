"""The two tasks, `ask` and `draft`, as LangChain (LCEL) runnables. Evidence first:

    standalone query → retrieve → relevance gate → numbered evidence → write → verify

The evidence and the plan are chosen deterministically from the sources; a writer (see
`assistant/writing/`: the bundled local model by default, a model server, or quotes only) turns
each planned part into prose, the code cites it, and the verifier checks every sentence.
Which writer runs is one setting; nothing here asks which kind it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from langchain_core.runnables import Runnable, RunnableLambda

from assistant import extractive, followup
from assistant.citations import build_evidence
from assistant.errors import GenerationError, InputError, ModelError
from assistant.profile import OrganisationProfile, neutral_profile, normalise_stance
from assistant.retrieval import HybridRetriever, check_query
from assistant.schema import Evidence, GroundedText, Passage, Turn, Verification
from assistant.settings import GENERATORS, Settings
from assistant.store import Store
from assistant.verify import verify
from assistant.writing.base import AnswerRequest, DraftRequest, OnEvent, Writer, Written, ignore
from assistant.writing.model import TextModel
from assistant.writing.quotes import QuotesWriter

FALLBACK_NOTICE = (
    "The writing model could not be used ({reason}), so this shows quotations from the sources "
    "only."
)

REFUSAL = (
    "I could not find anything about this in the library, so I will not guess. "
    "Try asking in other words, or add a document that covers it{topic} "
    "(for example the consultation paper or the policy it is about) with "
    "`assistant corpus add` or the Library tab."
)


def check_question(question: str, limit: int) -> str:
    """The same checks as a search, with advice that fits a consultation question."""
    return check_query(
        question,
        limit,
        empty_hint="type the question you want answered",
        long_hint="Paste only the question, not the whole document",
    )


class Assistant:
    """Grounded answers and drafts over one library. Build once; reuse for many questions."""

    def __init__(
        self,
        settings: Settings,
        store: Store | None = None,
        generator: str | None = None,
        model: TextModel | None = None,
    ) -> None:
        from assistant.prompts import load_all

        self.settings = settings
        self.generator = generator or settings.generator
        if self.generator not in GENERATORS:
            raise InputError(
                f"unknown generator '{self.generator}'; choose one of {', '.join(GENERATORS)}"
            )
        self.store = store or Store(settings)
        self.retriever = HybridRetriever(store=self.store, settings=settings)
        self.prompts = load_all()  # checked now, so a broken prompt fails at start-up
        self._model = model
        self._writer: Writer | None = None
        self._notices: tuple[str, ...] = ()

    @property
    def embeddings(self) -> Any:
        return self.store.embeddings

    # ---- the chains -------------------------------------------------------------------

    def ask_chain(self) -> Runnable[dict[str, Any], GroundedText]:
        return (
            RunnableLambda(self._standalone)
            | RunnableLambda(self._retrieve)
            | RunnableLambda(self._write_answer)
            | RunnableLambda(self._verify)
        )

    def draft_chain(self) -> Runnable[dict[str, Any], GroundedText]:
        return (
            RunnableLambda(self._draft_query)
            | RunnableLambda(self._retrieve)
            | RunnableLambda(self._write_draft)
            | RunnableLambda(self._verify)
        )

    def ask(
        self, question: str, history: Sequence[Turn] = (), on_event: OnEvent = ignore
    ) -> GroundedText:
        """Answer a question (a follow-up may lean on `history`) from the library only.

        `on_event` hears the quoted quick answer first, then each piece the writer writes.
        """
        question = check_question(question, self.settings.max_question_chars)
        state = {"task": "ask", "question": question, "history": history, "on_event": on_event}
        return self.ask_chain().invoke(state)

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
    ) -> GroundedText:
        """Draft a response to one consultation question in the organisation's voice.

        `context`: words from the consultation document around the question (its chapter
        heading and key terms); they steer the search and the relevance gate, and are never
        written into the draft. `opening`: the draft's first sentences instead of the profile's
        who-we-are, welcome and stance (a multi-question response says who we are once).
        """
        question = check_question(question, self.settings.max_question_chars)
        profile = profile or neutral_profile()
        try:
            stance = normalise_stance(stance or profile.stance)
        except ValueError as exc:
            raise InputError(f"stance {exc}") from None
        words = self.settings.draft_words if words is None else words
        if not 50 <= words <= 5_000:
            raise InputError(f"the word limit must be between 50 and 5,000, got {words}")
        points = [p.strip() for p in (key_points or profile.key_points) if p.strip()]
        return self.draft_chain().invoke(
            {
                "task": "draft",
                "question": question,
                "profile": profile,
                "stance": stance,
                "key_points": points,
                "words": words,
                "context": " ".join(context.split()),
                "opening": list(opening) if opening is not None else None,
                "on_event": on_event,
            }
        )

    # ---- steps ------------------------------------------------------------------------

    def _standalone(self, state: dict[str, Any]) -> dict[str, Any]:
        history = list(state.get("history") or ())
        question = state["question"]
        if history and self.writer.name != "extractive" and followup.needs_context(question):
            query = self._condense(question, history)
        else:
            query = followup.rewrite(question, history)
        return {**state, "query": query, "k": self.settings.ask_k}

    def _draft_query(self, state: dict[str, Any]) -> dict[str, Any]:
        # Key points steer retrieval towards the evidence the organisation wants to use, but
        # the relevance gate judges the question alone: key points match the library whatever
        # the question is, so a question it does not cover would otherwise get a draft.
        # Context from the consultation itself describes the question's topic, so it counts
        # for the gate too ("Do you agree with this proposal?" says little on its own).
        gate = " ".join(filter(None, [state["question"], state.get("context", "")]))
        query = " ".join([gate, *state["key_points"]])
        return {**state, "query": query, "gate": gate, "k": self.settings.draft_k}

    def _retrieve(self, state: dict[str, Any]) -> dict[str, Any]:
        passages = self.retriever.search(
            state["query"][: self.settings.max_query_chars], state["k"]
        )
        gate = state.get("gate", state["query"])
        if gate != state["query"]:  # the passages' scores are for the query: score them again
            passages = [replace(p, dense_score=None) for p in passages]
        relevance = self.relevance(gate, passages)
        relevant = relevance >= self.settings.min_relevance
        evidence = build_evidence(passages) if relevant else ()
        return {**state, "evidence": evidence, "relevance": relevance, "refused": not relevant}

    def relevance(self, query: str, passages: Sequence[Passage]) -> float:
        """Best cosine similarity between the query and a retrieved passage."""
        scores = [p.dense_score for p in passages if p.dense_score is not None]
        missing = [p.text for p in passages if p.dense_score is None]
        if missing:
            query_vec = np.asarray(self.embeddings.embed_query(query))
            vectors = np.asarray(self.embeddings.embed_documents(missing))
            scores.extend(float(s) for s in vectors @ query_vec)
        return max(scores, default=-1.0)

    def _refusal(self, state: dict[str, Any]) -> str:
        topic = " ".join(followup.topic_words(state.get("gate", state["query"]))[:8])
        return REFUSAL.format(topic=f" ({topic})" if topic else "")

    def _write_answer(self, state: dict[str, Any]) -> dict[str, Any]:
        if state["refused"]:
            return {**state, "written": Written(self._refusal(state))}
        request = AnswerRequest(state["query"], state["evidence"])
        return {**state, "written": self._writer_for(state).answer(request, state["on_event"])}

    def _write_draft(self, state: dict[str, Any]) -> dict[str, Any]:
        if state["refused"]:
            return {**state, "written": Written(self._refusal(state))}
        profile: OrganisationProfile = state["profile"]
        opening = state.get("opening")
        if opening is None:
            opening = profile.opening_sentences(state["stance"], state["question"])
        request = DraftRequest(
            question=state["question"],
            evidence=state["evidence"],
            opening=tuple(opening),
            stance=state["stance"],
            key_points=tuple(state["key_points"]),
            word_limit=state["words"],
            steer=profile.steering_text(),
        )
        return {**state, "written": self._writer_for(state).draft(request, state["on_event"])}

    def _verify(self, state: dict[str, Any]) -> GroundedText:
        evidence: tuple[Evidence, ...] = state["evidence"]
        written: Written = state["written"]
        state = {**state, "text": written.text}
        if state["refused"]:
            verification = Verification((), ())
        else:
            verification = verify(
                state["text"],
                evidence,
                self.embeddings,
                min_support=self.settings.min_support,
                own_voice=state["task"] == "draft",  # an answer speaks only from its sources
            )
        if written.repairs:  # the doubts the writer resolved are shown too, never hidden
            repaired = tuple(r.as_finding() for r in written.repairs)
            verification = Verification(verification.sentences, verification.findings + repaired)
        details: dict[str, Any] = {"relevance": round(float(state["relevance"]), 4)}
        notices = (*self._notices, *written.notices)
        if notices:
            details["notices"] = list(notices)
        if written.repairs:
            details["repairs"] = {
                "rewritten": sum(r.outcome == "rewritten" for r in written.repairs),
                "quoted": sum(r.outcome == "quoted" for r in written.repairs),
            }
        if state["task"] == "draft":
            count = extractive.words_in(state["text"])
            details |= {
                "stance": state["stance"],
                "word_limit": state["words"],
                "words": count,
                "over_limit": count > state["words"],
                "profile": state["profile"].name or "",
            }
        return GroundedText(
            task=state["task"],
            question=state["question"],
            query=state["query"],
            text=state["text"],
            evidence=evidence,
            verification=verification,
            generator=self.writer.name,
            refused=state["refused"],
            details=details,
        )

    # ---- the writer -------------------------------------------------------------------

    @property
    def writer(self) -> Writer:
        """The configured writer, built on first use. If the bundled model cannot load (missing,
        corrupt, not enough memory), answers fall back to quotes only, with a notice."""
        if self._writer is None:
            self._writer = self._build_writer()
        return self._writer

    def _writer_for(self, state: dict[str, Any]) -> Writer:
        """The writer, telling the listener first when building it means loading a model."""
        if self._writer is None and self.generator != "extractive" and self._model is None:
            state["on_event"]("status", "Loading the writing model (once; a few seconds)…")
        return self.writer

    def _build_writer(self) -> Writer:
        if self.generator == "extractive":
            return QuotesWriter(self.embeddings)
        from assistant.writing.model_writer import ModelWriter

        try:
            model = self._model or self._load_model()
        except (ModelError, GenerationError) as exc:
            if self.generator != "local":
                raise
            self._notices = (FALLBACK_NOTICE.format(reason=str(exc).rstrip(".")),)
            return QuotesWriter(self.embeddings)
        self._model = model
        return ModelWriter(
            model,
            self.embeddings,
            self.prompts,
            name=self.generator,
            min_support=self.settings.min_support,
            max_tokens=self.settings.llm_max_tokens,
        )

    def _load_model(self) -> TextModel:
        from assistant.generation import get_text_model

        return get_text_model(self.generator, self.settings)

    def _condense(self, question: str, history: Sequence[Turn]) -> str:
        """A follow-up made standalone by the model ("what about its funding?")."""
        assert self._model is not None  # only called when the writer has a model
        lines = [f"{t.role}: {t.content[:600]}" for t in history[-6:]]
        messages = self.prompts["condense"].messages(history="\n".join(lines), question=question)
        query = self._model.complete(messages, max_tokens=60)
        first = query.strip().splitlines()[0].strip() if query.strip() else ""
        return first or followup.rewrite(question, history)


def profile_paragraph(profile: OrganisationProfile) -> str:
    """The organisation described in a few lines, for a language model's prompt."""
    fields = [
        ("Name", profile.name),
        ("Represents", profile.represents),
        ("Area", profile.area),
        ("About", profile.about),
        ("Lived experience", profile.lived_experience),
    ]
    lines = [f"{label}: {value}" for label, value in fields if value]
    return "\n".join(lines) or "No profile given: write as 'we', a user-led organisation."

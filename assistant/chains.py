"""The two tasks, `ask` and `draft`, as LangChain (LCEL) runnables. Evidence first:

    standalone query → retrieve → relevance gate → numbered evidence → write → verify

The evidence and the outline are chosen deterministically from the sources; a language model
(when one is configured) only writes prose over them, and the verifier checks every output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable, RunnableLambda

from assistant import extractive, followup
from assistant.citations import build_evidence, format_evidence
from assistant.errors import InputError
from assistant.profile import OrganisationProfile, neutral_profile, normalise_stance
from assistant.retrieval import HybridRetriever, check_query
from assistant.schema import Evidence, GroundedText, Passage, Turn, Verification
from assistant.settings import GENERATORS, Settings
from assistant.store import Store
from assistant.verify import verify

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
        chat_model: BaseChatModel | None = None,
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
        self._chat_model = chat_model

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

    def ask(self, question: str, history: Sequence[Turn] = ()) -> GroundedText:
        """Answer a question (a follow-up may lean on `history`) from the library only."""
        question = check_question(question, self.settings.max_question_chars)
        return self.ask_chain().invoke({"task": "ask", "question": question, "history": history})

    def draft(
        self,
        question: str,
        profile: OrganisationProfile | None = None,
        stance: str | None = None,
        key_points: Sequence[str] | None = None,
        words: int | None = None,
        context: str = "",
        opening: Sequence[str] | None = None,
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
            }
        )

    # ---- steps ------------------------------------------------------------------------

    def _standalone(self, state: dict[str, Any]) -> dict[str, Any]:
        history = list(state.get("history") or ())
        question = state["question"]
        if history and self.generator != "extractive" and followup.needs_context(question):
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
            return {**state, "text": self._refusal(state)}
        outline = extractive.answer_text(state["query"], state["evidence"], self.embeddings)
        if self.generator == "extractive":
            return {**state, "text": outline}
        values = {
            # The standalone query: a follow-up's "its" means nothing without the conversation.
            "question": state["query"],
            "evidence": format_evidence(state["evidence"]),
            "outline": outline,
        }
        return {**state, "text": self._generate("answer", values)}

    def _write_draft(self, state: dict[str, Any]) -> dict[str, Any]:
        if state["refused"]:
            return {**state, "text": self._refusal(state)}
        profile: OrganisationProfile = state["profile"]
        opening = state.get("opening")
        if opening is None:
            opening = profile.opening_sentences(state["stance"], state["question"])
        outline = extractive.draft_text(
            state["question"],
            state["evidence"],
            self.embeddings,
            opening=opening,
            key_points=state["key_points"],
            stance=state["stance"],
            word_limit=state["words"],
            steer=profile.steering_text(),
        )
        if self.generator == "extractive":
            return {**state, "text": outline}
        values = {
            "question": state["question"],
            "organisation": profile_paragraph(profile),
            "stance": state["stance"],
            "key_points": "\n".join(f"- {p}" for p in state["key_points"]) or "(none given)",
            "word_limit": str(state["words"]),
            "evidence": format_evidence(state["evidence"]),
            "outline": outline,
        }
        return {**state, "text": self._generate("draft", values)}

    def _verify(self, state: dict[str, Any]) -> GroundedText:
        evidence: tuple[Evidence, ...] = state["evidence"]
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
        details: dict[str, Any] = {"relevance": round(float(state["relevance"]), 4)}
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
            generator=self.generator,
            refused=state["refused"],
            details=details,
        )

    # ---- language models --------------------------------------------------------------

    def _model(self) -> BaseChatModel:
        if self._chat_model is None:
            from assistant.generation import get_chat_model

            self._chat_model = get_chat_model(self.generator, self.settings)
        return self._chat_model

    def _generate(self, prompt_name: str, values: dict[str, str]) -> str:
        from assistant.generation import generate

        return generate(
            self._model(), self.prompts[prompt_name], values, self.settings.llm_timeout_s
        ).strip()

    def _condense(self, question: str, history: Sequence[Turn]) -> str:
        lines = [f"{t.role}: {t.content}" for t in history[-6:]]
        query = self._generate("condense", {"history": "\n".join(lines), "question": question})
        return query.splitlines()[0].strip() if query.strip() else question


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

"""The model writer: plan, write small, cite in code, check every sentence, repair.

For each part of the plan the model gets one short prompt holding only that part's evidence
(one to three sentences from one passage) and writes a few sentences in plain English. The
code tidies them (`prose`), attaches the part's [n], and checks each sentence with the
verifier against that passage, strictly (as a claim, even in the organisation's voice), and,
when the model can judge, read for meaning (`assistant.checks.meaning`). A sentence that fails is
written again once; if it still fails it is left out with a note saying so, or, when the part's
evidence itself answers the question, replaced by the source's own sentence quoted with its
[n]. So nothing the model invents can reach the reader as checked text.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from langchain_core.embeddings import Embeddings

from assistant.answering import extractive
from assistant.answering.writing import prose
from assistant.answering.writing.assembled import answer_sections, draft_sections, quoted_sections
from assistant.answering.writing.base import (
    AnswerRequest,
    DraftRequest,
    EventKind,
    OnEvent,
    Repair,
    Written,
    ignore,
)
from assistant.answering.writing.in_brief import in_brief
from assistant.answering.writing.plan import (
    DRAFT_PASSAGE_FLOOR,
    REASONS,
    Part,
    plan_answer,
    plan_draft,
)
from assistant.answering.writing.position import lead_with_position, stance_words
from assistant.answering.writing.question_kind import EXPERIENCE, OPEN, POSITION
from assistant.answering.writing.repeats import new_only
from assistant.answering.writing.words import fit_parts, trim_to_limit
from assistant.checks.verify import SentenceJudge, lexical_support, verify
from assistant.core.errors import GenerationTimeout
from assistant.core.schema import Evidence
from assistant.core.text import split_sentences
from assistant.llm.prompts import Prompt
from assistant.llm.protocol import OnText, TextModel

ANSWER_WORDS = 45  # per point of a chat answer: three points make a short reply
TOKENS_PER_WORD = 2.0  # generous: a cap, not a target; the words are trimmed afterwards


class _Run:
    """What one answer or draft has learnt while writing: after one timeout the rest is quoted
    (the computer is too busy to finish in time, and every part would wait as long again)."""

    def __init__(self) -> None:
        self.timed_out = False


class ModelWriter:
    """A writer over any `TextModel` (the bundled model, Ollama, an OpenAI-compatible server)."""

    # Set by `choose_writer` when the model can judge (assistant/checks/meaning.py): each written
    # sentence is then also read for meaning against its passage.
    judge: SentenceJudge | None = None
    # A sentence that fails twice is replaced by the part's own evidence sentence only when the
    # part scored at least this against the question (settings.min_quote_score); else dropped.
    min_quote_score: float = 0.45

    def __init__(
        self,
        model: TextModel,
        embeddings: Embeddings,
        prompts: dict[str, Prompt],
        name: str = "local",
        min_support: float = 0.47,
        max_tokens: int = 400,
    ) -> None:
        self.model = model
        self.embeddings = embeddings
        self.prompts = prompts
        self.name = name
        self.min_support = min_support
        self.max_tokens = max_tokens

    # ---- answers ------------------------------------------------------------------------

    def answer(self, request: AnswerRequest, on_event: OnEvent = ignore) -> Written:
        """The quoted quick answer at once, then 2-4 written points, best first."""
        quick = extractive.answer_text(request.question, request.evidence, self.embeddings)
        on_event(EventKind.QUICK, quick)
        plan = plan_answer(request.question, request.evidence, self.embeddings)
        sentences: list[str] = []
        repairs: list[Repair] = []
        run = _Run()
        for part in plan.parts:
            values = {"question": request.question}
            done, fixed = self._write(
                part, request.evidence, "write_point", values, ANSWER_WORDS, on_event, run
            )
            sentences += [s for s in done if s not in sentences]
            repairs += fixed
        if not sentences:  # every point left out: the quotes stand, and the doubts are shown
            return Written(quick, tuple(repairs), sections=quoted_sections(quick))
        text = " ".join(sentences)
        return Written(text, tuple(repairs), sections=answer_sections(text))

    # ---- drafts -------------------------------------------------------------------------

    def draft(self, request: DraftRequest, on_event: OnEvent = ignore) -> Written:
        """Our position first (only when the question asks for one), then a paragraph per
        reason or proposal, and a recommendation. A key point that bears on the question opens
        the reason it makes, in our words; our members' evidence leads when the question asks
        for experience. Nothing is added to fill the word limit."""
        opening = lead_with_position(request)
        head = [" ".join(opening)] if opening else []
        if head:
            on_event(EventKind.TEXT, "\n\n".join(head) + "\n\n")
        plan = plan_draft(
            request.question,
            request.evidence,
            self.embeddings,
            stance=request.stance,
            key_points=request.key_points,
            steer=request.steer,
            ours_first=request.kind == EXPERIENCE,
            reasons=REASONS,
            passage_floor=DRAFT_PASSAGE_FLOOR,
        )
        if request.kind == OPEN:  # the answer first, then a paragraph for each proposal
            brief = in_brief(
                request.question, plan.parts, request.evidence, self._asked, self._problem
            )
            head += [brief] if brief else []
            on_event(EventKind.TEXT, f"{brief}\n\n" if brief else "")
        parts, budget = fit_parts(plan.parts, request.word_limit - prose.words(" ".join(head)))
        paragraphs: list[list[str]] = []
        repairs: list[Repair] = []
        run = _Run()
        for part in parts:
            prompt, values = _prompt_for(part, request)
            lead = [extractive.key_point_sentence(part.point)] if part.point else []
            if lead:
                on_event(EventKind.TEXT, lead[0] + " ")
            done, fixed = self._write(part, request.evidence, prompt, values, budget, on_event, run)
            earlier = [*(s for h in head for s in split_sentences(h)), *chain(*paragraphs)]
            said = {prose.plain(s) for s in earlier}
            fresh = [s for s in done if prose.plain(s) not in said]
            paragraphs.append([*lead, *new_only(fresh, earlier, self.embeddings)])
            repairs += fixed
            on_event(EventKind.TEXT, "\n\n")
        body = trim_to_limit(paragraphs, request.word_limit - prose.words(" ".join(head)))
        text = "\n\n".join([*head, *(" ".join(p) for p in body if p)])
        notices = (LITTLE_FOUND,) if len(plan.parts) < 2 else ()  # shorter, never padded
        kept = tuple(r for r in repairs if r.final in text)  # not those trimmed
        roles = [part.role for part in parts]
        sections = draft_sections(head, bool(opening), body, roles, request.kind)
        return Written(text, kept, notices, sections)

    # ---- one part -----------------------------------------------------------------------

    def _write(
        self,
        part: Part,
        evidence: Sequence[Evidence],
        prompt: str,
        values: dict[str, str],
        words: int,
        on_event: OnEvent,
        run: _Run,
    ) -> tuple[list[str], list[Repair]]:
        """Write one part, cite it, check each sentence, repair what fails.

        Each sentence is checked against the whole passage it cites, as the final check and the
        reader will check it; the model saw only the part's sentences of that passage.
        """
        source = _evidence_of(part)
        cited_item = next(e for e in evidence if e.n == part.n)
        values = {**values, "evidence": source, "words": str(words)}
        if "question" in values:  # no year or date for the model to copy that the source lacks
            values["question"] = prose.question_for(values["question"], source)
        try:
            if run.timed_out:
                raise GenerationTimeout("the model did not finish an earlier part in time")
            raw = self._complete(
                prompt, values, words, lambda piece: on_event(EventKind.TEXT, piece)
            )
        except GenerationTimeout as exc:
            run.timed_out = True
            quote = prose.quotation(part.sentences[0], part.n)
            on_event(EventKind.TEXT, quote)
            return [quote], [Repair("", str(exc).split(";")[0], "quoted", quote)]
        written = prose.within(prose.sentences_of(prose.tidy(raw)), words + 10)
        final: list[str] = []
        repairs: list[Repair] = []
        for sentence in written:
            cited = prose.cite(sentence, part.n)
            problem = self._problem(cited, [cited_item])
            if problem is None:
                if cited not in final:
                    final.append(cited)
                continue
            try:
                again = self._again(sentence, problem, part, cited_item)
            except GenerationTimeout:
                run.timed_out, again = True, None
            if again is not None:
                if again not in final:  # a rewrite may repeat a sentence already written
                    final.append(again)
                repairs.append(Repair(cited, problem, "rewritten", again))
                continue
            quoted = _closest(part, sentence, self._quotable(part))
            if quoted is None:  # an off-topic quotation is no repair: leave the sentence out
                repairs.append(Repair(cited, problem, "dropped", ""))
            elif quoted not in final:  # two failed sentences may fall back to the same quote
                final.append(quoted)
                repairs.append(Repair(cited, problem, "quoted", quoted))
        quotable = self._quotable(part)
        if not final and quotable:  # nothing usable: the source speaks for itself
            final.append(prose.quotation(part.best_sentence(quotable), part.n))
        return final, repairs

    def _quotable(self, part: Part) -> tuple[str, ...]:
        """The part's sentences that may stand in as a quotation. Without the meaning check the
        old rule stands (any of them); with it, a sentence must itself answer the question (a
        part about the Social Value Act's duty may also hold the date of its Royal Assent)."""
        pairs = zip(part.sentences, part.sentence_scores(), strict=True)
        return tuple(s for s, score in pairs if self.judge is None or score >= self.min_quote_score)

    def _again(self, sentence: str, problem: str, part: Part, item: Evidence) -> str | None:
        """One more attempt at a failed sentence; None if it fails again."""
        values = {"sentence": sentence, "problem": problem, "evidence": _evidence_of(part)}
        raw = self._complete("rewrite", values, 60, None)
        rewritten = prose.sentences_of(prose.tidy(raw))[:1]
        if not rewritten:
            return None
        cited = prose.cite(rewritten[0], part.n)
        return cited if self._problem(cited, [item]) is None else None

    def _problem(self, cited: str, items: Sequence[Evidence]) -> str | None:
        """The first thing the verifier finds wrong with the sentence, or None."""
        check = verify(
            cited,
            items,
            self.embeddings,
            min_support=self.min_support,
            own_voice=False,  # written from evidence: even "we …" must be backed by it
            judge=self.judge,  # and read for meaning, when the model can judge
        )
        return check.findings[0].problem if check.findings else None

    def _asked(self, prompt: str, values: dict[str, str], words: int) -> str:
        return self._complete(prompt, values, words, None)

    def _complete(
        self, prompt: str, values: dict[str, str], words: int, on_text: OnText | None
    ) -> str:
        messages = self.prompts[prompt].messages(**values)
        cap = min(self.max_tokens, int(words * TOKENS_PER_WORD) + 16)
        return self.model.complete(messages, max_tokens=cap, on_text=on_text)


# ---- helpers ------------------------------------------------------------------------------


def _prompt_for(part: Part, request: DraftRequest) -> tuple[str, dict[str, str]]:
    """The prompt for one part: a recommendation, a reason for our stance (a question that asks
    for a position), or an answer to a how / what question (no stance to argue)."""
    if part.role == "recommendation":
        return "write_recommendation", {"question": request.question}
    if request.kind == POSITION:
        stance = stance_words(request.stance)
        return "write_reason", {"question": request.question, "stance": stance}
    return "write_answer", {"question": request.question}


LITTLE_FOUND = (
    "The library holds little on this question, so this draft is short: it rests on one "
    "passage. Add the consultation document or your own evidence to say more."
)


def _evidence_of(part: Part) -> str:
    return "\n".join(part.sentences)


def _closest(part: Part, sentence: str, quotable: Sequence[str]) -> str | None:
    """The evidence sentence the failed sentence was trying to say, quoted and cited; None when
    that sentence is not on the question's topic (the failed sentence is then dropped, never
    replaced by an off-topic quotation or by a different point it did not try to make)."""
    best = max(part.sentences, key=lambda s: lexical_support(sentence, [s]))
    return prose.quotation(best, part.n) if best in quotable else None

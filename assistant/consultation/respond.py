"""Draft an answer to every question of a consultation, in order, with the drafting chain.

Each question is drafted on its own with the organisation's profile, its stance and key points
(the question's own, else the profile's) and a word target from the limit the document states.
The consultation's text around the question (its chapter heading and key terms) steers the
search for evidence; it is never written into an answer as a claim. Nothing is cut or dropped:
an answer over its limit, with the checker's flags, or with no evidence is kept and flagged.
Only open questions are drafted in full: a choice question gets a one-line suggested choice
from the evidence (or "for you to choose"), and an about-you question is listed for the user.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant.answering.profile import OrganisationProfile, neutral_profile
from assistant.consultation.choices import suggest
from assistant.consultation.kinds import ABOUT_YOU, CHOICE
from assistant.consultation.model import AnswerStatus, Consultation, ConsultationQuestion
from assistant.consultation.steering import opening_for, relevant_points, steering_text
from assistant.core.errors import InputError
from assistant.core.result_facts import QuestionFacts
from assistant.core.schema import Evidence, GroundedText
from assistant.core.text import MARKER
from assistant.core.written_text import WrittenText
from assistant.rendering.checks import finding_line
from assistant.rendering.views import form_text
from assistant.settings import MAX_DRAFT_WORDS, MIN_DRAFT_WORDS

if TYPE_CHECKING:
    from assistant.answering.chains import Assistant

MAX_QUESTIONS = 100  # drafted in one run; the rest are listed as not drafted
CHARS_PER_WORD = 6  # a character limit becomes a word target of chars / 6 (conservative)
Progress = Callable[[int, int, ConsultationQuestion], None]


@dataclass(frozen=True)
class Answer:
    """One question with its drafted answer (None when not drafted) and what to check."""

    question: ConsultationQuestion
    result: GroundedText | None
    checks: tuple[str, ...]  # plain-English things to check before sending, in order
    status: AnswerStatus
    words: int = 0
    chars: int = 0
    word_target: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", AnswerStatus(self.status))  # the plain word too

    @property
    def cited(self) -> tuple[Evidence, ...]:
        """The sources this answer's [n] markers point to, in number order."""
        if self.result is None:
            return ()
        used = set(self.result.written.citations)
        return tuple(e for e in self.result.evidence if e.n in used)


@dataclass(frozen=True)
class Source:
    """A document cited anywhere in the response, with its provenance and where it is cited."""

    doc_id: str
    title: str
    kind: str
    publisher: str = ""
    date: str = ""
    licence: str = ""
    official_url: str = ""
    questions: tuple[str, ...] = ()  # numbers of the questions whose answers cite it


@dataclass(frozen=True)
class ConsultationResponse:
    consultation: Consultation
    profile: OrganisationProfile
    answers: tuple[Answer, ...]
    sources: tuple[Source, ...]
    prepared: str  # ISO date the response was drafted
    generator: str = ""
    notes: tuple[str, ...] = ()

    @property
    def flagged(self) -> tuple[Answer, ...]:
        return tuple(a for a in self.answers if a.checks)


def word_target(question: ConsultationQuestion, default: int) -> int:
    """The words to draft: the stated limit, else chars / 6, else `default`; within 50-5,000."""
    targets = [question.word_limit or 0, (question.char_limit or 0) // CHARS_PER_WORD]
    stated = min((t for t in targets if t > 0), default=default)
    return max(MIN_DRAFT_WORDS, min(MAX_DRAFT_WORDS, stated))


def words_of(written: WrittenText) -> int:
    """Words as a consultation form counts them: citation markers and stray punctuation are
    not words (as `extractive.words_in` counts a Markdown text)."""
    plain = (MARKER.sub(" ", s.text) for s in written.sentences)
    return sum(1 for text in plain for token in text.split() if any(c.isalnum() for c in token))


def answer_checks(question: ConsultationQuestion, result: GroundedText) -> tuple[str, ...]:
    """What to check before sending: no evidence, over a stated limit, the checker's flags."""
    checks: list[str] = []
    if result.refused:
        missing = (result.draft and result.draft.not_covered) or ()
        what = f" (nothing on {', '.join(f'“{t}”' for t in missing)})" if missing else ""
        checks.append(
            f"The library does not cover this question{what}, so no answer was drafted. Write "
            "it yourself from the outline, or add the consultation document or your own "
            "evidence (`assistant corpus add`, the Library tab, `assistant evidence add`) and "
            "draft again."
        )
        return tuple(checks)
    words, chars = words_of(result.written), len(form_text(result.written))
    if question.word_limit and words > question.word_limit:
        checks.append(
            f"This answer has {words} words; the consultation asks for no more than "
            f"{question.word_limit}. Shorten it before sending (nothing was cut)."
        )
    if question.char_limit and chars > question.char_limit:
        checks.append(
            f"This answer has {chars:,} characters; the consultation allows "
            f"{question.char_limit:,}. Shorten it before sending (nothing was cut)."
        )
    checks += [finding_line(finding) for finding in result.findings]
    return tuple(checks)


FILL_IN = (
    "For you to fill in: this question asks for your own or your organisation's details, so "
    "no answer is drafted."
)
FILL_IN_CHECK = "Fill this in yourself before sending."


def choice_answer(
    question: ConsultationQuestion, answer: Answer, profile: OrganisationProfile
) -> Answer:
    """A choice question's answer: one line with the suggested option and its cited reason
    (the stance is the question's own, else the profile's)."""
    suggestion = suggest(question, opening_for(question, profile)[0], answer.result)
    if answer.result is None:
        return Answer(question, None, answer.checks, answer.status, word_target=answer.word_target)
    result = replace(answer.result, text=suggestion.line)
    kept = tuple(f for f in result.findings if f.sentence and f.sentence in suggestion.reason)
    result = replace(result, verification=replace(result.verification, findings=kept))
    checks = tuple(finding_line(finding) for finding in kept)
    if suggestion.option is None:
        checks = (f"Choose one of: {' / '.join(question.options)}.", *checks)
    status = AnswerStatus.SUGGESTED if suggestion.option else AnswerStatus.FOR_YOU_TO_CHOOSE
    return Answer(question, result, checks, status, words=words_of(result.written))


def draft_answer(
    assistant: Assistant,
    question: ConsultationQuestion,
    profile: OrganisationProfile,
    default_words: int,
    common: str = "",
    quotes_only: bool = False,
) -> Answer:
    """Draft one question; a question the chain cannot take is kept as "not drafted"."""
    stance, opening = opening_for(question, profile)
    target = word_target(question, default_words)
    context = steering_text(question)
    points = question.key_points
    if points is None:
        points = relevant_points(profile.key_points, question, common)
    # The points go in through the profile, so they also steer which evidence is chosen.
    voice = profile.model_copy(update={"key_points": tuple(points)})
    try:
        result = assistant.draft(
            question.text,
            profile=voice,
            stance=stance,
            words=target,
            context=context,
            opening=[opening],
            quotes_only=quotes_only,
        )
    except InputError as exc:
        not_drafted = (f"Not drafted: {exc}.",)
        return Answer(question, None, not_drafted, AnswerStatus.NOT_DRAFTED, word_target=target)
    # Where the question sits, shown to the user and never used as a claim.
    asked = QuestionFacts(
        question.number, question.chapter, question.context, context, tuple(points)
    )
    result = replace(result, consultation=asked)
    return Answer(
        question,
        result,
        answer_checks(question, result),
        AnswerStatus.NO_EVIDENCE if result.refused else AnswerStatus.DRAFTED,
        words=0 if result.refused else words_of(result.written),
        chars=0 if result.refused else len(form_text(result.written)),
        word_target=target,
    )


def respond(
    assistant: Assistant,
    consultation: Consultation,
    profile: OrganisationProfile | None = None,
    *,
    default_words: int | None = None,
    max_questions: int = MAX_QUESTIONS,
    progress: Progress | None = None,
    today: date | None = None,
) -> ConsultationResponse:
    """Draft every question in order (at most `max_questions`; the rest are listed, flagged)."""
    if max_questions <= 0:
        raise InputError(f"max_questions must be at least 1, got {max_questions}")
    profile = profile or neutral_profile()
    default = default_words or assistant.settings.draft_words
    questions = consultation.questions
    drafted = questions[:max_questions]
    answers: list[Answer] = []
    for index, question in enumerate(drafted, start=1):
        if progress is not None:
            progress(index, len(drafted), question)
        if question.kind == ABOUT_YOU:
            fill_in = AnswerStatus.FOR_YOU_TO_FILL_IN
            answers.append(Answer(question, None, (FILL_IN_CHECK,), fill_in))
            continue
        choice = question.kind == CHOICE and bool(question.options)
        words = MIN_DRAFT_WORDS if choice else default
        # A choice question needs one cited reason, not a written paragraph: quote it.
        answer = draft_answer(
            assistant, question, profile, words, consultation.title, quotes_only=choice
        )
        if choice:
            answer = choice_answer(question, answer, profile)
        answers.append(answer)
    notes: list[str] = []
    if len(questions) > max_questions:
        rest = questions[max_questions:]
        notes.append(
            f"The document has {len(questions)} questions; this run drafted the first "
            f"{max_questions}. Questions {rest[0].number} to {rest[-1].number} are listed but "
            "not drafted: draft them with a questions file that lists only them."
        )
        skipped = f"Not drafted: at most {max_questions} questions are drafted in one run."
        answers += [Answer(q, None, (skipped,), AnswerStatus.NOT_DRAFTED) for q in rest]
    return ConsultationResponse(
        consultation=consultation,
        profile=profile,
        answers=tuple(answers),
        sources=_sources(assistant, answers),
        prepared=(today or date.today()).isoformat(),
        generator=assistant.generator,
        notes=tuple(notes),
    )


def _sources(assistant: Assistant, answers: list[Answer]) -> tuple[Source, ...]:
    """Every cited document once, in order of first citation, with its stored provenance."""
    cited: dict[str, tuple[Evidence, list[str]]] = {}
    for answer in answers:
        for evidence in answer.cited:
            entry = cited.setdefault(evidence.doc_id, (evidence, []))
            if answer.question.number not in entry[1]:
                entry[1].append(answer.question.number)
    provenance = _provenance(assistant, [e.id for e, _ in cited.values()])
    return tuple(
        Source(
            doc_id=doc_id,
            title=evidence.title,
            kind=evidence.label or evidence.kind,
            questions=tuple(numbers),
            **{k: str(provenance.get(evidence.id, {}).get(k, "") or "") for k in _PROVENANCE},
        )
        for doc_id, (evidence, numbers) in cited.items()
    )


_PROVENANCE = ("publisher", "date", "licence", "official_url")


def _provenance(assistant: Assistant, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Chunk id -> stored metadata (publisher, licence, ...); empty if the store cannot say."""
    if not ids:
        return {}
    try:
        return {chunk.id: chunk.metadata for chunk in assistant.store.get(ids)}
    except Exception:  # provenance is a courtesy: the title and kind are already in evidence
        return {}

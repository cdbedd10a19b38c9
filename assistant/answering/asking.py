"""What a question must be before we search, and what we say when the library cannot answer it.

`draft_request` checks a draft's inputs (stance, key points, word limit, opening) once, from
the organisation's profile: it lives here, above both the profile and the writers, so the
profile (plain data read from a file) never imports the writers that use it.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answering.profile import STANCE_SENTENCES, OrganisationProfile, normalise_stance
from assistant.answering.writing.base import DraftRequest
from assistant.core.errors import InputError
from assistant.core.result_facts import QuestionKind, Stance
from assistant.search.retrieval import check_query

REFUSAL = (
    "I could not find anything about this in the library, so I will not guess. "
    "Try asking in other words, or add a document that covers it{topic} "
    "(for example the consultation paper or the policy it is about) with "
    "`assistant corpus add` or the Library tab."
)


MANIPULATED = (
    "The only passages found on this contain instructions addressed to an AI or its readers, "
    "so they look manipulated and are not used. Check the documents listed under the sources "
    "before relying on them, or add a trustworthy document that covers the question."
)


def check_question(question: str, limit: int) -> str:
    """The same checks as a search, with advice that fits a consultation question."""
    return check_query(
        question,
        limit,
        empty_hint="type the question you want answered",
        long_hint="Paste only the question, not the whole document",
    )


def draft_request(
    profile: OrganisationProfile,
    question: str,
    stance: str | None,
    key_points: Sequence[str] | None,
    words: int,
    opening: Sequence[str] | None = None,
    kind: QuestionKind = QuestionKind.POSITION,
) -> DraftRequest:
    """Every draft input checked once, here: stance, key points, word limit and opening
    (the profile's own where the caller gives none). Evidence is added after retrieval.

    Only a question that asks for a position (`kind`, see `writing.question_kind`) takes a
    stance: "How can commissioners…?" has no proposal to agree with.
    """
    try:
        chosen = normalise_stance(stance or profile.stance)
    except ValueError as exc:
        raise InputError(f"stance {exc}") from None
    position = kind == QuestionKind.POSITION
    if not position:
        chosen = Stance.NO_VIEW
    points = tuple(p.strip() for p in (key_points or profile.key_points) if p.strip())
    if opening is None:
        opening = profile.opening_sentences(chosen, question, position)
    try:
        return DraftRequest(
            question=question,
            evidence=(),
            opening=tuple(opening),
            stance=chosen,
            key_points=points,
            word_limit=words,
            steer=profile.steering_text(),
            kind=kind,
        )
    except ValueError as exc:
        raise InputError(str(exc)) from None


def refusal(topic_words: Sequence[str], missing: Sequence[str] = ()) -> str:
    """The refusal, naming what the library lacks (the question's names and figures none of the
    passages found mention), else the topic (its first eight words), so the user knows what to
    add."""
    if missing:
        return (
            f"The library has nothing on {_listed(missing)}, so I will not guess. Add a document "
            "that covers it (for example the consultation paper or the policy it is about) with "
            "`assistant corpus add` or the Library tab, then ask again."
        )
    topic = " ".join(topic_words[:8])
    return REFUSAL.format(topic=f" ({topic})" if topic else "")


def _listed(terms: Sequence[str]) -> str:
    quoted = [f"“{t}”" for t in terms]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def not_covered(question: str, missing: Sequence[str], stance: str, points: Sequence[str]) -> str:
    """A draft the library cannot support: what is missing, an outline for the user to write
    (our position only when the question asks for one) and how to add sources. No citations and
    no claims: nothing here may read as evidence.

    `stance`: the organisation's stance, or "" for a question that asks for none.
    """
    from assistant.answering.followup import topic_words
    from assistant.answering.writing.position import position_sentence
    from assistant.search.query_rewrite import rewrite_query

    topic = " ".join(topic_words(rewrite_query(question))[:8])
    lacking = _listed(missing) if missing else f"“{topic}”"
    position = position_sentence(question, stance) if stance in STANCE_SENTENCES else ""
    lines = [
        "## The library does not cover this question",
        "",
        f"The library has nothing relevant enough on {lacking}, so no draft was written: "
        "a draft built from unrelated passages would mislead.",
        "",
        "## An outline to write it yourself",
        "",
    ]
    if position:
        lines.append(f"- Our position: {position}")
    lines.append("- Our reasons, each with its evidence (a source, a figure, a member's story).")
    lines += [f"- A point we often make, if it fits: {p.rstrip('.')}." for p in points]
    lines += [
        "- What we recommend.",
        "",
        "## To draft it from sources",
        "",
        "- Add the consultation document or the policy it is about: `assistant corpus add FILE` "
        "or the Library tab.",
        "- Add your members' evidence: `assistant evidence add` or the Evidence tab.",
        "- Then draft again.",
    ]
    return "\n".join(lines)

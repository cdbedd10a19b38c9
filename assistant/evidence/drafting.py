"""Our evidence in a draft: found beside the published sources, cited like them, or missed aloud.

Quotable items join the numbered evidence after the published passages, so the planner can
choose them as reasons and the verifier checks them like any source (a survey figure must match
its item). Background-only items only steer which sentences are chosen. When nothing of ours is
relevant, the draft says so, so the organisation knows where to gather some.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from langchain_core.embeddings import Embeddings

from assistant.checks.stance import stance_in
from assistant.core.schema import Evidence
from assistant.evidence.index import EvidenceIndex
from assistant.evidence.model import EvidenceItem, Kind
from assistant.evidence.store import EvidenceStore
from assistant.settings import Settings

NONE_FOUND = (
    "No member evidence was found for this question: add what your members have told you with "
    "`assistant evidence add`, so drafts can use it."
)


@dataclass(frozen=True)
class WithOurs:
    evidence: tuple[Evidence, ...]  # the published passages, then ours
    steer: str  # background-only items: they shape the choice, never quoted
    notice: str | None


def add_our_evidence(
    settings: Settings,
    embeddings: Embeddings,
    question: str,
    published: Sequence[Evidence],
    stance: str | None = None,
) -> WithOurs:
    """The draft's evidence with our relevant items added (at most two quotable ones).

    A past response that took another stance than the draft's is no reason for it: it is
    left out here, and the draft's checks note the difference (see `positions`).
    """
    found = EvidenceIndex(EvidenceStore.from_settings(settings), embeddings).search(
        question, k=2, min_score=settings.min_relevance, keep=lambda item: _agrees(item, stance)
    )
    ours = found.as_evidence(len(published) + 1)
    return WithOurs((*published, *ours), found.steer, NONE_FOUND if found.empty else None)


def _agrees(item: EvidenceItem, stance: str | None) -> bool:
    if item.kind is not Kind.PAST_RESPONSE or stance not in ("agree", "disagree", "mixed"):
        return True
    past = stance_in(item.text)
    return past is None or past == stance

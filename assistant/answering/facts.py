"""The named facts a task's result records beside its text (`core.result_facts`), worked out
from what the writer returned: how many doubts it resolved and how, and a draft's stance, word
limit and count. Kept out of `chains.py` so the tasks read as their stages."""

from __future__ import annotations

from assistant.answering import extractive
from assistant.answering.profile import OrganisationProfile
from assistant.answering.writing.base import DraftRequest, Written
from assistant.core.result_facts import DraftFacts, Repairs


def repairs_of(written: Written) -> Repairs | None:
    """How many sentences the writer wrote again, quoted or dropped (None: it repaired none)."""
    if not written.repairs:
        return None
    outcomes = [r.outcome for r in written.repairs]
    return Repairs(*(outcomes.count(k) for k in ("rewritten", "quoted", "dropped")))


def draft_facts(
    draft: DraftRequest | None, profile: OrganisationProfile | None, text: str
) -> DraftFacts | None:
    """A draft's stance, word limit and count, and whose voice it is in (None: an answer)."""
    if draft is None:
        return None
    profile_name = (profile.name if profile else None) or ""
    facts = DraftFacts(draft.stance, draft.word_limit, 0, False, profile_name)
    return facts.counted(extractive.words_in(text))

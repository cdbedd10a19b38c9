"""Taking a removed item out of a draft: its evidence, the sentences built on it alone, its [n].

Removing an item reaches every copy of it. `history.evidence_removal.remove_item` is the one
way an item leaves (the CLI and the web page both call it); it sits in `history/`, above this
package, because it rewrites the saved drafts with `forget_in_draft` from here, and our
evidence must not import the history file that keeps drafts. A draft open on the page is put
right when it is next checked (`for_recheck`). In each draft the item leaves its evidence, each
sentence that rested on it alone leaves its text, its [n] leaves the others, and the draft
carries a check saying it must be read again before it is sent.

Sentences are removed by their identity in the draft's typed text (`GroundedText.written`),
never by searching the Markdown for their words: a sentence that also appears inside another
(or twice) is taken out only where it rested on the item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from assistant.core.schema import Finding, FindingRule, GroundedText, Verification
from assistant.evidence.index import DOC_ID
from assistant.evidence.positions import RULE as PAST_POSITION
from assistant.evidence.store import EvidenceStore
from assistant.settings import Settings

RULE = FindingRule.EVIDENCE_REMOVED


def item_id_of(evidence_id: str) -> str | None:
    """ "our-evidence:ev-1a2b3c4d" -> "ev-1a2b3c4d"; None for a published passage."""
    prefix = f"{DOC_ID}:"
    return evidence_id[len(prefix) :] if evidence_id.startswith(prefix) else None


def forget_in_draft(result: GroundedText, gone: Iterable[str]) -> GroundedText:
    """`result` without the items whose ids are in `gone` (unchanged if it cites none)."""
    gone = set(gone)
    dropped = {e.n for e in result.evidence if item_id_of(e.id) in gone}
    if not dropped:
        return result
    written = result.written
    gone_ids = {s.id for s in written.prose if s.citations and set(s.citations) <= dropped}
    written = written.without(gone_ids).uncited(dropped)
    numbers = ", ".join(f"[{n}]" for n in sorted(dropped))
    note = Finding(
        sentence="",
        problem=(
            f"Evidence {numbers} was removed from our evidence, so it was taken out of this "
            "draft with the sentences built on it alone. Read the draft again before sending."
        ),
        rule=RULE,
    )
    checked = result.verification
    return replace(
        result,
        text=written.markdown(),
        written=written,
        evidence=tuple(e for e in result.evidence if e.n not in dropped),
        verification=Verification(
            tuple(s for s in checked.sentences if not set(s.citations) & dropped),
            (*(f for f in checked.findings if not set(f.citations) & dropped), note),
        ),
        recheck=True,
    )


def still_held(result: GroundedText, held: Iterable[str]) -> GroundedText:
    """`result` without any item of ours that is no longer among `held` (the store's ids)."""
    ours = {item_id_of(e.id) for e in result.evidence} - {None}
    return forget_in_draft(result, {i for i in ours if i is not None} - set(held))


def for_recheck(result: GroundedText, settings: Settings) -> GroundedText:
    """`result` as it stands for a new check: without items removed since it was written."""
    held = {item.id for item in EvidenceStore.from_settings(settings).items()}
    return still_held(result, held)


def carried_notes(result: GroundedText) -> tuple[Finding, ...]:
    """The checks a recheck cannot re-run from the text alone, so it keeps them: an item
    removed from our evidence, and a past position the draft departs from."""
    return tuple(f for f in result.findings if f.rule in (RULE, PAST_POSITION))

"""Removing an item reaches every copy of it: the store, the vectors, and drafts that cite it.

`remove_item` is the one way an item leaves (the CLI and the web page both call it): the store
and the vectors are rewritten without it (`EvidenceStore.remove`), and so is every saved
conversation and draft in the history file that cited it; the web app's download files and
Gradio's copies of them, which may quote it, are deleted (`private_files.clear_copies`). A
draft open on the page is put right when it is next checked (`for_recheck`). In each draft
the item leaves its evidence, each sentence that rested on it alone leaves its text, its [n]
leaves the others, and the draft carries a check saying it must be read again before it is
sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from assistant.claims import citations_in
from assistant.errors import HistoryError
from assistant.evidence.index import DOC_ID
from assistant.evidence.model import EvidenceItem
from assistant.evidence.positions import RULE as PAST_POSITION
from assistant.evidence.store import EvidenceStore
from assistant.schema import Finding, GroundedText, Verification
from assistant.settings import Settings
from assistant.text import MARKER, split_sentences

RULE = "evidence-removed"


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
    text = result.text
    for sentence in split_sentences(text):
        cited = set(citations_in(sentence))
        if cited and cited <= dropped:
            text = text.replace(sentence, "")
    text = MARKER.sub(lambda m: _without(m.group(), dropped), text)
    text = "\n".join(" ".join(line.split()) if line.strip() else "" for line in text.splitlines())
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
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
        text=text,
        evidence=tuple(e for e in result.evidence if e.n not in dropped),
        verification=Verification(
            tuple(s for s in checked.sentences if not set(s.citations) & dropped),
            (*(f for f in checked.findings if not set(f.citations) & dropped), note),
        ),
        details={**result.details, "recheck": True},
    )


def still_held(result: GroundedText, held: Iterable[str]) -> GroundedText:
    """`result` without any item of ours that is no longer among `held` (the store's ids)."""
    ours = {item_id_of(e.id) for e in result.evidence} - {None}
    return forget_in_draft(result, {i for i in ours if i is not None} - set(held))


def _without(marker: str, dropped: set[int]) -> str:
    kept = [n for n in citations_in(marker) if n not in dropped]
    return "".join(f"[{n}]" for n in kept)


def for_recheck(result: GroundedText, settings: Settings) -> GroundedText:
    """`result` as it stands for a new check: without items removed since it was written."""
    held = {item.id for item in EvidenceStore.from_settings(settings).items()}
    return still_held(result, held)


def carried_notes(result: GroundedText) -> tuple[Finding, ...]:
    """The checks a recheck cannot re-run from the text alone, so it keeps them: an item
    removed from our evidence, and a past position the draft departs from."""
    return tuple(f for f in result.findings if f.rule in (RULE, PAST_POSITION))


def remove_item(settings: Settings, item_id: str) -> tuple[EvidenceItem, str]:
    """Remove an item from our evidence and from every saved draft and answer that cited it.

    Returns the item and a note for the user: empty, or why the history file could not be
    put right (the item itself is removed either way).
    """
    from assistant.history.store import HistoryStore
    from assistant.private_files import clear_copies

    item = EvidenceStore.from_settings(settings).remove(item_id)
    clear_copies(settings)  # a Word or Markdown download may quote it
    if not settings.history_path.is_file():
        return item, ""
    try:
        history = HistoryStore(settings.history_path)
        try:
            history.rewrite(f"{DOC_ID}:{item.id}", lambda r: forget_in_draft(r, {item.id}))
        finally:
            history.close()
    except HistoryError as exc:
        return item, f"Saved drafts could not be updated: {exc}"
    return item, ""

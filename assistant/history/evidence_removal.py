"""Removing an item of our evidence from everywhere it is kept, saved drafts included.

The store and the vectors are rewritten without it (`EvidenceStore.remove`), and so is every
saved conversation and draft in the history file that cited it (`evidence.forget`); the web
app's download files and Gradio's copies of them, which may quote it, are deleted
(`private_files.clear_copies`). It lives in `history/` because the history sits above our
evidence: a draft cites evidence, so the history may import `evidence/`, never the reverse.
"""

from __future__ import annotations

from assistant.core.errors import HistoryError
from assistant.core.private_files import clear_copies
from assistant.evidence.forget import forget_in_draft
from assistant.evidence.index import DOC_ID
from assistant.evidence.model import EvidenceItem
from assistant.evidence.store import EvidenceStore
from assistant.history.store import HistoryStore
from assistant.settings import Settings


def remove_item(settings: Settings, item_id: str) -> tuple[EvidenceItem, str]:
    """Remove an item from our evidence and from every saved draft and answer that cited it.

    Returns the item and a note for the user: empty, or why the history file could not be
    put right (the item itself is removed either way).
    """
    item = EvidenceStore.from_settings(settings).remove(item_id)
    clear_copies(settings.cache_dir)  # a Word or Markdown download may quote it
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

"""Saved conversations and drafts: a SQLite file in the data folder, and its exports.

`HistoryStore` is the file itself (the CLI uses it and reports problems as errors);
`SafeHistory` is what the app uses (a damaged or locked file turns saving off, never the app).
"""

from assistant.history.safe import SafeHistory
from assistant.history.store import Entry, HistoryStore, Item, Saved

__all__ = ["Entry", "HistoryStore", "Item", "SafeHistory", "Saved"]

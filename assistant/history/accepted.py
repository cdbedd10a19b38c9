"""Checks accepted with a name and a reason, so a draft with open checks can still be signed off.

The checker flags sentences it cannot match to their sources. Before an answer goes out in the
organisation's name, each flag on its latest version is either resolved (the sentence edited
until the check passes, so the flag is gone) or accepted by a named approver with a reason
("the figure is from our own survey, not the cited report"). An acceptance is a row in the
history file's `reviews` table (status "accepted check"), holding the version, the check it
accepts and the reason; the final export lists every accepted check after the approval.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from assistant.core.errors import InputError
from assistant.core.schema import Finding
from assistant.history.store import HistoryStore, Saved

ACCEPTED = "accepted check"


def check_key(finding: Finding) -> str:
    """A short, stable name for one check of one sentence."""
    text = f"{finding.rule}\n{' '.join(finding.sentence.split())}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Acceptance:
    key: str
    version: int
    who: str
    at: str
    reason: str
    finding: str  # the sentence and problem, as shown when it was accepted

    def line(self) -> str:
        return f"{self.finding} Accepted by {self.who} on {self.at[:10]}: {self.reason}"


def acceptances(store: HistoryStore, saved: Saved) -> list[Acceptance]:
    """The acceptances made on the draft's latest version."""
    if not saved.entries:
        return []
    latest = saved.entries[-1].seq
    found = []
    for seq, status, who, at, comment in store.review_rows(saved.item.id):
        if status == ACCEPTED and seq == latest:
            body = json.loads(comment)
            found.append(Acceptance(body["key"], seq, who, at, body["reason"], body["finding"]))
    return found


def open_checks(store: HistoryStore, saved: Saved) -> list[Finding]:
    """The latest version's checks not yet accepted (resolved ones are no longer there)."""
    if saved.latest is None:
        return []
    done = {a.key for a in acceptances(store, saved)}
    return [f for f in saved.latest.findings if check_key(f) not in done]


def described(finding: Finding) -> str:
    return f"“{' '.join(finding.sentence.split())}”: {finding.problem}"


def accept(store: HistoryStore, item_id: str, key: str, who: str, reason: str) -> Acceptance:
    """Accept one open check of the draft's latest version, or say plainly why not."""
    saved = store.get(item_id)
    reason = " ".join(reason.split())[:1000]
    if not reason:
        raise InputError("Give a reason for accepting the check.")
    chosen = next((f for f in open_checks(store, saved) if check_key(f) == key), None)
    if chosen is None:
        raise InputError("That check is not open on the latest version: choose one from the list.")
    at = datetime.now(UTC).isoformat(timespec="seconds")
    body = {"key": key, "reason": reason, "finding": described(chosen)}
    seq = saved.entries[-1].seq
    store.add_review(item_id, (seq, ACCEPTED, who, at, json.dumps(body, ensure_ascii=False)))
    return Acceptance(key, seq, who, at, reason, body["finding"])

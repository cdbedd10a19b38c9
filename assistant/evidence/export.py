"""Export our evidence to one JSON file (a backup, or to move it to another computer).

The file states, inside itself, that it holds personal data: an export outlives the command
that wrote it and is easily emailed. By default each text is redacted as its consent requires;
`full=True` keeps the original words too, for a complete backup that can be read back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from assistant.core.errors import EvidenceError
from assistant.core.private_files import FILE_MODE
from assistant.evidence.model import EvidenceItem
from assistant.evidence.use import shown

WARNING = (
    "This file contains personal data about your members (their experiences, and possibly "
    "details that identify them). Keep it on computers and drives your organisation controls, "
    "do not email it, and delete copies you no longer need."
)


def export_items(items: list[EvidenceItem], path: Path, *, full: bool = False) -> int:
    """Write `items` to `path` (never over an existing file); return how many were written."""
    if path.exists():
        raise EvidenceError(f"{path}: already exists; choose a new file name")
    records = []
    for item in items:
        record = item.to_json()
        redacted = shown(item)
        record["text"] = redacted.text
        record["masked"] = [[m.kind.value, m.hint] for m in redacted.masked]
        if full:
            record["original_text"] = item.text
        records.append(record)
    body = {"warning": WARNING, "redacted": not full, "items": records}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle, ensure_ascii=False, indent=2)
    except OSError as exc:
        raise EvidenceError(f"{path}: cannot write the export ({exc})") from None
    return len(records)

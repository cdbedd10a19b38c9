"""What the Ask and Draft tabs hand the app so a saved conversation or draft can come back:
after a reload or a restart (the id kept in the browser), or when opened from History."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# gr.BrowserState encrypts what it keeps with this key. Only an item's id is kept (the text stays
# in the history file on this computer), and a fixed key means a restarted app can still read it.
BROWSER_SECRET = "consult-assistant-open-item"


@dataclass(frozen=True)
class Reopen:
    """How a tab reopens a saved item: `fill(id)` gives `outputs`' values (the last is the id)."""

    fill: Callable[[str | None], tuple[Any, ...]]
    remembered: Any  # gr.BrowserState: the id kept in the browser (unrendered: app.py places it)
    current: Any  # gr.State: the id of the item open in the tab now
    outputs: list[Any]

"""Sessions that end: a sign-in lasts a set number of hours, then the person signs in again.

Gradio keeps a signed-in browser's token for as long as the server runs. On a shared computer
(a library, an office) a session left open would stay open for days; `SessionClock` notes
when each token was first seen and says when it has lived past its time, so the web app's
middleware (`ui/sessions.py`) can forget it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class SessionClock:
    """When each session token was first seen, and whether it has expired."""

    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be above zero")
        self.ttl_s, self.clock = ttl_s, clock
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def expired(self, token: str) -> bool:
        """Note a token on first sight; True (and forget it) once it has outlived `ttl_s`."""
        now = self.clock()
        with self._lock:
            first = self._seen.setdefault(token, now)
            if now - first < self.ttl_s:
                return False
            del self._seen[token]
            return True

    def forget(self, token: str) -> None:
        with self._lock:
            self._seen.pop(token, None)

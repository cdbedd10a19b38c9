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


class SignInKeys:
    """Which password each session signed in with, so a reset or a removal ends it.

    The web app and `assistant users` are separate programs that share only the users file.
    Noting, on a session's first request, the password hash its person had then, and comparing
    it with the file on each later request, ends every open session of a person whose password
    was reset (the hash changed) or who was removed (no hash), without any message between the
    two programs. A role change keeps the session: the role is read afresh for each action.
    """

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}
        self._lock = threading.Lock()

    def still_valid(self, token: str, current: str | None) -> bool:
        """Note `current` on first sight of `token`; False (and forget it) once the person's
        password hash is no longer `current` at first sight, or they are gone (None)."""
        with self._lock:
            first = self._keys.setdefault(token, current) if current is not None else None
            if first is not None and first == current:
                return True
            self._keys.pop(token, None)
            return False

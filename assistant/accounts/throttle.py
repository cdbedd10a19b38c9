"""Ten wrong passwords in a row for one name pause signing in with it for a few minutes.

Guessing through the login is then far too slow to work, while a person who mistypes is held
up for minutes, not locked out for good (a lockout would let anyone lock out a trustee by
typing their name ten times). Counted per name, without case, in the app's memory: a restart
clears the count, which is fine for a pause measured in minutes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Failures:
    count: int = 0
    last: float = 0.0


class Throttle:
    """Consecutive wrong passwords per name, and whether the name is paused now."""

    def __init__(
        self, limit: int = 10, pause_s: float = 300.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if limit <= 0 or pause_s <= 0:
            raise ValueError("limit and pause_s must be above zero")
        self.limit, self.pause_s, self.clock = limit, pause_s, clock
        self._failures: dict[str, Failures] = {}
        self._lock = threading.Lock()

    def paused_for(self, name: str) -> float:
        """Seconds left before `name` may try again (0: it may try now)."""
        with self._lock:
            found = self._failures.get(name.strip().lower())
            if found is None or found.count < self.limit:
                return 0.0
            left = found.last + self.pause_s - self.clock()
            if left <= 0:
                found.count = self.limit - 1  # one more wrong password pauses it again
                return 0.0
            return left

    def failed(self, name: str) -> bool:
        """Count a wrong password; True when this one started a pause."""
        with self._lock:
            found = self._failures.setdefault(name.strip().lower(), Failures())
            found.count += 1
            found.last = self.clock()
            return found.count == self.limit

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name.strip().lower(), None)


def pause_message(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    unit = "minute" if minutes == 1 else "minutes"
    return (
        f"Too many wrong passwords in a row for this name: signing in is paused for about "
        f"{minutes} {unit}. Ask your admin to reset the password if you have forgotten it."
    )

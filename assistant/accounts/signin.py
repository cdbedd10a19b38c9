"""Signing in to the shared web app: a name and password checked, throttled and logged.

The web app hands Gradio's login `SignIn.check`; everything it decides is here, so it is
tested without a server. A paused name raises `SignInPaused` (the app turns it into a plain
"too many wrong passwords" reply), and every outcome goes into the audit log.
"""

from __future__ import annotations

from assistant.accounts.audit import AuditLog, Event
from assistant.accounts.throttle import Throttle, pause_message
from assistant.accounts.users import User, UserStore
from assistant.core.errors import AccountError
from assistant.settings import Settings


class SignInPaused(AccountError):
    """Too many wrong passwords in a row for one name: signing in with it waits a while."""


class SignIn:
    """The login check for one data folder's users."""

    def __init__(self, settings: Settings, throttle: Throttle | None = None) -> None:
        self.users = UserStore(settings.users_path)
        self.audit = AuditLog(settings.audit_path)
        self.throttle = throttle or Throttle(
            settings.signin_attempts, settings.signin_pause_minutes * 60
        )

    def check(self, name: str, password: str) -> User | None:
        """The user signing in, or None for a wrong name or password; `SignInPaused` when the
        name has had too many wrong passwords (even a right one waits out the pause)."""
        name = name.strip()
        shown = name[:64] or "(no name)"
        left = self.throttle.paused_for(name)
        if left > 0:
            self.audit.record(shown, Event.SIGN_IN_PAUSED)
            raise SignInPaused(pause_message(left))
        user = self.users.verify(name, password)
        if user is None:
            started = self.throttle.failed(name)
            self.audit.record(shown, Event.SIGN_IN_REFUSED, "wrong name or password")
            if started:
                self.audit.record(shown, Event.SIGN_IN_PAUSED, "signing in paused")
            return None
        self.throttle.succeeded(name)
        self.audit.record(user.name, Event.SIGN_IN)
        return user

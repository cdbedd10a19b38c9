"""The users file: each person's name, role and password hash, private to this computer's user.

A small JSON file in the data folder (`users.json`, 0600 in a 0700 folder, see
`private_files.py`), rewritten whole under the shared file lock (`file_lock.py`) so two
`assistant users` commands at once never lose a change, and replaced atomically so a crash
mid-write leaves the old file, not half of one. Names are kept as typed but compared without
case, so "Jo" and "jo" are one person.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from assistant.accounts.passwords import hash_password, verify_password
from assistant.accounts.roles import Role, parse_role
from assistant.core.errors import AccountError
from assistant.core.file_lock import locked
from assistant.core.private_files import FILE_MODE, private_dir

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
NAME_RULE = "1-64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit"


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    password_hash: str
    created: str  # ISO 8601, UTC


def check_name(name: str) -> str:
    """The name as typed (trimmed), or an `AccountError` saying what a name may hold."""
    name = name.strip()
    if not NAME.fullmatch(name):
        raise AccountError(f"{name!r} cannot be a user name: use {NAME_RULE}.")
    return name


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """A hash of a random string, checked against when a name is unknown."""
    import secrets

    return hash_password(secrets.token_hex(16))


class UserStore:
    """The users of one data folder. Every change reads, changes and writes under one lock."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        # The web app asks on every request (sessions, role checks): the file is parsed again
        # only when it changed (every write replaces it, so its inode, time or size changes).
        self._read: tuple[tuple[int, int, int], list[User]] | None = None

    def users(self) -> list[User]:
        """Everyone, in the order they were added (an absent file is no users)."""
        try:
            stat = self.path.stat()
            key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            if self._read is not None and self._read[0] == key:
                return list(self._read[1])
            raw = json.loads(self.path.read_text("utf-8"))
            found = [
                User(u["name"], Role(u["role"]), u["password_hash"], u["created"])
                for u in raw["users"]
            ]
            self._read = (key, found)
            return list(found)
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AccountError(
                f"The users file {self.path} cannot be read ({exc.__class__.__name__}): "
                "restore it from a backup, or move it aside and add the users again."
            ) from None

    def any(self) -> bool:
        """Whether personal logins are set up at all."""
        return bool(self.users())

    def find(self, name: str) -> User | None:
        wanted = name.strip().lower()
        return next((u for u in self.users() if u.name.lower() == wanted), None)

    def add(self, name: str, role: str | Role, password: str) -> User:
        name = check_name(name)
        chosen = role if isinstance(role, Role) else parse_role(role)
        hashed = hash_password(password)  # before the lock: hashing takes a moment
        with locked(self.lock_path):
            users = self.users()
            if any(u.name.lower() == name.lower() for u in users):
                raise AccountError(f"There is already a user called {name}.")
            user = User(name, chosen, hashed, datetime.now(UTC).isoformat(timespec="seconds"))
            self._write([*users, user])
        return user

    def remove(self, name: str) -> User:
        with locked(self.lock_path):
            users = self.users()
            user = self._existing(users, name)
            self._write([u for u in users if u is not user])
        return user

    def reset_password(self, name: str, password: str) -> User:
        hashed = hash_password(password)
        return self._change(name, lambda u: replace(u, password_hash=hashed))

    def set_role(self, name: str, role: str | Role) -> User:
        chosen = role if isinstance(role, Role) else parse_role(role)
        return self._change(name, lambda u: replace(u, role=chosen))

    def verify(self, name: str, password: str) -> User | None:
        """The user whose name and password these are, else None (an unknown name costs the
        same hashing time as a wrong password, so the login does not tell which was wrong)."""
        user = self.find(name)
        if user is None:
            verify_password(dummy_hash(), password)
            return None
        return user if verify_password(user.password_hash, password) else None

    def _change(self, name: str, change: Callable[[User], User]) -> User:
        with locked(self.lock_path):
            users = self.users()
            user = self._existing(users, name)
            changed = change(user)
            self._write([changed if u is user else u for u in users])
        return changed

    @staticmethod
    def _existing(users: list[User], name: str) -> User:
        wanted = name.strip().lower()
        found = next((u for u in users if u.name.lower() == wanted), None)
        if found is None:
            raise AccountError(f"There is no user called {name.strip()!r}.")
        return found

    def _write(self, users: list[User]) -> None:
        """Replace the file atomically with a private temporary file beside it."""
        folder = private_dir(self.path.parent)
        body = {"users": [{**asdict(u), "role": u.role.value} for u in users]}
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".users-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(body, out, indent=1)
            os.chmod(temp, FILE_MODE)
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

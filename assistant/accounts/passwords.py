"""Passwords kept only as argon2id hashes (argon2-cffi), never as text.

argon2id is the memory-hard hash OWASP recommends for stored passwords: a stolen users file
cannot be turned back into passwords quickly. argon2-cffi's defaults (RFC 9106's low-memory
profile) take a few tens of milliseconds to check, which also slows guessing through the login.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.core.errors import AccountError

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_LENGTH = 10  # with throttled sign-in, ten characters of anything is hard to guess
MAX_LENGTH = 1_000  # hashing has a cost: a megabyte "password" is not one


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


def check_strength(password: str) -> None:
    """Refuse a password too short (or absurdly long) to keep, in one plain line."""
    if len(password) < MIN_LENGTH:
        raise AccountError(f"The password is too short: use at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise AccountError(f"The password is too long: use at most {MAX_LENGTH} characters.")
    if not password.strip():
        raise AccountError("The password cannot be only spaces.")


def hash_password(password: str) -> str:
    """The argon2id hash of an acceptable password."""
    check_strength(password)
    return hasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    """Whether `password` matches the stored hash (a damaged hash matches nothing)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if len(password) > MAX_LENGTH:
        return False
    try:
        return hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False

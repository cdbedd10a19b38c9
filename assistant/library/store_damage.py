"""A damaged Chroma store said in one line: what is damaged and how to rebuild it.

A truncated or overwritten `chroma.sqlite3`, or garbage in an index file, makes Chroma raise its
`InternalError` with a long Rust message, or panic: pyo3's `PanicException` derives from
`BaseException`, so it passed the CLI's one-line handler and ended in a 47-line traceback.
`guarded` turns both into a `StoreDamaged` naming the folder, changing nothing: the store is
left exactly as it was, for the person to move aside (or to a backup). A blanket
`except BaseException` would also swallow Ctrl+C, so the panic is recognised by its type name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from assistant.core.errors import StoreError
from assistant.settings import Settings

T = TypeVar("T")
_MAX_REASON = 160


class StoreDamaged(StoreError):
    """The library's Chroma files cannot be read."""


def _is_panic(exc: BaseException) -> bool:
    return type(exc).__name__ == "PanicException"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= _MAX_REASON else text[: _MAX_REASON - 1] + "…"


def damaged(settings: Settings, exc: BaseException) -> StoreError:
    """The one-line error for a store that failed inside Chroma."""
    if settings.chroma_host:
        where = f"{settings.chroma_host}:{settings.chroma_port}"
        return StoreError(
            f"the Chroma server at {where} could not read the library ({_reason(exc)})"
        )
    folder = settings.chroma_path
    return StoreDamaged(
        f"the library's store in {folder} is damaged ({_reason(exc)}); nothing was changed. "
        f"To rebuild it, move that folder aside (for example to {folder.name}.damaged) and run "
        "`assistant ingest`, then add your own files again"
    )


@contextmanager
def guarded(settings: Settings) -> Iterator[None]:
    """Chroma's internal errors and panics inside the block become one `StoreError`."""
    from chromadb.errors import InternalError

    try:
        yield
    except InternalError as exc:
        raise damaged(settings, exc) from None
    except BaseException as exc:
        if _is_panic(exc):
            raise damaged(settings, exc) from None
        raise  # Ctrl+C, SystemExit and everything else go on as before


class GuardedCollection:
    """A Chroma collection whose every call runs inside `guarded`."""

    def __init__(self, collection: Any, settings: Settings) -> None:
        self._collection = collection
        self._settings = settings

    def __getattr__(self, name: str) -> Any:
        with guarded(self._settings):
            value = getattr(self._collection, name)
        if not callable(value):
            return value
        return self._wrap(value)

    def _wrap(self, method: Callable[..., T]) -> Callable[..., T]:
        def call(*args: Any, **kwargs: Any) -> T:
            with guarded(self._settings):
                return method(*args, **kwargs)

        return call

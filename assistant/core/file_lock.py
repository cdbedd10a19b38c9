"""One lock per shared file, so read-modify-write changes from several processes never clash.

Eight `evidence add` at once each read the items file, added one item and wrote it back: the
last writer won and five items were lost. Every read-modify-write of our evidence and of the
library's list of unfinished documents now holds an exclusive lock on a `.lock` file beside
the data for the whole change. `filelock` (already installed with huggingface_hub and torch)
gives the same lock on Linux, macOS and Windows; the lock is taken again freely by the thread
that holds it, so a change may call another locked change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.core.errors import StoreError

WAIT_S = 60.0  # a change takes milliseconds; a minute means something is stuck


@contextmanager
def locked(lock_path: Path, wait_s: float = WAIT_S) -> Iterator[None]:
    """Hold the lock at `lock_path` (made 0600 in its folder) for the body of the `with`."""
    from filelock import FileLock, Timeout

    from assistant.core.private_files import FILE_MODE, private_dir

    private_dir(lock_path.parent)
    lock = FileLock(lock_path, mode=FILE_MODE, is_singleton=True)
    try:
        lock.acquire(timeout=wait_s)
    except Timeout:
        raise StoreError(
            f"{lock_path.parent} is busy: another program has been changing it for over "
            f"{int(wait_s)} seconds. Try again when it has finished."
        ) from None
    try:
        yield
    finally:
        lock.release()

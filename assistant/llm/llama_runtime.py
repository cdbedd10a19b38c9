"""Process plumbing around llama.cpp (xllamacpp), kept apart from the model's logic.

llama.cpp is a guest in our process and has habits we undo here:
- it writes its verbose log to file descriptor 2 from its own thread, so while the model loads
  (the loud part) descriptor 2 points at a log file, and afterwards its log threshold is turned
  down so requests print nothing on the user's terminal;
- its server installs its own SIGINT/SIGTERM handlers (Ctrl+C would stop the model, not the
  program), so the handlers in place before loading are put back afterwards;
- it cannot tell us it ran out of memory in advance, so we compare the free memory with what the
  file needs first.
Everything here degrades to doing nothing where the platform does not allow it.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

# llama.cpp's own threshold values: 3 logs everything; -1 nothing at all.
VERBOSE = 3
SILENT = -1
OVERHEAD_BYTES = 700 * 1024 * 1024  # context, compute buffers and runtime beside the weights
_SIGACTION_BYTES = 512  # larger than struct sigaction on every POSIX platform we know


@contextlib.contextmanager
def stderr_to(log_path: Path) -> Iterator[None]:
    """Send everything written to descriptor 2 (C code included) to `log_path` meanwhile."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    saved = os.dup(2)
    log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.dup2(log_fd, 2)
        yield
    finally:
        _drain_llama_log()
        os.dup2(saved, 2)
        os.close(saved)
        os.close(log_fd)


def set_llama_log_threshold(level: int) -> bool:
    """Change llama.cpp's log threshold after start-up (True if the symbol was found)."""
    function = _llama_symbol("_Z30common_log_set_verbosity_tholdi")
    if function is None:
        return False
    function.argtypes = [ctypes.c_int]
    function(level)
    return True


def can_quiet_after_load() -> bool:
    """Whether llama.cpp can log verbosely during load and be silenced afterwards."""
    return _llama_symbol("_Z30common_log_set_verbosity_tholdi") is not None


@contextlib.contextmanager
def keep_signal_handlers() -> Iterator[None]:
    """Put back the SIGINT and SIGTERM handlers that loading the server replaces.

    The raw handler records are saved and restored with libc's sigaction, which works from any
    thread (Python's `signal.signal` only works in the main thread, and the web app loads the
    model in a worker thread).
    """
    saved = {sig: _get_sigaction(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, record in saved.items():
            if record is not None:
                _set_sigaction(sig, record)


def handler_address(sig: int) -> int | None:
    """Where the C-level handler for `sig` lives (for tests that check it is unchanged)."""
    record = _get_sigaction(sig)
    if record is None:
        return None
    return int.from_bytes(record.raw[: ctypes.sizeof(ctypes.c_void_p)], sys.byteorder)


def available_memory() -> int | None:
    """Bytes of memory available for new allocations (Linux), or None when unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def memory_needed(file_size: int) -> int:
    return file_size + OVERHEAD_BYTES


def log_size(log_path: Path) -> int:
    try:
        return log_path.stat().st_size
    except OSError:
        return 0


def error_lines_since(log_path: Path, offset: int, limit: int = 5) -> list[str]:
    """llama.cpp's error lines written to the log after `offset` (the first is the cause)."""
    try:
        with log_path.open("rb") as handle:
            handle.seek(offset)
            lines = handle.read().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [line for line in lines if " E " in f" {line} "][:limit]


# --- helpers -----------------------------------------------------------------------------------


def _llama_symbol(name: str) -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    try:
        from xllamacpp import xllamacpp as extension

        return getattr(ctypes.CDLL(extension.__file__), name)
    except (ImportError, OSError, AttributeError):
        return None


def _drain_llama_log() -> None:
    """Let llama.cpp's log thread finish writing what it has queued."""
    main = _llama_symbol("_Z15common_log_mainv")
    flush = _llama_symbol("_Z16common_log_flushP10common_log")
    if main is not None and flush is not None:
        main.restype = ctypes.c_void_p
        flush.argtypes = [ctypes.c_void_p]
        flush(main())
    time.sleep(0.05)  # the flush queues; give the writer thread a moment either way
    with contextlib.suppress(Exception):
        sys.stderr.flush()


def _libc() -> ctypes.CDLL | None:
    if os.name != "posix":
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _get_sigaction(sig: int) -> ctypes.Array[ctypes.c_char] | None:
    libc = _libc()
    if libc is None:
        return None
    record = ctypes.create_string_buffer(_SIGACTION_BYTES)
    if libc.sigaction(int(sig), None, record) != 0:
        return None
    return record


def _set_sigaction(sig: int, record: ctypes.Array[ctypes.c_char]) -> None:
    libc = _libc()
    if libc is not None:
        libc.sigaction(int(sig), record, None)

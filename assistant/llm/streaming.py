"""Wait for a model's streamed reply with a deadline, and stay interruptible while waiting.

Model calls block inside C code or on sockets, where neither a timeout nor Ctrl+C can reach them.
So the call runs in a daemon helper thread that hands each piece to a queue, and the caller's
thread waits on the queue: it gives up at the deadline, sees Ctrl+C at once, and calls
`on_text` itself (so UI code never runs in the helper thread). When the caller stops early the
helper is told to stop (its `emit` returns True) and is left to finish on its own. A helper
inside llama.cpp must not be killed at interpreter exit (C++ aborts the process with "exception
not rethrown"), so with `finish_on_exit` the process waits at exit for it to reach its next token
and stop.
"""

from __future__ import annotations

import atexit
import contextvars
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from assistant.llm.protocol import OnText

Emit = Callable[[Any], bool]  # give the waiting caller one item; returns True when asked to stop

_unfinished: set[threading.Thread] = set()


def pump(
    produce: Callable[[Emit], None],
    *,
    to_text: Callable[[Any], str],
    timeout_s: float,
    on_timeout: Callable[[], BaseException],
    on_text: OnText | None = None,
    finish_on_exit: bool = False,
) -> str:
    """Run `produce(emit)` in a helper thread; return the joined text of what it emitted.

    `to_text` turns each emitted item into text (and may raise to reject it). An exception
    raised by `produce` is raised again here, unchanged. After `timeout_s` seconds the
    exception from `on_timeout()` is raised.
    """
    if timeout_s <= 0:
        raise ValueError(f"timeout_s must be positive, got {timeout_s}")
    items: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop = threading.Event()

    def emit(item: Any) -> bool:
        items.put(("item", item))
        return stop.is_set()

    def run() -> None:
        try:
            produce(emit)
        except BaseException as exc:  # handed to the waiting caller
            items.put(("error", exc))
        finally:
            items.put(("done", None))

    worker = threading.Thread(
        target=contextvars.copy_context().run, args=(run,), name="model-call", daemon=True
    )
    deadline = time.monotonic() + timeout_s
    written: list[str] = []
    worker.start()
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise on_timeout()
            try:
                kind, value = items.get(timeout=min(remaining, 0.25))
            except queue.Empty:
                continue
            if kind == "done":
                return "".join(written)
            if kind == "error":
                raise value
            piece = to_text(value)
            if piece:
                written.append(piece)
                if on_text is not None:
                    on_text(piece)
    except BaseException:
        stop.set()  # timeout, Ctrl+C, a rejected item or a failing on_text
        if finish_on_exit:
            for finished in [t for t in _unfinished if not t.is_alive()]:
                _unfinished.discard(finished)
            _unfinished.add(worker)
        raise


@atexit.register
def _wait_for_unfinished() -> None:
    """At exit, let stopped calls inside native code reach their next token and return."""
    for worker in list(_unfinished):
        worker.join()

"""Run slow work in a thread and hand its progress events to a generator, as they happen.

The assistant reports progress through a callback (`on_event(kind, text)`); Gradio streams
by iterating a generator. `stream_events` joins the two: the work runs in a worker thread,
each event travels through a queue, and the caller iterates `Event`s and finally one `Done`
with the work's result. An exception raised by the work is raised again in the caller, so
the page's usual error handling sees it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
OnEvent = Callable[[str, str], None]


@dataclass(frozen=True)
class Event:
    """One progress report from the work: ("quick", text), ("text", piece), ("status", msg)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Done(Generic[T]):
    """The work finished and gave back `result`."""

    result: T


@dataclass(frozen=True)
class _Failed:
    error: BaseException


def stream_events(work: Callable[[OnEvent], T]) -> Iterator[Event | Done[T]]:
    """Yield each event `work` reports, then `Done(result)`; re-raise whatever `work` raised.

    `work` receives the callback to report through. The generator returns only once the work
    has finished, so nothing keeps running after the page has its answer.
    """
    events: queue.Queue[Event | Done[T] | _Failed] = queue.Queue()

    def on_event(kind: str, text: str) -> None:
        events.put(Event(kind, text))

    def run() -> None:
        try:
            events.put(Done(work(on_event)))
        except BaseException as exc:  # handed to the caller, raised there
            events.put(_Failed(exc))

    worker = threading.Thread(target=run, name="assistant-work", daemon=True)
    worker.start()
    while True:
        item = events.get()
        if isinstance(item, _Failed):
            worker.join()
            raise item.error
        yield item
        if isinstance(item, Done):
            worker.join()
            return

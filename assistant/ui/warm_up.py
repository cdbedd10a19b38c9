"""Get the quick quotes ready before the first person asks, in the background at start-up.

A quoted quick answer embeds every sentence of its passages to choose the best ones; that was
most of its time (`vector_cache.py`). The first people to ask after a start also waited for the
embedding model, the keyword index and the store to load, one behind the other: with 20 asking
at once the first quote took 4-7 s. So `launch` starts this thread: it loads the search with one
query, then embeds the library's passages and their quotable sentences into the cache, up to
three quarters of its room (the rest stays free for questions and new sentences). A failure
here changes nothing: the first question simply does the same work itself.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Iterator
from itertools import islice

from assistant.answering.extractive import quotable, statements
from assistant.ui.services import Services

log = logging.getLogger(__name__)

BATCH = 16  # texts embedded at once: small batches of long passages keep peak memory low
FILL = 0.75  # share of the cache's room the warm-up may take


def library_texts(services: Services, most: int) -> Iterator[str]:
    """The library's quotable sentences exactly as a quote embeds them (`extractive.candidates`),
    so each is found in the cache under the same text; then its passages (a passage found by
    its words alone is embedded to judge its relevance). Sentences first: every quote needs
    them, and one long passage costs as much as several of them. At most `most` passages are
    read: a large library's would not fit in the cache anyway."""
    passages = [chunk.text for chunk in islice(services.store.iter_all(), most)]
    for text in passages:
        yield from (s for _, s in statements(text) if quotable(s))
    yield from passages


def warm_up(services: Services, stop: threading.Event | None = None) -> int:
    """Load the search and fill the vector cache; return how many texts were embedded.
    `stop`, once set, ends it between two batches."""
    stop = stop or threading.Event()
    if services.store.count() == 0:
        return 0
    services.assistant("extractive").search.retriever.search("warm up", 1)
    embeddings = services.store.embeddings
    cache = getattr(embeddings, "cache", None)
    if cache is None:  # an embedder with no cache (tests' fakes): nothing to keep
        return 0
    room, done, batch = int(cache.max_entries * FILL), 0, []
    for text in library_texts(services, room):
        if stop.is_set():
            return done
        batch.append(text)
        if len(batch) == BATCH:
            embeddings.embed_documents(batch)
            done, batch = done + len(batch), []
        if done + len(batch) >= room:
            break
    if batch:
        embeddings.embed_documents(batch)
    return done + len(batch)


def start(services: Services) -> threading.Thread:
    """Run `warm_up` in a daemon thread (it never holds up the start). At exit it is stopped
    and waited for, between two batches: a thread killed inside the embedding model's native
    code aborts the whole process ("terminate called without an active exception")."""
    stop = threading.Event()

    def run() -> None:
        try:
            count = warm_up(services, stop)
            log.info("quick quotes ready: %d passages and sentences embedded", count)
        except Exception as exc:  # only a head start: the first question does it instead
            log.info("warm-up stopped (%s); the first question loads the search", exc)

    thread = threading.Thread(target=run, name="warm-up", daemon=True)

    def finish() -> None:
        stop.set()
        thread.join(timeout=30)

    atexit.register(finish)
    thread.start()
    return thread

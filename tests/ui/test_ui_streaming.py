"""The Ask tab's streaming, without a server: events from a worker thread become page updates
in order (quick quotes, then the written text, then the checked answer), and errors surface."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import gradio as gr
import pytest

from tests.support.fixtures import CorpusStore
from tests.support.helpers import FakeTextModel, echo_evidence

from assistant.core.errors import InputError
from assistant.ui.ask_tab import QUICK_HEADING, WRITTEN_HEADING, Pending, _turns, quote, write
from assistant.ui.render import answer_status
from assistant.ui.services import Services
from assistant.ui.streaming import Done, Event, stream_events

CHAT = "What was the Facilitation Fund and how much could a group get?"


def test_events_arrive_in_order_then_the_result() -> None:
    def work(on_event: Any) -> str:
        on_event("quick", "quoted")
        on_event("text", "one ")
        on_event("text", "two")
        return threading.current_thread().name

    items = list(stream_events(work))
    assert items[:-1] == [Event("quick", "quoted"), Event("text", "one "), Event("text", "two")]
    assert isinstance(items[-1], Done)
    assert items[-1].result == "assistant-work"  # the work ran in its own thread


def test_an_error_in_the_work_is_raised_in_the_caller() -> None:
    def work(on_event: Any) -> str:
        on_event("quick", "partial")
        raise InputError("the question is too long")

    seen: list[Any] = []
    with pytest.raises(InputError, match="too long"):
        for item in stream_events(work):
            seen.append(item)
    assert seen == [Event("quick", "partial")]


def chat_of(update: tuple[Any, ...]) -> list[dict[str, Any]] | None:
    chat = update[0]
    return chat if isinstance(chat, list) else None


@pytest.mark.slow
def test_the_quick_quotes_come_before_the_written_answer(corpus: CorpusStore) -> None:
    settings = corpus.settings.model_copy(update={"generator": "local"})
    model = FakeTextModel([echo_evidence])
    services = Services(settings, models={"local": model})
    services.store = corpus.store
    quoted = list(quote(services, CHAT, []))
    pending = quoted[-1][-1]
    assert isinstance(pending, Pending) and not model.received, "quoting runs no model"
    assert "Waiting for the writer" in quoted[-1][4]
    updates = [u[:5] for u in quoted] + list(write(services, pending))
    chats = [c for c in map(chat_of, updates) if c and c[-1]["role"] == "assistant"]
    first = chats[0][-1]["content"]
    assert QUICK_HEADING not in first and "[1]" in first, "the quoted answer comes first, alone"
    streaming = [c[-1]["content"] for c in chats[1:-1]]
    assert streaming and all(s.startswith(QUICK_HEADING) for s in streaming)
    assert any("Writing an answer in plain English" in s for s in streaming)
    final = chats[-1][-1]["content"]
    assert final.startswith(f"{QUICK_HEADING}\n\n{first}")  # the quick quotes stay above
    assert WRITTEN_HEADING in final and not final.endswith("…")
    sources, checks, status = updates[-1][2:]
    assert "Check" in checks
    assert "<h2>Sources</h2>" in sources and "button" in sources  # each source opens
    assert "Answer ready" in status
    # A follow-up sends only the written answer back as history, not the quotes twice.
    (turn,) = _turns([chats[-1][-1]])
    assert (
        QUICK_HEADING not in turn.content
        and turn.content == final.split(WRITTEN_HEADING)[1].strip()
    )


@pytest.mark.slow
def test_with_quotes_only_the_quotes_are_the_checked_answer(corpus: CorpusStore) -> None:
    services = Services(corpus.settings.model_copy(update={"generator": "extractive"}))
    services.store = corpus.store
    saved: list[Any] = []
    *_, (chat, _, sources, checks, status, pending) = quote(services, CHAT, [], saved.append)
    assert pending is None and len(saved) == 1, "nothing left for the writer; saved once"
    assert "[1]" in chat[-1]["content"] and "Answer ready" in status
    assert "Check" in checks and "<h2>Sources</h2>" in sources
    assert list(write(services, None)) == [(gr.skip(),) * 5], "the writer step changes nothing"


@pytest.mark.slow
def test_a_notice_leads_the_status(corpus_assistant: Any) -> None:
    result = corpus_assistant.ask(CHAT)
    noticed = replace(result, notices=("The model was away.",))
    status = answer_status(noticed)
    assert "The model was away. Answer ready with" in status
    assert "The model was away" not in answer_status(result)

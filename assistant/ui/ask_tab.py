"""The Ask tab: a chat that answers from the library, with numbered sources beside each answer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.answering.reading_view import present_documents
from assistant.answering.writing.base import EventKind
from assistant.core.errors import AssistantError
from assistant.core.schema import GroundedText, Turn
from assistant.ui.reading import reading_panel, result_sources_html, sources_panel
from assistant.ui.render import answer_status, findings_markdown, status_html
from assistant.ui.reopen import BROWSER_SECRET, Reopen
from assistant.ui.services import Services
from assistant.ui.streaming import Done, stream_events


def _text(content: Any) -> str | None:
    """A message's text: Gradio 6 hands content over as a list of parts like {"type": "text"}."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        content = [content]
    if isinstance(content, list):
        parts = [
            str(part.get("text", ""))
            for part in content
            if isinstance(part, dict) and part.get("type", "text") == "text"
        ]
        return "\n".join(parts) if parts else None
    return None


QUICK_HEADING = "**Quick answer from the sources:**"
WRITTEN_HEADING = "**Written answer, checked against the sources:**"
WRITING_NOTE = "_Writing an answer in plain English…_"


def _turns(history: list[dict[str, Any]]) -> list[Turn]:
    turns = []
    for message in history or []:
        text = _text(message.get("content"))
        if text is not None:
            turns.append(Turn(str(message.get("role", "")), _answer_only(text)))
    return turns


def _answer_only(text: str) -> str:
    """The written answer of a two-part message: the quick quotes need not be read twice."""
    return text.split(WRITTEN_HEADING, 1)[1].strip() if WRITTEN_HEADING in text else text


def _message(quick: str, written: str | None = None, final: bool = False) -> dict[str, str]:
    """The assistant's message: the quick quotes first, then the answer being written."""
    if written is None:
        return {"role": "assistant", "content": quick}
    heading = WRITTEN_HEADING if final else WRITING_NOTE
    tail = "" if final else " …"
    body = f"{QUICK_HEADING}\n\n{quick}\n\n{heading}\n\n{written.strip()}{tail}"
    return {"role": "assistant", "content": body}


# Quoting needs no model: retrieval and picking sentences take a second or two, so many run at
# once and nobody waits behind the writer for their quotes (issue 26: 20 users at once).
QUOTE_CONCURRENCY = 8


@dataclass(frozen=True)
class Pending:
    """A question already quoted, waiting for the writer: what the writer step needs."""

    message: str
    turns: tuple[Turn, ...]
    asked: tuple[dict[str, Any], ...]  # the chat with the question in it
    quick: str


def quote(
    services: Services,
    message: str,
    history: list[dict[str, Any]],
    on_result: Callable[[GroundedText], None] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Yield (chat, question box, sources, checks, status, pending): the quoted quick answer.

    No model runs here (`Assistant.quote`: no meaning check, no passage embedded again), so it
    is quick for everyone however busy the writer is. With the quotes only writer, or when the
    library does not cover the question, this is the final answer (`on_result` hears it and
    `pending` is None); otherwise `pending` hands it to `write`.
    """
    history = list(history or [])
    message = (message or "").strip()
    if not message:
        status = status_html("Type a question first.", "error")
        yield history, "", gr.skip(), gr.skip(), status, None
        return
    yield history, "", gr.skip(), gr.skip(), status_html("Looking in the library…", "busy"), None
    turns = tuple(_turns(history))
    asked = [*history, {"role": "user", "content": message}]
    try:
        quoted = services.assistant("extractive").quote(message, turns)
    except AssistantError as exc:
        yield history, message, gr.skip(), gr.skip(), status_html(str(exc), "error"), None
        return
    if quoted.refused or services.settings.generator == "extractive":
        if on_result is not None:
            on_result(quoted)
        yield (
            [*asked, _message(quoted.text)],
            "",
            result_sources_html(quoted),
            findings_markdown(quoted.findings, quoted.refused),
            answer_status(quoted),
            None,
        )
        return
    status = status_html(WAITING_NOTE, "busy")
    pending = Pending(message, turns, tuple(asked), quoted.text)
    yield [*asked, _message(quoted.text)], "", result_sources_html(quoted), "", status, pending


WAITING_NOTE = "Quoted the sources. Waiting for the writer to write the answer in plain English…"


def write(
    services: Services,
    pending: Pending | None,
    on_result: Callable[[GroundedText], None] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Yield (chat, question box, sources, checks, status) as the written answer comes in.

    Runs after `quote`, at the writer's own concurrency: the model's words stream in beneath the
    quotes, and the checked version replaces the stream when it is done. Nothing pending (the
    quotes were the answer, or there was no question): nothing changes.
    """
    if pending is None:
        yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return
    asked, quick, written = list(pending.asked), pending.quick, ""
    yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), status_html(WRITING_NOTE.strip("_"), "busy")
    try:
        for item in stream_events(
            lambda on_event: services.assistant().ask(
                pending.message, pending.turns, on_event=on_event
            )
        ):
            if isinstance(item, Done):
                result: GroundedText = item.result
            elif item.kind == EventKind.TEXT:
                written += item.text
                yield [*asked, _message(quick, written)], gr.skip(), gr.skip(), gr.skip(), gr.skip()
            elif item.kind == EventKind.STATUS:
                yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), status_html(item.text, "busy")
    except AssistantError as exc:  # the quotes stay; the question comes back to try again
        yield gr.skip(), pending.message, gr.skip(), gr.skip(), status_html(str(exc), "error")
        return
    two_part = bool(written) and bool(quick) and not result.refused and quick != result.text
    final = _message(quick, result.text, final=True) if two_part else _message(result.text)
    status = answer_status(result)
    if on_result is not None:
        on_result(result)
    yield (
        [*asked, final],
        gr.skip(),
        result_sources_html(result),
        findings_markdown(result.findings, result.refused),
        status,
    )


def reopen(services: Services, conversation_id: str | None) -> tuple[Any, ...]:
    """A saved conversation back in the chat (after a reload, or opened from History)."""
    saved = services.history.find(conversation_id)
    if saved is None or not saved.entries:
        return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), None
    chat = []
    for entry in saved.entries:
        chat += [{"role": "user", "content": entry.result.question}, _message(entry.result.text)]
    last = saved.entries[-1].result
    status = status_html(f"Conversation reopened: {saved.item.title}", "done")
    sources = result_sources_html(last, present_documents(services.store, last.evidence))
    return chat, "", sources, findings_markdown(last.findings, last.refused), status, saved.item.id


def keep(
    services: Services, conversation_id: str | None, result: GroundedText
) -> tuple[Any, str | None]:
    """Save the exchange to the conversation: (the answer's status, the conversation's id)."""
    entry = services.history.add("conversation", conversation_id, result, "asked")
    if entry is not None:
        return answer_status(result), entry.item_id
    note = f"The answer was not saved. {services.history.problem or ''}".strip()
    return answer_status(result) + status_html(note, "error"), conversation_id


def build(services: Services) -> Reopen:
    """Lay out the tab inside the current gr.Blocks context; return how to reopen a saved
    conversation in it."""
    gr.Markdown(
        "Ask a question about the library: the source articles, our briefing notes on policy, "
        "and anything you have added. Answers quote the sources and number them, like [1]."
    )
    chat = gr.Chatbot(label="Conversation", elem_id="ask-chat", height=380, buttons=["copy"])
    question = gr.Textbox(
        label="Your question",
        placeholder="For example: What was the Facilitation Fund?",
        lines=2,
        elem_id="ask-input",
    )
    with gr.Row():
        send = gr.Button("Ask", variant="primary", elem_id="ask-button")
        clear = gr.Button("Start a new conversation", elem_id="ask-clear")
    status = gr.HTML(status_html("Ready."), elem_id="ask-status", elem_classes=["live-status"])
    with gr.Row():
        sources = sources_panel("ask-sources")
        checks = gr.Markdown("", label="Checks", elem_id="ask-checks")
    reading_panel(services, sources, status, "ask-reading")

    # The open conversation's id: a State (not part of the /ask API), copied into the browser's
    # storage so a reload or a restart of the app finds the conversation again.
    conversation = gr.State(None)
    remembered = gr.BrowserState(
        None, storage_key="ask-conversation", secret=BROWSER_SECRET, render=False
    )
    conversation.change(lambda v: v, conversation, remembered, api_visibility="private")

    pending = gr.State(None)

    def saver(kept: str | None, saved: list[tuple[Any, str | None]]) -> Any:
        return lambda result: saved.append(keep(services, kept, result))

    def quoted(message: str, history: list[dict[str, Any]], kept: str | None) -> Iterator[Any]:
        saved: list[tuple[Any, str | None]] = []  # filled just before a final answer is shown
        for *out, waiting in quote(services, message, history, saver(kept, saved)):
            yield *(out[:4]), *(saved[0] if saved else (out[4], gr.skip())), waiting

    def written(waiting: Pending | None, kept: str | None) -> Iterator[Any]:
        saved: list[tuple[Any, str | None]] = []
        for out in write(services, waiting, saver(kept, saved)):
            yield (*out[:4], *saved[0]) if saved else (*out, gr.skip())

    outputs = [chat, question, sources, checks, status, conversation]
    for trigger, name in ((send.click, "ask"), (question.submit, None)):
        visibility: Any = "public" if name else "private"
        trigger(
            quoted,
            [question, chat, conversation],
            [*outputs, pending],
            api_name=name,
            api_visibility=visibility,
            concurrency_limit=QUOTE_CONCURRENCY,
            concurrency_id="ask-quote",
        ).then(
            written,
            [pending, conversation],
            outputs,
            api_name=f"{name}_written" if name else None,
            api_visibility=visibility,
            concurrency_id="ask-writer",
            show_progress_on=[status],  # the queue position shows on the status line
        )
    clear.click(
        lambda: ([], "", "", "", status_html("New conversation."), None),
        None,
        outputs,
        api_visibility="private",
    )
    return Reopen(lambda saved_id: reopen(services, saved_id), remembered, conversation, outputs)

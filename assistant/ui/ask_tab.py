"""The Ask tab: a chat that answers from the library, with numbered sources beside each answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.errors import AssistantError
from assistant.schema import Turn
from assistant.ui.render import answer_status, findings_markdown, sources_markdown, status_html
from assistant.ui.services import Services

STREAM_STEPS = 12


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


def _turns(history: list[dict[str, Any]]) -> list[Turn]:
    turns = []
    for message in history or []:
        text = _text(message.get("content"))
        if text is not None:
            turns.append(Turn(str(message.get("role", "")), text))
    return turns


def respond(
    services: Services, message: str, history: list[dict[str, Any]]
) -> Iterator[tuple[list[dict[str, Any]], str, str, str, str]]:
    """Yield (chat, question box, sources, checks, status) as the answer streams in."""
    history = list(history or [])
    message = (message or "").strip()
    if not message:
        yield history, "", gr.skip(), gr.skip(), status_html("Type a question first.", "error")
        return
    yield history, "", gr.skip(), gr.skip(), status_html("Looking in the library…", "busy")
    try:
        result = services.assistant().ask(message, _turns(history))
    except AssistantError as exc:
        yield history, message, gr.skip(), gr.skip(), status_html(str(exc), "error")
        return
    history = [*history, {"role": "user", "content": message}]
    words = result.text.split(" ")
    step = max(1, len(words) // STREAM_STEPS)
    for end in range(step, len(words), step):
        partial = {"role": "assistant", "content": " ".join(words[:end]) + " …"}
        yield [*history, partial], "", gr.skip(), gr.skip(), gr.skip()
    final = [*history, {"role": "assistant", "content": result.text}]
    yield (
        final,
        "",
        sources_markdown(result.evidence),
        findings_markdown(result.findings, result.refused),
        answer_status(result),
    )


def build(services: Services) -> None:
    """Lay out the tab inside the current gr.Blocks context."""
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
        sources = gr.Markdown("", label="Sources", elem_id="ask-sources")
        checks = gr.Markdown("", label="Checks", elem_id="ask-checks")

    def handler(message: str, history: list[dict[str, Any]]) -> Iterator[Any]:
        yield from respond(services, message, history)

    outputs = [chat, question, sources, checks, status]
    send.click(handler, [question, chat], outputs, api_name="ask")
    question.submit(handler, [question, chat], outputs, api_name=False)
    clear.click(
        lambda: ([], "", "", "", status_html("New conversation.")), None, outputs, api_name=False
    )

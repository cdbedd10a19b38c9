"""The "Easy Read version" button the Draft, Consultation and History tabs share: the text of
the draft or response in, a draft Easy Read version out (assistant/easyread/), shown on the page
with each sentence's source and offered as a Word download.

Each sentence's source is in its `title` (a tooltip on hover) and in a details element that a
keyboard and a screen reader reach ("Where this comes from"); what to check is said in words,
never by colour alone. Everything from the response is escaped: it is data.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import gradio as gr

from assistant.core.errors import AssistantError
from assistant.easyread.model import DRAFT_LABEL, EasyRead, EasySentence
from assistant.ui import downloads
from assistant.ui.services import Services

BUTTON = "Easy Read version"
DOWNLOAD = "Download Easy Read (.docx)"
EMPTY = "There is no text yet: write or choose a response first, then make its Easy Read version."


def easy_read_html(easy: EasyRead) -> str:
    """The Easy Read text as headings and one point a line, each with its source."""
    parts = [f'<p class="easyread-label"><strong>{html.escape(DRAFT_LABEL)}</strong></p>']
    parts += [f"<p>{html.escape(n)}</p>" for n in easy.notices]
    for section in easy.sections:
        if section.heading:
            parts.append(f"<h3>{html.escape(section.heading)}</h3>")
        items = "".join(_item(s) for s in section.sentences)
        parts.append(f'<ul class="easyread-points">{items}</ul>')
    if easy.hard_words:
        words = "".join(
            f"<li><strong>{html.escape(h.word)}</strong> means {html.escape(h.meaning)}.</li>"
            for h in easy.hard_words
        )
        parts.append(f"<h3>Words to know</h3><ul>{words}</ul>")
    style = "font-size: 1.25rem; line-height: 1.6"  # Easy Read: large type, generous spacing
    return f'<div class="easyread" lang="en-GB" style="{style}">{"".join(parts)}</div>'


def _item(sentence: EasySentence) -> str:
    source = f"From sentence {sentence.source.index}: {' '.join(sentence.source.text.split())}"
    check = " ".join(sentence.to_check)
    note = f' <em class="easyread-check">To check: {html.escape(check)}</em>' if check else ""
    return (
        f'<li title="{html.escape(source)}">{html.escape(sentence.text)}{note}'
        f"<details><summary>Where this comes from</summary>{html.escape(source)}</details></li>"
    )


def make_version(services: Services, text: str | None) -> tuple[Any, Any]:
    """The page's Easy Read view and the Word download, or one plain line saying why not."""
    from assistant.easyread.choose import maker_for_writer
    from assistant.easyread.word_file import easy_read_docx

    if not (text or "").strip():
        return f"<p>{html.escape(EMPTY)}</p>", gr.update(value=None, interactive=False)
    try:
        maker = maker_for_writer(services.assistant().writer, services.settings)
        easy = maker.make(text or "")
        folder = downloads.new_folder(services.settings, "easyread")
        path = easy_read_docx(easy, folder / "response-easyread.docx")
    except AssistantError as exc:
        message = f"Could not make the Easy Read version: {exc}"
        return f"<p>{html.escape(message)}</p>", gr.update(value=None, interactive=False)
    return easy_read_html(easy), gr.update(value=str(path), interactive=True)


def easyread_box(
    services: Services, source: Any, prefix: str, to_text: Callable[[Any], str] | None = None
) -> None:
    """Render the button, its view and its download (inside a tab's layout) and wire them to
    `source`, a component holding the text, or holding what `to_text` turns into the text."""
    with gr.Group(elem_id=f"{prefix}-easyread-box"):
        gr.Markdown(
            "A draft Easy Read version: short sentences, each made from one sentence of the "
            "response and checked against it. Check it with people who use Easy Read before "
            "you share it."
        )
        with gr.Row():
            button = gr.Button(BUTTON, elem_id=f"{prefix}-easyread")
            download = gr.DownloadButton(
                DOWNLOAD, interactive=False, elem_id=f"{prefix}-easyread-download"
            )
        view = gr.HTML("", elem_id=f"{prefix}-easyread-view")
    convert = to_text or (lambda value: str(value or ""))
    button.click(
        lambda value: make_version(services, convert(value)),
        [source],
        [view, download],
        api_visibility="private",
    )


def history_text(services: Services) -> Callable[[Any], str]:
    """For History: the chosen item's id to its Markdown (as `history show` prints it)."""

    def text(item_id: Any) -> str:
        from assistant.history.export import markdown

        saved = services.history.find(item_id)
        return markdown(saved) if saved is not None and saved.entries else ""

    return text

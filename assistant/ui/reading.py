"""Clickable sources and the reading view on the page: thin HTML over
`assistant.answering.reading_view`.

Each source's citation is a button; pressing it (mouse or keyboard) opens the document below
the sources, scrolled to the cited passage, with the quoted sentence in a <mark> that takes the
focus (so a screen reader reads it) and the tab's polite status line saying what opened.
Everything from a document is escaped: uploaded text is data, never markup.
"""

from __future__ import annotations

import html
import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import gradio as gr

from assistant.answering.reading_view import (
    Part,
    ReadingView,
    build_view,
    citing_sentences,
    from_page,
    mark_removed,
)
from assistant.consultation.respond import ConsultationResponse
from assistant.core.errors import AssistantError
from assistant.core.schema import Evidence, GroundedText
from assistant.library.source_kinds import badge
from assistant.rendering.sources import HEADING, NONE, describe, source_quote
from assistant.ui.render import status_html
from assistant.ui.services import Services

# Sources are re-rendered with each answer, so the listener sits on the component itself and
# picks out the pressed button (a listener on a button would be lost with the old HTML).
SOURCES_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-source]');
  if (button) trigger('click', {source: button.dataset.source});
});
"""

# After each new view is drawn, the cited sentence takes the focus (and so scrolls into view).
READING_JS = """
watch('value', () => {
  const cited = element.querySelector('[data-cited]');
  if (cited) { cited.focus(); cited.scrollIntoView({block: 'center'}); }
});
"""

READING_CSS = """
.source-open { background: none; border: none; padding: 0; color: #1d4ed8; font-weight: 600;
  text-decoration: underline; cursor: pointer; text-align: left; font-size: 1rem; }
.sources-list { padding-left: 0; list-style: none; }
.sources-list blockquote { margin: 0.25rem 0 0.75rem 1rem; }
.reading-text { max-height: 32rem; overflow-y: auto; border: 1px solid #6b7280;
  padding: 0.5rem 1rem; }
.page-marker { color: #374151; font-weight: 600; border-top: 1px dashed #6b7280;
  padding-top: 0.25rem; }
mark[data-cited], blockquote[data-cited] { background: #fef08a; color: #111827; }
[data-cited]:focus { outline: 3px solid #1d4ed8; outline-offset: 2px; }
"""


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _payload(e: Evidence, said: Sequence[str]) -> str:
    """What the button sends back: the citation as shown, its saved quote and the answer's
    sentences citing it (to pick the sentence to highlight)."""
    data = {**e.as_dict(), "label": e.label, "said": list(said)}
    return html.escape(json.dumps(data, ensure_ascii=False), quote=True)


def _items(evidence: Sequence[Evidence], said: Mapping[int, Sequence[str]]) -> str:
    items = []
    for e in evidence:
        quote = " ".join([source_quote(e), e.references]).strip()  # as every face quotes it
        kind = badge(e.label or e.kind)
        payload = _payload(e, said.get(e.n, ()))
        items.append(
            "<li>"
            f'<button type="button" class="source-open" data-source="{payload}">'
            f"[{e.n}] {_text(describe(e))}</button><br>"
            f"<em>{_text(kind)}</em>"
            f"<blockquote>{_text(quote)}</blockquote>"
            "</li>"
        )
    return f'<ol class="sources-list">{"".join(items)}</ol>'


HINT = "<p>Press a source to read it in its document, at the cited place.</p>"


def sources_html(
    evidence: Sequence[Evidence], said: Mapping[int, Sequence[str]] | None = None
) -> str:
    """Numbered sources, each citation a button that opens the document at the passage."""
    if not evidence:
        return f"<p><em>{_text(NONE)}</em></p>"
    return f"<h2>{HEADING}</h2>{HINT}{_items(evidence, said or {})}"


def response_sources_html(response: ConsultationResponse) -> str:
    """A whole consultation response's sources, question by question."""
    sections = []
    for answer in response.answers:
        if answer.result is not None and answer.cited:
            said = {e.n: citing_sentences(answer.result, e.n) for e in answer.cited}
            heading = f"<h3>Question {_text(answer.question.number)}</h3>"
            sections.append(heading + _items(answer.cited, said))
    if not sections:
        return f"<p><em>{_text(NONE)}</em></p>"
    return f"<h2>{HEADING}</h2>{HINT}{''.join(sections)}"


def result_sources_html(result: GroundedText, present: set[str] | None = None) -> str:
    """An answer's or draft's sources, each knowing the sentences that cite it. `present`: the
    cited documents still in the library (`Store.present_documents`), for an answer reopened
    later; the others are marked "(document removed)"."""
    said = {e.n: citing_sentences(result, e.n) for e in result.evidence}
    evidence = result.evidence if present is None else mark_removed(result.evidence, present)
    return sources_html(evidence, said)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{_text(p)}</p>" for p in text.split("\n\n") if p.strip())


def _part(part: Part) -> str:
    if part.kind == "page":
        return f'<p class="page-marker">{_text(part.text)}</p>'
    if part.kind == "heading":
        return f"<h4>{_text(part.text)}</h4>"
    if part.kind == "cited":
        return (
            f'<p class="cited">{_text(part.before)}'
            f'<mark data-cited tabindex="-1">{_text(part.mark)}</mark>{_text(part.after)}</p>'
        )
    return _paragraphs(part.text)


def reading_html(view: ReadingView) -> str:
    """The view as HTML: the saved quote first when the passage cannot be shown in place."""
    nonce = uuid.uuid4().hex[:8]  # a new value each time, so the focus moves on every opening
    title = _text(view.title)
    head = (
        f'<section class="reading-view" data-view="{nonce}" aria-label="Reading view">'
        f"<h3>Reading: {title}</h3><p>{_text(view.citation)}</p>"
        f'<p class="reading-note">{_text(view.message)}</p>'
    )
    if view.removed or not view.located:
        head += f'<blockquote data-cited tabindex="-1">{_text(view.quote)}</blockquote>'
    if not view.parts:
        return head + "</section>"
    body = "".join(_part(p) for p in view.parts)
    region = f'<div class="reading-text" role="region" tabindex="0" aria-label="Text of {title}">'
    return f"{head}{region}{body}</div></section>"


def open_source(services: Services, data: Any) -> tuple[str, str]:
    """(reading view HTML, status line) for the source a button sent; a named message, never a
    traceback, when its details are damaged or the library cannot be read."""
    sent = getattr(data, "_data", data)
    try:
        evidence, said = from_page(sent.get("source", "") if isinstance(sent, dict) else "")
        view = build_view(services.store, evidence, said)
    except AssistantError as exc:
        message = str(exc).splitlines()[0]
        return gr.skip(), status_html(f"Could not open the source: {message}", "error")
    kind = "error" if view.removed else "done"
    return reading_html(view), status_html(view.message, kind)


def sources_panel(elem_id: str) -> gr.HTML:
    """The sources box of a tab (inside the current gr.Blocks context)."""
    return gr.HTML("", elem_id=elem_id, js_on_load=SOURCES_JS, css_template=READING_CSS)


def reading_panel(services: Services, sources: gr.HTML, status: Any, elem_id: str) -> gr.HTML:
    """The reading view under a tab's sources, opened by pressing one of them."""
    reading = gr.HTML("", elem_id=elem_id, js_on_load=READING_JS, css_template=READING_CSS)

    def handler(evt: gr.EventData) -> tuple[str, str]:
        return open_source(services, evt)

    sources.click(handler, None, [reading, status], api_visibility="private")
    return reading

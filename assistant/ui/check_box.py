"""The Draft tab's "Check my own response" box: a response the user wrote, checked sentence by
sentence as `assistant check` does (assistant/answering/checking.py). Results are words ("Passed",
"Check this"), never colour alone."""

from __future__ import annotations

import gradio as gr

from assistant.answering.checking import CheckReport, check_with, parse_sources
from assistant.core.errors import AssistantError
from assistant.how_read import how_read, render
from assistant.ui.render import md_escape
from assistant.ui.services import Services

SOURCES_LABEL = (
    'Sources (optional): a JSON list of {"n", "title", "text"}, as a draft\'s JSON gives its '
    "evidence. Without it, each sentence is matched to the best passage in the library."
)


def report_markdown(report: CheckReport) -> str:
    """One line per sentence: its verdict in words, the sentence, and what to check."""
    passed = sum(s.supported for s in report.sentences)
    lines = [f"**{passed} of {len(report.sentences)} sentences passed.**", ""]
    lines += [f"*Note: {md_escape(n)}*\n" for n in report.notices]
    for s in report.sentences:
        verdict = "Passed" if s.supported else "Check this"
        lines.append(f"- **{verdict}:** {md_escape(s.text)}")
        if s.suggested:
            lines.append(f"  - Matched in the library: {md_escape(s.suggested)}")
        lines += [f"  - {md_escape(p)}" for p in s.problems]
    return "\n".join(lines)


def run_check(services: Services, text: str, sources: str, question: str = "") -> str:
    """The check's result as Markdown, then how it will be read (docs/how-it-will-be-read.md),
    or one plain line saying why it could not run."""
    try:
        evidence = parse_sources(sources, "the sources") if (sources or "").strip() else ()
        report = report_markdown(check_with(services.assistant(), text or "", evidence))
    except AssistantError as exc:
        return f"**Could not check:** {md_escape(str(exc))}"
    return f"{report}\n\n{render.markdown(how_read(question or '', text or ''), level=4)}"


def check_box(services: Services) -> None:
    """Render the box (inside the Draft tab's layout) and wire its button."""
    with gr.Accordion("Check my own response", open=False, elem_id="own-check"):
        text = gr.Textbox(
            label="Your response (cite sources as [1], [2] …)", lines=8, elem_id="own-check-text"
        )
        sources = gr.Textbox(label=SOURCES_LABEL, lines=4, elem_id="own-check-sources")
        question = gr.Textbox(
            label="The question it answers (optional: to check the position it asks for)",
            elem_id="own-check-question",
        )
        button = gr.Button("Check my response", elem_id="own-check-button")
        result = gr.Markdown("", elem_id="own-check-result")
    button.click(
        lambda t, s, q: run_check(services, t, s, q),
        [text, sources, question],
        result,
        api_visibility="private",
    )

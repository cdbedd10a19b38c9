"""The "How it will be read" check on the page: beside the draft in the Draft tab, and beside
the response (each drafted answer under its own heading) in the Consultation tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.helpers import make_settings
from tests.support.history_support import grounded

pytest.importorskip("gradio")

QUESTION = "Do you agree that councils should fund user-led organisations for three years?"


def _blocks(build: Any, services: Any) -> Any:
    import gradio as gr

    with gr.Blocks() as page:
        build(services)
    return page


def _by_id(page: Any, elem_id: str) -> Any:
    return next(b for b in page.blocks.values() if getattr(b, "elem_id", None) == elem_id)


def test_the_draft_tab_shows_the_check_beside_the_draft(tmp_path: Path) -> None:
    from assistant.ui import draft_tab
    from assistant.ui.services import Services

    services = Services(make_settings(tmp_path / "data"))
    page = _blocks(draft_tab.build, services)
    view, panel = _by_id(page, "draft-view"), _by_id(page, "draft-how-read")
    assert view.parent is panel.parent  # one row: the check sits beside the draft

    edited = grounded(QUESTION, "We agree. One member waited 19 months for a grant [1].", "draft")
    services.assistant = lambda generator=None: type(  # type: ignore[method-assign]
        "Checker", (), {"recheck": lambda self, result, text: edited}
    )()
    outputs = draft_tab.recheck(services, edited.text, edited)
    shown = outputs[1]
    assert shown.startswith("### How it will be read")
    assert "- Position: stated clearly (you agree)." in shown
    assert "- Has facts or figures: “19 months”." in shown
    assert "- Missing: a reasoned solution." in shown
    assert "Add what should change about" in shown and "Reading ease" in shown


def test_the_draft_tab_shows_only_the_reading_ease_for_an_outline(tmp_path: Path) -> None:
    from dataclasses import replace

    from assistant.ui.draft_tab import how_read_panel

    outline = replace(grounded(QUESTION, "The library does not cover this.", "draft"), refused=True)
    assert how_read_panel(outline).startswith("Reading ease")


def test_the_consultation_tab_shows_how_each_answer_will_be_read(tmp_path: Path) -> None:
    from assistant.ui import consultation_tab
    from assistant.ui.services import Services

    services = Services(make_settings(tmp_path / "data"))
    page = _blocks(consultation_tab.build, services)
    assert _by_id(page, "consult-how-read") is not None
    from tests.consultation.test_consultation_respond import StandIn

    from assistant.consultation.model import Consultation, ConsultationQuestion

    question = ConsultationQuestion("1", "Should rule 1 stay?", position=1)
    found = Consultation("C", None, (question,), "x")
    services.assistant = lambda generator=None: StandIn()  # type: ignore[method-assign,assignment,return-value]
    out = consultation_tab.draft_all(
        services, found, [["1", question.text, "open", "", "", ""]], None
    )
    panel = out[-1]
    assert panel.startswith("### How it will be read")
    assert "#### Question 1" in panel and "- Missing: facts or figures." in panel
    assert "## How it will be read" in out[0]  # and in the response's Before sending list

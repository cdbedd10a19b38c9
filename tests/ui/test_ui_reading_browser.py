"""The reading view in a real browser: pressing a source opens its document at the cited place,
the quoted sentence highlighted and focused (so a screen reader reads it), the status line says
what opened, and axe finds nothing serious. A PDF source shows its page markers. A source whose
document was removed after the answer cited it opens as "document removed", with its saved quote.

Uses the browser and helpers of `test_ui_browser` (skipped with it when there is no Chromium).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.fixtures import CorpusStore
from tests.support.pdf_pages import FERRY, QUESTION, TARGET, build_pdf
from tests.support.ui_support import RunningApp, running_app
from tests.ui.test_ui_browser import (  # noqa: F401  (driver is a fixture used by name)
    DOCS,
    SHOTS,
    assert_accessible,
    driver,
    open_tab,
    wait,
    wait_for_status,
)

from assistant.library.embeddings import BundledEmbeddings
from assistant.library.ingest import ingest
from assistant.library.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]
PDF_TITLE = "Accessible travel survey"


@pytest.fixture(scope="module")
def app(
    corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory, embeddings: BundledEmbeddings
) -> Iterator[RunningApp]:
    """The app over its own copy of the corpus, with the 22-page survey PDF added."""
    with running_app(corpus.settings, tmp_path_factory) as running:
        folder = tmp_path_factory.mktemp("reading-pdf")
        report = ingest(
            [build_pdf(folder / "survey.pdf")],
            running.settings,
            store=Store(running.settings, embeddings=embeddings),
        )
        assert report.documents == 1 and not report.failed
        yield running


@pytest.fixture(scope="module")
def answered(driver: Any, app: RunningApp) -> Any:  # noqa: F811
    """The Ask tab with the ferry question answered."""
    from selenium.webdriver.common.by import By

    driver.get(app.url)
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#ask-input textarea"))
    open_tab(driver, "Ask")
    driver.find_element(By.CSS_SELECTOR, "#ask-input textarea").send_keys(QUESTION)
    driver.find_element(By.ID, "ask-button").click()
    wait_for_status(driver, "ask-status", "Answer ready")
    return driver


def ferry_source(page: Any) -> Any:
    from selenium.webdriver.common.by import By

    buttons = page.find_elements(By.CSS_SELECTOR, "#ask-sources button.source-open")
    found = [b for b in buttons if PDF_TITLE in b.text]
    assert found, [b.text for b in buttons]
    return found[0]


def test_pressing_a_source_lands_on_the_highlighted_sentence(answered: Any) -> None:
    from selenium.webdriver.common.by import By

    source = ferry_source(answered)
    assert source.text.endswith(f"{PDF_TITLE} (user upload), p. {TARGET}")
    source.click()
    status = wait_for_status(answered, "ask-status", "Opened")
    assert status == f"Opened “{PDF_TITLE}” at p. {TARGET}; the quoted sentence is highlighted."
    wait(answered, 20).until(lambda d: d.switch_to.active_element.tag_name == "mark")
    focused = answered.switch_to.active_element
    assert focused.text == FERRY
    view = answered.find_element(By.ID, "ask-reading")
    assert f"Page {TARGET}" in view.text and f"Page {TARGET + 1}" in view.text
    # The page marker is the last one above the highlighted sentence.
    above = answered.execute_script(
        """
        const mark = arguments[0];
        const markers = [...document.querySelectorAll('#ask-reading .page-marker')];
        return markers.filter((m) => m.compareDocumentPosition(mark) & 4).pop().innerText;
        """,
        focused,
    )
    assert above == f"Page {TARGET}"
    save_view(answered, view)
    assert_accessible(answered, "Ask (reading view)")


def test_the_keyboard_opens_a_source_too(answered: Any) -> None:
    from selenium.webdriver.common.keys import Keys

    answered.execute_script("window.scrollTo(0, 0); document.activeElement.blur();")
    source = ferry_source(answered)
    answered.execute_script("arguments[0].focus();", source)
    assert answered.switch_to.active_element == source
    source.send_keys(Keys.ENTER)
    wait(answered, 20).until(lambda d: d.switch_to.active_element.tag_name == "mark")
    assert "Isle of Wight" in answered.switch_to.active_element.text


def save_view(page: Any, view: Any) -> Path:
    """The reading view's picture: into docs/ for the README when UPDATE_SCREENSHOTS=1."""
    folder = DOCS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else SHOTS
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "screenshot-reading.png"
    assert view.screenshot(str(path)), path
    return path


def press_first_source_and_check_focus(page: Any, box: str, status_id: str) -> None:
    """Press the first source in `box`; the focus must land on a highlighted part of its quote."""
    import json

    from selenium.webdriver.common.by import By

    wait(page).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"#{box} button.source-open"))
    source = page.find_elements(By.CSS_SELECTOR, f"#{box} button.source-open")[0]
    sent = json.loads(source.get_attribute("data-source"))  # the browser has decoded the entities
    quote = " ".join(sent["quote"].split())
    source.click()
    wait_for_status(page, status_id, "Opened")
    wait(page, 20).until(lambda d: d.switch_to.active_element.tag_name == "mark")
    focused = " ".join(page.switch_to.active_element.text.split())
    assert focused and focused in quote


def test_a_draft_source_opens_at_the_cited_place(answered: Any) -> None:
    from selenium.webdriver.common.by import By

    from tests.ui.test_ui_browser import DRAFT_QUESTION

    open_tab(answered, "Draft")
    answered.find_element(By.CSS_SELECTOR, "#draft-question textarea").send_keys(DRAFT_QUESTION)
    answered.find_element(By.ID, "draft-button").click()
    wait_for_status(answered, "draft-status", "Draft ready")
    press_first_source_and_check_focus(answered, "draft-sources", "draft-status")
    assert_accessible(answered, "Draft (reading view)")


def test_a_consultation_source_opens_at_the_cited_place(answered: Any) -> None:
    from selenium.webdriver.common.by import By

    from tests.ui.test_ui_browser import EXAMPLE_CONSULTATION, visible_panel

    panel = open_tab(answered, "Consultation")
    panel.find_element(By.CSS_SELECTOR, "input[type='file']").send_keys(str(EXAMPLE_CONSULTATION))
    wait(answered, 20).until(lambda d: "consultation\n.md" in visible_panel(d).text)
    answered.find_element(By.ID, "consult-find").click()
    wait_for_status(answered, "consult-status", "Found")
    answered.find_element(By.ID, "consult-draft").click()
    wait_for_status(answered, "consult-status", "Drafted")
    press_first_source_and_check_focus(answered, "consult-sources", "consult-status")
    assert_accessible(answered, "Consultation (reading view)")


def test_a_removed_document_opens_as_removed_with_its_saved_quote(
    answered: Any, app: RunningApp, embeddings: BundledEmbeddings
) -> None:
    """Last in the module: it takes the survey out of the library."""
    open_tab(answered, "Ask")
    store = Store(app.settings, embeddings=embeddings)
    ids = [c.id for c in store.iter_all(include_text=False) if c.metadata["title"] == PDF_TITLE]
    store.delete(ids)
    ferry_source(answered).click()
    status = wait_for_status(answered, "ask-status", "no longer in the library")
    assert "(document removed)" in status
    wait(answered, 20).until(lambda d: d.switch_to.active_element.tag_name == "blockquote")
    assert FERRY in answered.switch_to.active_element.text
    assert "(document removed)" in answered.find_element("id", "ask-reading").text
    assert_accessible(answered, "Ask (reading view, document removed)")

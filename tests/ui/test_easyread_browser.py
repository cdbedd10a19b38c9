"""The "Easy Read version" button in a real browser (Debian chromium, headless, via selenium):
a draft pasted into the Draft tab becomes a labelled Easy Read view whose sentences name their
source on hover and in a details element the keyboard reaches, a Word download is offered, the
button is on the Consultation and History tabs too, and axe finds no serious or critical
problem with it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.fixtures import CorpusStore
from tests.support.ui_support import RunningApp, running_app
from tests.ui import test_ui_browser
from tests.ui.test_ui_browser import (
    DOCS,
    SHOTS,
    assert_accessible,
    open_tab,
    press,
    tab_until,
    wait,
)

from assistant.easyread.model import DRAFT_LABEL

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]
driver = test_ui_browser.driver  # the same headless Chromium fixture

DRAFT = (
    "We agree. Councils keep registers of accessible social housing, but the lists are short "
    "[1]. The DWP should accept evidence from carers (such as letters) [2]."
)


@pytest.fixture(scope="module")
def app(corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    with running_app(corpus.settings, tmp_path_factory) as running:
        yield running


@pytest.fixture(scope="module")
def page(driver: Any, app: RunningApp) -> Any:
    from selenium.webdriver.common.by import By

    driver.get(app.url)
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#ask-input textarea"))
    return driver


def test_easy_read_button_makes_a_linked_version_by_keyboard(page: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_tab(page, "Draft")
    page.find_element(By.CSS_SELECTOR, "#draft-edit button").click()
    box = wait(page, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, "#draft-text textarea"))
    box.send_keys(DRAFT)
    button = page.find_element(By.ID, "draft-easyread")
    assert button.text == "Easy Read version"
    box.click()
    tab_until(page, lambda e: e.get_attribute("id") == "draft-easyread")  # keyboard reaches it
    press(page, Keys.ENTER)
    view = wait(page).until(
        lambda d: (
            d.find_element(By.ID, "draft-easyread-view")
            if DRAFT_LABEL in d.find_element(By.ID, "draft-easyread-view").text
            else None
        )
    )
    points = view.find_elements(By.CSS_SELECTOR, "ul.easyread-points li")
    texts = [p.text.split("\n")[0] for p in points]
    assert "But the lists are short." in texts
    assert any("Department for Work and Pensions" in t for t in texts)
    assert not any("[1]" in t or "DWP" in t for t in texts)
    assert points[1].get_attribute("title").startswith("From sentence 2: Councils keep")
    summary = tab_until(page, lambda e: e.tag_name == "summary")  # the source, by keyboard
    press(page, Keys.ENTER)
    assert "From sentence 1: We agree." in summary.find_element(By.XPATH, "..").text
    download = page.find_element(By.ID, "draft-easyread-download")
    wait(page, 10).until(lambda d: download.is_enabled())
    shot(page, page.find_element(By.ID, "draft-easyread-box"))
    assert_accessible(page, "Draft (Easy Read)")


def shot(driver: Any, element: Any) -> None:
    """The Easy Read view's picture, scrolled into sight: into docs/ for the README when
    UPDATE_SCREENSHOTS=1, else into a temporary folder."""
    folder = DOCS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else SHOTS
    folder.mkdir(parents=True, exist_ok=True)
    driver.execute_script("document.activeElement && document.activeElement.blur();")
    driver.execute_script("arguments[0].scrollIntoView({block: 'start'});", element)
    assert driver.save_screenshot(str(folder / "screenshot-easyread.png"))


@pytest.mark.parametrize("tab, prefix", [("Consultation", "consult"), ("History", "history")])
def test_easy_read_button_is_on_consultation_and_history(page: Any, tab: str, prefix: str) -> None:
    from selenium.webdriver.common.by import By

    open_tab(page, tab)
    button = page.find_element(By.ID, f"{prefix}-easyread")
    assert button.is_displayed() and button.text == "Easy Read version"
    button.click()  # nothing chosen or drafted yet: a plain message, not an error page
    wait(page).until(
        lambda d: "no text yet" in d.find_element(By.ID, f"{prefix}-easyread-view").text
    )
    assert_accessible(page, f"{tab} (Easy Read)")

"""Saved conversations and drafts in a real browser (Debian chromium, headless, via selenium).

A draft survives a reload mid-edit and a restart of the app; two browser tabs editing one draft
each add a version; deleting a conversation from the History tab leaves no trace of its text in
the history file; axe finds no serious or critical problems on the History tab.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.support.fixtures import CorpusStore
from tests.support.ui_support import HOST, PROGRAMME_QUESTION, copy_store, free_port, wait_until_up
from tests.ui import test_ui_browser
from tests.ui.test_ui_browser import (
    assert_accessible,
    open_tab,
    screenshot,
    wait,
    wait_for_status,
)

from assistant.history import HistoryStore
from assistant.settings import Settings

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]
driver = test_ui_browser.driver  # the same headless Chromium fixture

DRAFT_QUESTION = "Should councils be required to involve DPULOs when they commission services?"
TYPED = " We add this sentence by hand and have not saved it yet."


@dataclass
class Server:
    """The app on a fixed port, so a restart keeps the page's origin (and its storage)."""

    settings: Settings
    port: int
    app: Any = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    def start(self) -> None:
        from assistant.ui.app import launch

        self.app = launch(self.settings, HOST, self.port, block=False)
        wait_until_up(self.url)

    def restart(self) -> None:
        self.app.close()
        self.start()

    def history(self) -> HistoryStore:
        return HistoryStore(self.settings.history_path)


@pytest.fixture(scope="module")
def server(corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("history-ui") / "data"
    running = Server(copy_store(corpus.settings, data_dir), free_port())
    running.start()
    try:
        yield running
    finally:
        running.app.close()


def load(driver: Any, url: str) -> None:
    """Open (or reload) the page and wait until it is fully rendered."""
    from selenium.webdriver.common.by import By

    driver.get(url)
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#ask-input textarea"))
    wait(driver).until(
        lambda d: d.find_element(By.ID, "ask-status").get_attribute("aria-live") == "polite"
    )


def value(driver: Any, selector: str) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.CSS_SELECTOR, selector).get_attribute("value"))


def edit_box(driver: Any) -> Any:
    """The draft's text box (inside an accordion that starts closed)."""
    from selenium.webdriver.common.by import By

    boxes = driver.find_elements(By.CSS_SELECTOR, "#draft-text textarea")
    if not boxes or not boxes[0].is_displayed():
        driver.find_element(By.CSS_SELECTOR, "#draft-edit button").click()
    return wait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, "#draft-text textarea"))


def only_draft(server: Server) -> Any:
    [item] = server.history().items("draft")
    return item


def test_a_draft_survives_a_reload_mid_edit(driver: Any, server: Server) -> None:
    from selenium.webdriver.common.by import By

    load(driver, server.url)
    open_tab(driver, "Draft")
    driver.find_element(By.CSS_SELECTOR, "#draft-question textarea").send_keys(DRAFT_QUESTION)
    driver.find_element(By.ID, "draft-button").click()
    wait_for_status(driver, "draft-status", "Draft ready")
    wait(driver).until(lambda d: "version 1" in d.find_element(By.ID, "draft-saved").text)
    written = only_draft(server)
    assert written.entries == 1 and written.title == DRAFT_QUESTION

    edit_box(driver).send_keys(TYPED)  # typed, not yet checked or saved as a version
    wait(driver).until(lambda _: (only_draft(server).working or "").endswith(TYPED))

    load(driver, server.url)  # the reload
    open_tab(driver, "Draft")
    wait_for_status(driver, "draft-status", "Draft reopened")
    assert value(driver, "#draft-question textarea") == DRAFT_QUESTION
    assert str(edit_box(driver).get_attribute("value")).endswith(TYPED)
    assert "Our position" in driver.find_element(By.ID, "draft-view").text
    assert "with your unsaved edits" in driver.find_element(By.ID, "draft-status").text


def test_two_tabs_editing_one_draft_each_add_a_version(driver: Any, server: Server) -> None:
    from selenium.webdriver.common.by import By

    first = driver.current_window_handle
    driver.switch_to.new_window("tab")
    try:
        load(driver, server.url)  # the second tab opens the same draft
        open_tab(driver, "Draft")
        wait_for_status(driver, "draft-status", "Draft reopened")
        edit_box(driver).send_keys(" Second tab's words.")
        driver.find_element(By.XPATH, "//button[contains(., 'Check my edits')]").click()
        wait(driver).until(lambda d: "version 2" in d.find_element(By.ID, "draft-saved").text)
    finally:
        driver.close()
        driver.switch_to.window(first)
    edit_box(driver).send_keys(" First tab's words.")  # this tab still shows the older text
    driver.find_element(By.XPATH, "//button[contains(., 'Check my edits')]").click()
    wait(driver).until(lambda d: "version 3" in d.find_element(By.ID, "draft-saved").text)

    draft = server.history().get(only_draft(server).id)
    texts = [e.result.text for e in draft.entries]
    assert [e.label for e in draft.entries] == ["written", "edited", "edited"]
    assert "Second tab's words." in texts[1] and "First tab's words." in texts[2]
    assert "Second tab's words." not in texts[2]  # the later save is its own version, beside it


def test_a_restart_finds_the_conversation_and_the_draft(driver: Any, server: Server) -> None:
    from selenium.webdriver.common.by import By

    open_tab(driver, "Ask")
    driver.find_element(By.CSS_SELECTOR, "#ask-input textarea").send_keys(PROGRAMME_QUESTION)
    driver.find_element(By.ID, "ask-button").click()
    wait_for_status(driver, "ask-status", "Answer ready")
    wait(driver).until(lambda _: server.history().items("conversation"))

    server.restart()
    load(driver, server.url)
    wait_for_status(driver, "ask-status", "Conversation reopened")
    answers = driver.find_elements(By.CSS_SELECTOR, "#ask-chat [data-testid='bot']")
    assert answers and re.search(r"\[\d+\]", answers[-1].text)
    open_tab(driver, "Draft")
    wait_for_status(driver, "draft-status", "Draft reopened")
    assert value(driver, "#draft-question textarea") == DRAFT_QUESTION

    panel = open_tab(driver, "History")
    wait(driver).until(lambda d: "2 saved" in d.find_element(By.ID, "history-status").text)
    listed = driver.find_element(By.ID, "history-list").text
    assert f"Conversation · {PROGRAMME_QUESTION} (1 answer)" in listed
    assert f"Draft · {DRAFT_QUESTION} (3 versions)" in listed
    assert panel.is_displayed()


def test_opening_a_conversation_from_history_puts_it_back_in_ask(
    driver: Any, server: Server
) -> None:
    from selenium.webdriver.common.by import By

    open_tab(driver, "Ask")
    driver.find_element(By.ID, "ask-clear").click()
    wait_for_status(driver, "ask-status", "New conversation")
    assert not driver.find_elements(By.CSS_SELECTOR, "#ask-chat [data-testid='bot']")

    open_tab(driver, "History")
    wait(driver).until(lambda d: "2 saved" in d.find_element(By.ID, "history-status").text)
    driver.find_element(
        By.XPATH, f"//*[@id='history-list']//label[contains(., '{PROGRAMME_QUESTION}')]"
    ).click()
    wait_for_status(driver, "history-status", "Showing")
    driver.find_element(By.ID, "history-open").click()
    wait_for_status(driver, "ask-status", "Conversation reopened")  # and the Ask tab is shown
    answers = driver.find_elements(By.CSS_SELECTOR, "#ask-chat [data-testid='bot']")
    assert answers and "DPULOs Programme" in answers[-1].text
    assert "Strengthening" in driver.find_element(By.ID, "ask-sources").text


def test_deleting_a_conversation_leaves_no_trace(driver: Any, server: Server) -> None:
    from selenium.webdriver.common.by import By

    open_tab(driver, "History")
    wait(driver).until(lambda d: "2 saved" in d.find_element(By.ID, "history-status").text)
    choice = driver.find_element(
        By.XPATH, f"//*[@id='history-list']//label[contains(., '{PROGRAMME_QUESTION}')]"
    )
    choice.click()  # (still chosen from the test before: then the click changes nothing)
    wait(driver).until(
        lambda d: PROGRAMME_QUESTION in d.find_element(By.ID, "history-preview").text
    )
    screenshot(driver, "history")  # before axe, which scrolls things into view
    assert_accessible(driver, "History")

    path = server.settings.history_path
    assert PROGRAMME_QUESTION.encode() in path.read_bytes()
    driver.find_element(By.ID, "history-delete").click()
    wait(driver, 10).until(lambda d: d.find_element(By.ID, "history-delete-yes").is_displayed())
    driver.find_element(By.ID, "history-delete-yes").click()
    wait_for_status(driver, "history-status", "Deleted")
    data = path.read_bytes()
    assert PROGRAMME_QUESTION.encode() not in data
    assert b"Strengthening DPULOs Programme?" not in data
    assert DRAFT_QUESTION.encode() in data  # the draft is untouched
    assert [i.kind for i in server.history().items()] == ["draft"]
    assert PROGRAMME_QUESTION not in driver.find_element(By.ID, "history-list").text
    # Nor in the browser: it keeps only ids (Gradio's own run history is switched off).
    stored = driver.execute_script("return JSON.stringify(localStorage)")
    assert "Strengthening DPULOs" not in stored and "run-history" not in stored
    assert_accessible(driver, "History (after a delete)")


def test_a_damaged_history_file_is_said_and_the_app_still_answers(
    driver: Any, corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from selenium.webdriver.common.by import By

    settings = copy_store(corpus.settings, tmp_path_factory.mktemp("damaged") / "data")
    junk = b"SQLite format 3\x00" + b"\xff" * 4000  # a header, then damage
    settings.history_path.write_bytes(junk)
    damaged = Server(settings, free_port())
    damaged.start()
    try:
        load(driver, damaged.url)
        notice = wait(driver).until(lambda d: d.find_element(By.ID, "history-notice").text)
        assert notice.startswith("Saving is off:") and "cannot be opened" in notice
        open_tab(driver, "Ask")
        driver.find_element(By.CSS_SELECTOR, "#ask-input textarea").send_keys(PROGRAMME_QUESTION)
        driver.find_element(By.ID, "ask-button").click()
        done = wait_for_status(driver, "ask-status", "Answer ready")
        assert "The answer was not saved." in done
        open_tab(driver, "History")
        wait_for_status(driver, "history-status", "cannot be opened")
    finally:
        damaged.app.close()
    assert settings.history_path.read_bytes() == junk

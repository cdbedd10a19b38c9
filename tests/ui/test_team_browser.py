"""Personal logins in a real browser (Debian chromium, headless): the login page, a reader
refused an approver's step, an approver approving, and axe on the login page and History; then
two people in two browsers at once, one seeing the other's approval, and a password reset
ending a session with its plain reason on the page.

The role check itself is proven over HTTP in test_ui_team.py; this shows what a person sees.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.helpers import make_settings
from tests.support.history_support import grounded
from tests.support.ui_support import RunningApp, start_app
from tests.ui import test_ui_browser
from tests.ui.test_ui_browser import assert_accessible, chromium, open_tab, wait

from assistant.accounts import UserStore
from assistant.history import HistoryStore

pytestmark = [pytest.mark.browser, pytest.mark.server]
driver = test_ui_browser.driver  # the same headless Chromium fixture

PASSWORDS = {"rea": "reader password 1", "apr": "approver password 1"}
QUESTION = "Should councils involve DPULOs in commissioning?"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningApp, str]]:
    settings = make_settings(tmp_path_factory.mktemp("team-browser") / "data")
    users = UserStore(settings.users_path)
    users.add("rea", "reader", PASSWORDS["rea"])
    users.add("apr", "approver", PASSWORDS["apr"])
    history = HistoryStore(settings.history_path)
    draft = history.add(
        "draft", None, grounded(QUESTION, "Yes, they should [1].", "draft"), "written"
    )
    history.close()
    running = start_app(settings)
    try:
        yield running, draft.item_id
    finally:
        running.app.close()


def sign_in(driver: Any, url: str, name: str, password: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url)
    form = wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "input[type='password']"))
    user_box = driver.find_element(By.CSS_SELECTOR, "textarea, input[type='text']")
    user_box.clear()
    user_box.send_keys(name)
    form[0].clear()
    form[0].send_keys(password)
    button = next(
        b for b in driver.find_elements(By.TAG_NAME, "button") if "login" in b.text.lower()
    )
    button.click()


def open_draft(driver: Any, question: str = QUESTION) -> None:
    from selenium.webdriver.common.by import By

    open_tab(driver, "History")
    choice = wait(driver).until(
        lambda d: [
            e for e in d.find_elements(By.CSS_SELECTOR, "#history-list label") if question in e.text
        ]
    )
    choice[0].click()
    wait(driver).until(lambda d: "Status:" in d.find_element(By.ID, "history-review").text)


def test_a_reader_and_an_approver_see_what_their_role_allows(driver: Any, app: Any) -> None:
    from selenium.webdriver.common.by import By

    running, _ = app
    sign_in(driver, running.url, "rea", "not the password")
    wait(driver).until(lambda d: "incorrect" in d.find_element(By.TAG_NAME, "body").text.lower())
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "10 wrong passwords in a row" in body  # the pause is explained on the login page
    assert_accessible(driver, "Login")

    sign_in(driver, running.url, "rea", PASSWORDS["rea"])
    signed = wait(driver).until(lambda d: d.find_element(By.ID, "signed-in").text.strip() or None)
    assert signed.startswith("Signed in as rea (reader): you can ask questions")
    open_draft(driver)
    driver.find_element(By.ID, "history-approve").click()
    wait(driver).until(
        lambda d: "Your role (reader) cannot approve" in d.find_element(By.TAG_NAME, "body").text
    )
    assert "Approved by" not in driver.find_element(By.ID, "history-review").text

    driver.get(running.url + "logout")
    sign_in(driver, running.url, "apr", PASSWORDS["apr"])
    wait(driver).until(lambda d: "(approver)" in d.find_element(By.ID, "signed-in").text)
    open_draft(driver)
    driver.find_element(By.ID, "history-approve").click()
    wait(driver).until(lambda d: "Approved by apr" in d.find_element(By.ID, "history-review").text)
    assert_accessible(driver, "History (signed in, approved)")


@pytest.fixture(scope="module")
def second_driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A second person's browser: its own profile, so its own cookies and sign-in."""
    browser = chromium(tmp_path_factory.mktemp("chromium-second"))
    try:
        yield browser
    finally:
        browser.quit()


def test_two_people_at_once_see_each_others_approval(
    driver: Any, second_driver: Any, app: Any
) -> None:
    """The reader has the draft open while the approver approves it in another browser; the
    reader's "Refresh the status" shows the approval. Then the reader's password is reset
    (as `assistant users reset-password` does) and their next click says why they are out."""
    from selenium.webdriver.common.by import By

    running, _ = app
    question = "Should grants to user-led groups last three years?"
    history = HistoryStore(running.settings.history_path)
    history.add("draft", None, grounded(question, "Yes, they should [1].", "draft"), "written")
    history.close()

    reader = second_driver
    sign_in(reader, running.url, "rea", PASSWORDS["rea"])
    wait(reader).until(lambda d: "(reader)" in d.find_element(By.ID, "signed-in").text)
    open_draft(reader, question)
    assert "Approved by" not in reader.find_element(By.ID, "history-review").text

    driver.get(running.url + "logout")
    sign_in(driver, running.url, "apr", PASSWORDS["apr"])
    wait(driver).until(lambda d: "(approver)" in d.find_element(By.ID, "signed-in").text)
    open_draft(driver, question)
    driver.find_element(By.ID, "history-approve").click()
    wait(driver).until(lambda d: "Approved by apr" in d.find_element(By.ID, "history-review").text)

    reader.find_element(By.ID, "history-review-refresh").click()
    wait(reader).until(lambda d: "Approved by apr" in d.find_element(By.ID, "history-review").text)

    UserStore(running.settings.users_path).reset_password("rea", "a new reader password")
    reader.find_element(By.ID, "history-review-refresh").click()
    wait(reader).until(
        lambda d: "Your password was reset" in d.find_element(By.TAG_NAME, "body").text
    )
    driver.find_element(By.ID, "history-review-refresh").click()  # the approver carries on
    wait(driver).until(lambda d: "Approved by apr" in d.find_element(By.ID, "history-review").text)
    assert "Your password was reset" not in driver.find_element(By.TAG_NAME, "body").text

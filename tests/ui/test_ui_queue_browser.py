"""While the writer is busy with someone else, a person asking in the browser gets their quoted
quick answer at once and sees their place in the writer's queue on the Ask tab's status line,
a polite live region that a screen reader announces (issue 26, "Under load")."""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest

from tests.support.ui_support import PROGRAMME_QUESTION, RunningApp, client
from tests.ui.test_ui_api import busy_writer  # noqa: F401 (a fixture: the writer held busy)
from tests.ui.test_ui_browser import driver, status, wait  # noqa: F401 (driver: a fixture)

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]

WAIT_S = 120


def test_the_place_in_the_writers_queue_shows_on_the_status_line(
    driver: Any,  # noqa: F811 (the fixture imported above)
    busy_writer: tuple[RunningApp, threading.Event, threading.Event],  # noqa: F811
) -> None:
    from selenium.webdriver.common.by import By

    app, started, gate = busy_writer
    other = client(app)
    other.submit(PROGRAMME_QUESTION, [], api_name="/ask").result(timeout=WAIT_S)
    writing = other.submit(api_name="/ask_written")
    try:
        assert started.wait(WAIT_S), "someone else's answer should be being written"
        driver.get(app.url)
        box = wait(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, "#ask-input textarea"))
        wait(driver).until(
            lambda d: d.find_element(By.ID, "ask-status").get_attribute("aria-live") == "polite"
        )
        box.send_keys("What was the Facilitation Fund?")
        driver.find_element(By.ID, "ask-button").click()

        def quoted(d: Any) -> bool:
            answers = d.find_elements(By.CSS_SELECTOR, "#ask-chat [data-testid='bot']")
            return bool(answers) and bool(re.search(r"\[\d+\]", answers[-1].text))

        wait(driver).until(quoted, "the quoted quick answer arrives while the writer is busy")
        shown = wait(driver).until(
            lambda d: (text := status(d, "ask-status")) and "queue" in text.lower() and text
        )
        assert "1/" in shown.replace(" ", ""), shown  # first in line, of those waiting
        line = driver.find_element(By.ID, "ask-status")
        assert line.get_attribute("role") == "status" and line.is_displayed()
        assert not writing.done()
    finally:
        gate.set()
    wait(driver).until(lambda d: "Answer ready" in status(d, "ask-status"))
    *_, done = writing.result(timeout=WAIT_S)
    assert "Answer ready" in done

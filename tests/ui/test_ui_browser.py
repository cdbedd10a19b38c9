"""The web app in a real browser (Debian chromium + chromium-driver, headless, via selenium).

Keyboard alone asks a question and the answer and its sources appear; status lines are polite
live regions; every control can take focus; axe-core finds no serious or critical problems on
any tab. Each tab's screenshot is saved under docs/ for the README.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.fixtures import CorpusStore
from tests.support.ui_support import (
    PROGRAMME_QUESTION,
    PROGRAMME_TITLE,
    RunningApp,
    running_app,
)

from assistant.settings import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
DOCS = PROJECT_ROOT / "docs"
SHOTS = Path(tempfile.gettempdir()) / "consult-assistant-screenshots"
WAIT_S = 120

if not CHROMIUM.exists() and not IN_CI:
    pytest.skip(
        "no browser: install Debian's chromium and chromium-driver (.ci/run does) to run these",
        allow_module_level=True,
    )

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]

TABS = ("Ask", "Draft", "Consultation", "History", "Library", "Our evidence", "Evaluate")
STATUS_IDS = {
    "Ask": "ask-status",
    "Draft": "draft-status",
    "Consultation": "consult-status",
    "History": "history-status",
    "Library": "library-status",
    "Our evidence": "evidence-status",
    "Evaluate": "eval-status",
}
EXAMPLE_CONSULTATION = PROJECT_ROOT / "examples" / "consultation.md"
DRAFT_QUESTION = "Should councils be required to involve DPULOs when they commission services?"

# Interactive elements a keyboard user must be able to reach. Gradio keeps an aria-hidden copy
# of the tab buttons (to measure overflow); those are not controls.
CONTROLS_JS = """
const panel = arguments[0];
const controls = [...panel.querySelectorAll('button, input, textarea, select, [role="tab"]')];
return controls
  .filter((e) => !e.closest('[aria-hidden="true"]'))
  .filter((e) => {
    const r = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !e.disabled;
  })
  .filter((e) => !(e.tagName === 'INPUT' && e.type === 'hidden'))
  .map((e) => ({
    tag: e.tagName,
    type: e.type || '',
    tabindex: e.getAttribute('tabindex'),
    text: (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40),
    box: (e.closest('[id]') || {}).id || '',
  }));
"""

# axe-core 3.1.1 (bundled by axe-selenium-python) predates the WAI-ARIA Graphics module, so it
# reports the roles and aria-roledescription that Vega (Gradio's BarPlot) puts on the chart's SVG
# as invalid. They are valid ARIA 1.2 and help screen readers; only those exact findings on the
# chart are set aside, nothing else.
GRAPHICS_ROLES = re.compile(r'role="graphics-(document|object|symbol)"')


def known_false_positive(rule: str, node: dict[str, Any]) -> bool:
    html = node.get("html", "")
    summary = node.get("failureSummary", "")
    if rule == "aria-roles":
        return bool(GRAPHICS_ROLES.search(html))
    if rule == "aria-valid-attr":
        return (
            "aria-roledescription" in summary
            and "aria-roledescription" in html
            and ("vega" in html or "mark-" in html or GRAPHICS_ROLES.search(html) is not None)
        )
    return False


# ---- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app(corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    with running_app(corpus.settings, tmp_path_factory) as running:
        yield running


def chromium(profile: Path) -> Any:
    """A headless Debian Chromium with its own profile folder (a second one is a second
    person: its own cookies, so its own sign-in)."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.fail(
            f"CI needs {CHROMIUM} and {CHROMEDRIVER}: install Debian's chromium and "
            "chromium-driver (.ci/run does this before `make test`)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        f"--user-data-dir={profile}",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--window-size=1280,1600",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})  # to see every request
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(60)
    browser.set_script_timeout(60)
    return browser


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    browser = chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture(scope="module")
def page(driver: Any, app: RunningApp) -> Any:
    """The app open in the browser, fully rendered (the live-region script has run)."""
    from selenium.webdriver.common.by import By

    driver.get(app.url)
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#ask-input textarea"))
    wait(driver).until(
        lambda d: d.find_element(By.ID, "ask-status").get_attribute("aria-live") == "polite"
    )
    return driver


# ---- helpers -----------------------------------------------------------------------------------


def wait(driver: Any, seconds: float = WAIT_S) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, poll_frequency=0.2)


def open_tab(driver: Any, name: str) -> Any:
    """Click the tab called `name`; return its panel."""
    from selenium.webdriver.common.by import By

    tab = next(
        t for t in driver.find_elements(By.CSS_SELECTOR, "button[role='tab']") if t.text == name
    )
    tab.click()
    wait(driver, 10).until(lambda d: tab.get_attribute("aria-selected") == "true")
    return visible_panel(driver)


def visible_panel(driver: Any) -> Any:
    from selenium.webdriver.common.by import By

    panels = [p for p in driver.find_elements(By.CSS_SELECTOR, "[role='tabpanel']")]
    shown = [p for p in panels if p.is_displayed()]
    assert len(shown) == 1, f"{len(shown)} tab panels shown"
    return shown[0]


def status(driver: Any, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id).text.strip()


def wait_for_status(driver: Any, element_id: str, text: str) -> str:
    wait(driver).until(lambda d: text in status(d, element_id))
    return status(driver, element_id)


def table_text(driver: Any) -> list[str]:
    """The library table's lines (without the scroll-to-top arrow it shows once scrolled)."""
    from selenium.webdriver.common.by import By

    text = driver.find_element(By.ID, "library-table").text
    return [line for line in text.splitlines() if line.strip() not in {"", "↑"}]


def untranslated_labels(driver: Any) -> list[str]:
    """Labels that are still Gradio's message keys (like "common.upload"), not words."""
    return driver.execute_script(
        """
        return [...document.querySelectorAll('[aria-label], [title]')].flatMap((e) =>
          ['aria-label', 'title'].map((a) => e.getAttribute(a) || '')
            .filter((v) => /^(common|upload_text|dataframe|chatbot)[.][a-z_.]+$/.test(v))
            .map((v) => `${e.tagName} ${v}`));
        """
    )


def press(driver: Any, *keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(*keys).perform()


def tab_until(driver: Any, matches: Any, limit: int = 40) -> Any:
    """Press Tab until the focused element satisfies `matches`; return it (fail if never)."""
    from selenium.webdriver.common.keys import Keys

    seen = []
    for _ in range(limit):
        press(driver, Keys.TAB)
        focused = driver.switch_to.active_element
        if matches(focused):
            return focused
        seen.append(f"{focused.tag_name}#{focused.get_attribute('id') or ''} {focused.text[:20]!r}")
    raise AssertionError(f"Tab never reached the control; focus went: {seen}")


def screenshot(driver: Any, name: str) -> Path:
    """Save the tab's picture: into docs/ (for the README) when UPDATE_SCREENSHOTS=1, else into
    a temporary folder, so an ordinary test run leaves the work tree clean."""
    folder = DOCS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else SHOTS
    folder.mkdir(parents=True, exist_ok=True)
    driver.execute_script("document.activeElement && document.activeElement.blur();")
    driver.execute_script("window.scrollTo(0, 0);")
    path = folder / f"screenshot-{name}.png"
    assert driver.save_screenshot(str(path)), path
    return path


def axe_scan(driver: Any, tab: str) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is; return serious or critical violations (print all)."""
    from axe_selenium_python import Axe

    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    blocking = []
    for violation in results["violations"]:
        nodes = [n for n in violation["nodes"] if not known_false_positive(violation["id"], n)]
        if not nodes:
            continue
        summary = {
            "tab": tab,
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": [{"target": n["target"], "html": n["html"][:200]} for n in nodes],
        }
        print(json.dumps(summary, indent=1))
        if violation["impact"] in {"serious", "critical"}:
            blocking.append(summary)
    return blocking


def assert_accessible(driver: Any, tab: str) -> None:
    blocking = axe_scan(driver, tab)
    assert not blocking, json.dumps(blocking, indent=1)


# ---- tests -------------------------------------------------------------------------------------


def test_status_lines_are_polite_live_regions(page: Any) -> None:
    from selenium.webdriver.common.by import By

    for tab, element_id in STATUS_IDS.items():
        open_tab(page, tab)  # Gradio adds a tab's content to the page when it is first opened
        element = page.find_element(By.ID, element_id)
        assert element.get_attribute("aria-live") == "polite", element_id
        assert element.get_attribute("role") == "status", element_id


def test_an_empty_question_gets_a_message_in_the_page(page: Any) -> None:
    from selenium.webdriver.common.by import By

    open_tab(page, "Ask")
    page.find_element(By.ID, "ask-button").click()
    assert "Type a question first" in wait_for_status(page, "ask-status", "Type a question")
    assert not page.find_elements(By.CSS_SELECTOR, "#ask-chat [data-testid='bot']")


def test_keyboard_alone_asks_a_question_and_shows_the_answer_and_sources(page: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_tab(page, "Ask")
    page.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
    box = tab_until(
        page,
        lambda e: (
            e.tag_name == "textarea"
            and e == page.find_element(By.CSS_SELECTOR, "#ask-input textarea")
        ),
    )
    press(page, PROGRAMME_QUESTION)
    assert box.get_attribute("value") == PROGRAMME_QUESTION
    tab_until(page, lambda e: e.get_attribute("id") == "ask-button", limit=3)
    press(page, Keys.ENTER)

    done = wait_for_status(page, "ask-status", "Answer ready")
    assert re.search(r"Answer ready with \d+ sources", done), done
    answers = page.find_elements(By.CSS_SELECTOR, "#ask-chat [data-testid='bot']")
    assert answers, "no answer in the conversation"
    answer = answers[-1].text
    assert re.search(r"\[\d+\]", answer), answer
    assert "DPULOs Programme" in answer
    assert not answer.rstrip().endswith("…"), "the answer finished streaming"
    sources = page.find_element(By.ID, "ask-sources").text
    assert PROGRAMME_TITLE in sources
    assert re.search(r"\[1\] .*" + re.escape(PROGRAMME_TITLE), sources)
    assert page.find_element(By.CSS_SELECTOR, "#ask-input textarea").get_attribute("value") == ""

    screenshot(page, "ask")  # before axe, which scrolls things into view
    assert_accessible(page, "Ask")


def test_every_control_on_every_tab_takes_keyboard_focus(page: Any) -> None:
    unreachable = {}
    for name in TABS:
        panel = open_tab(page, name)
        controls = page.execute_script(CONTROLS_JS, panel)
        assert controls, f"no controls found on the {name} tab"
        bad = [c for c in controls if c["tabindex"] == "-1"]
        if bad:
            unreachable[name] = bad
    tabs = page.execute_script(CONTROLS_JS, page.find_element("css selector", "body"))
    bad_tabs = [c for c in tabs if c["tag"] == "BUTTON" and c["tabindex"] == "-1"]
    assert not unreachable and not bad_tabs, (unreachable, bad_tabs)


def test_keyboard_moves_between_tabs(page: Any) -> None:
    from selenium.webdriver.common.keys import Keys

    open_tab(page, "Ask")
    page.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
    tab_until(page, lambda e: e.get_attribute("role") == "tab" and e.text == "Library")
    press(page, Keys.ENTER)
    wait(page, 10).until(lambda d: visible_panel(d).text.startswith("Everything the assistant"))


def test_draft_tab_writes_a_draft(page: Any) -> None:
    from selenium.webdriver.common.by import By

    open_tab(page, "Draft")
    page.find_element(By.CSS_SELECTOR, "#draft-question textarea").send_keys(DRAFT_QUESTION)
    page.find_element(By.CSS_SELECTOR, "#draft-stance input[value='agree']").click()
    page.find_element(By.ID, "draft-button").click()
    done = wait_for_status(page, "draft-status", "Draft ready")
    assert re.search(r"Draft ready: \d+ words, \d+ sources", done), done
    view = page.find_element(By.ID, "draft-view").text
    assert "Our position" in view and "##" not in view  # shown formatted, not as Markdown
    beside = page.find_element(By.ID, "draft-how-read").text
    assert beside.startswith("How it will be read") and "Reading ease" in beside
    # The same text stays editable, one keyboard-reachable click away.
    page.find_element(By.CSS_SELECTOR, "#draft-edit button").click()
    box = wait(page, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, "#draft-text textarea"))
    assert "## Our position" in box.get_attribute("value")

    screenshot(page, "draft")  # before axe, which scrolls things into view
    assert_accessible(page, "Draft")


def test_consultation_tab_finds_the_questions(page: Any) -> None:
    from selenium.webdriver.common.by import By

    panel = open_tab(page, "Consultation")
    document = panel.find_element(By.CSS_SELECTOR, "input[type='file']")
    document.send_keys(str(EXAMPLE_CONSULTATION))
    # The file box shows the name and the extension on separate lines.
    wait(page, 20).until(lambda d: "consultation\n.md" in visible_panel(d).text)
    page.find_element(By.ID, "consult-find").click()
    done = wait_for_status(page, "consult-status", "Found")
    assert re.search(r"Found \d+ questions", done), done
    questions = page.find_element(By.ID, "consult-questions").text
    assert "funded over several years" in questions

    screenshot(page, "consultation")
    assert_accessible(page, "Consultation")


def test_library_tab_lists_documents_and_names_a_bad_upload(
    page: Any, app: RunningApp, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    panel = open_tab(page, "Library")
    wait(page, 20).until(lambda d: PROGRAMME_TITLE in "\n".join(table_text(d)))
    rows_before = table_text(page)

    screenshot(page, "library")
    assert_accessible(page, "Library")

    odd = tmp_path / "minutes.xyz"
    odd.write_text("minutes of the meeting", encoding="utf-8")
    upload = panel.find_element(By.CSS_SELECTOR, "#library-upload input[type='file']")
    upload.send_keys(str(odd))
    # The page shows the name and the extension in separate parts ("minutes", ".xyz").
    wait(page, 20).until(lambda d: ".xyz" in d.find_element(By.ID, "library-upload").text)
    assert not untranslated_labels(page)
    page.find_element(By.ID, "library-add").click()
    message = wait_for_status(page, "library-status", "Not added")
    assert "minutes.xyz: not a supported type" in message
    assert table_text(page) == rows_before
    assert_accessible(page, "Library (after a refused upload)")


def test_our_evidence_tab_adds_an_item_and_lists_it_with_its_consent(page: Any) -> None:
    from selenium.webdriver.common.by import By

    open_tab(page, "Our evidence")
    story = "Sarah Jones told us the bus driver would not lower the ramp for her wheelchair."
    box = wait(page, 20).until(lambda d: d.find_element(By.CSS_SELECTOR, "#evidence-text textarea"))
    box.send_keys(story)
    page.find_element(By.CSS_SELECTOR, "#evidence-given-by textarea").send_keys("member")
    page.find_element(By.CSS_SELECTOR, "#evidence-consent input[value='quote anonymously']").click()
    page.find_element(By.CSS_SELECTOR, "#evidence-cdate textarea").send_keys("2026-03")
    page.find_element(By.ID, "evidence-add").click()
    done = wait_for_status(page, "evidence-status", "Added")
    assert "Masked before use: name: S… J…" in done, done
    wait(page, 20).until(lambda d: "bus driver" in d.find_element(By.ID, "evidence-table").text)
    listed = page.find_element(By.ID, "evidence-table").text
    assert "quote anonymously, given 2026-03" in listed
    assert "Sarah Jones" not in listed  # the list shows the redacted words

    screenshot(page, "evidence")  # before axe, which scrolls things into view
    assert_accessible(page, "Our evidence")


def test_evaluate_tab_runs_a_suite(page: Any) -> None:
    from selenium.webdriver.common.by import By

    open_tab(page, "Evaluate")
    page.find_element(By.ID, "eval-button").click()
    done = wait_for_status(page, "eval-status", "Finished")
    assert "Higher is better" in done
    wait(page, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".vega-embed svg, canvas"))

    screenshot(page, "evaluate")  # before axe, which scrolls things into view
    assert_accessible(page, "Evaluate")


def test_the_page_never_reaches_beyond_this_computer(page: Any, app: RunningApp) -> None:
    """Every request the page made in all the tests above went to the app on 127.0.0.1."""
    requests = []
    for entry in page.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
    assert any(url.startswith(app.url) for url in requests), "no requests were logged"
    # Only network schemes count (the browser's own chrome:// pages and data: URLs do not).
    network = [u for u in requests if u.split(":", 1)[0] in {"http", "https", "ws", "wss"}]
    outside = sorted({u for u in network if not u.startswith(app.url)})
    assert not outside, outside

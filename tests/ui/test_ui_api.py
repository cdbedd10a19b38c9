"""The web app through its API (gradio_client), running in this process on 127.0.0.1.

Ask streams, a follow-up keeps its topic, Draft writes a checked draft, uploads land in the
library and can be removed, and bad input gets a clear message while the library stays intact.
"""

from __future__ import annotations

import html
import re
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.fixtures import CorpusStore
from tests.support.helpers import HOSTILE_DIR, FakeTextModel, echo_evidence
from tests.support.ui_support import (
    CLIENT_TIMEOUT_S,
    PROGRAMME_QUESTION,
    PROGRAMME_TITLE,
    UPLOAD_LIMIT_MB,
    RunningApp,
    client,
    running_app,
    text_of,
)

pytestmark = [pytest.mark.slow, pytest.mark.server]  # the web app on 127.0.0.1

UPLOAD_TITLE = "Accessible Parks Survey 2024"


def ask(running: RunningApp, question: str, history: list[Any] | None = None) -> tuple[Any, ...]:
    """Ask as the page does, in one session: /ask quotes (the final answer when quotes only),
    then /ask_written writes. Return the final (chat, box, sources, checks, status) and how
    many updates streamed in before them."""
    page = client(running)
    quoting = page.submit(question, history or [], api_name="/ask")
    quick = quoting.result(timeout=CLIENT_TIMEOUT_S)[:5]
    writing = page.submit(api_name="/ask_written")
    written = writing.result(timeout=CLIENT_TIMEOUT_S)[:5]
    final = quick if unchanged(written[0]) else written
    return tuple(final), len(quoting.outputs()) + len(writing.outputs())


def unchanged(output: Any) -> bool:
    """True for an output the step left as it was (`gr.skip()` reaches the client so)."""
    return isinstance(output, dict) and output.get("__type__") == "update"


def status_text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).strip()


def titles(table: dict[str, Any]) -> list[str]:
    return [row[0] for row in table["data"]]


def library(running: RunningApp) -> list[list[Any]]:
    table, _ = client(running).submit(api_name="/library").result(timeout=CLIENT_TIMEOUT_S)
    return table["data"]


def upload(page: Any, *paths: Path) -> tuple[Any, Any, str]:
    """Upload through one client (one page): its Remove list then offers what it added."""
    from gradio_client import handle_file

    files = [handle_file(str(p)) for p in paths]
    return page.submit(files, api_name="/upload").result(timeout=CLIENT_TIMEOUT_S)


def remove(page: Any, doc_id: str | None) -> tuple[Any, Any, str]:
    return page.submit(doc_id, api_name="/remove").result(timeout=CLIENT_TIMEOUT_S)


@pytest.fixture(scope="module")
def app(corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    with running_app(corpus.settings, tmp_path_factory) as running:
        yield running


# ---- Ask ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def first_answer(app: RunningApp) -> tuple[Any, ...]:
    return ask(app, PROGRAMME_QUESTION)


def test_ask_streams_an_answer_with_numbered_sources(first_answer: tuple[Any, ...]) -> None:
    (chat, box, sources, checks, status), updates = first_answer
    assert updates >= 3, "the answer should arrive in steps: searching, quotes, checked"
    assert [m["role"] for m in chat] == ["user", "assistant"]
    assert text_of(chat[0]) == PROGRAMME_QUESTION
    answer = text_of(chat[1])
    assert re.search(r"\[\d+\]", answer), answer
    assert not answer.endswith("…"), "the final message is the whole answer"
    assert PROGRAMME_TITLE in sources
    assert "[1]" in sources
    assert box == ""
    assert "Answer ready" in status_text(status)
    assert "Checked" in checks or "Checks to make" in checks


def test_a_follow_up_keeps_the_topic(app: RunningApp, first_answer: tuple[Any, ...]) -> None:
    history = first_answer[0][0]
    (chat, _, sources, _, status), _ = ask(app, "what about its funding?", history)
    assert len(chat) == 4
    assert "Answer ready" in status_text(status)
    cited = re.findall(r'class="source-open"[^>]*>\[\d+\] (.+?)</button>', sources)
    assert cited, sources
    # Every source is about the programme, and the answer talks money.
    assert all("DPULO" in c or "Disabled People's User-Led" in c for c in cited), cited
    assert "£" in text_of(chat[-1])


def test_an_empty_question_asks_for_one_and_leaves_the_chat(
    app: RunningApp, first_answer: tuple[Any, ...]
) -> None:
    history = first_answer[0][0]
    (chat, box, _, _, status), _ = ask(app, "   ", history)
    assert "Type a question first" in status_text(status)
    assert [text_of(m) for m in chat] == [text_of(m) for m in history]
    assert box == ""


def test_a_huge_question_is_refused_and_kept(app: RunningApp) -> None:
    question = ("Please tell me about the Facilitation Fund and its grants. " * 120)[:6000]
    (chat, box, _, _, status), _ = ask(app, question)
    message = status_text(status)
    assert "5000" in message.replace(",", "") or "too long" in message.lower(), message
    assert "status-error" in status
    assert box.strip() == question.strip(), "the question must come back so nothing is lost"
    assert chat == []


@pytest.fixture(scope="module")
def model_app(
    corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningApp]:
    """The app with the "local" writer over a faithful fake model: prose, no real model."""
    models = {"local": FakeTextModel([echo_evidence])}
    with running_app(corpus.settings, tmp_path_factory, generator="local", models=models) as run:
        yield run


def test_a_model_answer_streams_beneath_the_quick_quotes(model_app: RunningApp) -> None:
    page = client(model_app)
    quoting = page.submit(PROGRAMME_QUESTION, [], api_name="/ask")
    chat, _, sources, checks, status = quoting.result(timeout=CLIENT_TIMEOUT_S)
    quick = text_of(chat[-1])
    assert re.search(r"\[\d+\]", quick) and "Quick answer" not in quick, "quotes come first"
    assert PROGRAMME_TITLE in sources, "the sources show with the quotes"
    assert "Waiting for the writer" in status_text(status) and checks == ""
    job = page.submit(api_name="/ask_written")
    chat, _, sources, _, status = job.result(timeout=CLIENT_TIMEOUT_S)
    answers = [text_of(o[0][-1]) for o in job.outputs() if isinstance(o[0], list) and o[0]]
    streamed = [a for a in answers[:-1] if "Writing an answer in plain English" in a]
    assert streamed, answers
    assert all(a.startswith(f"**Quick answer from the sources:**\n\n{quick}") for a in streamed)
    final = text_of(chat[-1])
    assert "Written answer, checked against the sources" in final
    assert quick in final and not final.endswith("…")
    written = final.split("checked against the sources:**", 1)[1]
    assert re.search(r"\[\d+\]", written), written
    assert PROGRAMME_TITLE in sources
    assert "Answer ready" in status_text(status)


@pytest.fixture(scope="module")
def busy_writer(
    corpus: CorpusStore, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[RunningApp, threading.Event, threading.Event]]:
    """The app with one writer at a time, over a fake model that waits for `gate` to open (it
    sets `started` as it begins): the writer stays busy for as long as a test needs."""
    started, gate = threading.Event(), threading.Event()

    def slow(prompt: str) -> str:
        started.set()
        gate.wait(CLIENT_TIMEOUT_S)
        return echo_evidence(prompt)

    models = {"local": FakeTextModel([slow])}
    overrides = {"generator": "local", "models": models, "ui_concurrency": 1}
    with running_app(corpus.settings, tmp_path_factory, **overrides) as run:
        try:
            yield run, started, gate
        finally:
            gate.set()


def test_quotes_arrive_and_the_queue_shows_while_the_writer_is_busy(
    busy_writer: tuple[RunningApp, threading.Event, threading.Event],
) -> None:
    from gradio_client.utils import Status

    app, started, gate = busy_writer
    first, second = client(app), client(app)
    first.submit(PROGRAMME_QUESTION, [], api_name="/ask").result(timeout=CLIENT_TIMEOUT_S)
    first_writing = first.submit(api_name="/ask_written")
    assert started.wait(CLIENT_TIMEOUT_S), "the first user's answer should be being written"
    try:
        question = "What was the Facilitation Fund?"
        chat, _, sources, _, status = second.submit(question, [], api_name="/ask").result(
            timeout=CLIENT_TIMEOUT_S
        )
        assert not first_writing.done(), "the writer is still busy with the first user"
        assert re.search(r"\[\d+\]", text_of(chat[-1])), "the second user's quotes arrive"
        assert "[1]" in sources
        assert "Waiting for the writer" in status_text(status)
        second_writing = second.submit(api_name="/ask_written")
        seen = second_writing.status()
        for _ in range(200):  # until the server has placed the job in its queue
            if seen.code == Status.IN_QUEUE and seen.rank is not None:
                break
            threading.Event().wait(0.05)
            seen = second_writing.status()
        assert seen.code == Status.IN_QUEUE, seen
        assert seen.rank == 0 and seen.queue_size is not None and seen.queue_size >= 1, seen
    finally:
        gate.set()
    for writing in (first_writing, second_writing):
        *_, status = writing.result(timeout=CLIENT_TIMEOUT_S)
        assert "Answer ready" in status_text(status)


UNDER_LOAD = tomllib.loads((HOSTILE_DIR / "web.toml").read_text("utf-8"))


@pytest.mark.parametrize("case", UNDER_LOAD["under_load"], ids=lambda c: f"{c['clients']}")
def test_everyone_asking_at_once_gets_quotes_while_the_writer_is_busy(
    busy_writer: tuple[RunningApp, threading.Event, threading.Event], case: dict[str, Any]
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    app, started, gate = busy_writer
    started.clear()  # the writer is held again (an earlier test let it go)
    gate.clear()
    first = client(app)
    first.submit(PROGRAMME_QUESTION, [], api_name="/ask").result(timeout=CLIENT_TIMEOUT_S)
    writing = first.submit(api_name="/ask_written")
    assert started.wait(CLIENT_TIMEOUT_S), "the writer should be busy with the first user"

    def ask(_: int) -> tuple[str, str]:
        chat, *_, status = (
            client(app)
            .submit("What was the Facilitation Fund?", [], api_name="/ask")
            .result(timeout=CLIENT_TIMEOUT_S)
        )
        return text_of(chat[-1]), status_text(status)

    try:
        with ThreadPoolExecutor(case["clients"]) as pool:
            answers = list(pool.map(ask, range(case["clients"])))
        assert not writing.done(), "every quote arrived while the writer was still busy"
    finally:
        gate.set()
    assert len(answers) == case["clients"]
    for quoted, status in answers:
        assert re.search(r"\[\d+\]", quoted) and "Waiting for the writer" in status, status
    *_, status = writing.result(timeout=CLIENT_TIMEOUT_S)
    assert "Answer ready" in status_text(status)


# ---- Draft -------------------------------------------------------------------------------------


def test_draft_writes_a_checked_draft(app: RunningApp) -> None:
    question = "Should councils be required to involve DPULOs when they commission services?"
    outputs = (
        client(app)
        .submit(question, "agree", "", 300, "extractive", "", "", "", "", "", api_name="/draft")
        .result(timeout=CLIENT_TIMEOUT_S)
    )
    draft, readability, _, sources, status, docx, markdown, plain, view, saved = outputs
    assert "## Our position" in draft
    assert saved == "Saved in History as version 1 of this draft."
    assert view == draft  # the formatted view shows the same text the editor holds
    assert re.search(r"\[\d+\]", draft)
    assert readability.startswith("### How it will be read") and "Reading ease " in readability
    assert "Draft ready" in status_text(status)
    assert "<h2>Sources</h2>" in sources and "button" in sources  # each source opens
    assert plain.strip() and "##" not in plain
    assert docx and markdown


def test_draft_without_a_question_says_so(app: RunningApp) -> None:
    outputs = (
        client(app)
        .submit("  ", "agree", "", 300, "extractive", "", "", "", "", "", api_name="/draft")
        .result(timeout=CLIENT_TIMEOUT_S)
    )
    assert "Type the consultation question first" in status_text(outputs[4])


# ---- Library -----------------------------------------------------------------------------------


def test_upload_lists_and_removes_a_document(app: RunningApp, tmp_path: Path) -> None:
    before = library(app)
    note = tmp_path / "parks-survey.md"
    note.write_text(
        f"# {UPLOAD_TITLE}\n\n## Findings\n\n"
        "Most disabled visitors said the new park paths were smooth enough for wheelchairs. "
        "Benches every hundred metres helped people who tire quickly. Accessible toilets were "
        "often locked, and the signs were too small to read.\n",
        encoding="utf-8",
    )
    page = client(app)
    table, chosen, status = upload(page, note)
    assert "Added 1 file." in status_text(status), status
    assert len(table["data"]) == len(before) + 1
    assert UPLOAD_TITLE in titles(table)
    listed = library(app)
    row = next(r for r in listed if r[0] == UPLOAD_TITLE)
    assert row[1] == "user upload"
    assert [r for r in listed if r[0] != UPLOAD_TITLE] == before

    doc_ids = [value for _, value in chosen["choices"] if UPLOAD_TITLE in _]
    assert len(doc_ids) == 1
    table, _, status = remove(page, doc_ids[0])
    assert "Removed it from the library" in status_text(status)
    assert table["data"] == before
    assert library(app) == before


def test_bad_uploads_are_named_and_the_library_is_unchanged(
    app: RunningApp, tmp_path: Path
) -> None:
    before = library(app)
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00" + bytes(200))
    odd = tmp_path / "notes.xyz"
    odd.write_text("some notes", encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a PDF at all\n%%EOF\n")
    big = tmp_path / "big.txt"
    big.write_text("Accessible transport matters. " * 55_000, encoding="utf-8")  # ~1.6 MB
    assert big.stat().st_size > UPLOAD_LIMIT_MB * 2**20

    table, _, status = upload(client(app), program, odd, broken, big)
    message = status_text(status)
    assert "status-error" in status
    assert "Added 0 files." in message
    for name in ("setup.exe", "notes.xyz"):
        assert re.search(rf"{re.escape(name)}: not a supported type", message), message
    assert "broken.pdf:" in message
    assert re.search(rf"big\.txt: 1\.\d MB is over the {UPLOAD_LIMIT_MB} MB limit", message)
    assert table["data"] == before
    assert library(app) == before
    uploads = app.settings.data_dir / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir()), "no stray copies are kept"


def test_a_good_file_still_goes_in_beside_a_bad_one(app: RunningApp, tmp_path: Path) -> None:
    before = library(app)
    good = tmp_path / "ramps.txt"
    good.write_text(
        "Ramp audit\n\nEvery station ramp was checked in March. Two were too steep and one had "
        "no handrail. The council agreed to fix them before the summer.\n",
        encoding="utf-8",
    )
    bad = tmp_path / "photo.xyz"
    bad.write_bytes(b"\x00\x01")
    page = client(app)
    table, chosen, status = upload(page, good, bad)
    message = status_text(status)
    assert "Added 1 file." in message and "photo.xyz: not a supported type" in message
    assert len(table["data"]) == len(before) + 1
    doc_id = next(value for label, value in chosen["choices"] if "ramps" in label.lower())
    remove(page, doc_id)
    assert library(app) == before


def test_remove_without_a_choice_says_so(app: RunningApp) -> None:
    # The dropdown only offers uploads; calling the API with nothing chosen is the same as the
    # page's Remove button with an empty dropdown.
    outputs = remove(client(app), None)
    assert "Choose one of your uploads" in status_text(outputs[2])


# ---- Our evidence ------------------------------------------------------------------------------

STORY = (
    "Sarah Jones told us the bus driver would not lower the ramp, so she missed her hospital "
    "appointment. Call her on 07700 900123."
)


def add_evidence(page: Any, text: str, consent: str) -> tuple[Any, Any, str]:
    form = ("member experience", text, "member, wheelchair user", "2026-02", consent, "2026-03")
    return page.submit(*form, "transport, buses", api_name="/evidence_add").result(
        timeout=CLIENT_TIMEOUT_S
    )


def test_an_item_added_in_the_page_is_listed_with_its_consent_and_masking(
    app: RunningApp,
) -> None:
    page = client(app)
    table, chosen, status = add_evidence(page, STORY, "quote anonymously")
    message = status_text(status)
    assert "Added ev-" in message and "member experience (anonymised" in message
    assert "name: S… J…" in message and "phone" in message  # what was masked, shown
    listed = page.submit(api_name="/evidence_list").result(timeout=CLIENT_TIMEOUT_S)[0]["data"]
    (row,) = [r for r in listed if "ramp" in r[5]]
    item_id, kind, given_by, date, consent, text, masked = row
    assert (kind, given_by, date) == ("member experience", "member, wheelchair user", "2026-02")
    assert consent == "quote anonymously, given 2026-03"
    assert "Sarah" not in text and "07700" not in text  # the list shows the redacted text
    assert "name" in masked and "phone" in masked
    assert item_id in [value for _, value in chosen["choices"]]

    table, chosen, status = page.submit(item_id, api_name="/evidence_remove").result(
        timeout=CLIENT_TIMEOUT_S
    )
    assert f"Removed {item_id}" in status_text(status)
    assert item_id not in [r[0] for r in table["data"]]
    assert item_id not in (app.settings.data_dir / "evidence" / "items.jsonl").read_text()


def test_an_item_without_consent_is_kept_and_a_bad_date_is_named(app: RunningApp) -> None:
    page = client(app)
    lifts = "Members said the lifts at the station were broken."
    _, _, status = add_evidence(page, lifts, "none recorded")
    assert "never quoted until you record it" in status_text(status)
    listed = page.submit(api_name="/evidence_list").result(timeout=CLIENT_TIMEOUT_S)[0]["data"]
    assert any(r[4] == "none recorded: never quoted" for r in listed if "lifts" in r[5])

    form = ("member experience", "Another story.", "member", "March 2026", "quote anonymously", "")
    _, _, status = page.submit(*form, "", api_name="/evidence_add").result(timeout=CLIENT_TIMEOUT_S)
    assert "'March 2026' is not YYYY, YYYY-MM or YYYY-MM-DD" in html.unescape(status_text(status))


def test_a_past_response_uploaded_in_the_page_becomes_linked_items(
    app: RunningApp, tmp_path: Path
) -> None:
    from gradio_client import handle_file

    sent = tmp_path / "our-response.md"
    sent.write_text(
        "# Our response\n\nQuestion 1: Do you agree that bus ramps should be checked daily?\n\n"
        "We agree. Our members are stranded when a ramp fails.\n",
        encoding="utf-8",
    )
    page = client(app)
    table, _, status = page.submit(
        handle_file(str(sent)), "Bus services 2025", "2025-06", api_name="/evidence_import"
    ).result(timeout=CLIENT_TIMEOUT_S)
    added = "Added 1 answer from our-response.md as past responses to Bus services 2025"
    assert added in status_text(status)
    (row,) = [r for r in table["data"] if "stranded" in r[5]]
    assert row[1] == "past response" and row[3] == "2025-06"
    assert row[5].startswith("(Bus services 2025, Question 1: Do you agree")
    page.submit(row[0], api_name="/evidence_remove").result(timeout=CLIENT_TIMEOUT_S)

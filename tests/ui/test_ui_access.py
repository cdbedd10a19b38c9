"""The web app's doors: no listening beyond loopback without a login, and Host headers checked.

The rules are unit-tested here; a real server on 127.0.0.1 proves a DNS-rebinding request
(`Host: evil.example`) is refused on the page, the API routes and `/gradio_api/file=`, while
the addresses a person types (127.0.0.1:PORT, localhost:PORT) still work.
"""

from __future__ import annotations

import http.client
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.support.helpers import HOSTILE_DIR, make_settings
from tests.support.ui_support import HOST, RunningApp, start_app

from assistant.accounts import UserStore
from assistant.cli import cli
from assistant.ui.access import (
    REFUSAL,
    ExposureError,
    check_exposure,
    host_allowed,
    is_loopback,
    served_names,
)

EVIL = "evil.example"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_loopback_addresses_need_no_login(tmp_path: Path, host: str) -> None:
    assert is_loopback(host)
    assert check_exposure(make_settings(tmp_path), host) is None


CASES = tomllib.loads((HOSTILE_DIR / "web.toml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES["exposure"], ids=lambda c: f"{c['host']}-{c['allowed']}")
def test_exposure_cases(tmp_path: Path, case: dict[str, Any]) -> None:
    settings = make_settings(
        tmp_path, ui_username=case.get("username"), ui_password=case.get("password")
    )
    for name in case.get("users", []):
        UserStore(settings.users_path).add(name, "reader", "a long enough password")
    if case["allowed"]:
        check_exposure(settings, case["host"])  # returns the login, or None on loopback
    else:
        with pytest.raises(ExposureError, match=r"ASSISTANT_UI_USERNAME.*ASSISTANT_UI_PASSWORD"):
            check_exposure(settings, case["host"])


def test_beyond_loopback_with_a_login_is_allowed(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, ui_username="jo", ui_password="secret")
    assert check_exposure(settings, "0.0.0.0") == ("jo", "secret")


def test_the_cli_refuses_in_one_line_before_any_work(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["ui", "--host", "0.0.0.0"],
        env={"ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_UI_PASSWORD": ""},
    )
    assert result.exit_code != 0
    assert isinstance(result.exception, ExposureError)  # main() shows it as one line
    assert not (tmp_path / "data").exists()  # nothing ingested, nothing written


@pytest.mark.parametrize("case", CASES["host_header"], ids=lambda c: f"{c['header']}@{c['bound']}")
def test_host_headers(case: dict[str, Any]) -> None:
    any_ip = case["bound"] in ("0.0.0.0", "::")
    assert host_allowed(case["header"], served_names(case["bound"]), any_ip) is case["allowed"]


# ---- a real server on 127.0.0.1 ---------------------------------------------------------------


def request(app: RunningApp, method: str, path: str, host: str, body: bytes | None = None):
    """One raw request with a chosen Host header (urllib would send the real one)."""
    port = int(app.url.rstrip("/").rsplit(":", 1)[1])
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        headers = {"Host": host}
        if body is not None:
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    settings = make_settings(tmp_path_factory.mktemp("doors") / "data")
    running = start_app(settings)
    try:
        yield running
    finally:
        running.app.close()


@pytest.fixture(scope="module")
def served_file(app: RunningApp) -> str:
    """A file the app serves (an upload), so a refusal cannot be mistaken for 'not found'."""
    import httpx

    note = ("note.txt", b"A member's words.\n", "text/plain")
    response = httpx.post(f"{app.url}gradio_api/upload", files={"files": note}, timeout=30)
    response.raise_for_status()
    return str(response.json()[0])


@pytest.mark.server
@pytest.mark.network_ok
def test_the_addresses_a_person_types_still_work(app: RunningApp) -> None:
    port = app.url.rstrip("/").rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
        status, body = request(app, "GET", "/", host)
        assert status == 200, host
        assert b"<html" in body.lower()


@pytest.mark.server
@pytest.mark.network_ok
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/", None),
        ("GET", "/config", None),
        ("GET", "/gradio_api/info", None),
        ("POST", "/gradio_api/call/library", json.dumps({"data": []}).encode()),
    ],
)
def test_a_rebinding_request_is_refused(app: RunningApp, method: str, path: str, body) -> None:
    port = app.url.rstrip("/").rsplit(":", 1)[1]
    good_status, _ = request(app, method, path, f"127.0.0.1:{port}", body)
    assert good_status == 200
    for host in (EVIL, f"{EVIL}:{port}"):
        status, answer = request(app, method, path, host, body)
        assert (status, answer) == (400, REFUSAL)


@pytest.mark.server
@pytest.mark.network_ok
def test_a_rebinding_request_cannot_read_a_file(app: RunningApp, served_file: str) -> None:
    port = app.url.rstrip("/").rsplit(":", 1)[1]
    path = f"/gradio_api/file={served_file}"
    status, body = request(app, "GET", path, f"localhost:{port}")
    assert (status, body) == (200, b"A member's words.\n")
    status, body = request(app, "GET", path, f"{EVIL}:{port}")
    assert (status, body) == (400, REFUSAL)
    assert b"member" not in body

"""Read-modify-write under a lock: changes made at once by several processes all land (issue 26,
item 7). Eight `assistant evidence add` at once once kept three items; the number of processes
is the `locks` case of tests/hostile/personal_data.toml.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path

import pytest

from tests.support.helpers import finish, make_settings, start_cli
from tests.support.history_support import grounded
from tests.support.personal_data_cases import cases

from assistant.evidence.model import Consent, Kind, new_item
from assistant.evidence.store import EvidenceStore
from assistant.history.store import HistoryStore
from assistant.library.ingest import update_pending

PROCESSES = int(cases()["locks"]["processes"])
EACH = 5  # changes per process: enough to interleave


def _add_evidence(folder: str, worker: int) -> None:
    store = EvidenceStore(Path(folder))
    for n in range(EACH):
        text = f"Member {worker}-{n}: the lift was broken again."
        store.add(new_item(Kind.MEMBER_EXPERIENCE, text, consent=Consent.NONE_RECORDED))


def _save_history(path: str, worker: int) -> None:
    history = HistoryStore(Path(path))
    for n in range(EACH):
        history.add("draft", None, grounded(f"Question {worker}-{n}?", "An answer [1]."), "written")
    history.close()


class SlowPendingStore:
    """Stands in for the Chroma collection's list of unfinished documents, slow enough between
    read and write that unlocked changes would overwrite each other."""

    def __init__(self, data_dir: Path) -> None:
        self.settings = make_settings(data_dir)
        self.file = data_dir / "pending.json"

    def pending(self) -> set[str]:
        return set(json.loads(self.file.read_text())) if self.file.is_file() else set()

    def set_pending(self, doc_ids: set[str]) -> None:
        time.sleep(0.02)
        self.file.write_text(json.dumps(sorted(doc_ids)))


def _mark_pending(data_dir: str, worker: int) -> None:
    store = SlowPendingStore(Path(data_dir))
    for n in range(EACH):
        update_pending(store, add={f"doc-{worker}-{n}"})  # type: ignore[arg-type]


def _run_at_once(target: object, argument: str) -> None:
    context = multiprocessing.get_context("fork")  # separate processes, quick to start
    workers = [context.Process(target=target, args=(argument, i)) for i in range(PROCESSES)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [w.exitcode for w in workers] == [0] * PROCESSES


def test_evidence_added_by_parallel_processes_is_all_kept(tmp_path: Path) -> None:
    _run_at_once(_add_evidence, str(tmp_path / "evidence"))
    items = EvidenceStore(tmp_path / "evidence").items()
    assert len(items) == PROCESSES * EACH
    assert len({item.id for item in items}) == PROCESSES * EACH


def test_history_saved_by_parallel_processes_is_all_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _run_at_once(_save_history, str(path))
    history = HistoryStore(path)
    assert len(history.items()) == PROCESSES * EACH
    history.close()


def test_the_librarys_unfinished_list_keeps_every_parallel_change(tmp_path: Path) -> None:
    _run_at_once(_mark_pending, str(tmp_path))
    assert len(SlowPendingStore(tmp_path).pending()) == PROCESSES * EACH


@pytest.mark.slow  # eight `assistant` processes
def test_eight_evidence_adds_at_once_are_all_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    procs = [
        start_cli(
            [
                "evidence",
                "add",
                "--kind",
                "member-experience",
                "--consent",
                "anonymous",
                "--consent-date",
                "2026-03",
                "--text",
                f"Story {i}: the ramp was missing.",
            ],
            data,
            tmp_path,
        )
        for i in range(PROCESSES)
    ]
    results = [finish(proc, ["evidence", "add"]) for proc in procs]
    assert [r.returncode for r in results] == [0] * PROCESSES, [r.stderr for r in results]
    assert all(r.stdout.startswith("Added ") for r in results)
    stories = sorted(item.text for item in EvidenceStore(data / "evidence").items())
    assert stories == sorted(f"Story {i}: the ramp was missing." for i in range(PROCESSES))

"""The hostile-input suite (tests/hostile/cases.toml): one parametrised test runs every case.

Each case runs the real `assistant` command, in this process, against a private copy of a
library holding the bundled corpus, and must give a clear message and the right exit code,
change the library only as meant, leave every bundled document as it was, and stay within a
memory bound. The files are built per case by tests/hostile/make_cases.py.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.hostile.make_cases import Case, Outcome, build, load_cases, run_case
from tests.support.helpers import CORPUS_DIR, make_settings

from assistant.library.store import Store
from assistant.settings import Settings

pytestmark = pytest.mark.slow
CASES = load_cases()
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _counts(store: Store) -> dict[str, int]:
    return {doc: len(ids) for doc, ids in store.ids_by_doc().items()}


@pytest.fixture(scope="module")
def bundled(corpus) -> tuple[Path, dict[str, int]]:
    """The session's ingested corpus (its data folder, copied per case) and its passage counts."""
    return corpus.settings.data_dir, _counts(corpus.store)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, bundled, tmp_path: Path, embeddings) -> None:
    source, before = bundled
    data = tmp_path / "data"
    shutil.copytree(source, data)
    folder = tmp_path / "case"
    build(case, folder)

    outcome = run_case(case, folder, data)

    assert outcome.exit == case.exit, outcome.stderr
    assert "Traceback" not in outcome.stderr and "unexpected problem" not in outcome.stderr
    assert re.search(case.stderr, outcome.stderr, re.MULTILINE), outcome.stderr
    assert re.search(case.stdout, outcome.stdout, re.MULTILINE), outcome.stdout
    lines = outcome.stderr.splitlines()
    assert all(line.startswith(("Warning: ", "Error: ")) for line in lines), outcome.stderr
    assert outcome.peak_mb < case.memory_mb, f"peak {outcome.peak_mb:.0f} MB"

    after = _counts(Store(_settings(data), embeddings=embeddings))
    assert {doc: after.get(doc) for doc in before} == before, "a bundled document changed"
    assert len(set(after) - set(before)) == case.added

    if case.then:
        follow = run_case(Case("then", case.make, case.then), folder, data)
        assert follow.exit == 0, follow.stderr
        outcome = Outcome(0, outcome.stdout + follow.stdout, outcome.stderr + follow.stderr, 0, 0)
    if case.absent:
        assert not re.search(case.absent, outcome.stdout + outcome.stderr), outcome.stdout

    listing = run_case(Case("list", "long_query", ["corpus", "list"]), folder, data)
    assert listing.exit == 0 and not _CONTROLS.search(listing.stdout.replace("\n", ""))


def _settings(data: Path) -> Settings:
    return make_settings(data, corpus_dir=CORPUS_DIR)

"""The personal-data cases of tests/hostile/personal_data.toml, read once for the tests that use
them (masking, removal, permissions, locks)."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from tests.support.helpers import HOSTILE_DIR

CASES_FILE = HOSTILE_DIR / "personal_data.toml"


@cache
def cases() -> dict[str, dict[str, Any]]:
    with CASES_FILE.open("rb") as handle:
        return tomllib.load(handle)


def mask_cases() -> dict[str, dict[str, Any]]:
    return {name: case for name, case in cases().items() if name.startswith("mask_")}

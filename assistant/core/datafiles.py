"""Read a small TOML or JSON file written by a person (a profile, an edited questions list).

Every problem becomes one InputError naming the file and, where known, the line.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError


def read_toml_or_json(path: Path, what: str) -> Any:
    """The parsed file; `what` names it in messages ("profile", "questions file")."""
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise InputError(f"{path}: a {what} must be a .toml or .json file")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        if suffix == ".toml":
            with path.open("rb") as handle:
                return tomllib.load(handle)
        return json.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:  # "Unclosed array (at line 5, column 1)"
        found = re.fullmatch(r"(.*?)\s*\(at line (\d+), column \d+\)", str(exc))
        where, message = (f" line {found[2]}:", found[1]) if found else ("", str(exc))
        raise InputError(f"{path}:{where} invalid TOML: {message}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: line {exc.lineno}: invalid JSON: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the {what} ({exc})") from None

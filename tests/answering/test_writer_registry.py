"""One list of writers (`settings.WRITERS`): the setting, the CLI's choices and the web app's
labels all name the same writers, so a writer added in one place shows up in every face."""

from __future__ import annotations

from typing import get_args

import click
import pytest
from pydantic import ValidationError

from assistant.cli.answers import ask, draft
from assistant.cli.consultation import consultation
from assistant.settings import GENERATORS, WRITERS, GeneratorName, Settings


def _choices(command: click.Command) -> tuple[str, ...]:
    [option] = [p for p in command.params if p.name == "generator"]
    assert isinstance(option.type, click.Choice)
    return tuple(option.type.choices)


def test_the_setting_names_the_registered_writers() -> None:
    assert get_args(GeneratorName) == GENERATORS == tuple(w.name for w in WRITERS)
    assert len(set(GENERATORS)) == len(GENERATORS)
    assert all(w.label.strip() and w.label != w.name for w in WRITERS)
    for name in GENERATORS:
        assert Settings(_env_file=None, generator=name).generator == name  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Settings(_env_file=None, generator="gpt-9")  # type: ignore[call-arg]


def test_the_command_line_offers_the_registered_writers() -> None:
    assert _choices(ask) == _choices(draft) == GENERATORS
    responding = [
        c for c in consultation.commands.values() if "generator" in {p.name for p in c.params}
    ]
    assert responding and all(_choices(c) == GENERATORS for c in responding)

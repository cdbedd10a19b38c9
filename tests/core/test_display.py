"""Control characters from file names and titles are shown escaped, never acted on."""

from __future__ import annotations

import pytest

from assistant.core.display import visible


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain title", "plain title"),
        ("clear\x1b[2Jscreen", "clear\\x1b[2Jscreen"),
        ("over\rwrite", "over\\rwrite"),
        ("csi\x9b1m", "csi\\x9b1m"),
        ("abc\u202egpj.exe", "abc\\u202egpj.exe"),
        ("two\nlines\tand tab", "two\\nlines\\tand tab"),
        ("café – “quoted”", "café – “quoted”"),
    ],
)
def test_visible_escapes_controls_and_keeps_ordinary_text(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_messages_may_keep_their_newlines() -> None:
    assert visible("one\ntwo\x07", keep_newlines=True) == "one\ntwo\\x07"

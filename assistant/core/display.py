"""Text from files shown safely: control characters made visible, never acted on.

A file name or title can carry terminal escape sequences ("\\x1b[2J" clears the screen), carriage
returns that overwrite what was printed, or bidirectional overrides that disguise a name. Shown
raw they deceive the reader; escaped ("\\x1b", "\\r", "\\u202e") they are plainly there.
"""

from __future__ import annotations

import re

# C0 and C1 controls (except tab and newline, handled by `keep`), DEL, and the bidirectional
# embedding, override and isolate marks.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\r": "\\r", "\x0b": "\\v", "\x0c": "\\f"}.get(char)
    if named:
        return named
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def visible(text: str, keep_newlines: bool = False) -> str:
    """`text` with every control character written as an escape; tabs and, if asked, newlines
    kept, otherwise a newline or tab is shown as "\\n" or "\\t" too."""
    escaped = _CONTROLS.sub(_escape, str(text))
    if keep_newlines:
        return escaped
    return escaped.replace("\n", "\\n").replace("\t", "\\t")

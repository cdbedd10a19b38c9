"""The bundled Easy Read word lists (`words.toml`): acronyms spelled out, hard words swapped
for plain ones, and the hard words that stay explained in a "Words to know" list.

Data, not code, so an organisation can read and extend the lists; shipped inside the package,
so nothing is downloaded. Every match is a whole word or phrase, case-insensitive.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.core.errors import InputError

WORDS_FILE = Path(__file__).with_name("words.toml")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: loaded once, cached
class WordLists:
    acronyms: dict[str, str]  # "DWP" -> "Department for Work and Pensions" (case kept)
    plain: dict[str, str]  # "utilise" -> "use" (lower case keys)
    hard: dict[str, str]  # "consultation" -> its plain explanation (lower case keys)


@dataclass(frozen=True)
class HardWord:
    """A hard word an Easy Read text still uses, with the plain explanation shown with it."""

    word: str
    meaning: str


@lru_cache(maxsize=4)
def load_words(path: Path = WORDS_FILE) -> WordLists:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"the Easy Read word list {path} cannot be read ({exc})") from None
    return WordLists(
        {str(k): str(v) for k, v in data.get("acronyms", {}).items()},
        {str(k).lower(): str(v) for k, v in data.get("plain", {}).items()},
        {str(k).lower(): str(v) for k, v in data.get("hard", {}).items()},
    )


def _alternation(keys: list[str], flags: int = 0) -> re.Pattern[str]:
    longest_first = sorted(keys, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, longest_first)) + r")(?![\w-])", flags
    )


@lru_cache(maxsize=4)
def _patterns(words: WordLists) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # Acronyms are matched as written (capitals), with an optional plural s: "DPULOs".
    acronyms = re.compile(
        r"(?<![\w-])("
        + "|".join(map(re.escape, sorted(words.acronyms, key=len, reverse=True)))
        + r")(s?)(?![\w-])"
    )
    return acronyms, _alternation(list(words.plain), re.I), _alternation(list(words.hard), re.I)


def spell_out(text: str, words: WordLists) -> str:
    """Every known acronym replaced by its words: "the DWP" -> "the Department for Work and
    Pensions"; "DPULOs" -> "... Organisations"."""
    acronyms = _patterns(words)[0]

    def full(match: re.Match[str]) -> str:
        words_of = words.acronyms[match[1]]
        last = words_of.split()[-1]
        if match.string[match.end() :].lower().startswith(f" {last.lower()}"):  # "VCSE sector"
            words_of = words_of[: -len(last)].rstrip(" ,")
        return words_of + match[2] if match[2] and not words_of.endswith("s") else words_of

    return acronyms.sub(full, text)


def acronyms_left(text: str) -> list[str]:
    """Words in capitals (two or more letters) that the list could not spell out."""
    return re.findall(r"(?<![\w-])[A-Z]{2,}s?(?![\w-])", text)


def plain_words(text: str, words: WordLists) -> str:
    """Hard words and phrases swapped for plain ones, keeping a capital at the start."""
    plain = _patterns(words)[1]

    def swap(match: re.Match[str]) -> str:
        found, replacement = match[1], words.plain[match[1].lower()]
        return replacement[:1].upper() + replacement[1:] if found[:1].isupper() else replacement

    return plain.sub(swap, text)


def hard_words_in(text: str, words: WordLists) -> list[HardWord]:
    """The listed hard words the text still uses, each once, in order of first use."""
    seen: dict[str, HardWord] = {}
    for match in _patterns(words)[2].finditer(text):
        key = match[1].lower()
        seen.setdefault(key, HardWord(match[1].lower(), words.hard[key]))
    return list(seen.values())


def table_patterns(words: WordLists) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The acronym, plain-word and hard-word patterns (for the list of what was changed)."""
    return _patterns(words)

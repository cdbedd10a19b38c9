"""Is every number, name and negation of a response sentence kept in its Easy Read sentences?

Why a check of its own: the meaning check asks whether the source says everything an Easy Read
sentence says, so a sentence that drops a figure or a "not" passes it; and it judges against
the source spelled out with the same word tables, so a wrong table entry is invisible to it
(round two spelled DPULO as "Deaf and Disabled People's Organisation" and nothing noticed).
This check reads the source as written and does not trust the tables: an acronym is kept when
it is there or when words spelling its initials are ("DWP" by "Department for Work and
Pensions"; "Deaf and Disabled People's Organisation" does not spell DPULO). A table entry that
explains an acronym rather than spelling it ("GP" -> "family doctor") is kept only by being
listed for a person to check (`changed_words`), as is every plain word the table swapped in.
It counts, it does not parse: a "not" moved to another clause, or a wrong expansion that still
spells the initials, passes (measured on `evals/easyread/keeps.jsonl`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.core.text import strip_markers
from assistant.easyread.words import HardWord, WordLists, table_patterns

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion half third quarter dozen".split()
)
NEGATIONS = frozenset("not no never none nobody nothing neither nor without cannot".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MINOR = frozenset("and of for the on in with to a an at by".split())


@dataclass(frozen=True)
class Lost:
    """A number, name or negation of a response sentence its Easy Read sentences lack."""

    source: int  # the response sentence's number
    kind: str  # "number", "name" or "negation"
    what: str

    def message(self) -> str:
        if self.kind == "negation":
            return f'It may leave out "{self.what}" from its source: check the meaning.'
        return f"It may leave out the {self.kind} {self.what} from its source: put it back."


def lost(
    source: str, easy: Sequence[str], explained: Mapping[str, str] | None = None, index: int = 0
) -> list[Lost]:
    """What of `source`'s numbers, names and negations `easy` (its Easy Read sentences) lacks.
    `explained` maps an acronym to the table's explanation that does not spell it; the
    explanation's presence keeps it (the caller lists the swap for a person)."""
    source = strip_markers(source)
    text = " ".join(easy)
    found: list[Lost] = []
    have = Counter(_numbers(text))
    for number, count in Counter(_numbers(source)).items():
        if have[number] < count:
            found.append(Lost(index, "number", number))
    easy_words = _words(text)
    for name in dict.fromkeys(_names(source)):
        if not _name_kept(name, easy_words, text, explained or {}):
            found.append(Lost(index, "name", name))
    said, kept = _negations(source), _negations(text)
    if sum(said.values()) > sum(kept.values()):  # "without" may become "no": count them all
        found += [Lost(index, "negation", word) for word in sorted(said - kept)]
    return found


def _numbers(text: str) -> list[str]:
    digits = [m[0].replace(",", "").rstrip(".") for m in _NUMBER.finditer(text)]
    words = [w for w in _words(text) if w in NUMBER_WORDS]
    return digits + words


def _words(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text.replace("’", "'")):
        word = re.sub(r"'s$|'$", "", word.lower())
        out.append(word)
    return out


def _negations(text: str) -> Counter[str]:
    low = text.lower().replace("’", "'")
    count = Counter(w for w in _words(low) if w in NEGATIONS)
    count["not"] += len(re.findall(r"n't\b", low)) + count.pop("cannot", 0)
    return +count


def _names(sentence: str) -> list[str]:
    """Acronyms anywhere, and capitalised words not opening the sentence or a clause."""
    names = []
    for match in _WORD.finditer(sentence):
        word = re.sub(r"['’]s$", "", match[0])
        acronym = (
            re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]s?", word) and sum(c.isupper() for c in word) > 1
        )
        opening = not sentence[: match.start()].strip() or re.search(
            r"[.:;!?\"“(]\s*$", sentence[: match.start()]
        )
        if acronym or (word[0].isupper() and word != "I" and not opening and word.isalpha()):
            names.append(word)
    return names


def _name_kept(name: str, easy_words: list[str], text: str, explained: Mapping[str, str]) -> bool:
    if name.lower() in easy_words or name.lower().rstrip("s") in easy_words:
        return True
    if sum(c.isupper() for c in name) > 1:  # an acronym: spelled by its initials?
        for letters in {name.upper(), name.upper()[:-1] if name.endswith("s") else name.upper()}:
            if spells(letters.lower(), easy_words):
                return True
        meant = explained.get(name) or explained.get(name.rstrip("s"))
        return meant is not None and meant.lower() in text.lower()
    return False


def spells(letters: str, words: Sequence[str]) -> bool:
    """Whether consecutive `words` spell the acronym `letters` by their initials, small words
    ("and", "for", "of") optional: "dwp" by "department for work and pensions"."""
    parts = [p for w in words for p in w.split("-") if p]

    def match(at: int, letter: int) -> bool:
        if letter == len(letters):
            return True
        if at == len(parts):
            return False
        word = parts[at]
        if word[0] == letters[letter] and match(at + 1, letter + 1):
            return True
        return word in _MINOR and letter > 0 and match(at + 1, letter)

    return any(p[0] == letters[0] and match(i, 0) for i, p in enumerate(parts) if letters)


def explained_acronyms(words: WordLists) -> dict[str, str]:
    """The table's acronyms whose words do not spell them ("GP" -> "family doctor")."""
    return {
        acronym: meaning
        for acronym, meaning in words.acronyms.items()
        if not spells(
            acronym.lower().rstrip("s") if acronym.endswith("s") else acronym.lower(),
            [w.lower() for w in _words(meaning)],
        )
        and not spells(acronym.lower(), [w.lower() for w in _words(meaning)])
    }


def changed_words(sentence: str, words: WordLists) -> list[HardWord]:
    """The table's swaps in one sentence ("utilise" -> "use", "DWP" -> "Department for Work
    and Pensions"), for the list a person checks: the meaning check cannot see them."""
    acronyms, plain, _ = table_patterns(words)
    text = strip_markers(sentence)
    swaps = [HardWord(m[1], words.acronyms[m[1]]) for m in acronyms.finditer(text)]
    swaps += [HardWord(m[1].lower(), words.plain[m[1].lower()]) for m in plain.finditer(text)]
    return swaps

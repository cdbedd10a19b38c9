"""Finding people's names without a language model: titles, cues, and a list of first names.

A statistical recogniser (spaCy, Presidio) would need a model download the size of the rest of
the tool; members' stories are short and informal, and the names in them follow a few patterns:
a title ("Mrs Okafor"), a cue ("my name is Dev", "my carer Julie"), or a common first name,
often with a surname ("Sarah Jones"). First names come from Faker's person lists (a maintained
PyPI package, MIT), across the English-speaking locales that match England's population.
Words that are also ordinary words, months or places ("June", "Grace", "Devon") count as names
only with a surname, a title or a cue, and a "surname" that is an organisation word ("Devon
County Council") is not one; a charity named after a person ("Leonard Cheshire") is not a
person. Accented and Irish or Welsh names are found too: a name is looked up without its accents
("Siobhán" as "Siobhan"), and a particle joins the surname ("Ní Bhriain", "ap Gwilym"). Names
typed in lower case are `lower_names`' part (`redact` passes them in). Once a name is found,
its other mentions in the same text are too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from types import ModuleType

_LOCALES = ("en_GB", "en_US", "en_IE", "en_IN", "en_PK", "en_NG", "en_NZ", "en_KE")
_NAME_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")

# First names that are also everyday words, months, places or brands: names only with support.
AMBIGUOUS = set(
    "April June August May Summer Autumn Grace Faith Hope Joy Rose Dawn Mark Bill Will Guy Chase "
    "Hunter Parker Carter Mason Kent Preston Lewis India Jordan Chelsea Devon Sydney Brooklyn "
    "Savannah Sierra Diamond Destiny Crystal Amber Heather Holly Hazel Ivy Penny Sandy Misty "
    "Raven Angel Christian Jesus Earl Don Ray Gene Grant Pierce Drew Sue Rick Frank Clark Lance "
    "Bailey Che Eden Tanner Logan Ross Iona Lee Dale Glen Miles Max Pat Sam Kirby Harvey Lloyd "
    "Victoria Virginia Georgia Carol Florence Lincoln Jackson Austin Dakota Madison Regan "
    "Cameron Brady Wayne Mercedes Melody Justice Sunny Royal Major Cole Reading Gordon Marshall "
    "Baker Cooper Taylor Morgan Kelly Rowan Ashley Shannon Derby Chester Warren Stanley Bradley "
    "Clayton Dudley Haley Tyrone Levi Luke Dean Sterling Neville Harrow Barnet Wells Ash Leigh "
    "Hilary Sharon Norma Ruth Art Lindsay Carmel Paris Orlando Adelaide Regina".split()
)

# Capitalised words that never start or continue a person's name in our texts.
NOT_NAME_WORDS = set(
    "The A An And Or But If When Where While I We You He She They It My Our Your His Her Their "
    "This That These Those There Here Then Dear Yes No Not Also Many Most Some Every Each All "
    "Council County City Borough District Act Acts Trust Foundation Hospital Centre Center "
    "Group Street Road Avenue Lane Close Drive Way Square Park Hill Court Place Gardens "
    "England Scotland Wales Ireland Britain UK NHS DWP PIP ESA Universal Credit Department "
    "Government Ministry Office Service Services Scheme Fund Commission Committee Network "
    "Forum Association Society Charity University College School Inclusion Disability Rights "
    "London Manchester Birmingham Leeds Liverpool Bristol Sheffield Newcastle Nottingham "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "June July August September October November December Christmas Easter Parliament House "
    "Lords Commons Bill Review Report Strategy Plan Paper Green White Consultation Question "
    "Section Part Chapter Annex Table Figure Appendix Access Work Pensions Health Social Care "
    "Equality Human Rights Mental Capacity Children Families Housing Transport Local Authority "
    "Board Partnership Alliance Team Unit Ward Clinic Surgery Practice Station Airport Mr Mrs "
    "Garden Library Market Bridge "
    "Ms Miss Dr Prof Sir Dame Lord Lady MP MPs Minister Secretary State Chancellor Prime".split()
)

# Charities and firms named after people: their names are not personal data.
NAMED_ORGANISATIONS = (
    "Leonard Cheshire",
    "Sue Ryder",
    "Marie Curie",
    "John Lewis",
    "Florence Nightingale",
    "Guy's and St Thomas",
)

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)"
UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"  # Latin letters with accents: "Siobhán", "Ó Súilleabháin", "Chloë"
LOWER = "a-zß-öø-ÿĀ-ž"
WORD = rf"[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}]?[{LOWER}]+)?"
# Irish, Welsh, Scottish and other surname particles: "Ní Bhriain", "ap Gwilym", "Mac Giolla".
PARTICLES = r"(?:Ní|Nic|Ó|Ua|Mac|Mc|ap|ab|ferch|de|da|di|van|von|bin|bint|al|el|le|la|du)"
SURNAME = rf"(?:\s+(?:{PARTICLES}\s+)?{WORD})"
PERSON_WORDS = (
    r"(?:son|daughter|child|husband|wife|partner|mum|mother|dad|father|sister|brother|friend|"
    r"neighbour|carer|colleague|nurse|doctor|GP|social worker|advocate|PA|personal assistant|"
    r"support worker|grandson|granddaughter|grandmother|grandfather|nan|aunt|uncle|niece|nephew|"
    r"member|client|tenant|manager|boss|assessor|caseworker|case worker|key worker|OT)"
)
SOMEONE = r"(?:lady|man|woman|girl|boy|guy|chap|bloke|person|gentleman)"


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The shipped first names (Faker's lists), loaded once; plain Latin spellings only."""
    found: set[str] = set()
    for module in _person_modules():
        for attr in _NAME_ATTRS:
            found.update(getattr(module.Provider, attr, None) or ())
    plain = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")
    return frozenset(n for n in found if plain.fullmatch(n) and n not in NOT_NAME_WORDS)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Faker's surnames, in lower case: "jones" after "my carer mary" is a surname, not a verb."""
    found: set[str] = set()
    for module in _person_modules():
        found.update(n.lower() for n in getattr(module.Provider, "last_names", None) or ())
    return frozenset(found)


def _person_modules() -> list[ModuleType]:
    import importlib

    return [importlib.import_module(f"faker.providers.person.{loc}") for loc in _LOCALES]


def fold(word: str) -> str:
    """ "Siobhán" -> "Siobhan", "Chloë" -> "Chloe": accents off, to look a name up."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_TITLED = re.compile(rf"\b{TITLES}\.?\s+((?:[A-Z]\.\s*)?(?:{PARTICLES}\s+)?{WORD}{SURNAME}?)")
_CUE = (
    rf"(?:\b[Mm]y name is|\b[Mm]y name's|\bI'?m called|\bI am called|"
    rf"\b(?:[Mm]y|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir|[Aa]) {PERSON_WORDS}(?:['’]s {PERSON_WORDS})?,?"
    rf"(?: (?:called|named))?|\b(?:[Ss]omeone|[Ss]omebody|[Aa] {SOMEONE}) (?:called|named))"
)
_CUED = re.compile(rf"{_CUE}\s+({WORD}{SURNAME}?)")
_CAPITALISED = re.compile(rf"\b{WORD}(?:\s+{WORD}){{0,2}}")


def _trim(words: list[str]) -> list[str]:
    """Drop trailing words that are organisation or ordinary words ("Sarah Jones Council")."""
    kept = []
    for word in words:
        if word in NOT_NAME_WORDS or word.rstrip("’'s") in NOT_NAME_WORDS:
            break
        kept.append(word)
    return kept


def name_spans(text: str, also: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of every person's name found in `text`, with `also` (names found another
    way: `lower_names`, which builds on this module, so the caller passes them in)."""
    spans: list[tuple[int, int]] = []
    for pattern in (_TITLED, _CUED):
        for match in pattern.finditer(text):
            # After a title any capitalised word is a name ("Mr Green"); after a cue, not always.
            words = match.group(1).split()
            words = words if pattern is _TITLED else _trim(words)
            if words:
                start = match.start(1)
                spans.append((start, start + len(" ".join(words))))
    names = first_names()
    for match in _CAPITALISED.finditer(text):
        words = match.group(0).split()
        for i, word in enumerate(words):
            base = re.sub(r"[’']s$", "", word)
            if fold(base) not in names or base in NOT_NAME_WORDS:
                continue
            tail = _trim(words[i + 1 :])[:1]
            if tail and re.fullmatch(PARTICLES, tail[0]) and len(words) > i + 2:
                tail = words[i + 1 : i + 3]  # "Siobhán Ní Bhriain"
            if base in AMBIGUOUS and not tail:
                continue
            offset = match.start() + len(" ".join(words[:i])) + (1 if i else 0)
            length = len(" ".join([base, *tail])) if tail else len(base)
            spans.append((offset, offset + length))
            break
    spans += also
    return _other_mentions(text, [s for s in spans if not _named_for(text, s)])


def _named_for(text: str, span: tuple[int, int]) -> bool:
    """True when the "name" is the start of an organisation named after a person."""
    return text[span[0] :].startswith(NAMED_ORGANISATIONS)


def _other_mentions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add later bare mentions of a found name's words ("Mrs Okafor … Okafor said")."""
    words = {w for s, e in spans for w in text[s:e].split() if len(w) > 2}
    words -= NOT_NAME_WORDS | AMBIGUOUS
    found = list(spans)
    for word in words:
        flags = 0 if word[0].isupper() else re.IGNORECASE  # "tom" was typed; "Tom" follows
        for match in re.finditer(rf"\b{re.escape(word)}\b", text, flags):
            if not any(s <= match.start() < e for s, e in found):
                found.append((match.start(), match.end()))
    return found

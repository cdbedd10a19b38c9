"""Easy Read versions of a response (issue 25): for the members a DPULO speaks for.

Each Easy Read sentence comes from one sentence of the response and keeps the link to it; it
says nothing that sentence does not (the meaning check judges it), and it keeps to GOV.UK and
Mencap guidance: at most 15 words, one idea, plain words, no acronyms, hard words explained.
`reading` finds the response's sentences, `words` holds the bundled word lists (`words.toml`),
`verbs` counts the ideas in a sentence, `rules` makes the deterministic version, `make` runs the
whole pipeline (rules, then the local model where the rules fall short, the meaning check on
every sentence), `word_file` writes the Word file and `model` holds the typed records.
"""

from assistant.easyread.make import Maker, make_easy_read
from assistant.easyread.model import DRAFT_LABEL, MAX_WORDS, EasyRead, EasySentence, Source

__all__ = [
    "DRAFT_LABEL",
    "MAX_WORDS",
    "EasyRead",
    "EasySentence",
    "Maker",
    "Source",
    "make_easy_read",
]

"""Make the Easy Read version of a response: rules first, the local model only where the rules
leave a sentence too long or with two ideas, and the meaning check on every sentence.

Why this order: the rules are deterministic and testable and never add words beyond a short
opener, so they are the default; the bundled model can shorten what the rules cannot, but a
small model invents, so its rewrite is kept only when every sentence it wrote meets the limits
and the meaning check (`assistant.checks.meaning`) finds the source sentence says it. Otherwise the
rules' version stays, marked for a person to shorten. Each Easy Read sentence keeps the number
of the one response sentence it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.core.errors import GenerationError, InputError, ModelError
from assistant.core.text import split_sentences
from assistant.easyread.keeps import Lost, changed_words, explained_acronyms, lost
from assistant.easyread.model import MAX_WORDS, EasyRead, EasySentence, Section, Source
from assistant.easyread.reading import response_sentences
from assistant.easyread.rules import easy_sentences, finish, plain, tidy
from assistant.easyread.splits import names_unbracketed
from assistant.easyread.verbs import count_finite, passive
from assistant.easyread.words import (
    HardWord,
    WordLists,
    acronyms_left,
    hard_words_in,
    load_words,
)

if TYPE_CHECKING:
    from assistant.checks.verify import SentenceJudge
    from assistant.llm.prompts import Prompt
    from assistant.llm.protocol import TextModel

NO_JUDGE = (
    "Not checked for meaning: the meaning check needs the local model, which is not in use. "
    "Compare each sentence with its source in the table at the end."
)
PASSIVE_NOTE = "It may be passive: say who does what, if the source says who."
REWRITE_TOKENS = 90  # three short sentences
Progress = Callable[[int, int], None]  # (sentences done, sentences in all)


@dataclass
class Maker:
    """The Easy Read maker, with an optional meaning judge and an optional rewriting model."""

    judge: SentenceJudge | None = None
    model: TextModel | None = None
    prompt: Prompt | None = None  # prompts/easyread.md, needed with a model
    words: WordLists | None = None

    def make(self, text: str, title: str = "", on_progress: Progress | None = None) -> EasyRead:
        """The Easy Read version of a response's Markdown or plain text."""
        sources = response_sentences(text)
        if not sources:
            raise InputError("the response has no sentences to make an Easy Read version from")
        words = self.words or load_words()
        sections: list[tuple[str, list[EasySentence]]] = []
        losses: list[Lost] = []
        changed: dict[str, HardWord] = {}
        explained = explained_acronyms(words)
        for done, source in enumerate(sources, 1):
            if not sections or sections[-1][0] != source.heading:
                sections.append((source.heading, []))
            made = self.sentences_for(source, words)
            missing = lost(source.text, [m.text for m in made], explained, source.index)
            if missing and made:  # the first of its sentences says what to put back
                notes = tuple(m.message() for m in missing)
                made[0] = replace(made[0], to_check=made[0].to_check + notes)
            losses += missing
            for swap in changed_words(source.text, words):
                changed.setdefault(swap.word, swap)
            sections[-1][1].extend(made)
            if on_progress:
                on_progress(done, len(sources))
        every = " ".join(s.text for _, group in sections for s in group)
        return EasyRead(
            title or "Our response in Easy Read",
            tuple(Section(h, tuple(group)) for h, group in sections if group),
            tuple(hard_words_in(every, words)),
            () if self.judge else (NO_JUDGE,),
            tuple(losses),
            tuple(changed.values()),
        )

    def sentences_for(self, source: Source, words: WordLists) -> list[EasySentence]:
        """The Easy Read sentences of one response sentence, each checked."""
        # The source as the rules read it (acronyms spelled out, the table's plain words): the
        # judge then weighs what splitting and rewriting changed; the swaps are the table's.
        passage = plain(
            names_unbracketed(source.text), words, keep_brackets=_has_aside(source.text)
        )
        made: list[EasySentence] = []
        for text in easy_sentences(source.text, words):
            first = self.check(text, source, passage, "rules", [m.text for m in made])
            if first.within_limits or self.model is None:
                made.append(first)
                continue
            made += self.rewritten(first, passage) or [first]
        return made

    def check(
        self, text: str, source: Source, passage: str, by: str, before: Sequence[str] = ()
    ) -> EasySentence:
        """One sentence measured and judged; `to_check` says in plain words what to look at.
        A sentence that points back ("This is when …", "41 of them …", "But …") is judged with
        the sentences made before it from the same source, as a reader reads it: alone, the
        judge cannot tell what "this" is."""
        count, verbs = len(text.split()), count_finite(text)
        problems = []
        if count > MAX_WORDS:
            problems.append(f"It has {count} words: make it {MAX_WORDS} or fewer.")
        if verbs > 1:
            problems.append("It may say more than one thing: split it.")
        if passive(text):
            problems.append(PASSIVE_NOTE)
        left = sorted(set(acronyms_left(text)))
        if left:
            problems.append(f"Spell out {', '.join(left)}.")
        faithful = meaning = None
        if self.judge is not None and _same(text, passage):  # nothing changed: nothing added
            faithful, meaning = True, 1.0
        elif self.judge is not None:
            statement = " ".join([*before, text]) if before and POINTS_BACK.match(text) else text
            verdict = self.judge.judge(statement, [passage])
            faithful, meaning = verdict.supported, round(verdict.score, 3)
            if not faithful:
                problems.append("The meaning check doubts it says the same as its source.")
        return EasySentence(text, source, count, verbs, by, faithful, meaning, tuple(problems))

    def rewritten(self, first: EasySentence, passage: str) -> list[EasySentence] | None:
        """The model's Easy Read sentences for `first`, or None when any fails a check."""
        if self.model is None or self.prompt is None:
            return None
        try:
            reply = self.model.complete(
                self.prompt.messages(sentence=first.text), max_tokens=REWRITE_TOKENS
            )
        except (GenerationError, ModelError):
            return None
        texts = [finish(tidy(s)) for s in split_sentences(reply.replace("\n", " "))]
        texts = list(dict.fromkeys(t for t in texts if t))  # a small model repeats itself
        if not texts or len(texts) > 3:
            return None
        if any(new_words(t, passage) for t in texts):  # a word the source never used
            return None
        if lost(first.text, texts):  # a figure, name or "not" dropped (the judge misses it)
            return None
        made = [
            self.check(t, first.source, passage, "model", texts[:i]) for i, t in enumerate(texts)
        ]
        # A passive note alone does not refuse a rewrite: the source may not say who.
        ok = all(
            m.within_limits and m.faithful and all(PASSIVE_NOTE in p for p in m.to_check)
            for m in made
        )
        return made if ok else None


# An Easy Read sentence that leans on the one before it (a split's opener or pronoun).
POINTS_BACK = re.compile(
    r"^(?:This|These|That|Those|It|Its|They|Their|So|But|Or|Also|Then|"
    r"[\w,.%£]+ of them|Some of them)\b"
)
# Words a rewrite may use that its source need not: the Easy Read frame and plain pronouns.
FRAME_WORDS = frozenset("people person this that these they them it so but also want need".split())


def new_words(sentence: str, passage: str) -> list[str]:
    """Content words of a model's sentence that its source (in plain words) never uses,
    compared by stem: "crucial" in a rewrite of a sentence that never said it. The meaning
    check is soft on a single added word; this is not."""
    from assistant.checks.verify import stems

    have = stems(passage) | stems(" ".join(FRAME_WORDS))
    return sorted(stems(sentence) - have)


def _has_aside(text: str) -> bool:
    """Whether the rules keep a bracketed aside of this sentence (then the judge sees it)."""
    from assistant.easyread.splits import take_asides

    return bool(take_asides(text)[1])


def _same(text: str, passage: str) -> bool:
    return " ".join(text.lower().split()).rstrip(".") == " ".join(passage.lower().split()).rstrip(
        "."
    )


def make_easy_read(
    text: str,
    judge: SentenceJudge | None = None,
    model: TextModel | None = None,
    prompt: Prompt | None = None,
    title: str = "",
) -> EasyRead:
    """The Easy Read version of `text` (see `Maker`); a model rewrites only with a judge, since
    its sentences must be checked."""
    return Maker(judge, model if judge is not None else None, prompt).make(text, title)

"""Check a response someone wrote themselves (`assistant check`, the Draft tab's own-response
box): each sentence with [n] against source n, each sentence without one against the library
passage that best matches it, whose citation is then suggested.

The same rules as a draft's final check (`verify.py`), with the meaning check when a model can
judge. Sources come as `draft --json`'s evidence: a list of {"n", "title", "text"}.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.checks.claims import citations_in, is_claim
from assistant.checks.verify import NO_JUDGE_NOTICE, SentenceJudge, verify
from assistant.core.errors import InputError
from assistant.core.schema import Evidence, FindingRule
from assistant.core.text import split_sentences, strip_markers

MATCHES = 3  # library passages tried for an uncited sentence


@dataclass(frozen=True)
class CheckedSentence:
    text: str
    citations: tuple[int, ...]
    supported: bool
    score: float | None  # the meaning check's score, else the support score; None: not checked
    problems: tuple[str, ...]
    suggested: str = ""  # for an uncited sentence: the library passage it was judged against

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "citations": list(self.citations),
            "supported": self.supported,
            "score": None if self.score is None else round(self.score, 3),
            "problems": list(self.problems),
            "suggested": self.suggested,
        }


@dataclass(frozen=True)
class CheckReport:
    sentences: tuple[CheckedSentence, ...]
    notices: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": [s.as_dict() for s in self.sentences],
            "notices": list(self.notices),
        }


def parse_sources(text: str, where: str = "the sources file") -> tuple[Evidence, ...]:
    """Evidence from a JSON list of {"n", "title", "text"}; a bad file is one InputError."""
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where} is not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(rows, list):
        raise InputError(f'{where} must be a list of {{"n", "title", "text"}} items')
    out = []
    for i, row in enumerate(rows, 1):
        ok = isinstance(row, dict) and isinstance(row.get("n"), int)
        if not ok or not str(row.get("text") or row.get("quote") or "").strip():
            raise InputError(f'{where}: item {i} needs a whole number "n" and a non-empty "text"')
        body = str(row.get("text") or row.get("quote"))
        title = str(row.get("title") or f"source {row['n']}")
        out.append(Evidence(row["n"], f"source-{row['n']}", "", title, "source", "", "", body))
    return tuple(out)


def _checked(
    sentence: str,
    evidence: Sequence[Evidence],
    embeddings: Embeddings | None,
    judge: SentenceJudge | None,
    suggested: str = "",
) -> CheckedSentence:
    result = verify(sentence, evidence, embeddings, own_voice=True, judge=judge)
    check = result.sentences[0] if result.sentences else None
    score = None if check is None else (check.meaning if judge is not None else check.support)
    problems = tuple(f.problem for f in result.findings if f.rule != FindingRule.UNCITED_CLAIM)
    return CheckedSentence(
        sentence, citations_in(sentence), not problems, score, problems, suggested
    )


def check_response(
    text: str,
    sources: Sequence[Evidence],
    search: Callable[[str], Sequence[Evidence]] | None,
    embeddings: Embeddings | None,
    judge: SentenceJudge | None,
) -> CheckReport:
    """Every sentence of `text` checked. `search(sentence)` returns the best few library
    passages for a sentence with no usable citation (none: the library has nothing)."""
    if not text.strip():
        raise InputError("the response is empty; write or paste the text to check")
    by_n = {e.n: e for e in sources}
    out = []
    for sentence in split_sentences(text):
        cits = citations_in(sentence)
        unknown = [n for n in cits if n not in by_n]
        if cits and sources and unknown:
            have = ", ".join(str(n) for n in sorted(by_n))
            raise InputError(
                f"[{unknown[0]}] is not in the sources (they are numbered {have}): "
                f"in “{sentence[:80]}”"
            )
        if cits and sources:
            out.append(_checked(sentence, sources, embeddings, judge))
            continue
        if not is_claim(sentence, own_voice=True) and not cits:
            out.append(CheckedSentence(sentence, (), True, None, ()))  # our own view
            continue
        found = search(sentence) if search is not None else []
        if not found:
            problem = "No passage in the library says this; cite a source or remove it."
            out.append(CheckedSentence(sentence, cits, False, None, (problem,)))
            continue
        tried = []
        for item in found:  # the best few matches: the one that backs it best is suggested
            where = f"{item.title}" + (f", {item.section}" if item.section else "")
            cited = f"{strip_markers(sentence).strip().rstrip('.')} [{item.n}]."
            tried.append(_checked(cited, [item], embeddings, judge, suggested=where))
        done = max(tried, key=lambda c: (c.supported, c.score or 0.0))
        out.append(
            CheckedSentence(
                sentence, cits, done.supported, done.score, done.problems, done.suggested
            )
        )
    notices = () if judge is not None else (NO_JUDGE_NOTICE,)
    return CheckReport(tuple(out), notices)


def check_with(assistant: Any, text: str, sources: Sequence[Evidence] = ()) -> CheckReport:
    """`check_response` with an `Assistant`'s library, embeddings and its writer's judge (the
    writer is built on first use: with the local generator that loads the model once)."""
    from assistant.checks.citations import build_evidence

    judge = getattr(assistant.writer, "judge", None)

    def search(sentence: str) -> Sequence[Evidence]:
        return build_evidence(assistant.retriever.search(sentence, MATCHES))

    return check_response(text, sources, search, assistant.embeddings, judge)

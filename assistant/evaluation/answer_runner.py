"""Score answers and drafts the way users get them: `Assistant.ask`/`draft`, then its verifier.

Every number comes from the product's own verification of each output, so the eval measures
what a user would see: citations that resolve, claims their cited passages support, figures
and quotations found in the cited passages, refusals when the library does not cover a
question, and length. Suites are JSONL; a line's fields say what it tests:

- `{"id", "question", ...}` (any retrieval suite line): in scope, should be answered;
- `{"id", "question", "expect": "refuse"}`: out of scope, should be refused;
- `{"id", "question", "stance", "words"?, "key_points"?}`: a consultation question to draft.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from assistant.answering.chains import Assistant
from assistant.answering.extractive import words_in
from assistant.answering.profile import OrganisationProfile
from assistant.checks.readability import reading_ease
from assistant.core.errors import InputError
from assistant.core.result_facts import Repairs
from assistant.core.schema import FindingRule, GroundedText
from assistant.core.text import shorten
from assistant.evaluation.answer_measures import first_sentence, mean, similarity, states_stance
from assistant.evaluation.configs import EvalConfig
from assistant.evaluation.metrics import percentile
from assistant.evaluation.stores import StorePool
from assistant.evaluation.suites import read_jsonl
from assistant.llm.protocol import TextModel

Progress = Callable[[str, int, int], None]
GROUPS = ("in scope", "out of scope", "drafts")
# Settings that change answers (beyond retrieval), saved beside the results.
ANSWER_KEYS = ("min_relevance", "min_support", "ask_k", "draft_k", "draft_words")


@dataclass(frozen=True)
class AnswerItem:
    id: str
    suite: str
    question: str
    task: Literal["ask", "draft"]
    expect: Literal["answer", "refuse"]
    stance: str | None = None
    words: int | None = None
    key_points: tuple[str, ...] = ()

    @property
    def group(self) -> str:
        if self.task == "draft":
            return "drafts"
        return "in scope" if self.expect == "answer" else "out of scope"


def load_items(path: Path) -> list[AnswerItem]:
    """The questions of one answer or retrieval suite, each with what it should get."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such answer suite")
    items = []
    for number, row in read_jsonl(path):
        expect = row.get("expect", "answer")
        if "id" not in row or not str(row.get("question", "")).strip():
            raise InputError(f"{path.name} line {number}: needs an id and a question")
        if expect not in ("answer", "refuse"):
            raise InputError(f"{path.name} line {number}: expect must be answer or refuse")
        draft = "stance" in row
        items.append(
            AnswerItem(
                str(row["id"]),
                path.stem,
                str(row["question"]),
                "draft" if draft else "ask",
                "answer" if draft else expect,
                str(row["stance"]) if draft else None,
                int(row["words"]) if row.get("words") else None,
                tuple(str(p) for p in row.get("key_points", ())),
            )
        )
    if not items:
        raise InputError(f"{path.name}: the suite has no questions")
    return items


def subsample(items: Sequence[AnswerItem], limit: int | None) -> list[AnswerItem]:
    """At most `limit` items spread evenly through the suite, in suite order (deterministic)."""
    if limit is None or limit >= len(items):
        return list(items)
    if limit <= 0:
        raise InputError(f"--limit must be at least 1, got {limit}")
    return [items[(i * len(items)) // limit] for i in range(limit)]


@dataclass(frozen=True)
class Outcome:
    """What one output got: its counts, as the verifier judged them."""

    item: AnswerItem
    refused: bool
    words: int
    citations: int
    valid_citations: int
    claims: int
    supported: int
    rules: dict[str, int]
    findings: tuple[tuple[str, str], ...]  # (rule, sentence shortened)
    seconds: float
    rewritten: int = 0  # sentences the writer wrote again because a check failed
    quoted: int = 0  # sentences replaced by the source's own words
    first_similarity: float | None = None  # first sentence against the question (cosine)
    stance_stated: bool | None = None  # drafts only: does it say where we stand
    reading_ease: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.item.id,
            "suite": self.item.suite,
            "group": self.item.group,
            "refused": self.refused,
            "words": self.words,
            "citations": self.citations,
            "valid_citations": self.valid_citations,
            "claims": self.claims,
            "supported_claims": self.supported,
            "findings": [{"rule": r, "sentence": s} for r, s in self.findings],
            "seconds": round(self.seconds, 3),
            "repaired_rewritten": self.rewritten,
            "repaired_quoted": self.quoted,
            "first_sentence_similarity": _round(self.first_similarity),
            "stance_stated": self.stance_stated,
            "reading_ease": self.reading_ease,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def outcome(
    item: AnswerItem, result: GroundedText, seconds: float, embeddings: Any = None
) -> Outcome:
    """Count citations, supported claims, findings and repairs in one verified output, and
    measure how it reads (first sentence against the question with `embeddings`, if given)."""
    repairs = result.repairs or Repairs()
    answered = not result.refused
    first = first_sentence(result.text) if answered else ""
    numbers = {e.n for e in result.evidence}
    sentences = result.verification.sentences
    cited = [n for s in sentences for n in s.citations]
    claims = [s for s in sentences if s.is_claim]
    return Outcome(
        item,
        result.refused,
        0 if result.refused else words_in(result.text),
        len(cited),
        sum(1 for n in cited if n in numbers),
        len(claims),
        sum(1 for s in claims if s.supported),
        dict(sorted(Counter(f.rule for f in result.findings).items())),
        tuple((f.rule, shorten(f.sentence, 160)) for f in result.findings),
        seconds,
        repairs.rewritten,
        repairs.quoted,
        similarity(item.question, first, embeddings) if answered else None,
        states_stance(result.text) if answered and item.task == "draft" else None,
        reading_ease(result.written) if answered else None,
    )


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def summarise(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Totals over some outputs; shares are None when there is nothing to divide by."""
    answered = [o for o in outcomes if not o.refused]
    rules: Counter[str] = Counter()
    for o in outcomes:
        rules.update(o.rules)
    return {
        "n": len(outcomes),
        "answered": _share(len(answered), len(outcomes)),
        "citations": sum(o.citations for o in answered),
        "citation_validity": _share(
            sum(o.valid_citations for o in answered), sum(o.citations for o in answered)
        ),
        "supported_share": _share(
            sum(o.supported for o in answered), sum(o.claims for o in answered)
        ),
        "invented_figures": rules[FindingRule.FIGURE_NOT_IN_SOURCE],
        "non_verbatim_quotes": rules[FindingRule.QUOTE_NOT_VERBATIM],
        "findings": dict(sorted(rules.items())),
        "repaired_rewritten": sum(o.rewritten for o in answered),
        "repaired_quoted": sum(o.quoted for o in answered),
        "first_sentence_similarity": mean(
            [o.first_similarity for o in answered if o.first_similarity is not None]
        ),
        "stance_stated": _share(
            sum(bool(o.stance_stated) for o in answered),
            sum(o.stance_stated is not None for o in answered),
        ),
        "reading_ease": mean([o.reading_ease for o in answered if o.reading_ease is not None]),
        "mean_words": (sum(o.words for o in answered) / len(answered)) if answered else None,
        "seconds_p50": percentile([o.seconds for o in outcomes], 50),
        "seconds_p95": percentile([o.seconds for o in outcomes], 95),
    }


@dataclass
class GeneratorResult:
    generator: str
    outcomes: list[Outcome] = field(default_factory=list)

    def groups(self) -> dict[str, dict[str, Any]]:
        return {
            name: summarise([o for o in self.outcomes if o.item.group == name])
            for name in GROUPS
            if any(o.item.group == name for o in self.outcomes)
        }

    def headline(self) -> dict[str, Any]:
        """The numbers a reader (and the CI gate) looks at first."""
        groups, overall = self.groups(), summarise(self.outcomes)
        refused_oos = groups.get("out of scope", {}).get("answered")
        return {
            "citation_validity": overall["citation_validity"],
            "supported_share": overall["supported_share"],
            "answer_rate_in_scope": groups.get("in scope", {}).get("answered"),
            "refusal_rate_out_of_scope": None if refused_oos is None else 1.0 - refused_oos,
            "invented_figures": overall["invented_figures"],
            "non_verbatim_quotes": overall["non_verbatim_quotes"],
            "repaired_rewritten": overall["repaired_rewritten"],
            "repaired_quoted": overall["repaired_quoted"],
            "first_sentence_similarity": overall["first_sentence_similarity"],
            "stance_stated": overall["stance_stated"],
            "reading_ease": overall["reading_ease"],
            "mean_words": overall["mean_words"],
            "seconds_p50": overall["seconds_p50"],
            "seconds_p95": overall["seconds_p95"],
        }


def run_answers(
    items: Sequence[AnswerItem],
    generators: Sequence[str],
    pool: StorePool,
    config: EvalConfig,
    profile: OrganisationProfile | None = None,
    progress: Progress | None = None,
    models: dict[str, TextModel] | None = None,
) -> tuple[list[GeneratorResult], dict[str, Any]]:
    """Every item through every generator; returns the results and the settings used.

    `models`: a ready text model per generator (tests pass a fake); others load as usual.
    """
    models = models or {}
    store = pool.store(None, config)
    results = []
    for name in generators:
        settings = store.settings.model_copy(update={"generator": name})
        assistant = Assistant(settings, store=store, generator=name, model=models.get(name))
        result = GeneratorResult(name)
        for index, item in enumerate(items, start=1):
            if progress:
                progress(f"answers · {name}", index, len(items))
            start = time.perf_counter()
            if item.task == "draft":
                output = assistant.draft(
                    item.question,
                    profile=profile,
                    stance=item.stance,
                    key_points=list(item.key_points) or None,
                    words=item.words,
                )
            else:
                output = assistant.ask(item.question)
            seconds = time.perf_counter() - start
            result.outcomes.append(outcome(item, output, seconds, store.embeddings))
        results.append(result)
    used = {
        "config": config.as_dict(),
        **{key: getattr(store.settings, key) for key in ANSWER_KEYS},
        "profile": profile.name if profile else "",
    }
    return results, used

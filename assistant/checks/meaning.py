"""Does the cited passage say what the sentence says? The meaning check behind "the cited source
may not say this".

The old support score (word overlap and MiniLM cosine, `verify.py`) passes a sentence that
reuses a passage's words to say something else: the question's words grafted onto it, a reason
nobody gave, the duty put on the wrong party. Here the bundled model is asked exactly the
question a reader would ask ("does the passage state or clearly imply everything in the
statement, including who does what?") and its P(yes) is read from log-probabilities; that
number is soft on its own, so it is combined with plain-text signs (`meaning_features`) in a
small logistic scorer whose weights were fitted on development data in `evals/faithfulness/`
(`assistant eval faithfulness --fit`) and whose threshold lives in `Settings`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.checks.meaning_features import Signs, signs
from assistant.core.text import strip_markers
from assistant.llm.prompts import Prompt
from assistant.llm.protocol import JudgeModel

# Fitted by `assistant eval faithfulness --fit` on the development data: the dev half of
# evals/faithfulness/items.jsonl (232 items) and the writer's own sentences in real.jsonl (85,
# counted twice), the bundled model with judge.md: intercept, then the model's P(yes), then one
# weight per feature in FEATURES. P(yes) carries most of the weight; a new name or figure, a
# "because", an "every", a hedge the sentence drops, a duty word the passage lacks and a verb
# moved to another party pull the score down.
WEIGHTS: tuple[float, ...] = (
    -6.145,
    7.148,
    2.174,
    0.111,
    -1.335,
    0.272,
    -0.454,
    -0.532,
    -0.902,
    -1.169,
    -0.952,
    -1.885,
)
MAX_PASSAGE_WORDS = 260  # a passage is 80-200 words; two cited passages are cut to this


@dataclass(frozen=True)
class Judgement:
    """The meaning check's verdict on one sentence against the passages it cites."""

    score: float  # 0-1: how likely the passages state or clearly imply the sentence
    supported: bool  # score at or above the threshold
    model_yes: float  # the model's P(yes) alone
    doubts: tuple[str, ...] = ()  # what the text alone shows is not in the passages
    seconds: float = 0.0

    def problem(self) -> str:
        """The plain message for a finding (see verify.py's `not-in-source` rule)."""
        said = f": it adds {self.doubts[0]}" if self.doubts else ""
        return (
            f"The cited source may not say this{said} (meaning check {self.score:.2f}); "
            "check the passage or remove the sentence."
        )


def combine(model_yes: float, found: Signs, weights: Sequence[float] = WEIGHTS) -> float:
    """The logistic scorer: P(faithful) from the model's P(yes) and the text's signs."""
    x = [model_yes, *found.vector()]
    z = weights[0] + sum(w * v for w, v in zip(weights[1:], x, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


@dataclass
class MeaningJudge:
    """Judges sentences against passages with one `JudgeModel` (the writer's own model)."""

    model: JudgeModel
    prompt: Prompt
    threshold: float
    weights: tuple[float, ...] = WEIGHTS
    _cache: dict[tuple[str, str], float] = field(default_factory=dict, repr=False)
    seconds_asking: float = 0.0  # time spent asking the model, for benchmarks to show apart

    @property
    def label(self) -> str:
        return self.model.label

    def remembered(self) -> list[tuple[str, str, float]]:
        """Every (statement, passage, P(yes)) asked so far, to save (`--cache` of the eval)."""
        return [(s, p, v) for (s, p), v in self._cache.items()]

    def remember(self, rows: Sequence[Sequence[object]]) -> None:
        """Answers saved by `remembered`, so the model is not asked them again."""
        self._cache.update({(str(s), str(p)): float(str(v)) for s, p, v in rows})

    def model_yes(self, sentence: str, passages: Sequence[str]) -> float:
        """The model's P(yes), remembered per (sentence, passages) for one judge's life."""
        statement = strip_markers(sentence).strip()
        passage = _clip("\n\n".join(passages))
        key = (statement, passage)
        if key not in self._cache:
            messages = self.prompt.messages(passage=passage, statement=statement)
            started = time.monotonic()
            self._cache[key] = self.model.yes_probability(messages)
            self.seconds_asking += time.monotonic() - started
        return self._cache[key]

    def judge(self, sentence: str, passages: Sequence[str]) -> Judgement:
        """The verdict on one sentence (its [n] markers ignored) against its cited passages."""
        started = time.monotonic()
        found = signs(sentence, passages)
        yes = self.model_yes(sentence, passages)
        score = combine(yes, found, self.weights)
        return Judgement(
            score=score,
            supported=score >= self.threshold,
            model_yes=yes,
            doubts=tuple(found.doubts()),
            seconds=time.monotonic() - started,
        )


def judge_for(model: object, threshold: float) -> MeaningJudge | None:
    """A judge over `model` when it can give log-probabilities, else None (the check then runs
    without the meaning rule, and says so)."""
    if model is None or not callable(getattr(model, "yes_probability", None)):
        return None
    from assistant.llm.prompts import load_prompt

    return MeaningJudge(model, load_prompt("judge"), threshold)  # type: ignore[arg-type]


def _clip(text: str) -> str:
    words = text.split(" ")
    return text if len(words) <= MAX_PASSAGE_WORDS else " ".join(words[:MAX_PASSAGE_WORDS]) + " …"

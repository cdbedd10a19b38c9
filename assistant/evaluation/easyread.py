"""`assistant eval easyread`: how well the Easy Read versions of the bundled drafts
(evals/easyread/drafts/) keep to the guidance, and the floor CI checks on the rules' path.

The figures are the issue's: the share of Easy Read sentences of at most 15 words (target 0.95),
with one finite verb (0.9), linked to a response sentence and judged faithful to it by the
meaning check (0.95), and the Flesch reading ease of the Easy Read text (80). Drafts are split
into a development and a test half by a stable hash of the file name: tune on dev, report test.
The meaning check's answers for the rules' sentences are saved in evals/easyread/judged.json
(`--save-judged`), so the CI floor runs in seconds without the model; a changed judge prompt
or a changed rule leaves sentences without a saved answer, and the floor then says how to
refresh them rather than guess.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.checks.readability import flesch_reading_ease
from assistant.core.errors import AssistantError, InputError
from assistant.easyread.make import Maker
from assistant.easyread.model import MAX_WORDS, EasyRead

if TYPE_CHECKING:
    from assistant.checks.meaning import MeaningJudge
    from assistant.evaluation.gate import Check
    from assistant.llm.prompts import Prompt

HALVES = ("dev", "test")
HELD = "held"
REFRESH = (
    "assistant eval easyread --half all --generator local --no-rewrite --save-judged"
    " (and again with --half held)"
)


@dataclass(frozen=True)
class Draft:
    name: str
    half: str
    text: str


@dataclass(frozen=True)
class Figures:
    """The suite's figures; shares are of Easy Read sentences, `faithful` None without a judge."""

    drafts: int
    sources: int
    sentences: int
    short: float
    one_verb: float
    faithful: float | None
    reading_ease: float | None
    kept: float  # response sentences whose numbers, names and negations are all kept
    by_model: int
    marked: int
    seconds: float

    def as_dict(self) -> dict[str, float | int | None]:
        return dict(self.__dict__)


def half_of(name: str) -> str:
    """A stable half for a draft: the first byte of the SHA-256 of its file name, even or odd."""
    return HALVES[hashlib.sha256(name.encode("utf-8")).digest()[0] % 2]


def load_drafts(folder: Path, half: str = "all") -> list[Draft]:
    """The drafts of one half; "held" reads the held set (`held/` beside `folder`), added after
    the test half had been seen and never used for tuning; "all" is dev and test only."""
    if half == HELD:
        folder = folder.parent / HELD
        if not folder.is_dir():
            raise InputError(f"{folder}: no held Easy Read set here")
        return [
            Draft(p.name, HELD, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.md"))
        ]
    if not folder.is_dir():
        raise InputError(f"{folder}: no Easy Read suite here")
    drafts = [
        Draft(p.name, half_of(p.name), p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.md"))
    ]
    return [d for d in drafts if half in ("all", d.half)]


def run(drafts: Sequence[Draft], maker: Maker) -> tuple[Figures, list[EasyRead]]:
    """Every draft made Easy Read by `maker`, and the figures over all their sentences."""
    import time

    started = time.monotonic()
    made = [maker.make(d.text) for d in drafts]
    return figures(made, time.monotonic() - started), made


def figures(made: Sequence[EasyRead], seconds: float = 0.0) -> Figures:
    sentences = [s for easy in made for s in easy.sentences]
    count = len(sentences) or 1
    sources = sum(len(easy.sources) for easy in made) or 1
    judged = [s for s in sentences if s.faithful is not None]
    linked_faithful = sum(bool(s.faithful) and s.source.index > 0 for s in sentences)
    text = "\n".join(s.text for s in sentences)
    return Figures(
        drafts=len(made),
        sources=sum(len(easy.sources) for easy in made),
        sentences=len(sentences),
        short=round(sum(s.words <= MAX_WORDS for s in sentences) / count, 3),
        one_verb=round(sum(s.verbs == 1 for s in sentences) / count, 3),
        faithful=round(linked_faithful / count, 3) if judged else None,
        reading_ease=flesch_reading_ease(text),
        kept=round(
            1 - len({(i, x.source) for i, e in enumerate(made) for x in e.lost}) / sources, 3
        ),
        by_model=sum(s.by == "model" for s in sentences),
        marked=sum(bool(s.to_check) for s in sentences),
        seconds=round(seconds, 1),
    )


class NotSaved(AssistantError):
    """The saved meaning-check answers lack a sentence: the rules or the judge prompt changed."""


class SavedAnswers:
    """A `JudgeModel` that only repeats saved answers (the gate runs without the model)."""

    label = "saved answers"

    def yes_probability(self, messages: object) -> float:
        raise NotSaved("a sentence has no saved meaning-check answer")


def prompt_hash(prompt: Prompt) -> str:
    return hashlib.sha256(f"{prompt.system}\n\n{prompt.user}".encode()).hexdigest()[:16]


def load_saved(path: Path, prompt: Prompt) -> list[list[object]]:
    """Saved (statement, passage, P(yes)) rows, or none when made with another judge prompt."""
    if not path.is_file():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data.get("answers", [])) if data.get("prompt") == prompt_hash(prompt) else []


def save_answers(path: Path, judge: MeaningJudge, prompt: Prompt) -> int:
    """Keep every answer the judge was given (added to those saved with the same prompt)."""
    rows = {(str(s), str(p)): float(str(v)) for s, p, v in load_saved(path, prompt)}
    rows.update({(s, p): round(v, 6) for s, p, v in judge.remembered()})
    answers = [[s, p, v] for (s, p), v in sorted(rows.items())]
    data = {"prompt": prompt_hash(prompt), "model": judge.label, "answers": answers}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(answers)


def saved_judge(path: Path, threshold: float) -> MeaningJudge:
    from assistant.checks.meaning import MeaningJudge
    from assistant.llm.prompts import load_prompt

    prompt = load_prompt("judge")
    judge = MeaningJudge(SavedAnswers(), prompt, threshold)
    judge.remember(load_saved(path, prompt))
    return judge


def gate_checks(floors_path: Path, evals_dir: Path, threshold: float) -> list[Check]:
    """The `[easyread]` floors: the rules' path on the dev and test drafts, and
    `[easyread.held]` on the held set, judged from saved answers (seconds, no model); none when
    the table is absent."""
    table = tomllib.loads(floors_path.read_text(encoding="utf-8")).get("easyread")
    if not table:
        return []
    suite = evals_dir / "easyread"
    judge = saved_judge(suite / "judged.json", threshold)
    checks = _set_checks(
        "Easy Read (rules, dev and test)", load_drafts(suite / "drafts"), judge, table
    )
    held = table.get(HELD)
    if isinstance(held, dict):
        drafts = load_drafts(suite / "drafts", HELD)
        checks += _set_checks("Easy Read (rules, held set)", drafts, judge, held)
    return checks


def _set_checks(
    name: str, drafts: Sequence[Draft], judge: MeaningJudge, table: dict[str, object]
) -> list[Check]:
    from assistant.evaluation.gate import Check

    try:
        found, _ = run(drafts, Maker(judge))
    except NotSaved:
        return [
            Check(
                f"{name}: answers not saved; run `{REFRESH}`", None, float(str(table["faithful"]))
            )
        ]
    values = {
        "short": found.short,
        "one_verb": found.one_verb,
        "faithful": found.faithful,
        "reading_ease": found.reading_ease,
        "kept": found.kept,
    }
    return [
        Check(f"{name} {key.replace('_', ' ')}", values[key], float(str(table[key])))
        for key in values
        if key in table  # "kept" came in round three
    ]

"""The model's saved answers for the faithfulness batches, so a floor on the writer's own
sentences (`real2.jsonl`) runs in seconds in `assistant eval check`.

The meaning check is the model's P(yes) combined with plain-text signs (`assistant.checks.meaning`).
Asking the model takes 2-6 s a sentence on 2 cores, too slow to repeat for 93 sentences on every
check; the signs, weights and threshold take milliseconds. `evals/faithfulness/judged.json`
keeps each item's P(yes) with the hash of the judge prompt it was asked with: the floor then
guards the scorer (signs, weights, threshold) against regressions, and fails, saying how to
refresh the answers, when the prompt has changed since they were saved.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.checks.meaning_features import signs
from assistant.checks.verify import verify
from assistant.core.schema import Evidence, FindingRule
from assistant.evaluation.faithfulness import Item, Scored, load_items, rates
from assistant.llm.prompts import Prompt

if TYPE_CHECKING:
    from assistant.evaluation.gate import Check

REFRESH = "assistant eval faithfulness --real {batch} --save-judged"


def prompt_hash(prompt: Prompt) -> str:
    """The judge prompt's fingerprint: saved answers are valid only for the prompt they had."""
    text = f"{prompt.system}\n\n{prompt.user}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load_judged(path: Path, prompt: Prompt) -> dict[str, float] | None:
    """P(yes) by item id, or None when the file is missing or was made with another prompt."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("prompt") != prompt_hash(prompt):
        return None
    return {str(k): float(v) for k, v in data.get("yes", {}).items()}


def save_judged(path: Path, scored: Sequence[Scored], prompt: Prompt, model: str) -> int:
    """Add these items' P(yes) to the file (kept when the prompt is the same); how many saved."""
    known = load_judged(path, prompt) or {}
    known.update({s.item.id: s.model_yes for s in scored if s.model_yes is not None})
    data = {"prompt": prompt_hash(prompt), "model": model, "yes": dict(sorted(known.items()))}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(known)


def score_judged(
    items: Sequence[Item], yes: Mapping[str, float], min_support: float
) -> list[Scored]:
    """Every item scored with its saved P(yes) (no model, no embeddings: the old support score
    is then word overlap only, which the meaning check does not use)."""
    out = []
    for item in items:
        evidence = Evidence(1, item.chunk_id, "", "", "", "", "1", item.passage)
        check = verify(item.sentence, [evidence], None, min_support=min_support)
        sentence = check.sentences[0] if check.sentences else None
        support = sentence.support if sentence else 0.0
        rules = any(f.rule != FindingRule.LOW_SUPPORT for f in check.findings)
        found = tuple(signs(item.sentence, [item.passage]).vector())
        out.append(Scored(item, support, support < min_support, rules, yes.get(item.id), found, 0))
    return out


def real_gate_checks(
    floors_path: Path, evals_dir: Path, min_meaning: float, min_support: float
) -> list[Check]:
    """The `[faithfulness_real]` floors: the meaning check on a batch of the writer's own
    sentences (all of it), from saved answers; none when the table is absent."""
    from assistant.checks.meaning import WEIGHTS
    from assistant.evaluation.gate import Check
    from assistant.llm.prompts import load_prompt

    table = tomllib.loads(floors_path.read_text(encoding="utf-8")).get("faithfulness_real")
    if not table:
        return []
    batch = str(table["batch"])
    items = load_items(evals_dir / "faithfulness" / f"{batch}.jsonl")
    yes = load_judged(evals_dir / "faithfulness" / "judged.json", load_prompt("judge")) or {}
    missing = [i for i in items if i.id not in yes]
    name = f"faithfulness on {batch} (the writer's own sentences, saved judgements)"
    if missing:  # the prompt changed, or new items: say how to refresh rather than guess
        refresh = REFRESH.format(batch=batch)
        stale = f"{name}: {len(missing)} without a saved judgement; run `{refresh}`"
        return [Check(stale, None, float(table["caught"]))]
    scored = score_judged(items, yes, min_support)
    caught, false = rates(scored, lambda s: s.new_flag(WEIGHTS, min_meaning))
    return [
        Check(f"{name}: unfaithful caught", caught, float(table["caught"])),
        Check(f"{name}: faithful passed", 1 - false, float(table["faithful_passed"])),
    ]

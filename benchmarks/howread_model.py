"""Does the bundled model earn its time in the "How it will be read" check?

    ASSISTANT_LOCAL_MODEL_THREADS=1 .venv/bin/python benchmarks/howread_model.py \
        [--suite evals/howread/fresh.jsonl] [--limit N]

For each labelled answer, asks the bundled model (prompts/signs.md) which of the four signs it
has, and times each call. Prints agreement per sign, per half, for the rules alone, the model
alone, and the rules helped by the model (a sign counts when either finds it: the rules rarely
raise a false alarm, so the model could only add what they miss). The product uses the rules
alone: see docs/how-it-will-be-read.md for the figures and the decision.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from assistant.evaluation.howread import Labelled, load_labelled
from assistant.how_read import Sign, how_read
from assistant.llm.generation import get_text_model
from assistant.llm.prompts import load_prompt

ROOT = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^\W*(figures|examples|experience|solutions)\W*[:\-]?\s*(yes|no)\b", re.I | re.M)


def model_signs(reply: str) -> frozenset[Sign]:
    """The signs answered yes: by name ("figures: yes"), else the first four yes / no in order."""
    named = {Sign(m.group(1).lower()): m.group(2).lower() for m in LINE.finditer(reply)}
    if not named:
        answers = re.findall(r"\b(yes|no)\b", reply, re.I)[:4]
        named = {sign: said.lower() for sign, said in zip(Sign, answers, strict=False)}
    return frozenset(sign for sign, said in named.items() if said == "yes")


def agreement(items: list[Labelled], found: dict[str, frozenset[Sign]], sign: Sign) -> float:
    same = sum((sign in found[i.id]) == (sign in i.signs) for i in items)
    return same / len(items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=ROOT / "evals" / "howread" / "fresh.jsonl")
    parser.add_argument("--limit", type=int, default=0, help="at most this many answers (0: all)")
    args = parser.parse_args()
    items = load_labelled(args.suite)[: args.limit or None]
    model = get_text_model("local")
    prompt = load_prompt("signs")
    rules: dict[str, frozenset[Sign]] = {}
    by_model: dict[str, frozenset[Sign]] = {}
    seconds = []
    for item in items:
        rules[item.id] = frozenset(how_read(item.question, item.answer).has)
        start = time.perf_counter()
        reply = model.complete(
            prompt.messages(question=item.question, answer=item.answer), max_tokens=24
        )
        seconds.append(time.perf_counter() - start)
        by_model[item.id] = model_signs(reply)
        print(f"{item.id}: {seconds[-1]:.1f} s, model {sorted(s.value for s in by_model[item.id])}")
    helped = {k: rules[k] | by_model[k] for k in rules}
    print(
        f"\n{len(items)} answers from {args.suite.name}; model seconds per answer: "
        f"median {statistics.median(seconds):.1f}, max {max(seconds):.1f}"
    )
    for half in ("dev", "held"):
        chosen = [i for i in items if i.half == half]
        if not chosen:
            continue
        print(f"{half} ({len(chosen)}):  sign        rules  model  rules+model")
        for sign in Sign:
            row = [agreement(chosen, found, sign) for found in (rules, by_model, helped)]
            print(f"  {sign.value:<12}" + "".join(f"{v:>7.3f}" for v in row))


if __name__ == "__main__":
    main()

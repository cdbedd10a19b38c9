"""Seconds to make the Easy Read version of a 300-word answer, on this machine.

    .venv/bin/python benchmarks/easyread_benchmark.py [--model] [--limit 2] [--repeat 5]

Runs over the bundled drafts (evals/easyread/drafts/), timing each and scaling to 300 words of
answer text (the words of the sentences read, sources and checks left out). Three paths: the
rules alone (no model: deterministic); with `--model`, the rules judged by the bundled model
(the meaning check on every sentence), and the rules plus the model's rewrites of what the rules
leave too long, each judged. Use ASSISTANT_LOCAL_MODEL_THREADS and a quiet machine; figures
depend on how busy it is.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from assistant.checks.meaning import MeaningJudge
from assistant.easyread.choose import maker_from_settings
from assistant.easyread.make import Maker
from assistant.easyread.reading import response_sentences
from assistant.evaluation.easyread import load_drafts
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "evals" / "easyread" / "drafts"


def per_300_words(maker: Maker, texts: list[str], repeat: int) -> tuple[float, float]:
    """Median and worst seconds per 300 words of answer over the drafts."""
    rates = []
    for text in texts:
        words = sum(len(s.text.split()) for s in response_sentences(text))
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            maker.make(text)
            best = min(best, time.perf_counter() - started)
        rates.append(best * 300 / words)
    return statistics.median(rates), max(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="store_true", help="Also time the model's paths.")
    parser.add_argument("--limit", type=int, default=2, help="Drafts for the model's paths.")
    parser.add_argument("--repeat", type=int, default=5, help="Runs of the rules per draft.")
    args = parser.parse_args()
    texts = [d.text for d in load_drafts(DRAFTS)]
    median, worst = per_300_words(Maker(), texts, args.repeat)
    print(f"rules only ({len(texts)} drafts): {median:.3f} s per 300 words (worst {worst:.3f})")
    if not args.model:
        return
    settings = Settings()
    started = time.perf_counter()
    full = maker_from_settings(settings, "local")
    print(f"model load: {time.perf_counter() - started:.1f} s")
    sample = texts[: args.limit]
    judged, worst = per_300_words(Maker(full.judge), sample, 1)
    print(f"rules + meaning check ({len(sample)} drafts): {judged:.1f} s per 300 words")
    assert full.judge is not None
    fresh = MeaningJudge(full.judge.model, full.judge.prompt, full.judge.threshold)  # no cache
    rewritten, worst = per_300_words(Maker(fresh, full.model, full.prompt), sample, 1)
    print(
        f"rules + model rewrites + meaning check ({len(sample)} drafts): {rewritten:.1f} s per "
        f"300 words (worst {worst:.1f})"
    )


if __name__ == "__main__":
    main()

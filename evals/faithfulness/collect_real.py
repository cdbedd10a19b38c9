"""Record the local writer's first-try sentences for `real.jsonl` (see README.md).

The writer's per-sentence check is replaced by a recorder that accepts everything, so each
sentence the model wrote is kept with the part's evidence sentences (what the model saw) and
the whole cited passage (what the check reads), before any rewrite or drop.

    ASSISTANT_MODELS_DIR=... python evals/faithfulness/collect_real.py OUT.jsonl QUESTIONS.jsonl \
        [DATA_DIR] [--ingest]

QUESTIONS.jsonl: one {"question": ..., "mode": "draft" | "ask"} a line.
"""

import json
import sys
import time
from pathlib import Path

from assistant.answering.chains import Assistant
from assistant.answering.profile import load_profile
from assistant.answering.writing import model_writer as mw
from assistant.library.ingest import ingest
from assistant.library.store import Store
from assistant.settings import Settings

out = Path(sys.argv[1])
questions = [json.loads(x) for x in Path(sys.argv[2]).read_text().splitlines() if x.strip()]
data = Path(next((a for a in sys.argv[3:] if not a.startswith("--")), "data"))
settings = Settings(data_dir=data, generator="local", local_model_threads=1)
store = Store(settings)
if "--ingest" in sys.argv:
    ingest([settings.corpus_dir], settings, store)
assistant = Assistant(settings, store=store)
org = load_profile(Path("examples/org.toml"))
current: dict = {}
write_part = mw.ModelWriter._write


def write(self, part, *args, **kw):  # type: ignore[no-untyped-def]
    current["part"] = part
    return write_part(self, part, *args, **kw)


def record(self, cited, item):  # type: ignore[no-untyped-def]
    part = current["part"]
    row = {
        "question": current["q"],
        "mode": current["mode"],
        "sentence": cited,
        "evidence": mw._evidence_of(part),
        "passage": item.quote,
        "chunk_id": item.id,
        "doc_id": item.doc_id,
        "title": item.title,
        "role": part.role,
    }
    with out.open("a") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return None  # accepted: nothing is rewritten or dropped


mw.ModelWriter._write = write  # type: ignore[method-assign]
mw.ModelWriter._problem = record  # type: ignore[method-assign]
assistant.writer.judge = None  # type: ignore[attr-defined]
for q in questions:
    current["q"], current["mode"] = q["question"], q.get("mode", "draft")
    started = time.time()
    if current["mode"] == "ask":
        result = assistant.ask(q["question"])
    else:
        result = assistant.draft(q["question"], profile=org, words=300)
    print(f"=== {q['question']} ({time.time() - started:.0f}s)\n{result.text}\n", flush=True)

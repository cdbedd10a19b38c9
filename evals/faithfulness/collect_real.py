"""Real model sentences, first try, before any check: the writer's per-sentence check is replaced
by a recorder that accepts everything, so each sentence the model wrote is kept with the part's
evidence sentences (what the model saw) and the whole cited passage (what the check reads)."""

import json
import sys
import time
from pathlib import Path

from assistant.chains import Assistant
from assistant.ingest import ingest
from assistant.profile import load_profile
from assistant.settings import Settings
from assistant.store import Store
from assistant.writing import model_writer as mw

out = Path(sys.argv[1])
QS = [json.loads(l) for l in Path(sys.argv[2]).read_text().splitlines() if l.strip()]
s = Settings(
    data_dir=Path("/work/wt/meaning2/data"),
    generator="local",
    local_model_threads=1,
    models_dir=Path("/work/main/models"),
)
store = Store(s)
if "--ingest" in sys.argv:
    ingest([s.corpus_dir], s, store)
a = Assistant(s, store=store)
org = load_profile(Path("examples/org.toml"))
current = {}
orig_write = mw.ModelWriter._write


def write(self, part, *args, **kw):
    current["part"] = part
    return orig_write(self, part, *args, **kw)


def problem(self, cited, item):
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
        "role": getattr(part, "role", ""),
    }
    with out.open("a") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return None


mw.ModelWriter._write = write
mw.ModelWriter._problem = problem
w = a.writer
w.judge = None
for q in QS:
    current["q"], current["mode"] = q["question"], q.get("mode", "draft")
    t = time.time()
    if current["mode"] == "ask":
        r = a.ask(q["question"])
    else:
        r = a.draft(q["question"], profile=org, words=300)
    print(f"=== {q['question']} ({time.time() - t:.0f}s)\n{r.text}\n", flush=True)

"""Check evals/arguments/relevance_blind.jsonl against passages.json and questions.json.

Every span must be 8-20 words, occur in exactly one passage (the one named by pid/doc_id)
and lie in that passage's first sentence; every question id must appear exactly once;
essential must be 1-3 passages, all also in relevant. Standard library only.
Run from the repository root:  python3 evals/arguments/check_spans.py
"""
import json, re, sys

P = json.load(open('passages.json'))
Q = json.load(open('questions.json'))
rows = [json.loads(l) for l in open('evals/arguments/relevance_blind.jsonl') if l.strip()]
by_pid = {p['pid']: p for p in P}
errs = []

def first_sentence(t):
    m = re.search(r'(?<=[.!?])\s+(?=[A-Z"“‘\'(-])', t)
    return t[:m.start()] if m else t

ids = [r['id'] for r in rows]
for q in Q:
    if ids.count(q['id']) != 1:
        errs.append(f"{q['id']}: appears {ids.count(q['id'])} times")
for i in set(ids) - {q['id'] for q in Q}:
    errs.append(f'{i}: not in questions.json')

for r in rows:
    for key in ('relevant', 'essential', 'doubtful'):
        seen = set()
        for e in r.get(key, []):
            pid, span = e['pid'], e['span']
            if pid in seen:
                errs.append(f"{r['id']} {key}: {pid} listed twice")
            seen.add(pid)
            hits = [p['pid'] for p in P if span in p['text']]
            if hits != [pid]:
                errs.append(f"{r['id']} {key} {pid}: span found in {hits}")
            p = by_pid.get(pid)
            if p is None:
                errs.append(f"{r['id']}: unknown pid {pid}"); continue
            if e['doc_id'] != p['doc_id']:
                errs.append(f"{r['id']} {pid}: doc_id {e['doc_id']} != {p['doc_id']}")
            if span not in first_sentence(p['text']):
                errs.append(f"{r['id']} {pid}: span not in first sentence")
            if not 8 <= len(span.split()) <= 20:
                errs.append(f"{r['id']} {pid}: span has {len(span.split())} words")
    rel = {e['pid'] for e in r['relevant']}
    ess = {e['pid'] for e in r['essential']}
    if not 1 <= len(ess) <= 3:
        errs.append(f"{r['id']}: {len(ess)} essential")
    if not ess <= rel:
        errs.append(f"{r['id']}: essential not in relevant: {sorted(ess - rel)}")

if errs:
    print('\n'.join(errs)); sys.exit(1)
n = [len(r['relevant']) for r in rows]
e = [len(r['essential']) for r in rows]
d = [len(r['doubtful']) for r in rows]
print(f'OK: {len(rows)} questions; relevant mean {sum(n)/len(n):.1f} min {min(n)} max {max(n)} total {sum(n)}; '
      f'essential total {sum(e)} (mean {sum(e)/len(e):.1f}); doubtful total {sum(d)}')

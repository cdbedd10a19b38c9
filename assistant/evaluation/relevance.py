"""Which stored items are relevant to each question (qrels), from the suite's gold answers.

Passage level (a question with spans): a passage is relevant when it belongs to the named
document and contains the gold span, whitespace normalised; a whole-document gold item in such a
question makes each of that document's passages relevant. Its grade is the highest of the gold
items it contains. Document level (a question naming only documents, as BEIR does): the
relevant items are the documents themselves, with their grades.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.core.text import shorten
from assistant.evaluation.suites import Question
from assistant.library.store import Store


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def qrels_for(
    questions: Sequence[Question], store: Store, doc_ids: Mapping[str, str] | None = None
) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Relevant item ids (with grades) per question, and the gold answers found nowhere.

    `doc_ids` maps the store's document ids to the suite's (see `StorePool.doc_ids`).
    """
    rename = doc_ids or {}
    chunks = [
        (c.id, rename.get(str(c.metadata.get("doc_id")), str(c.metadata.get("doc_id"))), c.text)
        for c in store.iter_all()
    ]
    normalised = [(cid, doc, norm(text)) for cid, doc, text in chunks]
    in_store = {doc for _, doc, _ in chunks}
    qrels: dict[str, dict[str, int]] = {}
    unmatched: list[str] = []
    for q in questions:
        rel: dict[str, int] = {}
        for gold in q.gold:
            if q.level == "document":
                hits = [gold.doc_id] if gold.doc_id in in_store else []
            else:
                span = norm(gold.span) if gold.span else None
                hits = [
                    cid
                    for cid, doc, text in normalised
                    if doc == gold.doc_id and (span is None or span in text)
                ]
            if not hits:
                what = shorten(gold.span, 60) if gold.span else "(document not in the corpus)"
                unmatched.append(f"{q.id}: {gold.doc_id}: {what}")
            for item in hits:
                rel[item] = max(rel.get(item, 0), gold.grade)
        qrels[q.id] = rel
    return qrels, unmatched

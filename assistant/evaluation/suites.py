"""Question suites: our JSONL format and the standard BEIR folder layout, read into one shape.

Our JSONL (one question a line) names what answers a question either as exact text spans of a
document (`"gold": [{"doc_id", "span", "grade"?}]`, judged per passage) or as whole documents
(`"gold_docs": ["doc_id", ...]` or `[{"doc_id", "grade"}]`, judged per document). A BEIR folder
(corpus.jsonl, queries.jsonl, qrels/test.tsv) becomes the same `Suite`, with its own corpus, so
any BEIR-format dataset a user has can be run against the engine.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from assistant.core.errors import InputError

Level = Literal["passage", "document"]


@dataclass(frozen=True)
class Gold:
    """One thing that answers a question: a span of a document, or the whole document."""

    doc_id: str
    span: str | None = None  # None: any passage of the document counts
    grade: int = 1  # graded relevance, used by nDCG (1 when the suite gives none)


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    gold: tuple[Gold, ...]

    @property
    def level(self) -> Level:
        """Spans are judged per passage; a question naming only documents, per document."""
        return "passage" if any(g.span for g in self.gold) else "document"


@dataclass(frozen=True)
class BeirDoc:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Suite:
    """Questions with their gold answers, and the corpus they are about (None: the bundled one)."""

    name: str
    path: Path
    kind: Literal["jsonl", "beir"]
    questions: tuple[Question, ...]
    corpus: tuple[BeirDoc, ...] | None = None


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line; a bad line is an error naming it."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path.name} line {number}: not valid JSON ({exc})") from None
        if not isinstance(row, dict):
            raise InputError(f"{path.name} line {number}: expected a JSON object")
        yield number, row


def _grade(item: dict[str, Any]) -> int:
    grade = item.get("grade", 1)
    if not isinstance(grade, int) or isinstance(grade, bool) or grade < 1:
        raise KeyError(f"grade must be a whole number of at least 1, got {grade!r}")
    return grade


def _gold(row: dict[str, Any]) -> tuple[Gold, ...]:
    gold = [Gold(str(g["doc_id"]), str(g["span"]), _grade(g)) for g in row.get("gold", [])]
    for item in row.get("gold_docs", []):
        item = {"doc_id": item} if isinstance(item, str) else item
        gold.append(Gold(str(item["doc_id"]), None, _grade(item)))
    if not gold:
        raise KeyError("gold needs at least one span (or gold_docs one document)")
    return tuple(gold)


def load_suite(path: Path) -> list[Question]:
    """Read a JSONL suite; every line needs id, question and a gold span or gold document."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such evaluation suite")
    questions = []
    for number, row in read_jsonl(path):
        try:
            questions.append(Question(str(row["id"]), str(row["question"]), _gold(row)))
        except (KeyError, TypeError) as exc:
            raise InputError(
                f"{path.name} line {number}: not a valid suite entry ({exc})"
            ) from None
    if not questions:
        raise InputError(f"{path.name}: the suite has no questions")
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise InputError(f"{path.name}: question ids used twice: {', '.join(twice)}")
    return questions


def is_beir(path: Path) -> bool:
    return Path(path).is_dir() and (Path(path) / "corpus.jsonl").is_file()


def load_beir(folder: Path, split: str = "test") -> Suite:
    """A BEIR folder: corpus.jsonl (_id, title, text), queries.jsonl (_id, text) and
    qrels/<split>.tsv (query-id, corpus-id, score, with a header line).

    As in BEIR, only queries with a judgement in the split are asked; a score of 0 means
    "judged not relevant", so a query needs at least one positive score to be asked.
    """
    folder = Path(folder)
    needed = [folder / "corpus.jsonl", folder / "queries.jsonl", folder / "qrels" / f"{split}.tsv"]
    missing = [str(p.relative_to(folder)) for p in needed if not p.is_file()]
    if missing:
        raise InputError(f"{folder}: not a BEIR folder (missing {', '.join(missing)})")
    try:
        corpus = tuple(
            BeirDoc(str(r["_id"]), str(r.get("title") or ""), str(r.get("text") or ""))
            for _, r in read_jsonl(needed[0])
        )
        queries = {str(r["_id"]): str(r["text"]) for _, r in read_jsonl(needed[1])}
    except KeyError as exc:
        raise InputError(f"{folder.name}: every corpus and query line needs {exc}") from None
    known = {d.id for d in corpus}
    if len(known) != len(corpus):
        raise InputError(f"{folder.name}: corpus.jsonl uses a document _id twice")
    judged: dict[str, dict[str, int]] = {}
    with needed[2].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    for number, row in enumerate(rows[1:], start=2):  # the first line is the header
        if not row or not "".join(row).strip():
            continue
        try:
            qid, doc_id, score = row[0], row[1], int(row[2])
        except (IndexError, ValueError):
            raise InputError(
                f"{folder.name}: qrels/{split}.tsv line {number}: expected "
                "query-id, corpus-id and a whole-number score separated by tabs"
            ) from None
        if qid not in queries or doc_id not in known:
            what = f"query {qid}" if qid not in queries else f"document {doc_id}"
            raise InputError(f"{folder.name}: qrels/{split}.tsv line {number}: unknown {what}")
        if score > 0:
            judged.setdefault(qid, {})[doc_id] = score
    questions = tuple(
        Question(qid, queries[qid], tuple(Gold(d, None, g) for d, g in sorted(rels.items())))
        for qid, rels in judged.items()
    )
    if not questions:
        raise InputError(f"{folder.name}: no query has a relevant document in qrels/{split}.tsv")
    return Suite(folder.name, folder, "beir", questions, corpus)


def read_suite(path: Path) -> Suite:
    """A suite from a JSONL file or a BEIR folder, whichever `path` is."""
    path = Path(path)
    if path.is_dir():
        return load_beir(path)
    return Suite(path.stem, path, "jsonl", tuple(load_suite(path)))


def bundled_suites(folder: Path) -> list[Path]:
    """Every JSONL suite and BEIR folder in `folder` (evals/retrieval/), in name order."""
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder of evaluation suites")
    found = sorted(p for p in folder.glob("*.jsonl")) + sorted(
        p for p in folder.iterdir() if is_beir(p)
    )
    if not found:
        raise InputError(f"no evaluation suites found in {folder}")
    return found

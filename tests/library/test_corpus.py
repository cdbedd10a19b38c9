"""The bundled corpus: complete, consistent front matter on every document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.support.helpers import CORPUS_DIR

from assistant.library.documents import load_document

FILES = sorted(p for p in CORPUS_DIR.rglob("*.md") if p.name.lower() != "readme.md")
KINDS = {"article", "briefing note", "official text", "user upload"}
FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


def front_matter(path: Path) -> dict:
    match = FRONT.match(path.read_text(encoding="utf-8"))
    assert match, f"{path.name}: no front matter"
    data = yaml.safe_load(match.group(1))
    assert isinstance(data, dict), f"{path.name}: front matter is not a mapping"
    return data


def test_the_corpus_has_articles_and_policy_notes() -> None:
    folders = {p.parent.name for p in FILES}
    assert {"articles", "policy"} <= folders
    assert len(FILES) >= 9


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_front_matter_is_complete(path: Path) -> None:
    meta = front_matter(path)
    for field in ("id", "title", "kind", "date", "licence"):
        assert isinstance(meta.get(field), str) and meta[field].strip(), f"{path.name}: {field}"
    assert any(str(meta.get(f, "")).strip() for f in ("publisher", "source")), path.name
    assert meta["kind"] in KINDS, f"{path.name}: kind {meta['kind']!r}"
    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", meta["date"]), f"{path.name}: date"
    assert isinstance(meta.get("sources", []), list), f"{path.name}: sources must be a list"
    if meta["kind"] == "briefing note":
        sources = meta.get("sources")
        assert sources and all(isinstance(s, str) and s.strip() for s in sources), path.name


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_id_matches_file_name_and_the_loader_agrees(path: Path) -> None:
    meta = front_matter(path)
    assert meta["id"] == path.stem
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", meta["id"])
    document = load_document(path)
    assert document.doc_id == meta["id"]
    assert document.provenance["title"] == meta["title"]
    assert document.provenance["kind"] == meta["kind"]


def test_ids_are_unique() -> None:
    ids = [front_matter(p)["id"] for p in FILES]
    assert len(ids) == len(set(ids))


def test_title_is_exactly_the_level_1_heading() -> None:
    mismatched = []
    for path in FILES:
        heading = re.search(r"^# (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert heading, f"{path.name}: no level-1 heading"
        if heading.group(1).strip() != front_matter(path)["title"]:
            mismatched.append(path.stem)
    assert mismatched == []

"""Build a later batch of real documents (fresh2, fresh3, …): each document of the batch's
sources.py as a file, its expected questions and the manifest, with the first batch's file
writers (fresh/build.py). A later batch is held back whole: it is never tuned on.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

FIRST = Path(__file__).resolve().parent / "fresh"


def _writers(docs: Path):  # type: ignore[no-untyped-def]
    """The first batch's build module (its HTML/DOCX/ODT/RTF/PDF writers), pointed at `docs`."""
    sys.path.insert(0, str(FIRST))
    spec = importlib.util.spec_from_file_location("fresh_build", FIRST / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.DOCS = docs
    sys.path.remove(str(FIRST))
    return module


def build(here: Path) -> None:
    """Write the batch in `here` (its sources.py) to `here`/docs, every document held back."""
    DOCS = here / "docs"
    writers = _writers(DOCS)
    sys.modules.pop("sources", None)
    sys.path.insert(0, str(here))
    from sources import SEEN, SOURCES

    first = {
        e["document"].rsplit(".", 1)[0] for e in json.loads((FIRST / "manifest.json").read_text())
    }
    assert not first & {s.name for s in SOURCES}, "a document of the first batch"
    DOCS.mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    manifest = []
    for source in SOURCES:
        path = writers.write(source)
        expected = {
            "document": path.name,
            "family": source.family,
            "split": "held",
            "questions": [{"number": n, "start": s, "kind": k} for n, s, k in source.expected],
        }
        (DOCS / f"{path.name}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        manifest.append(
            {
                "document": path.name,
                "family": source.family,
                "split": "held",
                "address": source.url,
                "seen": SEEN,
                "format": source.fmt,
                "made": "stored text as is"
                if source.fmt == "txt"
                else f"rebuilt as {source.fmt.upper()} from the stored text",
                "note": source.note,
                "questions": len(source.expected),
            }
        )
        print(f"held {source.family:8} {path.name}: {path.stat().st_size:,} bytes")
    (here / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )

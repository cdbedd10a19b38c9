"""Build a later batch of real documents (fresh2, fresh3, fresh4, …): each document of the
batch's sources.py as a file, its expected questions and the manifest, with the first batch's
file writers (fresh/build.py). A batch whose sources.py has no `split` function is held back
whole (never tuned on); one with `split` (fresh4) puts each document in `dev` or `held` by it.
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
    """Write the batch in `here` (its sources.py) to `here`/docs, each document in the part its
    `split(name)` gives, or held back when sources.py has none."""
    DOCS = here / "docs"
    writers = _writers(DOCS)
    sys.modules.pop("sources", None)
    sys.path.insert(0, str(here))
    import sources as batch
    from sources import SEEN, SOURCES

    part = getattr(batch, "split", lambda name: "held")

    first = {
        e["document"].rsplit(".", 1)[0] for e in json.loads((FIRST / "manifest.json").read_text())
    }
    assert not first & {s.name for s in SOURCES}, "a document of the first batch"
    writers.write_batch(here, SOURCES, SEEN, part)

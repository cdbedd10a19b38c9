"""Write the questions suite: each document in documents.py, and its expected questions.

    python evals/questions/build.py

writes `evals/questions/suite/<name>` and `<name>.json` (the expected questions). The files are
committed, so `assistant eval questions` runs from a fresh clone; run this again after
changing documents.py. fpdf2 and python-docx make the files; nothing is downloaded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from documents import DOCUMENTS  # noqa: E402 (the suite's own folder is put on the path above)
from render import write  # noqa: E402

SUITE = HERE / "suite"


def main() -> None:
    SUITE.mkdir(exist_ok=True)
    for old in SUITE.iterdir():
        old.unlink()
    for document in DOCUMENTS:
        path = write(SUITE / document["name"], document["blocks"], **document["options"])
        expected = {"document": document["name"], "questions": document["expected"]}
        text = json.dumps(expected, ensure_ascii=False, indent=1)
        (SUITE / f"{document['name']}.json").write_text(text + "\n", encoding="utf-8")
        print(f"{path.relative_to(HERE)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()

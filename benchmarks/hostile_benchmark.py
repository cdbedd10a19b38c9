"""Time and peak memory of every hostile-input case (tests/hostile/cases.toml).

Builds each case's files in a temporary folder, ingests the bundled corpus once into a
temporary library, then runs each case's `assistant` command in this process over a fresh copy
of that library and prints its exit code, wall time and peak Python memory (tracemalloc).

    .venv/bin/python benchmarks/hostile_benchmark.py
    .venv/bin/python benchmarks/hostile_benchmark.py --only docx_bomb,docx_many_paragraphs
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from make_cases import build, load_cases, run_case  # noqa: E402 (path set just above)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated case names")
    only = {name for name in parser.parse_args().only.split(",") if name}
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from assistant.library.ingest import ingest
    from assistant.settings import Settings

    with tempfile.TemporaryDirectory(prefix="hostile-bench-") as scratch:
        base = Path(scratch)
        library = base / "library"
        settings = Settings(_env_file=None, data_dir=library, corpus_dir=ROOT / "corpus")
        ingest([settings.corpus_dir], settings)
        print(f"{'case':<22} {'exit':>4} {'seconds':>8} {'peak MB':>8}")
        for case in load_cases():
            if only and case.name not in only:
                continue
            data = base / case.name / "data"
            shutil.copytree(library, data)
            build(case, base / case.name / "files")
            got = run_case(case, base / case.name / "files", data)
            print(f"{case.name:<22} {got.exit:>4} {got.seconds:>8.2f} {got.peak_mb:>8.1f}")
            shutil.rmtree(base / case.name, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Write the seventh fresh batch (collected before round six's first finder change; each
document in dev or held by a hash of its name).

python evals/questions/fresh7/build.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from held_batch import build  # noqa: E402

if __name__ == "__main__":
    build(HERE)

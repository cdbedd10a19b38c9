"""Write the second fresh batch (collected for round two; nothing is tuned on it).

python evals/questions/fresh2/build.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from held_batch import build  # noqa: E402

if __name__ == "__main__":
    build(HERE)

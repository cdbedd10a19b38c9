"""Write the third fresh batch (collected after round two's last finder change; never tuned on).

python evals/questions/fresh3/build.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from held_batch import build  # noqa: E402

if __name__ == "__main__":
    build(HERE)

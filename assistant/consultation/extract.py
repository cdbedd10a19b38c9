"""Find a consultation document's questions: read it, then let the trained scorer or the
rules decide (ASSISTANT_QUESTION_FINDER). Kept apart from `questions` (the labelled layouts),
which both finders use through `paths`.
"""

from __future__ import annotations

from pathlib import Path

from assistant.consultation.model import Consultation
from assistant.consultation.paths import rule_paths
from assistant.consultation.questions import SEARCHED
from assistant.consultation.reading import read_consultation
from assistant.core.errors import InputError


def extract_questions(path: Path) -> Consultation:
    """Read a consultation document (PDF, DOCX, HTML, MD, TXT) and find its questions: with the
    trained scorer (`scoring`) when ASSISTANT_QUESTION_FINDER is "trained", else the rules.

    Raises DocumentError for an unreadable file (a scanned PDF has no text to read) and
    InputError when no questions are found, naming what was looked for.
    """
    from assistant.settings import get_settings

    path = Path(path)
    document = read_consultation(path)
    if get_settings().question_finder == "trained":
        from assistant.consultation.scoring import choose

        consultation = choose(document.units, document.title, source=str(path))
    else:
        consultation = rule_paths(document.units, document.title, str(path))[0]
    if not consultation.questions:
        raise InputError(
            f"{path.name}: no questions found. Looked for {SEARCHED}. If the questions are in "
            "a picture, write them in a questions file and use `--questions`"
        )
    return consultation

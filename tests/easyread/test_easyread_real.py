"""Easy Read with the real bundled model (slow): a draft's sentences are judged against their
source sentences, a long sentence may be rewritten by the model, and whatever is kept is either
within the limits and judged faithful, or the rules' version marked for a person."""

from __future__ import annotations

import pytest

from tests.support.helpers import REAL_MODELS_DIR

from assistant.easyread.choose import maker_from_settings
from assistant.easyread.model import MAX_WORDS
from assistant.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.model]

DRAFT = (
    "We agree. Councils keep registers of accessible social housing, but the lists are short "
    "[1]. In our 2025 survey, 41 of 63 members who had a PIP assessment said the report did not "
    "match what they had told the assessor [2]."
)


def test_the_real_model_judges_every_sentence_and_keeps_only_checked_rewrites() -> None:
    settings = Settings(_env_file=None, models_dir=REAL_MODELS_DIR, local_model_threads=1)
    maker = maker_from_settings(settings, "local")
    assert maker.judge is not None and maker.model is not None
    easy = maker.make(DRAFT)
    sentences = easy.sentences
    assert sentences[0].text == "We agree." and sentences[0].faithful is True
    assert all(s.faithful is not None for s in sentences)
    assert {s.source.index for s in sentences} == {1, 2, 3}
    for s in sentences:
        if s.by == "model":  # a rewrite is kept only when it passed everything
            assert s.faithful and s.words <= MAX_WORDS and s.verbs <= 1 and not s.to_check
    assert all("PIP" not in s.text for s in sentences)

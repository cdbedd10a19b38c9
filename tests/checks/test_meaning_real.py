"""The meaning check with the real bundled model (slow): it flags the issue's own example, a
DPULO "can criticise the council if it meets the duty to consult" cited to the Compact's
right-to-campaign passage, and passes a faithful paraphrase of the same passage."""

from __future__ import annotations

import pytest

from tests.support.helpers import REAL_MODELS_DIR

from assistant.checks.meaning import judge_for
from assistant.llm.generation import get_text_model
from assistant.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.model]

CAMPAIGN = (
    "Under the Compact (2010), the government undertakes to respect the independence of civil "
    "society organisations, including their right to campaign. The Compact is an agreement, not "
    "a law: it is not legally binding. Even so, the Compact is the text a DPULO can point to when "
    "it wants to show that the government has undertaken to respect its independence and its "
    "right to campaign."
)


@pytest.fixture(scope="module")
def judge():  # type: ignore[no-untyped-def]
    settings = Settings(models_dir=REAL_MODELS_DIR, local_model_threads=1)
    made = judge_for(get_text_model("local", settings), settings.min_meaning)
    assert made is not None
    return made


def test_the_real_judge_flags_the_issues_grafted_sentence(judge) -> None:  # type: ignore[no-untyped-def]
    sentence = (
        "A disabled people's organisation can criticise the council if it meets the duty to "
        "consult [1]."
    )
    verdict = judge.judge(sentence, [CAMPAIGN])
    assert not verdict.supported, verdict


def test_the_real_judge_passes_a_faithful_paraphrase(judge) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Compact commits the government to respecting our right to campaign [1]."
    verdict = judge.judge(sentence, [CAMPAIGN])
    assert verdict.supported, verdict

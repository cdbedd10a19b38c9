"""The benchmark's words: a consultation-and-policy vocabulary drawn with Zipf-like weights,
and queries (short questions and keyword lists) from the same words as the passages.

Seeded throughout, so every run measures the same texts.
"""

from __future__ import annotations

import numpy as np

# Content words, roughly most to least frequent (sampled with Zipf-like weights).
_CONTENT_TEXT = """
council disabled people consultation funding providers commissioning services support care
local authority government DPULO DPULOs organisations social duty equality response proposals
disability access accessible independent living personal budget budgets assessment eligibility
charging carers housing transport employment benefits welfare reform health NHS integrated
board strategy co-production engagement involvement representation user-led voluntary sector
grant grants contract contracts tender tendering procurement Compact guidance statutory
regulations Act section evidence impact reasonable adjustments deaf blind learning mental
autism autistic wheelchair advocacy safeguarding children young adults older residents survey
focus groups Easy Read BSL deadline weeks respond options savings cuts spending review outcomes
monitoring inspection CQC ombudsman complaints rights UNCRPD convention article inclusion
barriers participation delegation functions commissioners market shaping prevention wellbeing
direct payments employers assistants day centres respite residential nursing homes
reablement hospital discharge community hubs peer networks coalition forum partnership
trust accountability transparency scrutiny committee cabinet members officers decision
report recommendations analysis data needs population demographic census priorities plan
framework pilot evaluation lessons risks mitigation legal challenge judicial review public
sector equality duty PSED due regard protected characteristics discrimination harassment
victimisation infrastructure capacity resilience sustainability core multi-year short-term
commissioned outsourced in-house value money efficiency quality standards fair price cost
uplift inflation minimum wage workforce recruitment retention training volunteers trustees
chair chief executive staff office premises digital online paper formats alternative
timescales twelve six weeks extension summer holiday period responses received published
"""
CONTENT_WORDS = _CONTENT_TEXT.split()

_STOP_TEXT = """
the of and to a in that is for on be by with as are this it was or from at which should
their not have has they an will we would its can more but also all were been these there
who may must any such other than into how what when where our if so only about each most
"""
STOP_WORDS = _STOP_TEXT.split()

SECTIONS = [
    "Background",
    "Summary of proposals",
    "Who we consulted",
    "Funding arrangements",
    "Commissioning approach",
    "Equality impact assessment",
    "What respondents said",
    "Government response",
    "Next steps",
    "Involving disabled people's organisations",
    "Accessibility of the consultation",
    "Costs and savings",
]
KINDS = ["consultation", "government response", "briefing note", "guidance", "article"]
TITLE_TOPICS = [
    "adult social care charging",
    "community equipment services",
    "the local offer for disabled children",
    "independent living support",
    "voluntary sector grants",
    "transport for disabled residents",
    "day opportunities",
    "carers' breaks",
    "advocacy services",
    "housing adaptations",
    "delegation of social care functions",
    "the Better Care Fund",
]
QUESTION_TEMPLATES = [
    "How should the {a} involve {b} in {c}?",
    "What does the {a} say about {b} and {c}?",
    "Is a {a} of six weeks enough for {b} to respond about {c}?",
    "Why were {a} and {b} cut from the {c}?",
    "What evidence is there on {a} {b} for {c}?",
    "Who decides {a} {b} when {c} changes?",
]


class Vocabulary:
    """Draws words with Zipf-like frequencies: stop words often, content words less so."""

    def __init__(self) -> None:
        self.words = np.array(CONTENT_WORDS + STOP_WORDS, dtype=object)
        n_content = len(CONTENT_WORDS)
        content = 1.0 / np.arange(1, n_content + 1) ** 0.8
        stop = 1.0 / np.arange(1, len(STOP_WORDS) + 1) ** 0.8
        weights = np.concatenate([content / content.sum() * 0.55, stop / stop.sum() * 0.45])
        self.p = weights / weights.sum()
        self.content_p = content / content.sum()

    def draw(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return rng.choice(len(self.words), size=n, p=self.p)

    def content(self, rng: np.random.Generator, n: int) -> list[str]:
        return [str(CONTENT_WORDS[i]) for i in rng.choice(len(CONTENT_WORDS), n, p=self.content_p)]

    def render(self, indices: np.ndarray, rng: np.random.Generator) -> str:
        """Word indices to sentences of 8-20 words."""
        words = [str(w) for w in self.words[indices]]
        sentences, start = [], 0
        while start < len(words):
            end = min(len(words), start + int(rng.integers(8, 21)))
            if len(words) - end < 4:
                end = len(words)
            sentence = words[start:end]
            sentence[0] = sentence[0][:1].upper() + sentence[0][1:]
            sentences.append(" ".join(sentence) + ".")
            start = end
        return " ".join(sentences)


def make_queries(vocab: Vocabulary, n: int, seed: int) -> list[str]:
    """Half short question sentences, half keyword queries, all from the same vocabulary."""
    rng = np.random.default_rng(seed)
    queries = []
    for i in range(n):
        if i % 2 == 0:
            template = QUESTION_TEMPLATES[int(rng.integers(len(QUESTION_TEMPLATES)))]
            a, b, c = vocab.content(rng, 3)
            queries.append(template.format(a=a, b=b, c=c))
        else:
            queries.append(" ".join(vocab.content(rng, int(rng.integers(3, 9)))))
    return queries

"""Evaluation: retrieval and answer suites, configurations compared with significance, reports.

One module per step, each small enough to read at once:

- `suites`: our JSONL suites and BEIR folders, read into one `Suite` shape;
- `configs`: named retrieval configurations (evals/configs.toml);
- `stores`: temporary stores per corpus and chunking (evaluation never reads your library);
- `relevance`: which passages or documents are relevant to each question (qrels);
- `metrics`: hit@k, recall@k, MRR@10 and nDCG@10 per question (ir-measures);
- `stats`: paired randomisation tests between configurations (scipy);
- `retrieval_runner` / `answer_runner`: run the engine and the product's verifier;
- `retrieval_report` / `answer_report` / `report_files`: terminal, JSON, Markdown and PNG;
- `gate`: the floors CI enforces.

Heavier parts (answers, reports, charts) are imported from their modules when needed.
"""

from assistant.evaluation.configs import EvalConfig, load_configs
from assistant.evaluation.metrics import MEASURES
from assistant.evaluation.relevance import qrels_for
from assistant.evaluation.retrieval_report import markdown_table
from assistant.evaluation.retrieval_runner import SuiteResult, evaluate_suite, run_retrieval
from assistant.evaluation.suites import Question, load_suite

__all__ = [
    "MEASURES",
    "EvalConfig",
    "Question",
    "SuiteResult",
    "evaluate_suite",
    "load_configs",
    "load_suite",
    "markdown_table",
    "qrels_for",
    "run_retrieval",
]

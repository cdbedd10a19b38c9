"""One frozen settings object, read from ASSISTANT_* environment variables and an optional .env.

Every face (CLI, UI, evals) reads the same object, so a setting means the same thing everywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.core.resources import SOURCE_ROOT, bundled, home

PROJECT_ROOT = SOURCE_ROOT  # the checkout; an installed copy reads `bundled()` and `home()`

RetrievalMode = Literal["hybrid", "dense", "bm25"]
MODES: tuple[str, ...] = ("hybrid", "dense", "bm25")
GeneratorName = Literal["extractive", "local", "ollama", "openai"]


@dataclass(frozen=True)
class WriterChoice:
    """One writer a user can choose: its setting value and how the web app names it."""

    name: str  # the value of ASSISTANT_GENERATOR and of the CLI's --generator
    label: str  # the web app's Writer list


# The one list of writers: the CLI's choices, the setting's values and the web app's labels
# all come from here (`answering/writing/choose.py` builds the writer for each name).
WRITERS: tuple[WriterChoice, ...] = (
    WriterChoice("extractive", "Quotes only (instant)"),
    WriterChoice("local", "Local model (writes prose, ~1-2 min)"),
    WriterChoice("ollama", "Ollama model server"),
    WriterChoice("openai", "OpenAI-compatible model server"),
)
# The setting's type (GeneratorName) is spelled out for the type checker; a test keeps the two
# in step.
GENERATORS: tuple[str, ...] = tuple(writer.name for writer in WRITERS)
# The words a draft may be asked for: fewer cannot make a case, more is no consultation answer.
MIN_DRAFT_WORDS, MAX_DRAFT_WORDS = 50, 5_000


class Settings(BaseSettings):
    """Where data lives, which store to use and how retrieval behaves."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", extra="ignore", frozen=True
    )

    data_dir: Path = Field(default=home() / "data", description="Store and caches.")
    corpus_dir: Path = Field(default=bundled("corpus"), description="Bundled corpus.")
    collection: str = Field(default="consult_assistant", min_length=3, max_length=512)
    chroma_host: str | None = Field(default=None, description="Use a Chroma server if set.")
    chroma_port: int = Field(default=8000, gt=0, lt=65536)

    mode: RetrievalMode = "hybrid"
    k: int = Field(default=5, gt=0, le=100)
    candidates: int = Field(default=30, gt=0, le=1000, description="Per-retriever pool to fuse.")
    # Fusion tuned on one half of each bundled suite, checked on the other (docs/evaluation.md).
    rrf_k: int = Field(default=10, gt=0, description="Reciprocal rank fusion constant (tuned).")
    dense_weight: float = Field(default=0.5, ge=0.0)
    bm25_weight: float = Field(default=1.0, ge=0.0)
    mmr: bool = Field(default=False, description="Re-rank fused results for diversity.")
    query_rewrite: bool = Field(
        default=True,
        description="Search without 'Do you agree that…' framing (search/query_rewrite.py).",
    )
    mmr_lambda: float = Field(default=0.7, ge=0.0, le=1.0)

    chunk_min_words: int = Field(default=80, gt=0, description="Merge paragraphs up to this.")
    chunk_max_words: int = Field(default=200, gt=0, description="Fits MiniLM's 256 tokens.")
    # "recursive" is the LangChain default recipe (1000/200 characters, plain text embedded),
    # kept as a baseline for evaluation only.
    splitter: Literal["structure", "recursive"] = "structure"

    max_query_chars: int = Field(default=10_000, gt=0)
    embed_batch_size: int = Field(default=32, gt=0)

    # Answers and drafts.
    generator: GeneratorName = "local"  # the bundled model; "extractive" is quotes only
    max_question_chars: int = Field(default=5_000, gt=0)
    # Which finder decides a consultation's questions: "trained" (a logistic scorer over every
    # path's candidates, weights in consultation/scorer_weights.json) or "rules" (round five's).
    question_finder: Literal["trained", "rules"] = "trained"
    ask_k: int = Field(default=5, gt=0, le=20, description="Evidence passages for an answer.")
    draft_k: int = Field(default=8, gt=0, le=30, description="Evidence passages for a draft.")
    draft_words: int = Field(default=300, ge=MIN_DRAFT_WORDS, le=MAX_DRAFT_WORDS)
    # Below this cosine similarity between question and best passage, `ask` says the library
    # does not cover the question (measured on in- and out-of-scope suites: docs/user-guide.md).
    min_relevance: float = Field(default=0.32, ge=-1.0, le=1.0)
    # A draft argues a position from its evidence, so it needs closer evidence than an answer
    # that only quotes: min_relevance plus this margin (0.32 + 0.13 = 0.45), chosen on the dev
    # half of evals/arguments (every near-domain question there refused; see docs/drafting.md).
    draft_relevance_margin: float = Field(default=0.13, ge=0.0, le=1.0)
    # A key point of the profile joins a draft only when its cosine similarity to the question
    # reaches this (chosen on the dev half of evals/arguments; a weak signal, see drafting.md).
    key_point_min_similarity: float = Field(default=0.55, ge=-1.0, le=1.0)
    # A cited claim scoring below this is flagged low-support (verify.py). Measured with the
    # real model by test_default_threshold_separates_supported_from_unsupported: 42 corpus
    # claims citing the passage they come from (close and loose paraphrases) scored
    # 0.480-0.946; 25 citing the wrong passage or invented on a nearby topic scored 0.034-0.450.
    # 0.47 sits in that gap. Lexical only (no model): 0.400-1.000 vs 0.000-0.400, so without a
    # model 0.47 flags a few loose paraphrases too; that errs on the side of a human check.
    min_support: float = Field(default=0.47, ge=0.0, le=1.0)
    # The meaning check (checks/meaning.py): a cited sentence scoring below this is flagged
    # "the cited source may not say this". Chosen on the development data (the dev half of
    # evals/faithfulness/items.jsonl and real.jsonl): the highest threshold keeping faithful
    # sentences falsely flagged <= 0.12 there (0.894 of unfaithful caught, 0.115 of faithful
    # flagged; held-back figures in docs/checking.md). Replaces min_support when the
    # model can judge.
    min_meaning: float = Field(default=0.58, ge=0.0, le=1.0)
    # A written sentence that fails its checks twice is replaced by its part's evidence sentence,
    # quoted, only when that part scored at least this against the question (0.7 cosine + 0.3
    # shared words, answering/writing/plan.py): an off-topic quotation is no repair, so the sentence
    # is dropped instead. Not tuned: a cautious bar above the relevance gate (min_relevance).
    min_quote_score: float = Field(default=0.45, ge=0.0, le=1.0)
    # A past response at least this similar (question and answer) to a new draft's question is
    # on the same topic: a draft taking another stance gets a note (see evidence/positions.py).
    past_position_similarity: float = Field(default=0.5, ge=-1.0, le=1.0)

    # Language-model generators (only used when `generator` is not extractive).
    llm_timeout_s: float = Field(default=60.0, gt=0)
    llm_max_tokens: int = Field(default=400, gt=0)
    llm_temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    # The bundled writer (Qwen2.5-Coder-1.5B-Instruct GGUF) is assembled once into models_dir,
    # shared by every library (and every test's temporary library) on this machine.
    models_dir: Path = Field(default=home() / "models", description="Assembled models.")
    local_model_path: Path | None = Field(
        default=None, description="Any other GGUF instruct model to run instead of the bundled one."
    )
    # None: one core fewer than the machine has (at most 4). llama.cpp's threads wait for each
    # other, so on a busy 2-core machine two threads write ~10x slower than one (measured).
    local_model_threads: int | None = Field(default=None, gt=0)
    local_model_ctx: int = Field(default=4096, ge=512, le=131_072)
    # Per part written (a paragraph is ~10-30 s on a quiet laptop); past it, the part is quoted.
    local_model_timeout_s: float = Field(default=300.0, gt=0)
    ollama_base_url: str = "http://127.0.0.1:11434"
    ollama_model: str = "llama3.2"
    openai_base_url: str = "http://127.0.0.1:8080/v1"
    openai_model: str = "gpt-4o-mini"
    openai_api_key: SecretStr = SecretStr("not-needed")

    # Web app.
    ui_host: str = Field(default="127.0.0.1", description="Only this machine, unless changed.")
    ui_port: int = Field(default=7860, gt=0, lt=65536)
    ui_username: str | None = Field(default=None, description="Login for shared deployments.")
    ui_password: SecretStr | None = None
    # Personal logins (assistant/accounts/): a sign-in lasts this long, and this many wrong
    # passwords in a row for one name pause signing in with it for the minutes below.
    ui_session_hours: float = Field(default=12.0, gt=0, le=24 * 30)
    signin_attempts: int = Field(default=10, gt=0, le=1000)
    signin_pause_minutes: float = Field(default=5.0, gt=0, le=24 * 60)
    ui_concurrency: int = Field(default=2, gt=0, le=16, description="Jobs run at once.")
    ui_queue_size: int = Field(default=64, gt=0)
    ui_warm_up: bool = Field(
        default=True,
        description="At start-up, in the background, load the search and embed the library's "
        "sentences (ui/warm_up.py), so the first people to ask wait for neither.",
    )

    # Bounds on reading one document (see loaders/limits.py): far above a real 300-page
    # consultation, low enough that a small hostile file cannot hang the app or fill its memory.
    max_file_mb: int = Field(default=50, gt=0, le=1000, description="Largest file read.")
    max_unpacked_mb: int = Field(
        default=200, gt=0, description="Largest unpacked Word file, all its parts together."
    )
    max_part_mb: int = Field(
        default=16, gt=0, description="Largest side part of a Word file (styles, lists)."
    )
    max_paragraphs: int = Field(default=50_000, gt=0, description="Paragraphs in one document.")
    max_pages: int = Field(default=3_000, gt=0, description="Pages in one PDF.")
    parse_timeout_s: float = Field(default=300.0, gt=0, description="Time to read one document.")
    parse_memory_mb: int = Field(default=2048, ge=256, description="Memory for reading an upload.")

    @field_validator("chroma_host")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value or None

    @property
    def writer_threads(self) -> int:
        """Threads for the local model: the setting, else one core fewer than the machine has."""
        if self.local_model_threads is not None:
            return self.local_model_threads
        return max(1, min(4, (os.cpu_count() or 2) - 1))

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def uploads_dir(self) -> Path:
        """The library's own copies of files people add (see uploads.py)."""
        return self.data_dir / "uploads"

    @property
    def users_path(self) -> Path:
        """Personal logins: names, roles and password hashes (accounts/users.py)."""
        return self.data_dir / "users.json"

    @property
    def audit_path(self) -> Path:
        """Who signed in, was refused, exported or removed what (audit.py)."""
        return self.data_dir / "audit.jsonl"

    @property
    def history_path(self) -> Path:
        """Saved conversations and drafts (SQLite), beside the library they were made from."""
        return self.data_dir / "history.sqlite3"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (tests build their own `Settings(...)` instead)."""
    return Settings()

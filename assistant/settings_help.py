"""What each setting means, for people: the settings reference (docs/settings.md) is made from
this and from `Settings` itself (names, types and defaults), so it cannot drift from the code.

Kept apart from `settings.py` so that file stays a short list of values with the reasons for
them; `tests/project/test_docs.py` checks the two name the same settings.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SettingHelp:
    """One setting as the reference shows it."""

    meaning: str  # plain English; Markdown links to other pages of docs/ are allowed
    shown_default: str | None = None  # when the real default depends on the machine
    advanced: bool = False  # listed under "Less often changed"


HELP: dict[str, SettingHelp] = {
    "data_dir": SettingHelp(
        "Where the library (Chroma store), caches, the copies of added files and saved "
        "conversations and drafts (`history.sqlite3`) live.",
        shown_default="`data/` in this folder",
    ),
    "corpus_dir": SettingHelp(
        "The folder whose files keep the id and kind their front matter gives.",
        shown_default="the bundled `corpus/`",
        advanced=True,
    ),
    "collection": SettingHelp(
        "The Chroma collection that holds the library.",
        advanced=True,
    ),
    "chroma_host": SettingHelp(
        "Use a shared Chroma server at this address instead of the local store.",
        shown_default="unset",
    ),
    "chroma_port": SettingHelp(
        "The shared Chroma server's port.",
    ),
    "mode": SettingHelp(
        "Default search mode: `hybrid` (meaning and keywords), `dense` or `bm25`.",
    ),
    "k": SettingHelp(
        "Passages a search returns.",
    ),
    "candidates": SettingHelp(
        "Passages each search (meaning, keywords) offers before they are fused.",
        advanced=True,
    ),
    "rrf_k": SettingHelp(
        "Fusion constant (tuned on the evaluation suites).",
    ),
    "dense_weight": SettingHelp(
        "Weight of the meaning search in the fusion (tuned).",
    ),
    "bm25_weight": SettingHelp(
        "Weight of the keyword search in the fusion (tuned).",
    ),
    "mmr": SettingHelp(
        "Re-rank the fused results for diversity.",
    ),
    "query_rewrite": SettingHelp(
        'Search without consultation framing ("Do you agree that…", "Please give reasons.").',
    ),
    "mmr_lambda": SettingHelp(
        "Balance of relevance and diversity when `ASSISTANT_MMR` is on.",
    ),
    "chunk_min_words": SettingHelp(
        "Paragraphs are merged into passages of at least this many words.",
    ),
    "chunk_max_words": SettingHelp(
        "Longest passage, in words (fits the embedding model's 256 tokens).",
    ),
    "splitter": SettingHelp(
        "How documents are cut into passages; `recursive` is LangChain's default recipe, "
        "kept as a baseline for evaluation only.",
        advanced=True,
    ),
    "max_query_chars": SettingHelp(
        "Longest search accepted.",
        advanced=True,
    ),
    "embed_batch_size": SettingHelp(
        "Passages turned into vectors at a time.",
        advanced=True,
    ),
    "generator": SettingHelp(
        "Who writes answers and drafts: `local` (the bundled model), `extractive` (quotes "
        "only), `ollama` or `openai` ([user guide](user-guide.md#choosing-a-writer)).",
    ),
    "max_question_chars": SettingHelp(
        "Longest question accepted.",
        advanced=True,
    ),
    "question_finder": SettingHelp(
        "How a consultation's questions are found: `trained` (the trained scorer adds what it "
        "is sure of to the rules' questions, see "
        "[consultations](consultations.md#the-trained-scorer-round-six)) or `rules` (round "
        "five's finder).",
        advanced=True,
    ),
    "ask_k": SettingHelp(
        "Evidence passages given to an answer.",
        advanced=True,
    ),
    "draft_k": SettingHelp(
        "Evidence passages given to a draft.",
        advanced=True,
    ),
    "draft_words": SettingHelp(
        "Default word limit for drafts.",
    ),
    "min_relevance": SettingHelp(
        "Below this, `ask` says the library does not cover the question.",
    ),
    "draft_relevance_margin": SettingHelp(
        "A draft needs evidence this much closer than an answer does (see "
        "[drafting.md](drafting.md)).",
    ),
    "key_point_min_similarity": SettingHelp(
        "A key point joins a draft only when this similar to the question.",
    ),
    "min_support": SettingHelp(
        "Without a model that can judge meaning, a cited claim scoring below this is "
        "flagged as not backed up (measured: claims citing their own passage scored "
        "0.480-0.946, wrong or invented ones 0.034-0.450).",
        advanced=True,
    ),
    "min_meaning": SettingHelp(
        'Below this the meaning check says "the cited source may not say this" (chosen on '
        "the development data of evals/faithfulness; see [checking.md](checking.md)).",
    ),
    "min_quote_score": SettingHelp(
        "A sentence that fails twice is replaced by its source's words only when that "
        "evidence is this close to the question; otherwise it is left out (not yet "
        "tuned).",
    ),
    "past_position_similarity": SettingHelp(
        "A past response at least this similar to a question is on its topic (its stance "
        "is compared).",
    ),
    "llm_timeout_s": SettingHelp(
        "Longest wait, in seconds, for a language model's reply.",
    ),
    "llm_max_tokens": SettingHelp(
        "Longest reply of a language model, in tokens.",
        advanced=True,
    ),
    "llm_temperature": SettingHelp(
        "Randomness of a language model (0: the same words every time).",
        advanced=True,
    ),
    "models_dir": SettingHelp(
        "Where the local writer's model is assembled (shared by every library on this machine).",
        shown_default="`models/` in this folder",
    ),
    "local_model_path": SettingHelp(
        "Run this GGUF instruct model instead of the bundled one.",
        shown_default="unset",
    ),
    "local_model_threads": SettingHelp(
        "CPU threads for the local model.",
        shown_default="cores - 1 (1-4)",
    ),
    "local_model_ctx": SettingHelp(
        "Context length of the local model, in tokens.",
    ),
    "local_model_timeout_s": SettingHelp(
        "Most seconds the local model may take over one paragraph; past it, the rest is quoted.",
    ),
    "ollama_base_url": SettingHelp(
        "The Ollama server for `--generator ollama`.",
        advanced=True,
    ),
    "ollama_model": SettingHelp(
        "The Ollama model for `--generator ollama`.",
        advanced=True,
    ),
    "openai_base_url": SettingHelp(
        "The OpenAI-compatible server for `--generator openai`.",
        advanced=True,
    ),
    "openai_model": SettingHelp(
        "The model asked on the OpenAI-compatible server.",
        advanced=True,
    ),
    "openai_api_key": SettingHelp(
        "The key sent to the OpenAI-compatible server.",
        shown_default="`not-needed`",
        advanced=True,
    ),
    "ui_host": SettingHelp(
        "Where the web app listens: only this machine unless changed.",
    ),
    "ui_port": SettingHelp(
        "The web app's port.",
    ),
    "ui_username": SettingHelp(
        "Require this login name (for shared deployments).",
        shown_default="unset",
    ),
    "ui_password": SettingHelp(
        "The password for `ASSISTANT_UI_USERNAME`.",
        shown_default="unset",
    ),
    "ui_session_hours": SettingHelp(
        "A sign-in with a personal login lasts this long ([team.md](team.md)).",
    ),
    "signin_attempts": SettingHelp(
        "This many wrong passwords in a row pause signing in with that name.",
    ),
    "signin_pause_minutes": SettingHelp(
        "How long signing in is paused after too many wrong passwords.",
    ),
    "ui_concurrency": SettingHelp(
        "Jobs the web app runs at once (see [security.md](security.md#under-load)).",
        advanced=True,
    ),
    "ui_queue_size": SettingHelp(
        "Jobs that may wait in the web app's queue.",
        advanced=True,
    ),
    "ui_warm_up": SettingHelp(
        "At start-up, load the search and embed the library's sentences in the "
        "background, so the first people to ask get their quotes at once.",
    ),
    "max_file_mb": SettingHelp(
        "Largest file read (by `ingest`, `corpus add` and the web app), in MB.",
    ),
    "max_unpacked_mb": SettingHelp(
        "Largest unpacked Word file, all its parts together, in MB.",
    ),
    "max_part_mb": SettingHelp(
        "Largest side part (styles, lists, properties) of a Word file, in MB.",
    ),
    "max_paragraphs": SettingHelp(
        "Most paragraphs read from one document.",
    ),
    "max_pages": SettingHelp(
        "Most pages read from one PDF.",
    ),
    "parse_timeout_s": SettingHelp(
        "Most seconds spent reading one document.",
    ),
    "parse_memory_mb": SettingHelp(
        "Memory for reading a web upload, in MB.",
    ),
}


def _shown(name: str) -> str:
    """A setting's default as the reference prints it (a machine's own paths are not shown)."""
    help_ = HELP[name]
    if help_.shown_default:
        return help_.shown_default
    from assistant.settings import Settings

    value = Settings.model_fields[name].default
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return f"`{value}`" if isinstance(value, str) else str(value)


def reference_table(advanced: bool) -> str:
    """The settings reference's table (Markdown): every setting, in the order `Settings` lists
    them, with its environment variable, default and meaning."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, help_ in HELP.items():
        if help_.advanced == advanced:
            rows.append(f"| `ASSISTANT_{name.upper()}` | {_shown(name)} | {help_.meaning} |")
    return "\n".join(rows) + "\n"

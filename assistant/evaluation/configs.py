"""Named retrieval configurations (evals/configs.toml), so runs compare settings by name.

A config lists only what it changes; every other key takes the built-in default from
`Settings`, never an ASSISTANT_* environment variable, so a name means the same thing on every
machine. The resolved values are saved beside each result, so any run can be repeated.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.core.errors import InputError
from assistant.core.text import noun_for
from assistant.settings import MODES, Settings

RETRIEVAL_KEYS: tuple[str, ...] = (
    "mode",
    "candidates",
    "rrf_k",
    "dense_weight",
    "bm25_weight",
    "mmr",
    "mmr_lambda",
    "query_rewrite",
)
CHUNK_KEYS: tuple[str, ...] = ("chunk_min_words", "chunk_max_words", "splitter")
KEYS: tuple[str, ...] = RETRIEVAL_KEYS + CHUNK_KEYS


@dataclass(frozen=True)
class EvalConfig:
    """A named set of retrieval and chunking values, every key resolved."""

    name: str
    values: dict[str, Any]
    description: str = ""

    @property
    def mode(self) -> str:
        return str(self.values["mode"])

    @property
    def chunking(self) -> tuple[int, int]:
        """Configs with equal chunking can share one ingested store."""
        return int(self.values["chunk_min_words"]), int(self.values["chunk_max_words"])

    @property
    def store_key(self) -> tuple[int, int, str]:
        """Everything that decides how the corpus is split and embedded."""
        return (*self.chunking, str(self.values["splitter"]))

    def settings(self, base: Settings, data_dir: Path) -> Settings:
        """Settings for a temporary local store in `data_dir`; `base` says where the corpus is."""
        return Settings(
            data_dir=data_dir,
            corpus_dir=base.corpus_dir,
            chroma_host=None,  # evaluation stores are always local and temporary
            embed_batch_size=base.embed_batch_size,
            max_query_chars=base.max_query_chars,
            **self.values,
        )

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, **self.values}


def default_values() -> dict[str, Any]:
    return {key: Settings.model_fields[key].default for key in KEYS}


def make_config(name: str, overrides: dict[str, Any], description: str = "") -> EvalConfig:
    """Check the keys and values of one config at once, with a message naming the problem."""
    unknown = sorted(set(overrides) - set(KEYS))
    if unknown:
        raise InputError(
            f"config [{name}]: unknown {noun_for(len(unknown), 'key')} {', '.join(unknown)}; "
            f"allowed: description, {', '.join(KEYS)}"
        )
    values = default_values() | overrides
    try:
        checked = Settings(_env_file=None, **values)  # type: ignore[call-arg]
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise InputError(f"config [{name}]: {problems}") from None
    if checked.chunk_min_words > checked.chunk_max_words:
        raise InputError(f"config [{name}]: chunk_min_words is larger than chunk_max_words")
    return EvalConfig(name, {key: getattr(checked, key) for key in KEYS}, description)


def mode_config(mode: str) -> EvalConfig:
    """The default settings in one search mode (named after the mode)."""
    if mode not in MODES:
        raise InputError(f"unknown mode '{mode}'; choose from {', '.join(MODES)}")
    return make_config(mode, {"mode": mode})


def load_configs(path: Path) -> dict[str, EvalConfig]:
    """Every config in a TOML file, in file order (the first is the baseline)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such configurations file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path.name}: not valid TOML ({exc})") from None
    configs = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise InputError(f"{path.name}: '{name}' must be a [table] of settings")
        values = dict(table)
        description = str(values.pop("description", ""))
        configs[name] = make_config(name, values, description)
    if not configs:
        raise InputError(f"{path.name}: no configurations")
    return configs


def select(configs: dict[str, EvalConfig], names: str | None) -> list[EvalConfig]:
    """The configs named in a comma-separated list (all of them when `names` is empty)."""
    wanted = [n.strip() for n in (names or "").split(",") if n.strip()]
    if not wanted:
        return list(configs.values())
    unknown = [n for n in wanted if n not in configs]
    if unknown:
        raise InputError(
            f"unknown {noun_for(len(unknown), 'config')} {', '.join(unknown)}; "
            f"choose from {', '.join(configs)}"
        )
    return [configs[n] for n in dict.fromkeys(wanted)]

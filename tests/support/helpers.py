"""Builders shared by the tests: settings for a temp store, Markdown files, CLI runs, a fake LLM."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from langchain_core.language_models import FakeListChatModel
from langchain_core.messages import BaseMessage
from pydantic import Field

from assistant.settings import PROJECT_ROOT, Settings

CORPUS_DIR = PROJECT_ROOT / "corpus"
Run = Callable[..., tuple[int | None, str, str]]  # `run_main(*args)`: (exit code, out, err)
EVALS_DIR = PROJECT_ROOT / "evals" / "retrieval"
NETGUARD_DIR = Path(__file__).resolve().parent / "_netguard"
# The hostile-input cases, as data (tests/hostile/): read by tests in several stage folders.
HOSTILE_DIR = Path(__file__).resolve().parents[1] / "hostile"

# Distinct topics, so each generated section is about one thing and retrieval can tell them apart.
TOPICS = {
    "transport": (
        "Accessible buses need ramps that work every time. Drivers should wait until a wheelchair "
        "user is settled before moving off. Step-free stations remain rare outside big cities. "
        "Timetables in large print help people with low vision plan their journeys. "
        "Community transport schemes fill gaps that commercial routes leave behind. "
        "Fares should stay affordable for disabled travellers on low incomes. "
    ),
    "housing": (
        "Adapted homes let disabled people live independently for longer. Grants for stairlifts "
        "and level-access showers often take months to arrive. Councils keep registers of "
        "accessible social housing, but the lists are short. Landlords may refuse reasonable "
        "adaptations without a clear reason. Good housing advice saves money on care later. "
    ),
    "employment": (
        "Supported employment helps people find and keep paid work. Job coaches work alongside "
        "new staff during the first weeks. Employers can claim help towards the cost of "
        "equipment. Flexible hours make work possible for people with fluctuating conditions. "
        "Clear job adverts attract applicants who might otherwise not apply. "
    ),
}


def make_settings(data_dir: Path, **overrides: Any) -> Settings:
    """Settings for a store in `data_dir`, ignoring any developer `.env` file."""
    # Quotes only unless a test asks for a model: the bundled writer takes seconds per part.
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "corpus_dir": CORPUS_DIR,
        "generator": "extractive",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


def paragraph(topic: str, words: int) -> str:
    """About `words` words of whole sentences on one topic."""
    sentences = TOPICS[topic].split(". ")
    out: list[str] = []
    count = 0
    index = 0
    while count < words:
        sentence = sentences[index % len(sentences)].strip().rstrip(".") + "."
        out.append(sentence)
        count += len(sentence.split())
        index += 1
    return " ".join(out)


def write_markdown(
    path: Path,
    doc_id: str,
    title: str,
    sections: dict[str, list[str]],
    **front: str,
) -> Path:
    """A corpus-style Markdown file with front matter, an H1 title and H2 sections."""
    meta = {"id": doc_id, "title": title, "kind": "user upload", **front}
    lines = ["---", *(f'{key}: "{value}"' for key, value in meta.items()), "---", f"# {title}", ""]
    for heading, paragraphs in sections.items():
        lines += [f"## {heading}", ""]
        for para in paragraphs:
            lines += [para, ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def assistant_command() -> list[str]:
    """The installed `assistant` script, or the entry point run through this interpreter."""
    script = Path(sys.executable).parent / "assistant"
    if script.is_file():
        return [str(script)]
    found = shutil.which("assistant")
    if found:
        return [found]
    return [sys.executable, "-c", "from assistant.cli import main; main()"]


def cli_env(data_dir: Path) -> dict[str, str]:
    """Environment for a CLI subprocess: its own store, no network, no stray ASSISTANT_* vars."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        ASSISTANT_DATA_DIR=str(data_dir),
        ASSISTANT_CORPUS_DIR=str(CORPUS_DIR),
        ASSISTANT_GENERATOR="extractive",  # a test that wants a model passes --generator
        ASSISTANT_TEST_NETGUARD="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(NETGUARD_DIR), env.get("PYTHONPATH")])),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        NO_COLOR="1",
    )
    return env


def start_cli(args: list[str], data_dir: Path, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*assistant_command(), *args],
        cwd=cwd,
        env=cli_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_cli(args: list[str], data_dir: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return finish(start_cli(args, data_dir, cwd), args)


# A hang guard, not a speed check: a CLI run takes 5-30 s, several at once on one busy core a
# minute or two. A run still going after this is stuck; it is killed and its test fails.
CLI_HANG_GUARD_S = 300


def finish(proc: subprocess.Popen[str], args: list[str]) -> subprocess.CompletedProcess[str]:
    try:
        out, err = proc.communicate(timeout=CLI_HANG_GUARD_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


class RecordingChatModel(FakeListChatModel):
    """A fake chat model that also keeps every list of messages it was sent, in order."""

    received: list[list[BaseMessage]] = Field(default_factory=list)

    def _call(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> str:
        self.received.append(list(messages))
        return super()._call(messages, stop, run_manager, **kwargs)


class FakeTextModel:
    """A `TextModel` with canned replies, taken in order (the last one repeats); a reply may be
    a function of the user prompt.

    Records every list of messages it was sent and streams each reply word by word to
    `on_text`, as the real model does, so writers and faces can be tested with no model.
    """

    label = "the fake model"

    def __init__(self, replies: Sequence[str | Callable[[str], str]]) -> None:
        if not replies:
            raise ValueError("give at least one reply")
        self.replies = list(replies)
        self.received: list[list[dict[str, str]]] = []

    def complete(
        self,
        messages: Sequence[Any],
        *,
        max_tokens: int,
        on_text: Callable[[str], None] | None = None,
    ) -> str:
        self.received.append([dict(m) for m in messages])
        index = min(len(self.received) - 1, len(self.replies) - 1)
        reply = self.replies[index]
        if callable(reply):  # a reply made from the prompt, e.g. `echo_evidence`
            reply = reply(next(m["content"] for m in messages if m["role"] == "user"))
        if on_text is not None:
            for piece in reply.split(" "):
                on_text(piece + " ")
        return reply.strip()

    @property
    def prompts(self) -> list[str]:
        """The user message of each call, in order."""
        return [m["content"] for call in self.received for m in call if m["role"] == "user"]


def evidence_in(prompt: str) -> list[str]:
    """The evidence lines a writer prompt carries (between <evidence> and </evidence>)."""
    inside = prompt.split("<evidence>", 1)[-1].split("</evidence>", 1)[0]
    return [line.strip() for line in inside.strip().splitlines() if line.strip()]


def echo_evidence(prompt: str) -> str:
    """A well-behaved writer: restates the first evidence sentence it was given."""
    return evidence_in(prompt)[0]


# The real local model is assembled once per machine. Read here, at import, because the session
# fixture `_clean_environment` removes ASSISTANT_* variables before any test runs: a developer's
# ASSISTANT_MODELS_DIR still points the real-model tests at an existing copy.
REAL_MODELS_DIR = Path(os.environ.get("ASSISTANT_MODELS_DIR") or PROJECT_ROOT / "models")


class FakeJudgeModel(FakeTextModel):
    """A `FakeTextModel` that can also judge: `yes_probability` gives P(yes) for the statement
    in a judge prompt, the first value in `verdicts` whose key is in the statement (else
    `default`), as a careful reader would. Records each statement it was asked about."""

    def __init__(
        self,
        verdicts: dict[str, float] | None = None,
        default: float = 0.9,
        replies: Sequence[str | Callable[[str], str]] = ("",),
    ) -> None:
        super().__init__(replies)
        self.verdicts = dict(verdicts or {})
        self.default = default
        self.judged: list[str] = []

    def yes_probability(self, messages: Sequence[Any]) -> float:
        user = next(m["content"] for m in messages if m["role"] == "user")
        statement = user.split("Statement:", 1)[1].split("\n", 1)[0].strip()
        self.judged.append(statement)
        return next((p for key, p in self.verdicts.items() if key in statement), self.default)

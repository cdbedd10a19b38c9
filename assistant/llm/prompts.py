"""Prompt files with a declared variable contract, checked when they load.

A prompt lives in `prompts/NAME.md`: YAML front matter declaring `description` and `variables`,
then a `[system]` section and a `[user]` section whose text uses `{variable}` placeholders
(Python/LangChain f-string syntax; a literal brace is written twice, `{{` or `}}`).

Loading checks that the placeholders used and the variables declared are the same set, so a
typo is a named error at start-up, not a silent blank in a prompt. Formatting checks that every
declared variable has a value. Values are inserted once and never formatted again: evidence that
itself contains `{question}` or instructions reaches the model as literal text.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from assistant.core.errors import AssistantError
from assistant.core.resources import bundled

if TYPE_CHECKING:
    from langchain_core.messages import BaseMessage
    from langchain_core.prompts import ChatPromptTemplate

    from assistant.llm.protocol import Message, Role

PROMPTS_DIR = bundled("prompts")  # the checkout's prompts/, or the installed copy
SECTIONS: tuple[str, ...] = ("system", "user")

_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SECTION_HEADER = re.compile(r"^\[([A-Za-z]+)\][ \t]*$", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


class PromptError(AssistantError):
    """A prompt file that breaks its contract, or a prompt formatted without all its values."""


@dataclass(frozen=True)
class Prompt:
    """One checked prompt: a system message and a user message with declared placeholders."""

    name: str
    description: str
    variables: tuple[str, ...]
    system: str
    user: str

    def to_chat_prompt(self) -> ChatPromptTemplate:
        """The prompt as a LangChain `ChatPromptTemplate` (f-string format)."""
        from langchain_core.prompts import ChatPromptTemplate

        return ChatPromptTemplate.from_messages(
            [("system", self.system), ("human", self.user)], template_format="f-string"
        )

    def format_messages(self, **values: Any) -> list[BaseMessage]:
        """System and user messages with every variable filled in (each value used literally)."""
        missing = [name for name in self.variables if name not in values]
        unexpected = sorted(set(values) - set(self.variables))
        problems = []
        if missing:
            problems.append(f"missing value(s) for {_names(missing)}")
        if unexpected:
            problems.append(f"unexpected value(s) {_names(unexpected)}")
        if problems:
            raise PromptError(f"prompt '{self.name}': {'; '.join(problems)}")
        nones = [name for name in self.variables if values[name] is None]
        if nones:
            raise PromptError(f"prompt '{self.name}': {_names(nones)} is None; pass text")
        return self.to_chat_prompt().format_messages(**values)

    def messages(self, **values: Any) -> list[Message]:
        """The same messages as plain {"role", "content"} dicts, for a `TextModel`."""
        roles: dict[str, Role] = {"system": "system", "human": "user", "ai": "assistant"}
        return [
            {"role": roles.get(m.type, "user"), "content": m.text}
            for m in self.format_messages(**values)
        ]


def load_prompt(name: str, folder: Path | None = None) -> Prompt:
    """Load `folder/NAME.md` (default: the project's `prompts/`) and check its contract."""
    folder = Path(folder) if folder is not None else PROMPTS_DIR
    if not _NAME.fullmatch(name):
        raise PromptError(f"bad prompt name {name!r}: use lower-case letters, digits, - and _")
    path = folder / f"{name}.md"
    if not path.is_file():
        known = ", ".join(sorted(prompt_names(folder))) or "none"
        raise PromptError(f"no prompt '{name}' in {folder} (available: {known})")
    return parse_prompt(name, path.read_text(encoding="utf-8"), source=str(path))


def load_all(folder: Path | None = None) -> dict[str, Prompt]:
    """Load and check every prompt file in the folder; the first broken one raises."""
    folder = Path(folder) if folder is not None else PROMPTS_DIR
    return {name: load_prompt(name, folder) for name in sorted(prompt_names(folder))}


def prompt_names(folder: Path | None = None) -> list[str]:
    """Names of the prompt files in the folder (every `*.md` except README.md)."""
    folder = Path(folder) if folder is not None else PROMPTS_DIR
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.md") if p.stem.lower() != "readme")


def parse_prompt(name: str, text: str, source: str = "<string>") -> Prompt:
    """Parse and check one prompt file's text."""
    where = f"prompt '{name}' ({source})"
    text = text.replace("\r\n", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        raise PromptError(f"{where}: must start with YAML front matter between '---' lines")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise PromptError(f"{where}: front matter is not valid YAML ({exc})") from None
    if not isinstance(meta, dict):
        raise PromptError(f"{where}: front matter must be a mapping")

    description = meta.get("description")
    if not isinstance(description, str) or not description.strip():
        raise PromptError(f"{where}: front matter needs a 'description'")
    declared = meta.get("variables")
    if not isinstance(declared, list) or not all(isinstance(v, str) for v in declared):
        raise PromptError(f"{where}: front matter needs 'variables: [name, ...]'")
    bad = [v for v in declared if not _IDENTIFIER.fullmatch(v)]
    if bad:
        raise PromptError(f"{where}: variable names must be identifiers: {_names(bad)}")
    if len(set(declared)) != len(declared):
        raise PromptError(f"{where}: a variable is declared twice")

    body = text[match.end() :]
    shared = meta.get("system")
    if shared is not None:  # one system prompt shared by several prompts (the prompt cache)
        body = f"[system]\n{_shared_system(shared, Path(source).parent, where)}\n\n{body}"
    sections = _split_sections(body, where)
    used: set[str] = set()
    for section, body in sections.items():
        used |= _placeholders(body, f"{where} [{section}]")

    undeclared = sorted(used - set(declared))
    unused = [v for v in declared if v not in used]
    problems = []
    if undeclared:
        problems.append(f"uses undeclared variable(s) {_names(undeclared)}")
    if unused:
        problems.append(f"declares but never uses {_names(unused)}")
    if problems:
        raise PromptError(f"{where}: {'; '.join(problems)}")

    return Prompt(
        name=name,
        description=description.strip(),
        variables=tuple(declared),
        system=sections["system"],
        user=sections["user"],
    )


def _shared_system(name: object, folder: Path, where: str) -> str:
    """The text of `folder/NAME.system.txt`, named by a prompt's `system:` front matter.

    Writers send many short prompts; when they all open with the same system text, llama.cpp
    reuses its work on it (the prompt cache), which matters at ~40 prompt tokens/s.
    """
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise PromptError(f"{where}: 'system' must name a shared system file, got {name!r}")
    path = folder / f"{name}.system.txt"
    if not path.is_file():
        raise PromptError(f"{where}: shared system prompt {path.name} is missing")
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip()
    if _SECTION_HEADER.search(text):
        raise PromptError(f"{where}: {path.name} must not contain section headers")
    return text


def _split_sections(body: str, where: str) -> dict[str, str]:
    headers = list(_SECTION_HEADER.finditer(body))
    if not headers:
        raise PromptError(f"{where}: needs a [system] and a [user] section")
    if body[: headers[0].start()].strip():
        raise PromptError(f"{where}: text before the first section header")
    sections: dict[str, str] = {}
    for i, header in enumerate(headers):
        section = header.group(1).lower()
        if section not in SECTIONS:
            raise PromptError(f"{where}: unknown section [{section}] (use [system] and [user])")
        if section in sections:
            raise PromptError(f"{where}: section [{section}] appears twice")
        end = headers[i + 1].start() if i + 1 < len(headers) else len(body)
        content = body[header.end() : end].strip("\n").rstrip()
        if not content.strip():
            raise PromptError(f"{where}: section [{section}] is empty")
        sections[section] = content
    missing = [s for s in SECTIONS if s not in sections]
    if missing:
        raise PromptError(f"{where}: missing section(s) {', '.join(f'[{s}]' for s in missing)}")
    return sections


def _placeholders(template: str, where: str) -> set[str]:
    """Field names in an f-string template; anything but a plain `{name}` is refused."""
    names: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise PromptError(f"{where}: {exc}; write a literal brace twice ({{{{ or }}}})") from None
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if not _IDENTIFIER.fullmatch(field) or spec or conversion:
            shown = "{" + field + (f"!{conversion}" if conversion else "")
            shown += (f":{spec}" if spec else "") + "}"
            raise PromptError(
                f"{where}: placeholder {shown} is not a plain {{name}}; "
                "write a literal brace twice ({{ or }})"
            )
        names.add(field)
    return names


def _names(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f"'{n}'" for n in names)

"""Read an uploaded file in a separate process with a memory cap and a time limit.

The web app serves several people at once: a hostile upload that slips past the readers' own
checks (a parser bug, a pathological PDF) must fail alone, not starve everyone else. So the app
reads each upload in a short-lived child process (`python -m assistant.library.parse_worker`) whose
address space is capped (ASSISTANT_PARSE_MEMORY_MB) and which is killed after the time limit
(ASSISTANT_PARSE_TIMEOUT_S, plus a few seconds to start). The document comes back as JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from assistant.core.errors import DocumentError
from assistant.core.schema import Block, Document
from assistant.settings import Settings

_START_GRACE_S = 15.0  # importing the readers in a fresh interpreter
_LIMIT_FIELDS = ("max_file_mb", "max_unpacked_mb", "max_part_mb", "max_paragraphs", "max_pages")


def load_isolated(
    path: Path,
    overrides: dict[str, str] | None = None,
    *,
    library_root: Path | None = None,
    settings: Settings,
) -> Document:
    """`documents.load_document`, run in a capped child process; same result, same errors."""
    request = {
        "path": str(path),
        "overrides": overrides or {},
        "library_root": str(library_root or settings.corpus_dir),
        "limits": {name: getattr(settings, name) for name in _LIMIT_FIELDS},
        "parse_timeout_s": settings.parse_timeout_s,
        "memory_mb": settings.parse_memory_mb,
    }
    name = Path(path).name
    try:
        done = subprocess.run(
            [sys.executable, "-m", "assistant.library.parse_worker"],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            timeout=settings.parse_timeout_s + _START_GRACE_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise DocumentError(
            f"{name}: took more than {settings.parse_timeout_s:g} seconds to read "
            "(limit set by ASSISTANT_PARSE_TIMEOUT_S); split the document or raise the limit"
        ) from None
    try:
        reply = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise DocumentError(
            f"{name}: the reader stopped without an answer (exit {done.returncode}); "
            "the file may be damaged or need more than ASSISTANT_PARSE_MEMORY_MB"
        ) from None
    if "error" in reply:
        raise DocumentError(reply["error"])
    return _document(reply["document"])


def _document(data: dict[str, Any]) -> Document:
    blocks = tuple(Block(**block) for block in data["blocks"])
    return Document(data["doc_id"], data["text"], blocks, data["provenance"], data["source_path"])


def _serve(request: dict[str, Any]) -> dict[str, Any]:
    from dataclasses import asdict

    from assistant.library.documents import load_document

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        corpus_dir=Path(request["library_root"]),
        parse_timeout_s=request["parse_timeout_s"],
        **request["limits"],
    )
    path = Path(request["path"])
    try:
        document = load_document(
            path, request["overrides"], library_root=settings.corpus_dir, settings=settings
        )
    except DocumentError as exc:
        return {"error": str(exc)}
    return {"document": asdict(document)}


def _too_big(request: dict[str, Any]) -> dict[str, str]:
    return {
        "error": f"{Path(request['path']).name}: needs more than {request['memory_mb']} MB of "
        "memory to read (limit set by ASSISTANT_PARSE_MEMORY_MB); split it or raise the limit"
    }


def main() -> None:
    request = json.loads(sys.stdin.read())
    try:
        import resource

        cap = int(request["memory_mb"]) * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):  # no rlimits here (Windows): the timeout remains
        pass
    try:
        answer = json.dumps(_serve(request))
    except MemoryError:  # reading or sending the document went over the cap
        answer = json.dumps(_too_big(request))
    except Exception as exc:  # a reader's bug on a hostile file: one line, never a traceback
        answer = json.dumps({"error": f"{Path(request['path']).name}: cannot read it ({exc})"})
    sys.stdout.write(answer + "\n")


if __name__ == "__main__":
    main()

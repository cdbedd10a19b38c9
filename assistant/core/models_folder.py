"""The models folder the writer's model file and the embedding model's ONNX copy share.

Both are made there once per machine (`llm/model_files.py` joins the writer's parts,
`onnx_export.py` exports the embedder), so both need the same first step and the same one-line
message when the folder cannot be made. It lives in core because the two sit in different
stages (the language models above the library), and neither may import the other.
"""

from __future__ import annotations

from pathlib import Path

from assistant.core.errors import ModelError


def make_models_folder(folder: Path) -> None:
    """Create the models folder, or say in one line which setting points elsewhere."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(
            f"cannot create the models folder {folder} ({exc.strerror}); "
            "set ASSISTANT_MODELS_DIR to a folder you can write"
        ) from None

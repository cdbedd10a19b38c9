"""`assistant prepare-embedder`: make the ONNX embedding model once (run by `make install`)."""

from __future__ import annotations

import click

from assistant.cli.common import err, settings_from


def prepare_embedder_quietly(force: bool = False) -> str:
    """Export and check the ONNX model if needed (a message says so); returns the summary."""
    from assistant.library.onnx_export import corpus_texts, prepare_onnx

    settings = settings_from()

    def check_texts() -> list[str]:
        err("Making the ONNX copy of the embedding model and checking it (once, about a minute)…")
        return corpus_texts(settings.corpus_dir, settings.chunk_min_words, settings.chunk_max_words)

    return prepare_onnx(settings.models_dir, check_texts, force=force).summary()


@click.command("prepare-embedder")
@click.option("--force", is_flag=True, help="Export again even if a checked one is there.")
def prepare_embedder(force: bool) -> None:
    """Make the ONNX copy of the embedding model that lets search start without torch."""
    click.echo(prepare_embedder_quietly(force))

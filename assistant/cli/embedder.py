"""`assistant prepare-embedder`: make the fast query model once (run by `make install`)."""

from __future__ import annotations

import click

from assistant.cli.common import err, settings_from


def prepare_embedder_quietly(force: bool = False) -> str:
    """Export and check the ONNX query model if needed; returns the one-line summary."""
    from assistant.onnx_export import corpus_texts, prepare_onnx

    settings = settings_from()
    texts = corpus_texts(settings.corpus_dir, settings.chunk_min_words, settings.chunk_max_words)
    return prepare_onnx(settings.models_dir, texts, force=force).summary()


@click.command("prepare-embedder")
@click.option("--force", is_flag=True, help="Export again even if a checked one is there.")
def prepare_embedder(force: bool) -> None:
    """Export the bundled embedding model to ONNX and check it (makes search start fast)."""
    err("Preparing the fast query model (about 15 seconds, once)…")
    click.echo(prepare_embedder_quietly(force))

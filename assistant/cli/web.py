"""`assistant ui`: start the web app (building the library first if it is empty)."""

from __future__ import annotations

import click

from assistant.cli.common import err, progress, settings_from


@click.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1: this computer only).")
@click.option("--port", type=int, help="Port (default 7860).")
def ui(host: str | None, port: int | None) -> None:
    """Start the web app and print its address."""
    from assistant.library.ingest import ingest
    from assistant.library.store import Store
    from assistant.ui.access import check_exposure

    settings = settings_from()
    host = host or settings.ui_host
    port = port or settings.ui_port
    check_exposure(settings, host)  # before any work: no login, no listening beyond loopback
    if Store(settings).count() == 0:
        err("The library is empty: adding the bundled corpus first (about a minute)…")
        with progress("Ingesting") as update:
            report = ingest([settings.corpus_dir], settings, progress=update)
        err(report.summary())
    from assistant.ui.app import launch

    address = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    click.echo(f"Open {address} in your web browser. Press Ctrl+C to stop.")
    launch(settings, host, port)

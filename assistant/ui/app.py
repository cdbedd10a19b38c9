"""The web app: four tabs over the same library the CLI uses. No logic lives here.

Privacy: analytics are off, no share link is made, the hub is offline, and the app binds to
127.0.0.1 unless the settings say otherwise.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

import gradio as gr

from assistant.settings import Settings
from assistant.ui import ask_tab, draft_tab, evaluate_tab, library_tab
from assistant.ui.services import Services

TITLE = "Consultation assistant"

# Status lines sit in containers that stay in the page; marking those as polite live regions
# makes screen readers announce each new answer or result.
LIVE_REGION_JS = """
() => {
  const mark = () => document.querySelectorAll('.live-status').forEach((el) => {
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
  });
  mark();
  new MutationObserver(mark).observe(document.body, {childList: true, subtree: true});
}
"""

CSS = """
:focus-visible { outline: 3px solid #1d4ed8 !important; outline-offset: 2px; }
.status { font-size: 1.05rem; margin: 0.25rem 0; }
.status-error { color: #8b0000; font-weight: 600; }
.status-done { color: #14532d; }
"""


def build_app(settings: Settings, services: Services | None = None) -> gr.Blocks:
    services = services or Services(settings)
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        gr.Markdown(
            f"# {TITLE}\n"
            "Answers and drafts built from the documents in your library, with every "
            "source numbered so you can check it. Nothing leaves this computer."
        )
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                ask_tab.build(services)
            with gr.Tab("Draft", id="draft"):
                draft_tab.build(services)
            with gr.Tab("Library", id="library"):
                library_tab.build(services)
            with gr.Tab("Evaluate", id="evaluate"):
                evaluate_tab.build(services)
    app.queue(default_concurrency_limit=settings.ui_concurrency, max_size=settings.ui_queue_size)
    return app


def launch(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    """Start the server and block. Login is required when a username and password are set."""
    app = build_app(settings)
    auth = None
    if settings.ui_username and settings.ui_password:
        auth = (settings.ui_username, settings.ui_password.get_secret_value())
    app.launch(
        server_name=host or settings.ui_host,
        server_port=port or settings.ui_port,
        share=False,
        quiet=True,
        auth=auth,
        show_error=False,
        max_file_size=f"{settings.max_upload_mb * 5}mb",
        footer_links=[],
        js=LIVE_REGION_JS,
        css=CSS,
        theme=gr.themes.Default(),
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
    )

"""The web app: four tabs over the same library the CLI uses. No logic lives here.

Privacy: analytics are off, no share link is made, the hub is offline, and the app binds to
127.0.0.1 unless the settings say otherwise; beyond it only with a login, and only requests
naming this app as their Host are answered (`access.py`).
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

import gradio as gr

from assistant.settings import Settings
from assistant.ui import (
    ask_tab,
    consultation_tab,
    downloads,
    draft_tab,
    evaluate_tab,
    history_tab,
    library_tab,
    warm_up,
)
from assistant.ui.access import HostGuard, gradio_auth
from assistant.ui.gate import Gate, GatedBlocks, signed_in_line
from assistant.ui.services import Services

TITLE = "Consultation assistant"

# Status lines sit in containers that stay in the page; marking those as polite live regions
# makes screen readers announce each new answer or result. The same pass names the file box's
# "add more files" button, which Gradio 6.31 labels with its untranslated key "common.upload".
LIVE_REGION_JS = """
() => {
  const mark = () => {
    document.querySelectorAll('.live-status').forEach((el) => {
      el.setAttribute('role', 'status');
      el.setAttribute('aria-live', 'polite');
    });
    document.querySelectorAll('[aria-label="common.upload"]').forEach((el) => {
      el.setAttribute('aria-label', 'Add more files');
      el.setAttribute('title', 'Add more files');
    });
  };
  mark();
  new MutationObserver(mark).observe(document.body, {childList: true, subtree: true});
}
"""

# WCAG AA contrast: Gradio's default orange fails (2.8:1, white on orange and orange on white),
# as do its red "stop" button (3.8:1) and its grey "subdued" text (placeholders, "- or -",
# 1.9:1). Dark blue, dark red and a darker grey pass (blue-700 on white is 6.7:1, red-700 6.5:1,
# neutral-600 7.7:1).
THEME = gr.themes.Default(primary_hue=gr.themes.colors.blue).set(
    color_accent="*primary_700",
    color_accent_soft="*primary_50",
    button_primary_background_fill="*primary_700",
    button_primary_background_fill_dark="*primary_700",
    button_primary_background_fill_hover="*primary_800",
    button_primary_background_fill_hover_dark="*primary_800",
    button_primary_text_color="white",
    button_primary_text_color_dark="white",
    button_cancel_background_fill="#b91c1c",
    button_cancel_background_fill_dark="#b91c1c",
    button_cancel_background_fill_hover="#991b1b",
    button_cancel_background_fill_hover_dark="#991b1b",
    button_cancel_text_color="white",
    button_cancel_text_color_dark="white",
    body_text_color_subdued="*neutral_600",
    body_text_color_subdued_dark="*neutral_300",
)

CSS = """
:focus-visible { outline: 3px solid #1d4ed8 !important; outline-offset: 2px; }
.status { font-size: 1.05rem; margin: 0.25rem 0; }
.status-error { color: #8b0000; font-weight: 600; }
.status-done { color: #14532d; }
"""


SIGN_IN_MESSAGE = (
    "Sign in with the name and password your organisation's admin gave you. After {attempts} "
    "wrong passwords in a row, signing in with that name pauses for {minutes} minutes."
)


def history_notice(services: Services) -> str:
    """Said at the top of the page when saved conversations and drafts cannot be used."""
    services.history.items()  # opens the file if it can be opened
    problem = services.history.problem
    return f"**Saving is off:** {problem} Everything else works as usual." if problem else ""


def build_app(settings: Settings, services: Services | None = None) -> gr.Blocks:
    services = services or Services(settings)
    with GatedBlocks(
        title=TITLE, analytics_enabled=False, delete_cache=downloads.CACHE_CLEANUP
    ) as app:
        gr.Markdown(
            f"# {TITLE}\n"
            "Answers and drafts built from the documents in your library, with every "
            "source numbered so you can check it. Nothing leaves this computer."
        )
        notice = gr.Markdown("", elem_id="history-notice")
        signed_in = gr.Markdown("", elem_id="signed-in")
        with gr.Tabs() as tabs:
            with gr.Tab("Ask", id="ask"):
                ask = ask_tab.build(services)
            with gr.Tab("Draft", id="draft"):
                draft = draft_tab.build(services)
            with gr.Tab("Consultation", id="consultation"):
                consultation_tab.build(services)
            with gr.Tab("History", id="history") as history:
                history_tab.build(services, history, tabs, ask, draft)
            with gr.Tab("Library", id="library"):
                documents, uploads = library_tab.build(services)
            with gr.Tab("Our evidence", id="evidence") as evidence_panel:
                from assistant.ui import evidence_tab  # kept apart: tabs were added in parallel

                evidence_tab.build(services, evidence_panel)
            with gr.Tab("Evaluate", id="evaluate"):
                evaluate_tab.build(services)
        app.load(
            lambda: library_tab.refresh(services),
            None,
            [documents, uploads],
            api_visibility="private",
        )
        # A conversation or draft open before a reload (or a restart) opens again. The ids the
        # browser keeps sit outside the tabs: Gradio reads a tab's storage only once it is shown.
        for face in (ask, draft):
            face.remembered.render()
            app.load(face.fill, face.remembered, face.outputs, api_visibility="private")
        app.load(lambda: history_notice(services), None, notice, api_visibility="private")
        gate = Gate(settings)

        def who(request: gr.Request) -> str:
            return signed_in_line(gate, request)

        app.load(who, None, signed_in, api_visibility="private")
    app.gate = gate  # every event's role check (ui/gate.py)
    app.queue(default_concurrency_limit=settings.ui_concurrency, max_size=settings.ui_queue_size)
    return app


def launch(
    settings: Settings,
    host: str | None = None,
    port: int | None = None,
    block: bool = True,
    services: Services | None = None,
) -> gr.Blocks:
    """Start the server. A login is asked for when set, and required beyond loopback.

    Blocks until stopped unless `block` is False (tests, benchmarks): then the server runs in a
    background thread and the caller closes it with `app.close()`.
    """
    from starlette.middleware import Middleware

    from assistant.accounts import UserStore
    from assistant.accounts.audit import AuditLog
    from assistant.accounts.sessions import SessionClock
    from assistant.ui.page_title import PageTitle
    from assistant.ui.sessions import Sessions

    server_name = host or settings.ui_host
    auth = gradio_auth(settings, server_name)
    services = services or Services(settings)
    app = build_app(settings, services)
    if settings.ui_warm_up:  # the quick quotes ready before the first question
        warm_up.start(services)
    clock = SessionClock(settings.ui_session_hours * 3600)
    app.launch(
        server_name=server_name,
        server_port=port or settings.ui_port,
        share=False,
        quiet=True,
        auth=auth,
        auth_message=SIGN_IN_MESSAGE.format(
            attempts=settings.signin_attempts, minutes=round(settings.signin_pause_minutes)
        ),
        show_error=False,
        max_file_size=f"{settings.max_file_mb * 5}mb",
        footer_links=[],
        js=LIVE_REGION_JS,
        css=CSS,
        theme=THEME,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        # Gradio otherwise copies every question, answer and draft into the browser's storage
        # (its "run history"), where deleting from History could not reach them.
        run_history=False,
        prevent_thread_lock=not block,
        # Every request passes the Host check before any Gradio route; no static-file worker
        # processes (GRADIO_NUM_WORKERS), which would serve files around it.
        app_kwargs={
            "middleware": [
                Middleware(HostGuard, host=server_name),
                Middleware(
                    Sessions,
                    clock=clock,
                    audit=AuditLog(settings.audit_path),
                    users=UserStore(settings.users_path),
                ),
                Middleware(PageTitle, title=TITLE),  # the login page has none of its own
            ]
        },
        num_workers=0,
    )
    return app

"""The `assistant` command: a thin face over the library. Errors become one-line messages."""

from __future__ import annotations

import os
import sys

import click

from assistant.cli.answers import ask, draft
from assistant.cli.audit import audit
from assistant.cli.check import check
from assistant.cli.common import err
from assistant.cli.consultation import consultation
from assistant.cli.easyread import easyread
from assistant.cli.embedder import prepare_embedder
from assistant.cli.eval_arguments import eval_arguments  # noqa: F401  (registers it)
from assistant.cli.eval_check import eval_check  # noqa: F401  (registers it)
from assistant.cli.eval_easyread import eval_easyread  # noqa: F401  (registers it)
from assistant.cli.eval_faithfulness import eval_faithfulness  # noqa: F401  (registers it)
from assistant.cli.eval_howread import eval_howread  # noqa: F401  (registers it)
from assistant.cli.eval_questions import eval_questions  # noqa: F401  (registers it)
from assistant.cli.eval_redaction import eval_redaction  # noqa: F401  (registers `eval redaction`)
from assistant.cli.eval_repeats import eval_repeats  # noqa: F401  (registers it)
from assistant.cli.eval_train import eval_train_questions  # noqa: F401  (registers it)
from assistant.cli.evals import eval_group
from assistant.cli.evidence import evidence
from assistant.cli.history import history
from assistant.cli.library import corpus, ingest, search
from assistant.cli.model import model
from assistant.cli.users import users
from assistant.cli.web import ui
from assistant.core.errors import AssistantError

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="consult-assistant")
def cli() -> None:
    """Grounded, cited help for answering government consultations (offline)."""


COMMANDS = (
    ingest,
    search,
    corpus,
    ask,
    draft,
    check,
    easyread,
    consultation,
    evidence,
    history,
    eval_group,
    model,
    users,
    audit,
)
for command in (*COMMANDS, ui, prepare_embedder):
    cli.add_command(command)


def main() -> None:
    """Entry point: run the CLI and turn known errors into one-line messages."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        err("Stopped. Run the same command again to finish; nothing already saved is lost.")
        sys.exit(130)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "assistant"
        err(f"Error: {exc.format_message()} (see `{command} --help`)")
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except AssistantError as exc:
        err(f"Error: {exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err("Stopped. Run the same command again to finish; nothing already saved is lost.")
        sys.exit(130)
    except Exception as exc:  # last resort: never show a traceback to a user
        if os.environ.get("ASSISTANT_DEBUG"):
            raise
        err(f"Error: unexpected problem: {exc} (set ASSISTANT_DEBUG=1 to see details)")
        sys.exit(1)

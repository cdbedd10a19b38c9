"""What the tabs share: settings, one store and one `Assistant` per generator, built lazily."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.history import SafeHistory
from assistant.library.store import Store
from assistant.settings import Settings
from assistant.ui import downloads

if TYPE_CHECKING:
    from assistant.answering.chains import Assistant
    from assistant.llm.protocol import TextModel


class Services:
    """Long-lived objects for the app; safe to share between Gradio's worker threads."""

    def __init__(self, settings: Settings, models: dict[str, TextModel] | None = None) -> None:
        """`models`: a ready text model per generator name (tests pass a fake one); the
        others are loaded by the assistant on first use."""
        self.settings = settings
        downloads.prepare(settings)  # private files, and Gradio's copies where removal reaches
        self._models = dict(models or {})
        self.store = Store(settings)
        self.history = SafeHistory(settings.history_path)  # a bad file turns saving off, only
        self._assistants: dict[str, Assistant] = {}
        self._lock = threading.Lock()

    def assistant(self, generator: str | None = None) -> Assistant:
        from assistant.answering.chains import Assistant

        name = generator or self.settings.generator
        with self._lock:
            if name not in self._assistants:
                self._assistants[name] = Assistant(
                    self.settings, store=self.store, generator=name, model=self._models.get(name)
                )
            return self._assistants[name]

    def team(self) -> bool:
        """Whether personal logins are set up (docs/team.md): then drafts need approval."""
        from assistant.accounts import UserStore

        return UserStore(self.settings.users_path).any()

    @property
    def uploads_dir(self) -> Path:
        """The library's copies of uploads (`uploads.keep_copy`), made if missing."""
        folder = self.settings.uploads_dir
        folder.mkdir(parents=True, exist_ok=True)
        return folder

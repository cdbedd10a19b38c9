"""Named errors. The CLI turns each into a one-line message and a non-zero exit."""


class AssistantError(Exception):
    """Base class: a problem the user can act on, shown without a traceback."""

    exit_code = 1


class InputError(AssistantError):
    """Bad input from the user: an empty query, an unknown option value, a missing path."""

    exit_code = 2


class EvidenceError(InputError):
    """Our evidence: an unknown item, a bad survey row, a consent that does not allow a use."""


class HistoryError(AssistantError):
    """The saved conversations and drafts cannot be read: a damaged or locked history file."""


class UnknownHistoryItem(InputError):
    """No saved conversation or draft has the id given."""


class DocumentError(AssistantError):
    """A file that cannot be read (corrupt, encrypted, wrong encoding, unsupported type)."""


class StoreError(AssistantError):
    """The vector store is missing, empty or unreachable."""


class EmptyStoreError(StoreError):
    """Search was asked of a store that holds nothing yet."""


class ModelError(AssistantError):
    """The bundled model is missing or not the file we expect."""


class GenerationError(AssistantError):
    """The language model could not produce a reply: unreachable, too slow, missing or refused."""


class GenerationTimeout(GenerationError):
    """The local model did not finish in time (a very busy or very slow computer)."""


class AccountError(InputError):
    """A user name, role or password that cannot be used, or an unreadable users file."""

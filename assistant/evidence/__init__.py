"""Our evidence: the organisation's own material (members' experiences, survey findings, past
responses, facts about itself), kept apart from published sources, with consent, and redacted
before every use. Stored only in the data folder (see `store`), never sent anywhere.
"""

from assistant.evidence.model import Consent, EvidenceItem, Kind, new_item
from assistant.evidence.redact import Pii, Redacted, redact
from assistant.evidence.store import EvidenceStore

__all__ = [
    "Consent",
    "EvidenceItem",
    "EvidenceStore",
    "Kind",
    "Pii",
    "Redacted",
    "new_item",
    "redact",
]

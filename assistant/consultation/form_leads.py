"""Lead-in lines of forms and calls for evidence: the line that says the bullets or numbered
items after it are the asks ("The Committee wants to know:", "Terms of reference"), and the line
that says they are only the document's own sections ("This survey is split into 5 sections:").

A call for evidence rarely puts question marks on its asks; what marks them is the line before
them. Kept apart from `form_finder`, which scores each paragraph, so the wording of leads is in
one place.
"""

from __future__ import annotations

import re

# A line that says what the asker wants to hear about, then a colon: its bullets are the asks.
# "Submissions should address:", "The Committee wants to know:", "The inquiry is focusing
# particularly on:", "Questions which the inquiry focuses on include:".
_ASK_LEAD = re.compile(
    r"(?:should\s+address|would\s+(?:particularly\s+)?welcome\s+(?:written\s+)?(?:evidence|views|"
    r"submissions|comments)|terms\s+of\s+reference\s+(?:for\s+\w+\s+\w+\s+)?are|following\s+"
    r"(?:matters|issues|questions|points|areas|topics|themes)|views\s+on\s+the\s+following|"
    r"\b(?:wants?|would\s+like)\s+to\s+(?:know|hear)|\bfocus(?:es|ing)?\s+(?:\w+\s+)?on|"
    r"\b(?:invites?|seeks?|welcomes?)\s+(?:\w+\s+){0,2}?(?:evidence|views|submissions|comments|"
    r"contributions)\s+(?:on|about)\b|"
    r"\b(?:questions|issues|themes)\b[^.:]{0,80}\b(?:include|are|such\s+as))"
    r"(?:[^.]*|[^:]{0,200})(?:\s+\w+)?:\s*$|"
    # a heading that names the asks: "Terms of reference", "Key questions", "Scope of the inquiry"
    r"^\s*(?:(?:the\s+)?terms\s+of\s+reference|key\s+(?:questions|issues|themes)|"
    r"scope\s+of\s+the\s+(?:inquiry|call(?:\s+for\s+evidence)?)|"
    r"what\s+we\s+(?:want|would\s+like)\s+to\s+(?:know|hear)(?:\s+about)?)\s*:?\s*$",
    re.IGNORECASE,
)

# A line that lists the document's own parts: "This survey is split into 5 sections:". The
# numbered items and bullets after it are its contents, not questions.
_CONTENTS_LEAD = re.compile(
    r"\b(?:split|divided|organised|arranged)\s+into\b[^:]{0,60}:\s*$|"
    r"\b(?:sections|parts|chapters|pages|stages)\s*:\s*$",
    re.IGNORECASE,
)


def asking_lead(text: str) -> bool:
    """The line introduces the asks: the bullets or numbered items after it are questions."""
    return bool(_ASK_LEAD.search(text))


def contents_lead(text: str) -> bool:
    """The line introduces the document's own parts: what follows it is contents, not asks."""
    return bool(_CONTENTS_LEAD.search(text))

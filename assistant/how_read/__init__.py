"""How it will be read: what a government analyst's first pass will find in an answer.

Consultation responses are now read with machine help (i.AI's Consult/ThemeFinder), which marks
a response "evidence-rich" when it has at least two of four signs: specific facts or figures,
concrete examples, detailed lived or professional experience, reasoned solutions. This package
checks each answer for those signs and for a clear stance where the question asks for one, says
what would add a missing sign (never writing the evidence itself), and gives the plain-English
score. Rules only (`signs.py`, `experience.py`, `solutions.py`), measured on `evals/howread/`;
non-blocking: it advises, it never stops an export. `check.py` puts the parts together,
`render.py` words them for the faces.
"""

from assistant.how_read.check import HowRead, how_read
from assistant.how_read.signs import Sign

__all__ = ["HowRead", "Sign", "how_read"]

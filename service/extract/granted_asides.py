"""A status named inside a plan, then told as already granted in a relative clause after it:
"the NDS will be assessed under the agency's priority review, which the company was granted
in March", "it plans to file under the breakthrough designation that it received last year".
The plan is the main clause's (the review, the filing); the grant is told as done."""

from __future__ import annotations

import re

# Up to three words end the status's name ("policy", "pathway", "status"), then the relative
# word, a subject of at most two words, a tense of having been, and a verb of granting. No
# modal fits between ("which it may be granted", "which is expected to be granted").
_GRANTED_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?,?\s+(?:which|that)\s+(?:(?:the\s+)?[\w'’.-]+\s+)?"
    r"(?:(?:was|were|has|had|have)\s+(?:already\s+)?(?:been\s+)?)?"
    r"(?:granted|awarded|received|obtained|secured|won|gained|given)\b",
    re.IGNORECASE,
)
_MODALS = frozenset(("will", "would", "may", "might", "could", "should", "can", "shall", "to"))


def granted_after(text: str, end: int, clause_end: int) -> bool:
    """The status ending at `end` is told granted by a relative clause following it."""
    found = _GRANTED_AFTER.match(text, end, clause_end)
    if found is None:
        return False
    return not _MODALS.intersection(found.group().lower().split())

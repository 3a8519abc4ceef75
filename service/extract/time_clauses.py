"""A time clause in the simple past inside a plan's sentence: "plans to begin a trial in
2025 after the FDA cleared its IND in August". The plan word before it governs the main
clause; the clause after "after"/"since" tells a fact it waits on, so the plan does not hedge
the event told there."""

from __future__ import annotations

import re

# A time clause told in the simple past is a fact a plan before it waits on: "plans to begin
# a trial in 2025 after the FDA cleared its IND in August" (not "after the FDA clears it",
# nor "once the IND has been cleared").
_PAST_SINCE = re.compile(
    r"\b(?:after|since|now that|because)\s+(?:(?!(?:is|are|be|been|being|has|have|will|would"
    r"|can|could|may|might|shall|should|gets?|receives?)\b)[^\s,;:]+\s+){1,12}?$",
    re.IGNORECASE,
)
_SIMPLE_PAST = re.compile(r"[a-z]+ed\b")


def past_clause_start(text: str, low: int, start: int) -> int:
    """Where the plan window before the trigger at `start` begins: after a time clause in
    the simple past that holds the trigger's verb (see `_PAST_SINCE`), else at `low`."""
    if not _SIMPLE_PAST.match(text, start):
        return low
    # The clause runs up to the trigger (the pattern is anchored at `start`).
    return start if _PAST_SINCE.search(text, low, start) else low

"""A time clause in the simple past inside a plan's sentence: "plans to begin a trial in
2025 after the FDA cleared its IND in August". The plan word before it governs the main
clause; the clause after "after"/"since" tells a fact it waits on, so the plan does not hedge
the event told there. Nor does it hedge a past clause with its own subject and date spliced
on after it by a comma."""

from __future__ import annotations

import re

from service.extract import calendar as cal

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


# A clause of its own spliced on by a comma after a plan's: a new subject, a verb in the
# past and a date of its own ("the company needs to run the confirmatory study, the first
# patient of this study was enrolled in February 2024"). The plan before the comma governs
# its own clause; this one tells a fact (a plan word after the comma still hedges it).
_SPLICED_SUBJECT = re.compile(
    r",\s+(?:the|its|their|this|that|our)\s+(?:[\w-]+\s+){0,8}?$", re.IGNORECASE
)
_PAST_VERB = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?[a-z]+ed\b", re.IGNORECASE)
_OWN_DATE = re.compile(rf"[^,;.]{{0,30}}?\b(?:(?:19|20)\d\d|{cal.MONTH_NAMES})\b", re.IGNORECASE)
_SPLICE_HINTS = (" was ", " were ")


def spliced_clause_start(text: str, low: int, start: int, end: int) -> int:
    """Where the plan window before the trigger text[start:end] begins: after the comma
    that opens a past clause of its own (see `_SPLICED_SUBJECT`), else at `low`."""
    if not any(hint in text[start : end + 12] for hint in _SPLICE_HINTS):
        return low
    comma = text.rfind(",", low, start)
    if comma < 0 or not _SPLICED_SUBJECT.match(text, comma, start):
        return low
    if not _PAST_VERB.search(text, start, end + 12) or not _OWN_DATE.match(text, end):
        return low
    return comma + 1

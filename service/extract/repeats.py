"""Events listed after a colon, one time per clause, each with its own date.

"In China, X has many times been included in the programme: in April 2024, for …; in
September 2024, for …". The trigger names the event once, before the colon; each later clause
of the sentence tells another time of it. (Several dates inside the trigger's own clause, "in
2020 and again in August 2023", are read where the candidates are dated.)
"""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment

# Words saying the event happened more than once.
_TIMES = re.compile(
    r"\b(?:twice|again|several times|many times|multiple times|repeatedly)\b", re.IGNORECASE
)
_TIMES_WORDS = ("twice", "again", "times", "repeatedly")


def listed_times(text: str, clause: Segment, end: int, clauses: list[Segment]) -> list[Segment]:
    """The later clauses of the sentence that each tell another time of the event a trigger
    ending at `end` names, when the phrase says it happened more than once and lists the
    times after a colon (hard clauses, so that none borrows its neighbour's date)."""
    if ":" not in text[end : clause.end]:
        return []
    window = text[clause.start : clause.end]
    lowered = window.lower()
    if not holds_one_of(lowered, _TIMES_WORDS) or not _TIMES.search(window):
        return []
    return [Segment(c.start, c.end, hard=True) for c in clauses if c.start >= clause.end]

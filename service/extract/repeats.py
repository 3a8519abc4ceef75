"""Events told as happening more than once in one phrase, each time with its own date.

"issued complete response letters in 2020 and again in August 2023", "had in January and May
2023 twice obtained the designation", "has many times been included in the programme: in April
2024, for …; in September 2024, for …". The trigger names the event once; each later time is
read from its own stretch of the sentence, which the copy of the trigger takes as its clause.
"""

from __future__ import annotations

import re

from service.extract.sentences import Segment

# Words saying the event happened more than once.
_TIMES = re.compile(
    r"\b(?:twice|two times|again|several times|many times|multiple times|repeatedly|each time)\b",
    re.IGNORECASE,
)
_TIMES_WORDS = ("twice", "two times", "again", "times", "repeatedly")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# The joint before a later time: "and again in August 2023"; or two months sharing a year,
# each a time: "January and May 2023".
_LATER_TIME = re.compile(
    rf"\s+and\s+(?:again\s+|later\s+)?(?=(?:in|on)\s+(?:{_MONTH}|(?:19|20)\d\d)\b)"
    rf"|(?P<first>{_MONTH})\s+and\s+(?={_MONTH}\s+(?:19|20)\d\d\b)"
)


def repeat_clauses(text: str, clause: Segment, end: int, clauses: list[Segment]) -> list[Segment]:
    """Stretches of the sentence that each date one time of the event a trigger ending at
    `end` names: none unless the phrase says it happened more than once."""
    window = text[clause.start : clause.end]
    lowered = window.lower()
    if not any(word in lowered for word in _TIMES_WORDS) or not _TIMES.search(window):
        return []
    found = []
    for joint in _LATER_TIME.finditer(text, max(clause.start, end - 80), clause.end):
        if joint["first"]:
            found.append(Segment(joint.start("first"), joint.end("first"), hard=True))
        found.append(Segment(joint.end(), _next_joint(text, joint.end(), clause.end), hard=True))
    if ":" in text[end : clause.end]:
        # A list after a colon: each later clause of the sentence is another time.
        found.extend(Segment(c.start, c.end, hard=True) for c in clauses if c.start >= clause.end)
    return found


def _next_joint(text: str, start: int, end: int) -> int:
    following = _LATER_TIME.search(text, start, end)
    return following.start() if following else end

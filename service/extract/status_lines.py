"""A status told by its name and its day alone, as a tracker's or a digest's line reports a
grant: "US: Breakthrough therapy designation on Wednesday for X", "AGT-1. Fast track
designation from the FDA on May 22". No verb is written, but a status named first with the day
it came says that it was granted then (a plan or a request would need its verb)."""

from __future__ import annotations

import re

from service.extract.sentences import Segment

# What may stand before the name in its sentence: nothing, or a place's field label ("US:",
# "EU: ").
_LABEL_BEFORE = re.compile(
    r"[ \t]*(?:(?:U\.?S\.?|EU|UK|Japan|China|Europe|Canada|Australia|Korea)[ \t]*:[ \t]*)?$"
)
_LABEL_CHARS = 12  # (a bound on the label's length, checked before its pattern)
# The name's noun, who granted it, then its day: "designation from the FDA on May 22", "status
# in March 2025".
_DAY_AFTER = re.compile(
    r"(?:\s+(?:drug\s+)?(?:designation|status))?"
    r"(?:\s+(?:from|by)\s+(?:the\s+)?(?:U\.S\.\s+)?(?:FDA|EMA|MHRA|PMDA|NMPA|TGA|agency)\b)?"
    r"\s+(?:on|in)\s+(?:[A-Z][a-z]+day\b|[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b"
    r"|[A-Z][a-z]{2,8}\.?\s+(?:[0-3]?\d\b|(?:19|20)\d\d\b)|(?:19|20)\d\d\b)"
)


def told_by_day(text: str, sentence: Segment, start: int, end: int) -> bool:
    """The status named at `start`..`end` opens its sentence (see `_LABEL_BEFORE`) and its day
    follows it (see `_DAY_AFTER`)."""
    if start - sentence.start > _LABEL_CHARS:
        return False
    if not _LABEL_BEFORE.match(text, sentence.start, start):
        return False
    return _DAY_AFTER.match(text, end) is not None

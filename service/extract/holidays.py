"""Days named by a fixed public holiday, as US trade copy names them: "won approval on the
day before Thanksgiving", "cleared the drug on Christmas Eve".

Only the day itself is a date: "on" the holiday, or the day before or after it. A holiday
named as a period ("Thanksgiving week", "the Christmas break") or as a bound ("before
Christmas") names no one day. The holiday is the latest one not after publication.
"""

from __future__ import annotations

import datetime as dt
import re

_NAMES = (
    r"Thanksgiving(?:\s+Day)?|Christmas\s+Eve|Christmas(?:\s+Day)?"
    r"|New\s+Year['’]s\s+(?:Eve|Day)"
)
HOLIDAY = (
    r"(?:(?:[Tt]he\s+)?day\s+(?P<shift>before|after)\s+|(?<=\b[Oo]n\s))"
    rf"(?P<h>{_NAMES})\b"
    # (A holiday's period: "Thanksgiving week", "the Christmas holidays".)
    r"(?!['’]?s?\s+(?:week|weekend|holidays?|break|period|season|shutdown|rush)\b)"
)
HINTS = ("thanksgiving", "christmas", "new year")
_THURSDAY = 3


def holiday(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The holiday's day (shifted by "the day before/after") in the latest year in which it
    is not after publication."""
    if pub is None:
        return None, "unknown", "unknown"
    shift = {"before": -1, "after": 1}.get((m["shift"] or "").lower(), 0)
    for year in (pub.year, pub.year - 1):
        day = _day_of(m["h"].lower(), year) + dt.timedelta(days=shift)
        if day <= pub:
            return day.isoformat(), "day", "absolute"
    return None, "unknown", "unknown"


def _day_of(name: str, year: int) -> dt.date:
    if name.startswith("thanksgiving"):
        # The fourth Thursday of November.
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(_THURSDAY - first.weekday()) % 7 + 21)
    if name.startswith("new"):
        return dt.date(year, 12, 31) if name.endswith("eve") else dt.date(year, 1, 1)
    return dt.date(year, 12, 24 if name.endswith("eve") else 25)

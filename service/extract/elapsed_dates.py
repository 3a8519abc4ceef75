"""Dates told by the time elapsed up to publication: "three months ago", "last spring".

A retrospective counts back from the day it is written. A count of months names the month
it lands in (the count is a round figure, so nothing finer); a count of years, the year. A
season spans months of two quarters (spring is March to May), so it names only its year:
"last spring" is the latest spring over by publication (in March, the year before's)."""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal

# A count, as `count_of` reads it: "a", "three", "12".
COUNT = r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
AGO = rf"\b{COUNT}\s+(?P<unit>month|year)s?\s+ago\b"
LAST_SEASON = r"\b(?:[Ll]ast|[Tt]his\s+past)\s+(?P<season>spring|summer|autumn|fall)\b"
HINTS = ("ago",)
SEASON_HINTS = ("last spring", "last summer", "last autumn", "last fall", "past spring",
                "past summer", "past autumn", "past fall")  # fmt: skip

# The month after each season's last.
_SEASON_ENDS = {"spring": 6, "summer": 9, "autumn": 12, "fall": 12}


def count_of(word: str) -> int:
    """The number a `COUNT` tells."""
    word = word.lower()
    return 1 if word in ("a", "an") else cal.NUMBER_WORDS.get(word) or int(word)


def ago(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "three months ago": publication's month moved back; "two years ago": its year."""
    if pub is None:
        return None, "unknown", "unknown"
    count = count_of(m["n"])
    if m["unit"].lower() == "year":
        return f"{pub.year - count:04d}", "year", "absolute"
    return cal.shift_months(cal.month_value(pub.year, pub.month), -count), "month", "absolute"


def last_season(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "last spring": the year of the latest such season that was over by publication."""
    if pub is None:
        return None, "unknown", "unknown"
    ended = pub.month >= _SEASON_ENDS[m["season"].lower()]
    return f"{pub.year if ended else pub.year - 1:04d}", "year", "absolute"

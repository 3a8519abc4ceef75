"""Years counted from an era rather than from the Gregorian epoch: Japan's imperial eras and
the Republic of China's calendar, which Taiwan's and Japan's copy (and its translations) use.

"Reiwa 4 year (2022 year) 3 month", "令和6年", "Minguo 114 year 11 month 28 day", "民國113年3月";
Taiwan's copy drops the era's name, leaving a three-digit year ("113年3月", "113 year 3 month"),
which no Gregorian year of the news can be.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_resolvers import absolute

# The Gregorian year before each era's first (Reiwa 1 is 2019, Heisei 1 is 1989, Minguo 1 is
# 1912); an era's first year may be written 元 ("the first").
_YEAR_BEFORE = {"reiwa": 2018, "令和": 2018, "heisei": 1988, "平成": 1988}
_MINGUO_YEAR_BEFORE = 1911
_FIRST = ("元", "first")

# A Gregorian year in brackets restating the era's: "Reiwa 4 year （2022 year）".
_RESTATED = r"(?:\s*[（(]\s*(?P<gy>(?:19|20)\d\d)(?:\s*year|年)?\s*[)）])?"
# Translated copy keeps the counters: "Minguo 114 year 11 month 28 day".
ENGLISH = (
    r"(?:(?P<era>Reiwa|Heisei|Minguo|R\.?O\.?C\.?)\s+(?P<ey>\d{1,3}|first)"
    r"|(?P<ry>1[01]\d)(?=\s+year\s+\d{1,2}\s+month))(?:\s+year)?"
    rf"{_RESTATED}(?:\s+(?P<m>\d{{1,2}})\s+month(?:\s+(?P<d>\d{{1,2}})\s+day)?)?\b"
)
CHINESE = (
    r"(?:(?P<era>令和|平成|(?:中华|中華)?民[国國])(?P<ey>\d{1,3}|元)|(?P<ry>1[01]\d)(?=年\d{1,2}月))年"
    rf"{_RESTATED}(?:(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日)?)?"
)
ENGLISH_HINTS = ("reiwa", "heisei", "minguo", "roc ", "r.o.c", *(f"{n} year " for n in range(10)))
CHINESE_HINTS = ("令和", "平成", "民国", "民國", *(f"1{a}{b}年" for a in "01" for b in range(10)))


def era_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The date an era's year (and month and day, when given) names."""
    year = _gregorian(m)
    if not m["m"]:
        return absolute(f"{year:04d}", "year")
    month = int(m["m"])
    if not 1 <= month <= 12:
        return absolute(None, "unknown")
    if not m["d"]:
        return absolute(cal.month_value(year, month), "month")
    try:
        return absolute(dt.date(year, month, int(m["d"])).isoformat(), "day")
    except ValueError:
        return absolute(None, "unknown")


def _gregorian(m: re.Match[str]) -> int:
    if m["gy"]:
        return int(m["gy"])  # the copy's own conversion
    count = m["ey"] or m["ry"]
    number = 1 if count in _FIRST else int(count)
    era = re.sub(r"\W", "", m["era"] or "").lower()
    return _YEAR_BEFORE.get(era, _MINGUO_YEAR_BEFORE) + number

"""Days of the lunar calendar's turn of the year, as Chinese copy tells the days around the
Spring Festival: "腊月二十八" (the 28th of the twelfth month), "正月初八" (the 8th of the
first), "除夕" / "大年三十" (New Year's Eve), "大年初三".

Only the twelfth and first lunar months are read: their days follow from the date of the
lunar New Year and the length of the twelfth month before it (29 or 30 days), a small table
of calendar facts (checked against a lunar-calendar library). Other lunar months would need
the whole calendar, and copy rarely dates regulatory news by them. A year outside the table
leaves the day unread.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.chinese_numerals import count

# Each lunar year's New Year's Day (正月初一), and the length of the twelfth month before it.
_NEW_YEAR: dict[int, tuple[tuple[int, int], int]] = {
    2010: ((2, 14), 30), 2011: ((2, 3), 30), 2012: ((1, 23), 29), 2013: ((2, 10), 29),
    2014: ((1, 31), 30), 2015: ((2, 19), 30), 2016: ((2, 8), 29), 2017: ((1, 28), 30),
    2018: ((2, 16), 30), 2019: ((2, 5), 30), 2020: ((1, 25), 30), 2021: ((2, 12), 30),
    2022: ((2, 1), 29), 2023: ((1, 22), 30), 2024: ((2, 10), 30), 2025: ((1, 29), 29),
    2026: ((2, 17), 29), 2027: ((2, 6), 29), 2028: ((1, 26), 29), 2029: ((2, 13), 29),
    2030: ((2, 3), 30), 2031: ((1, 23), 29),
}  # fmt: skip

_NUMERAL = "[一二三四五六七八九]"
_DAY = rf"(?P<ld>初(?:{_NUMERAL}|十)|十{_NUMERAL}|二十{_NUMERAL}?|廿{_NUMERAL}|三十)"
# A lunar month's day; New Year's Eve; a day of the New Year told from its first ("大年初三").
LUNAR_DAY = (
    rf"(?:农历)?(?P<lm>腊月|正月){_DAY}|(?P<eve>除夕|大年三十)|大年(?P<first>初(?:{_NUMERAL}|十))"
)
HINTS = ("腊月", "正月", "除夕", "大年")


def day_number(numeral: str) -> int:
    """ "初八" 8, "十五" 15, "廿八" 28, "二十八" 28."""
    return count(numeral.removeprefix("初").replace("廿", "二十"))


def _lunar_day(year: int, month: str, day: int | None) -> dt.date | None:
    """The day of the twelfth month before lunar year `year`'s New Year (its last when
    `day` is None), or of its first month."""
    entry = _NEW_YEAR.get(year)
    if entry is None:
        return None
    (month_of, day_of), last_month_length = entry
    new_year = dt.date(year, month_of, day_of)
    if month == "正月":
        return new_year + dt.timedelta(days=day - 1) if day and day <= 29 else None
    if day is None:
        day = last_month_length
    if day > last_month_length:
        return None  # no 腊月三十 in a year whose twelfth month has 29 days
    return new_year - dt.timedelta(days=last_month_length - day + 1)


def lunar_day(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The latest such day up to publication; none when the next one lies close ahead
    (then the copy is likelier telling a plan)."""
    if pub is None:
        return None, "unknown", "unknown"
    if m["eve"]:
        month, day = "腊月", None
    else:
        month, day = m["lm"] or "正月", day_number(m["ld"] or m["first"])
    found = [_lunar_day(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)]
    days = [d for d in found if d is not None]
    if len(days) < len(found):
        return None, "unknown", "unknown"  # outside the table, or no such day
    past = [d for d in days if d <= pub]
    ahead = [d for d in days if d > pub]
    if not past or (ahead and (min(ahead) - pub).days <= cal.FUTURE_DAY_HORIZON):
        return None, "unknown", "future"
    return max(past).isoformat(), "day", "absolute"

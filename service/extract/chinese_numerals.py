"""Dates written in Chinese numerals, as Hong Kong filings and formal notices write them:
"二〇二五年三月十一日", "二〇二四年四月", "二〇二五年第三季度", "三月十一日".

The year is spelled digit by digit (二〇二五 is 2025, 〇 or 零 for nought); a month or a
day is counted with 十 ("十一" is 11, "二十" is 20, "三十一" is 31).
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_resolvers import absolute

_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_YEAR = "(?P<y>[一二][〇零一二三四五六七八九]{3})"
_MONTH = "(?P<m>十[一二]?|[一二三四五六七八九])"
_DAY = "(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
# A year, with its month (and day) or its quarter; a month with its day (a bare month,
# "三月", is too often a count of months to be read as one).
FULL = rf"{_YEAR}年(?:{_MONTH}月(?:{_DAY}日)?|第(?P<q>[一二三四])季度)?"
MONTH_DAY = rf"{_MONTH}月{_DAY}日"
# A month-day led by a numeral or 年 is part of a longer date (or of a count).
NUMERAL_BEFORE = re.compile(r"[\d年〇零一二三四五六七八九十]$")


def count(numeral: str) -> int:
    """The number a month's or a day's numeral counts: "三" 3, "十一" 11, "二十三" 23."""
    tens, _, units = numeral.rpartition("十")
    if not _:
        return _DIGITS[numeral]
    return 10 * (_DIGITS[tens] if tens else 1) + (_DIGITS[units] if units else 0)


def year_of(numeral: str) -> int:
    """The year spelled digit by digit: "二〇二五" 2025."""
    return int("".join(str(_DIGITS[c]) for c in numeral))


def numeral_date(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """A year in numerals, with its month and day or its quarter when given."""
    year = year_of(m["y"])
    if m["q"]:
        return absolute(cal.quarter_value(year, count(m["q"])), "quarter")
    if not m["m"]:
        return absolute(f"{year:04d}", "year")
    month = count(m["m"])
    if not m["d"]:
        return absolute(cal.month_value(year, month), "month")
    try:
        return absolute(dt.date(year, month, count(m["d"])).isoformat(), "day")
    except ValueError:
        return None, "unknown", "unknown"


def numeral_month_day(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """A month and day in numerals, in the year publication implies."""
    if pub is None:
        return None, "unknown", "unknown"
    day = cal.infer_day(count(m["m"]), count(m["d"]), pub)
    return absolute(day.isoformat() if day else None, "day")

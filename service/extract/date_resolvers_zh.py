"""How each Chinese date expression resolves against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from service.extract import calendar as cal
from service.extract.date_resolvers import absolute, day_told, previous_month, so_far_this_year


def same_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """同年6月 / 当年: a month (or day) of the year the previous date named; the value is
    the suffix that date's year takes ("-06"), resolved with the other anaphors."""
    if m["m"] is None:
        return None, "year", "anaphor"
    if not 1 <= int(m["m"]) <= 12:
        return None, "unknown", "unknown"
    suffix = f"-{int(m['m']):02d}" + (f"-{int(m['d']):02d}" if m["d"] else "")
    return suffix, "day" if m["d"] else "month", "anaphor"


def full(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    try:
        return absolute(dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "day")
    except ValueError:
        return None, "unknown", "future"


def month_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    year = int(m["y"]) if m["y"] else _year_word(m["yw"], pub)
    if year is None or not 1 <= int(m["m"]) <= 12:
        return None, "unknown", "unknown"
    return absolute(cal.month_value(year, int(m["m"])), "month")


def _year_word(word: str | None, pub: dt.date | None) -> int | None:
    if pub is None or word is None:
        return None
    # Translated copy writes 去年 as "last year".
    return pub.year - 1 if word in ("去年", "last", "Last") else pub.year


def month_day(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    day = cal.infer_day(int(m["m"]), int(m["d"]), pub)
    return absolute(day.isoformat() if day else None, "day")


def month(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None or not 1 <= int(m["m"]) <= 12:
        return None, "unknown", "unknown"
    year = cal.infer_month_year(int(m["m"]), pub)
    return absolute(cal.month_value(year, int(m["m"])) if year else None, "month")


def year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if m["y"]:
        return absolute(m["y"], "year")
    if m.group() == "今年" and pub is not None:
        return (*so_far_this_year(pub), "absolute")
    year = _year_word(m.group(), pub)
    return absolute(f"{year:04d}" if year else None, "year")


def _named_year(m: re.Match[str], pub: dt.date | None) -> int | None:
    """The year a prefix names (2024年, 去年, 今年), else publication's."""
    if m["y"]:
        return int(m["y"])
    if pub is None:
        return None
    return pub.year - 1 if m["yw"] == "去年" else pub.year


def quarter(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """第二季度, 去年第四季度, 2024年三季度: a quarter without its year is this year's (one
    after publication is a plan, as every date after it is)."""
    year = _named_year(m, pub)
    if year is None:
        return None, "unknown", "unknown"
    return absolute(cal.quarter_value(year, cal.ORDINALS[m["qw"]]), "quarter")


def half_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """上半年 / 去年下半年: a half spans two quarters, so only its year holds it; a half that
    starts after publication is a plan."""
    year = _named_year(m, pub)
    if year is None:
        return None, "unknown", "unknown"
    starts = dt.date(year, 1 if m["h"] == "上" else 7, 1)
    return f"{year:04d}", "year", "future" if pub and starts > pub else "absolute"


def year_part(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """年初 / 去年底 / 今年年末: the start of a year lies in its first quarter and its end in
    its last, by any reading; a bare one is this year's."""
    if pub is None:
        return None, "unknown", "unknown"
    year = pub.year - 1 if m["yw"] == "去年" else pub.year
    return absolute(cal.quarter_value(year, 1 if m["part"] == "初" else 4), "quarter")


def today(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return (cal.day_value(pub), "day", "absolute") if pub else (None, "unknown", "unknown")


_ZH_RELATIVE: tuple[tuple[str, Callable[[dt.date], tuple[str | None, str, str]]], ...] = (
    ("昨", lambda p: (cal.day_value(p - dt.timedelta(days=1)), "day", "absolute")),
    ("上", previous_month),
    ("本", lambda p: (cal.month_value(p.year, p.month), "month", "absolute")),
)


# Monday to Sunday; Sunday is written 日 or 天.
_WEEKDAYS = "一二三四五六日天"


def relative(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """昨日 (yesterday), 上月 / 本月 (last / this month), 上周 / 上周五 (last week, or its
    Friday)."""
    if pub is None:
        return None, "unknown", "unknown"
    phrase = m.group()
    if "周" in phrase or "星期" in phrase:
        weeks_back = 1 if phrase.startswith("上") else 0
        if m["wd"]:
            return day_told(cal.day_of_week(pub, weeks_back, _WEEKDAYS.index(m["wd"]) % 7), pub)
        return (*cal.week_window(pub, weeks_back), "absolute")
    for key, resolve in _ZH_RELATIVE:
        if phrase.startswith(key):
            return resolve(pub)
    return None, "unknown", "unknown"

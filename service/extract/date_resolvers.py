"""How each English date expression resolves against the publication date.

A resolver takes the pattern's match and the publication date and returns the value, its
precision and its kind ("absolute", "unknown", "anaphor" or "future").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from service.extract import calendar as cal

Resolver = Callable[[re.Match[str], dt.date | None], tuple[str | None, str, str]]


def absolute(value: str | None, precision: str) -> tuple[str | None, str, str]:
    if value is None:
        return None, "unknown", "future"
    return value, precision, "absolute"


def iso(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """A day whose year, month and day the match names: none when no such day exists."""
    try:
        return absolute(dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "day")
    except ValueError:
        return None, "unknown", "future"


def short_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "25/6/3": a two-digit year of this century, then the month and the day."""
    try:
        return absolute(dt.date(2000 + int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "day")
    except ValueError:
        return None, "unknown", "future"


def day_told(day: dt.date, pub: dt.date) -> tuple[str | None, str, str]:
    """A day a relative phrase names: none when it is still to come ("this Friday")."""
    return absolute(day.isoformat(), "day") if day <= pub else (None, "unknown", "future")


def numeric(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "10/3/2025": month first, as US forms and the FDA's pages write it, unless the first
    number cannot be a month ("23/10/2025", as European pages write it)."""
    first, second = int(m["a"]), int(m["b"])
    month, day = (second, first) if first > 12 else (first, second)
    try:
        return absolute(dt.date(int(m["y"]), month, day).isoformat(), "day")
    except ValueError:
        return None, "unknown", "future"


def numeric_day_first(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "04/08/2025" on a page that writes its numeric dates day first (see `dates`)."""
    try:
        return absolute(dt.date(int(m["y"]), int(m["b"]), int(m["a"])).isoformat(), "day")
    except ValueError:
        return None, "unknown", "future"


def full(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    try:
        day = dt.date(int(m["y"]), month_of(m), int(m["d"]))
    except ValueError:
        return None, "unknown", "future"
    return absolute(day.isoformat(), "day")


def month_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return absolute(cal.month_value(int(m["y"]), month_of(m)), "month")


def year_then_month(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "2022 year June (3)": translated copy's year, then a month named and maybe its day."""
    return full(m, pub) if m["d"] else month_year(m, pub)


def month_day(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    day = cal.infer_day(month_of(m), int(m["d"] or m.groupdict().get("od") or 0), pub)
    return absolute(day.isoformat() if day else None, "day")


def month_only(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    year = cal.infer_month_year(month_of(m), pub)
    return absolute(cal.month_value(year, month_of(m)) if year else None, "month")


def that_month(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "that August": the month of the year the previous date named; the value is the
    suffix that year takes ("-08"), resolved with the other anaphors."""
    return f"-{month_of(m):02d}", "month", "anaphor"


_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def season(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "in the spring": the year of the last such season begun by publication."""
    if pub is None:
        return None, "unknown", "unknown"
    started = pub.month >= _SEASON_STARTS[m["season"]]
    return absolute(str(pub.year if started else pub.year - 1), "year")


def _named_year(m: re.Match[str], pub: dt.date | None) -> int | None:
    """The year a match states, or names relative to publication ("last year")."""
    if m["y"]:
        return int(m["y"])
    if pub is None or m["rel"].lower() == "next":
        return None
    return pub.year - 1 if m["rel"].lower() == "last" else pub.year


def month_relative_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """A month whose year is named relative to publication ("May last year")."""
    year = _named_year(m, pub)
    return absolute(cal.month_value(year, month_of(m)) if year else None, "month")


def last_month_named(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The latest such month before the publication month ("last October")."""
    if pub is None:
        return None, "unknown", "unknown"
    year = pub.year if month_of(m) < pub.month else pub.year - 1
    return absolute(cal.month_value(year, month_of(m)), "month")


def part_of_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The year's first or last quarter holds "early 2023" or "late last year"."""
    year = _named_year(m, pub)
    quarter = 1 if m["part"].lower().endswith(("early", "start of", "beginning of")) else 4
    return absolute(cal.quarter_value(year, quarter) if year else None, "quarter")


def quarter(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    groups = m.groupdict()
    number = groups.get("qn") or groups.get("qn2")
    word = (groups.get("qw") or "").lower()
    # A year's final or last quarter is its fourth.
    quarter = int(number) if number else cal.ORDINALS.get(word, 4)
    year = _named_year(m, pub) if groups.get("rel") else (int(m["y"]) if m["y"] else None)
    year = year or (pub.year if pub else None)
    if year is None:
        return None, "unknown", "unknown"
    return absolute(cal.quarter_value(year, quarter), "quarter")


def short_period(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """Investor shorthand, "2Q25", "1H26": a quarter, or a half's year. Such copy writes it
    for guidance as often as for news, so a period not over by publication is a plan."""
    groups = m.groupdict()
    year = 2000 + int(m["yy"])
    half = groups.get("hn") or groups.get("hn2")
    if half:
        first, months, value, precision = (int(half) - 1) * 6 + 1, 6, f"{year:04d}", "year"
    else:
        quarter = int(groups.get("qn") or groups.get("qn2") or 1)
        first, months = (quarter - 1) * 3 + 1, 3
        value, precision = cal.quarter_value(year, quarter), "quarter"
    later = first + months
    ends = dt.date(year + (later > 12), (later - 1) % 12 + 1, 1)
    return (None, "unknown", "future") if pub and ends > pub else (value, precision, "absolute")


def year_half(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "2025H2": a half spans two quarters, so only its year holds it; a half that starts
    after publication is a plan."""
    year = int(m["y"])
    starts = dt.date(year, 1 if m["hn"] == "1" else 7, 1)
    return f"{year:04d}", "year", "future" if pub and starts > pub else "absolute"


def year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return absolute(m["y"], "year")


def weekday(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    # The row matches the weekday alone; "last" or "this past" precedes it ("last Friday"
    # said on a Friday is a week before).
    before = m.string[max(0, m.start() - 10) : m.start()].lower()
    strict = before.endswith(("last ", "this past "))
    day = cal.last_weekday(pub, cal.WEEKDAYS[m["wd"][:3].lower()], strict)
    return absolute(day.isoformat(), "day")


def weekday_of_week(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "Monday last week": that weekday of the week named, Monday to Sunday."""
    if pub is None:
        return None, "unknown", "unknown"
    weeks_back = 1 if m["rel"].lower() == "last" else 0
    return day_told(cal.day_of_week(pub, weeks_back, cal.WEEKDAYS[m["wd"][:3].lower()]), pub)


def day_of_month(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """ "On the 13th" / "3日": that day of the month named ("of this month", "本月"), else of
    the latest month in which it is not after publication."""
    if pub is None:
        return None, "unknown", "unknown"
    groups = m.groupdict()
    day = int(groups["d"] or groups.get("d2") or groups["d3"])
    if groups.get("dm"):
        # The month told after the day, as Brazilian copy does: "this Monday (10/3)".
        told = cal.infer_day(int(groups["dm"]), day, pub) if 1 <= int(groups["dm"]) <= 12 else None
        return absolute(told.isoformat() if told else None, "day")
    named = (groups["rel"] or groups.get("rel2") or groups.get("rel3") or "").lower()
    back = {"this": 0, "本": 0, "last": 1, "上": 1}.get(named, 0 if day <= pub.day else 1)
    index = pub.year * 12 + pub.month - 1 - back
    try:
        found = dt.date(index // 12, index % 12 + 1, day)
    except ValueError:
        return None, "unknown", "unknown"
    return absolute(found.isoformat(), "day") if found <= pub else (None, "unknown", "future")


def relative(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    phrase = re.sub(r"\s+", " ", m.group().lower())
    for key, resolve in _RELATIVE_PHRASES:
        if key in phrase:
            return resolve(pub)
    return None, "unknown", "unknown"


def so_far_this_year(pub: dt.date) -> tuple[str | None, str]:
    """ "Earlier this year": from 1 January to publication, at the finest precision that holds
    it (a story of February puts it in the first quarter)."""
    return cal.window(dt.date(pub.year, 1, 1), pub)


def previous_month(pub: dt.date) -> tuple[str | None, str, str]:
    return cal.shift_months(cal.month_value(pub.year, pub.month), -1), "month", "absolute"


_RELATIVE_PHRASES: tuple[tuple[str, Callable[[dt.date], tuple[str | None, str, str]]], ...] = (
    ("yesterday", lambda p: (cal.day_value(p - dt.timedelta(days=1)), "day", "absolute")),
    ("last week", lambda p: (*cal.week_window(p, 1), "absolute")),
    ("weekend", lambda p: (*cal.weekend(p), "absolute")),
    ("week", lambda p: (*cal.week_window(p, 0), "absolute")),
    ("last month", previous_month),
    ("month", lambda p: (cal.month_value(p.year, p.month), "month", "absolute")),
    ("last year", lambda p: (f"{p.year - 1:04d}", "year", "absolute")),
    ("later this year", lambda p: (f"{p.year:04d}", "year", "absolute")),
    ("year", lambda p: (*so_far_this_year(p), "absolute")),
    ("next", lambda p: (None, "unknown", "future")),
    ("later this", lambda p: (None, "unknown", "future")),
    ("", lambda p: (cal.day_value(p), "day", "absolute")),
)


def explicit_unknown(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return None, "unknown", "unknown"


# Days from the day named before: "the day before" it, "the next day" after it.
DAY_SHIFTS = {
    "the day before": -1, "a day earlier": -1, "one day earlier": -1, "the previous day": -1,
    "the day after": 1, "a day later": 1, "one day later": 1, "the next day": 1,
    "the following day": 1, "前一天": -1, "前一日": -1, "次日": 1, "翌日": 1, "第二天": 1,
}  # fmt: skip


# What an anaphor names, checked in order (the last found wins: "the same day in December"
# and "the day before" name a day). "The same day" names the latest day told before it;
# "the same week", the working week of that day.
_ANAPHOR_UNITS = (
    (("month", "月"), "month"),
    (("week", "周"), "week"),
    (("day", "date", "日", "天"), "day"),
)


def anaphor(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    phrase = m.group().lower()
    precision = "same"
    for words, named in _ANAPHOR_UNITS:
        if any(word in phrase for word in words):
            precision = named
    return None, precision, "anaphor"


def month_of(m: re.Match[str]) -> int:
    return cal.month_number(m["mon"])

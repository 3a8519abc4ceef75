"""Date expressions (English and Chinese) and how each resolves against publication."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from service.extract import calendar as cal
from service.extract.rules import literal_alternation

_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
_WD = r"(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


Resolver = Callable[[re.Match[str], dt.date | None], tuple[str | None, str, str]]


def _abs(value: str | None, precision: str) -> tuple[str | None, str, str]:
    if value is None:
        return None, "unknown", "future"
    return value, precision, "absolute"


def _iso(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return _abs(f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}", "day")


def _full(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    try:
        day = dt.date(int(m["y"]), _month(m), int(m["d"]))
    except ValueError:
        return None, "unknown", "future"
    return _abs(day.isoformat(), "day")


def _month_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return _abs(cal.month_value(int(m["y"]), _month(m)), "month")


def _month_day(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    day = cal.infer_day(_month(m), int(m["d"] or m.groupdict().get("od") or 0), pub)
    return _abs(day.isoformat() if day else None, "day")


def _month_only(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    year = cal.infer_month_year(_month(m), pub)
    return _abs(cal.month_value(year, _month(m)) if year else None, "month")


def _named_year(m: re.Match[str], pub: dt.date | None) -> int | None:
    """The year a match states, or names relative to publication ("last year")."""
    if m["y"]:
        return int(m["y"])
    if pub is None or m["rel"].lower() == "next":
        return None
    return pub.year - 1 if m["rel"].lower() == "last" else pub.year


def _month_relative_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """A month whose year is named relative to publication ("May last year")."""
    year = _named_year(m, pub)
    return _abs(cal.month_value(year, _month(m)) if year else None, "month")


def _last_month_named(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The latest such month before the publication month ("last October")."""
    if pub is None:
        return None, "unknown", "unknown"
    year = pub.year if _month(m) < pub.month else pub.year - 1
    return _abs(cal.month_value(year, _month(m)), "month")


def _part_of_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The year's first or last quarter holds "early 2023" or "late last year"."""
    year = _named_year(m, pub)
    quarter = 1 if m["part"].lower() == "early" else 4
    return _abs(cal.quarter_value(year, quarter) if year else None, "quarter")


def _quarter(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    groups = m.groupdict()
    quarter = int(groups["qn"]) if groups.get("qn") else cal.ORDINALS[groups["qw"].lower()]
    year = _named_year(m, pub) if groups.get("rel") else (int(m["y"]) if m["y"] else None)
    year = year or (pub.year if pub else None)
    if year is None:
        return None, "unknown", "unknown"
    return _abs(cal.quarter_value(year, quarter), "quarter")


def _year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return _abs(m["y"], "year")


def _weekday(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    strict = m.group().lower().startswith(("last", "this past"))
    day = cal.last_weekday(pub, cal.WEEKDAYS[m["wd"][:3].lower()], strict)
    return _abs(day.isoformat(), "day")


def _relative(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    phrase = re.sub(r"\s+", " ", m.group().lower())
    for key, resolve in _RELATIVE_PHRASES:
        if key in phrase:
            return resolve(pub)
    return None, "unknown", "unknown"


def _last_month(pub: dt.date) -> tuple[str | None, str, str]:
    return cal.shift_months(cal.month_value(pub.year, pub.month), -1), "month", "absolute"


_RELATIVE_PHRASES: tuple[tuple[str, Callable[[dt.date], tuple[str | None, str, str]]], ...] = (
    ("yesterday", lambda p: (cal.day_value(p - dt.timedelta(days=1)), "day", "absolute")),
    ("last week", lambda p: (*cal.week_window(p, 1), "absolute")),
    ("weekend", lambda p: (*cal.weekend(p), "absolute")),
    ("week", lambda p: (*cal.week_window(p, 0), "absolute")),
    ("last month", _last_month),
    ("month", lambda p: (cal.month_value(p.year, p.month), "month", "absolute")),
    ("last year", lambda p: (f"{p.year - 1:04d}", "year", "absolute")),
    ("year", lambda p: (f"{p.year:04d}", "year", "absolute")),
    ("next", lambda p: (None, "unknown", "future")),
    ("later this", lambda p: (None, "unknown", "future")),
    ("", lambda p: (cal.day_value(p), "day", "absolute")),
)


def _explicit_unknown(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return None, "unknown", "unknown"


def _anaphor(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    phrase = m.group().lower()
    precision = "month" if ("month" in phrase or "月" in phrase) else "same"
    if "day" in phrase:
        precision = "day"  # "the same day" names a day: the latest one named before it
    return None, precision, "anaphor"


def _zh_same_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """同年6月 / 当年: a month (or day) of the year the previous date named; the value is
    the suffix that date's year takes ("-06"), resolved with the other anaphors."""
    if m["m"] is None:
        return None, "year", "anaphor"
    if not 1 <= int(m["m"]) <= 12:
        return None, "unknown", "unknown"
    suffix = f"-{int(m['m']):02d}" + (f"-{int(m['d']):02d}" if m["d"] else "")
    return suffix, "day" if m["d"] else "month", "anaphor"


def _zh_full(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    try:
        return _abs(dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "day")
    except ValueError:
        return None, "unknown", "future"


def _zh_month_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    year = int(m["y"]) if m["y"] else _zh_year_word(m["yw"], pub)
    if year is None or not 1 <= int(m["m"]) <= 12:
        return None, "unknown", "unknown"
    return _abs(cal.month_value(year, int(m["m"])), "month")


def _zh_year_word(word: str | None, pub: dt.date | None) -> int | None:
    if pub is None or word is None:
        return None
    return pub.year - 1 if word == "去年" else pub.year


def _zh_month_day(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None:
        return None, "unknown", "unknown"
    day = cal.infer_day(int(m["m"]), int(m["d"]), pub)
    return _abs(day.isoformat() if day else None, "day")


def _zh_month(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if pub is None or not 1 <= int(m["m"]) <= 12:
        return None, "unknown", "unknown"
    year = cal.infer_month_year(int(m["m"]), pub)
    return _abs(cal.month_value(year, int(m["m"])) if year else None, "month")


def _zh_year(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    if m["y"]:
        return _abs(m["y"], "year")
    year = _zh_year_word(m.group(), pub)
    return _abs(f"{year:04d}" if year else None, "year")


def _zh_today(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    return (cal.day_value(pub), "day", "absolute") if pub else (None, "unknown", "unknown")


_ZH_RELATIVE: tuple[tuple[str, Callable[[dt.date], tuple[str | None, str, str]]], ...] = (
    ("昨", lambda p: (cal.day_value(p - dt.timedelta(days=1)), "day", "absolute")),
    ("上", _last_month),
    ("本", lambda p: (cal.month_value(p.year, p.month), "month", "absolute")),
    ("去年", lambda p: (cal.quarter_value(p.year - 1, 4), "quarter", "absolute")),
)


def _zh_relative(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """昨日 (yesterday), 上月 / 本月 (last / this month), 去年底 (late last year)."""
    if pub is None:
        return None, "unknown", "unknown"
    phrase = m.group()
    if "周" in phrase or "星期" in phrase:
        return (*cal.week_window(pub, 1 if phrase.startswith("上") else 0), "absolute")
    for key, resolve in _ZH_RELATIVE:
        if phrase.startswith(key):
            return resolve(pub)
    return None, "unknown", "unknown"


def _month(m: re.Match[str]) -> int:
    return cal.month_number(m["mon"])


def _phrases(*words: str) -> str:
    """An alternation of literal phrases, each also capitalised; literal-first for speed."""
    forms = {w for word in words for w in (word, word[0].upper() + word[1:])}
    return "(?:" + literal_alternation(forms) + r")\b"


_PERIODS = ("week", "month", "year")
# "in mid-November", "at the end of May": a part of the month still names the month.
_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|during|from|by|until|later in|earlier in|back in|at (?:its|the|their))\s+"
    r"(?:(?:early|mid|late)[\s-]+)?|\b(?:end|middle) of\s+|\bmid-)$",
    re.IGNORECASE,
)
_YEAR_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|during|from|of|by|until|early|late|mid|end of|back in)[\s-]+)$",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:on|last|this past|said|announced|disclosed|reported|confirmed|revealed)\s+$",
    re.IGNORECASE,
)
_DIGIT_BEFORE = re.compile(r"\d$")
_ZH_DIGIT_BEFORE = re.compile(r"[\d年]$")

# (pattern, resolver, text that must precede, text that must not precede)
_TABLE: tuple[tuple[str, Resolver, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    (r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)", _iso, None, _DIGIT_BEFORE),
    (rf"{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", _full, None, None),
    (
        rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+(?P<y>(?:19|20)\d\d)\b",
        _full, None, None,
    ),
    (rf"[0-3]?\d\s*[-–]\s*[0-3]?\d\s+{_MON}", _month_only, None, None),
    (rf"{_MON}\s+[0-3]?\d\s*[-–]\s*[0-3]?\d\b", _month_only, None, None),
    (rf"{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d)", _month_day, None, None),
    (rf"{_MON},?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b", _month_year, None, None),
    # Day first, as British and translated copy write it: "on 18th December", "in the 14th
    # November US time"; an ordinal needs no preposition ("announced 19th December").
    (
        rf"(?:(?:[Oo]n|[Ii]n)\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?|(?P<od>[0-3]?\d)"
        rf"(?:st|nd|rd|th))\s+(?:of\s+)?{_MON}(?!,?\s*(?:19|20)\d\d)",
        _month_day, None, None,
    ),
    (
        rf"{_MON},?\s+(?:of\s+)?(?P<y>)(?P<rel>last|this|next)\s+year\b",
        _month_relative_year, None, None,
    ),
    (rf"(?:last|Last|this past|This past)\s+{_MON}(?![.\s]*\d)", _last_month_named, None, None),
    (rf"{_MON}(?![.\s]*\d)", _month_only, _PREPOSITION, None),
    (
        r"(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
        r"(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|the\s+year|(?P<rel>this|last)\s+year))?",
        _quarter, None, None,
    ),
    (r"Q(?P<qn>[1-4])\s*,?\s*(?P<y>(?:19|20)\d\d)\b", _quarter, None, None),
    (
        "(?P<part>" + _phrases("early", "late", "the end of", "end of") + r")[\s-]+"
        r"(?:(?P<y>(?:19|20)\d\d)\b|(?P<rel>last|this|next)\s+year\b)",
        _part_of_year, None, None,
    ),
    (r"(?P<y>(?:19|20)\d\d)\b", _year, _YEAR_PREPOSITION, None),
    (rf"{_WD}\b", _weekday, _WEEKDAY_BEFORE, None),
    (
        _phrases(
            "today", "this morning", "tonight", "yesterday", "over the weekend", "this weekend",
            "at the weekend", *(f"{when} {p}" for when in ("earlier this", "later this", "this",
            "last", "next") for p in _PERIODS),
        ),
        _relative, None, None,
    ),
    (_phrases("recently", "recent weeks") + "|近日|日前|近期", _explicit_unknown, None, None),
    (
        _phrases(*(f"{lead}the same {p}" for lead in ("in ", "") for p in ("month", "day", "week")),
                 "at the same time", "simultaneously", "hours later", "later that day",
                 "that same day")
        # "the same day in December": the month only restates the day the anaphor names.
        + r"(?:(?<=day) in [A-Z][a-z]{2,8}\b)?|同月|同日|同时",
        _anaphor, None, None,
    ),
    (r"(?:同|当)年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?", _zh_same_year, None, None),
    (r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日", _zh_full, None, None),
    (
        r"(?:(?P<y>(?:19|20)\d\d)年|(?P<yw>今年|去年))(?P<m>\d{1,2})月(?!\d|份?\d)",
        _zh_month_year, None, None,
    ),
    (r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日", _zh_month_day, None, _ZH_DIGIT_BEFORE),
    (r"(?P<m>\d{1,2})月(?![\d日])", _zh_month, None, _ZH_DIGIT_BEFORE),
    (r"(?P<y>(?:19|20)\d\d)年第?(?P<qw>[一二三四])季度", _quarter, None, None),
    (r"(?P<y>(?:19|20)\d\d)年(?!\d)|今年|去年", _zh_year, None, None),
    (r"今日|今天", _zh_today, None, None),
    (r"昨日|昨天|(?:上个?|本)月|(?:上|本)(?:周|星期)|去年(?:年)?[底末]", _zh_relative, None, None),
)  # fmt: skip
PATTERNS = tuple((re.compile(p), r, need, avoid) for p, r, need, avoid in _TABLE)
# Patterns naming a month only run in small windows around a capitalised month word.
MONTH_ANCHORED = tuple(_MON in p for p, _, _, _ in _TABLE)
MONTH_WORD = re.compile(literal_alternation(m.capitalize() for m in cal.MONTHS))
_MONTH_HINTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ZH_HINTS = ("年", "月", "今日", "今天")
HINTS: tuple[tuple[str, ...], ...] = (
    ("19", "20"), *([_MONTH_HINTS] * 10), ("quarter",), ("q1", "q2", "q3", "q4"),
    ("early", "late ", "late-", "end of"), ("19", "20"),
    ("day",), ("today", "tonight", "yesterday", "weekend", "this ", "last ", "next "),
    ("recent", "近日", "日前", "近期"),
    ("same", "simultaneous", "hours later", "later that", "同月", "同日", "同时"),
    ("同年", "当年"),
    *([_ZH_HINTS] * 7), ("昨", "月", "周", "星期", "去年"),
)  # fmt: skip

"""When a results report's period ended, told by its head ("the quarter ended September 30,
2025", "the second quarter and half year ended 30 June", "截至2025年6月30日止六个月"), and
the events the report tells as after it ("Subsequent to quarter end", "after the end of
the period", "报告期后"): they happened between the day after that end and publication,
dated at the finest precision that holds the whole window.

A period's months are counted back from its end, so a fiscal quarter told by the day it
ended is a calendar window whatever the company's year.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention

_MONTH = cal.NAMED_MONTH_GROUP
_COUNTS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "三": 3, "六": 6, "九": 9, "十二": 12}
_UNITS = {"quarter": 3, "half": 6, "year": 12}
# The period the report covers and the day it ended; a second period named with it ("the
# second quarter and half year ended…") ends on the same day, and the first is the finer.
_ENDED = re.compile(
    r"\b(?:(?P<n>three|six|nine|twelve)[\s-]+months|(?P<unit>quarter|half)(?:[\s-]year)?"
    r"|(?:financial\s+|fiscal\s+)?(?P<year>year))"
    r"(?:\s+and\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?,?\s+(?:which\s+)?(?:ended|ending)\s+"
    r"(?:on\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})\s+{_MONTH.format('m1')}|{_MONTH.format('m2')}\s+(?P<d2>\d{{1,2}}),?)"
    r"\s+(?P<y>20\d\d)\b"
    r"|截至(?P<zy>20\d\d)年(?P<zm>\d{1,2})月(?P<zd>\d{1,2})日止(?P<zn>三|六|九|十二)个月",
    re.IGNORECASE,
)
# What the report tells as after its period ("after the quarter", not "after the quarter
# ended June 30", which names its own day).
_AFTER = re.compile(
    r"\b(?:subsequent(?:ly)?\s+to|after|following|since)\s+(?:the\s+)?"
    r"(?:end\s+of\s+the\s+(?:reporting\s+)?(?:quarter|period|half[\s-]year|half)"
    r"|(?:quarter|period)[\s-]end|(?:reporting\s+)?period|quarter)\b"
    r"(?!\s+(?:ended|ending|of|from|to|\d))"
    r"|报告期(?:结束)?后|报告期末后"
    # Or as in the year up to its end: "年初至报告期末" (January to a third quarter's end).
    r"|(?P<to_end>年初至(?:本)?报告期末)",
    re.IGNORECASE,
)
_HINTS = ("quarter", "Quarter", "period", "Period", "报告期")


def quarter_end(value: str | None) -> dt.date | None:
    """The last day of a quarter value ("2025-Q3")."""
    if value is None or "Q" not in value:
        return None
    year, number = int(value[:4]), int(value[-1])
    following = dt.date(year + number // 4, number % 4 * 3 + 1, 1)
    return following - dt.timedelta(days=1)


def report_window(head: str) -> tuple[dt.date, dt.date] | None:
    """The first and last days of the period the report's head says it covers."""
    found = _ENDED.search(head)
    if found is None:
        return None
    try:
        if found["zy"]:
            last = dt.date(int(found["zy"]), int(found["zm"]), int(found["zd"]))
            months = _COUNTS[found["zn"]]
        else:
            month = cal.month_number(found["m1"] or found["m2"])
            last = dt.date(int(found["y"]), month, int(found["d1"] or found["d2"]))
            unit = found["unit"] or ("year" if found["year"] else "")
            months = _COUNTS[found["n"].lower()] if found["n"] else _UNITS[unit.lower()]
    except ValueError:
        return None  # no such day
    opening = last.year * 12 + last.month - months  # months since year 0, zero-based
    return dt.date(opening // 12, opening % 12 + 1, 1), last


def after_period_dates(
    text: str,
    end: dt.date | None,
    published: dt.date | None,
    spans: list[tuple[int, int]],
    dates: list[DateMention],
) -> list[DateMention]:
    """A date for each mention in `spans` of the time after the report's period, but where
    its sentence tells the day itself ("on October 17, after the quarter closed"): `dates`
    are the text's other dates."""
    if end is None or published is None or end >= published:
        return []
    if not any(h in text for h in _HINTS):
        return []
    after = cal.window(end + dt.timedelta(days=1), published)
    to_end = cal.window(dt.date(end.year, 1, 1), end)
    return [
        DateMention(m.start(), m.end(), *(to_end if m["to_end"] else after))
        for start, stop in spans
        for m in _AFTER.finditer(text, start, stop)
        if not any(_same_sentence(text, m, d) for d in dates if d.value is not None)
    ]


_BREAK = re.compile(r"[.!?。；;\n]")


def _same_sentence(text: str, match: re.Match[str], date: DateMention) -> bool:
    low, high = min(match.end(), date.end), max(match.start(), date.start)
    return high - low < 150 and _BREAK.search(text, low, high) is None

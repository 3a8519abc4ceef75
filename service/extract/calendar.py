"""Calendar arithmetic for resolving date expressions against a publication date."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# The months' full names as a regex alternation, for patterns that read them in words.
MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
# A month named in words, full or cut short, as a named regex group: `.format(name)` names it.
NAMED_MONTH_GROUP = r"(?P<{}>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "一": 1, "二": 2, "三": 3, "四": 4,
}  # fmt: skip
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Month names without a year that lie this many months after publication are read as
# upcoming (future) rather than as last year's month.
FUTURE_MONTH_HORIZON = 3
FUTURE_DAY_HORIZON = 90


def month_number(name: str) -> int:
    return MONTHS[name[:3].lower()]


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def infer_month_year(month: int, published: dt.date) -> int | None:
    """Year of a bare month name: the latest such month not after publication."""
    if month <= published.month:
        return published.year
    if month - published.month <= FUTURE_MONTH_HORIZON:
        return None
    return published.year - 1


def infer_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """Full date of a bare "Month day": this year's unless that lies well in the future."""
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return None
    if candidate <= published:
        return candidate
    if (candidate - published).days <= FUTURE_DAY_HORIZON:
        return None
    try:
        return dt.date(published.year - 1, month, day)
    except ValueError:
        return None


def last_weekday(published: dt.date, weekday: int, strict: bool) -> dt.date:
    """Most recent given weekday on or (when strict) before the publication date."""
    delta = (published.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def day_of_week(published: dt.date, weeks_back: int, weekday: int) -> dt.date:
    """That weekday (Monday 0) of this week (0) or of an earlier one."""
    monday = published - dt.timedelta(days=published.weekday() + 7 * weeks_back)
    return monday + dt.timedelta(days=weekday)


def window(first: dt.date, last: dt.date) -> tuple[str | None, str]:
    """Finest precision that holds the whole window [first, last]."""
    if first == last:
        return day_value(first), "day"
    if (first.year, first.month) == (last.year, last.month):
        return month_value(first.year, first.month), "month"
    if first.year == last.year and (first.month - 1) // 3 == (last.month - 1) // 3:
        return quarter_value(first.year, (first.month - 1) // 3 + 1), "quarter"
    if first.year == last.year:
        return f"{first.year:04d}", "year"
    return None, "unknown"


def working_week(day: dt.date) -> tuple[str | None, str]:
    """The working week `day` falls in, Monday to Friday (to `day` itself at a weekend), as
    finely as holds it whole."""
    monday = day - dt.timedelta(days=day.weekday())
    return window(monday, max(day, monday + dt.timedelta(days=4)))


def week_window(published: dt.date, weeks_back: int) -> tuple[str | None, str]:
    """This week so far (0) or an earlier working week, Monday to Friday: regulators and
    companies act and announce on working days."""
    monday = published - dt.timedelta(days=published.weekday() + 7 * weeks_back)
    last = published if weeks_back == 0 else monday + dt.timedelta(days=4)
    return window(monday, last)


def weekend(published: dt.date) -> tuple[str | None, str]:
    sunday = last_weekday(published, 6, strict=True)
    return window(sunday - dt.timedelta(days=1), sunday)


def shift_months(value: str, months: int) -> str | None:
    """Move a YYYY-MM or YYYY-MM-DD value by whole months (result at month precision)."""
    if len(value) < 7 or value[4] != "-" or "Q" in value:
        return None
    year, month = int(value[:4]), int(value[5:7])
    index = year * 12 + (month - 1) + months
    return month_value(index // 12, index % 12 + 1)


def shift_quarters(value: str, months: int) -> str | None:
    """The quarter `months` (a multiple of three) after the one holding a month, a day or a
    quarter value ("2024-Q2" and 3: "2024-Q3")."""
    start = truncate(value, "quarter")
    if start is None:
        return None
    index = int(start[:4]) * 4 + int(start[-1]) - 1 + months // 3
    return quarter_value(index // 4, index % 4 + 1)


def exists(value: str) -> bool:
    """Whether a value names a real period: a day value may not ("2025-02-29", or a month's
    day grafted onto a year, "同年2月30日"); a month, quarter or year always does."""
    if len(value) != 10:
        return True
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def in_year(value: str, year: int) -> str | None:
    """The value in another year, its month, quarter or day kept (a typo's correction);
    None when that year has no such day. 29 February moved into a common year is no slip
    of the year alone: clamping it to the 28th would invent a day nobody told, so the
    stated date is kept."""
    moved = f"{year:04d}{value[4:]}"
    return moved if exists(moved) else None


def year_on(value: str, published: dt.date) -> str | None:
    """The value a year later (a year typed one too low), None when that is after
    publication (a month when it starts after it) or that year has no such day."""
    moved = in_year(value, int(value[:4]) + 1)
    return None if moved is None or moved > published.isoformat() else moved


def one_digit_off(year: str, other: str) -> bool:
    """Whether two years differ in one digit ("2014" typed for 2024): a keyboard's slip."""
    return sum(a != b for a, b in zip(year, other, strict=True)) == 1


def slipped_year(year: int, other: int) -> bool:
    """Whether `year` is a slip for `other`: one off it, or one digit off ("2014" for 2024)."""
    return abs(year - other) == 1 or one_digit_off(f"{year:04d}", f"{other:04d}")


def before(value: str, other: str) -> bool:
    """Earlier at the precision both share ("2025-05" is not before "2025-05-20")."""
    size = min(len(value), len(other))
    return value[:size] < other[:size]


def truncate(value: str | None, precision: str) -> str | None:
    """Express a date value at a coarser precision (None when it is not fine enough)."""
    if value is None or precision == "unknown":
        return None
    if precision == "quarter":
        if "Q" in value:
            return value
        if len(value) >= 7:
            return quarter_value(int(value[:4]), (int(value[5:7]) - 1) // 3 + 1)
        return None
    if "Q" in value:
        return value[:4] if precision == "year" else None
    size = {"day": 10, "month": 7, "year": 4}[precision]
    return value[:size] if len(value) >= size else None


@lru_cache(maxsize=256)  # the same values recur across an article's mentions
def starts_after(value: str | None, published: dt.date) -> bool:
    """Whether a date value's period begins after publication (a day counts one day late:
    an event on the other side of the date line is reported on what is there its day)."""
    if value is None or len(value) < 4 or not value[:4].isdigit():
        return False
    year = int(value[:4])
    if "Q" in value:
        first = dt.date(year, 3 * int(value[-1]) - 2, 1)
    elif len(value) >= 7:
        first = dt.date(year, int(value[5:7]), int(value[8:10]) if len(value) == 10 else 1)
        if len(value) == 10:
            first -= dt.timedelta(days=1)
    else:
        first = dt.date(year, 1, 1)
    return first > published


def precision_of(value: str | None) -> str:
    if value is None:
        return "unknown"
    if "Q" in value:
        return "quarter"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")

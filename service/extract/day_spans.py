"""A span of days in one month, as a meeting over several days is told: "16-19 June",
"June 16-19", "from 16 to 19 June", "between 16 and 19 June", "June 16 to 19, 2025". No one
day of it is the act's, so it names the finest precision holding the whole span: its month
(its year's when one is written, else the one publication implies)."""

from __future__ import annotations

import datetime as dt
import re

from service.extract import date_resolvers as en

_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# A dash joins two days on its own; words join them only after "from" or "between", so
# that "raised from 16 to 19" or "doses 2 and 3" read with no month after them stay apart.
_JOINED = r"\s*[-–—]\s*"
_OPENING = r"(?:[Ff]rom|[Bb]etween)\s+"
_WORDS = r"\s+(?:to|until|till|through|thru|and)\s+"
_YEAR_AFTER = r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"


def rows(mon: str) -> tuple[tuple[str, en.Resolver, None, None], ...]:
    """The span's patterns around `mon`, the month's pattern (a named group `mon`)."""
    return (
        (rf"\b{_DAY}{_JOINED}{_DAY}\s+(?:of\s+)?{mon}{_YEAR_AFTER}", span_month, None, None),
        (
            rf"\b{_OPENING}{_DAY}{_WORDS}{_DAY}\s+(?:of\s+)?{mon}{_YEAR_AFTER}",
            span_month, None, None,
        ),
        (rf"{mon}\s+{_DAY}{_JOINED}{_DAY}\b(?!\s*[-–—/]){_YEAR_AFTER}", span_month, None, None),
        (
            rf"\b{_OPENING}{mon}\s+{_DAY}{_WORDS}{_DAY}\b{_YEAR_AFTER}",
            span_month, None, None,
        ),
    )  # fmt: skip


def span_month(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The span's month, in the year written after it or else the one publication implies."""
    if m["y"]:
        return en.month_year(m, pub)
    return en.month_only(m, pub)

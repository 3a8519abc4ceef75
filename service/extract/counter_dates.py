"""Dates translated word for word from Chinese, which keep its order and counters: "2025 year
8 month 11 day" (2025年8月11日), "this year 4 month" (今年4月), "6 month 30 day", "in 9
month", or with the counters made plural ("2024 year 8 months"); the rows `date_patterns`
reads them by."""

from __future__ import annotations

import re

from service.extract import date_resolvers as en
from service.extract import date_resolvers_zh as zh
from service.extract.numeric_dates import DIGIT_BEFORE

_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")
# Crude copy pluralises the counters ("2024 year 8 months", 2024年8月); a year word before
# them makes the plural a date, but not when a duration follows ("10 months later").
NOT_A_DURATION = r"(?!\s+(?:later|after|before|earlier|ago|long)\b)"
_MONTHS = rf"\s+months?\b{NOT_A_DURATION}"
_DAYS = rf"\s+days?\b{NOT_A_DURATION}"

# (pattern, resolver, text that must precede, text that must not precede), as in `date_patterns`.
ROWS: tuple[tuple[str, en.Resolver, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    (
        rf"(?P<y>(?:19|20)\d\d)\s+year\s+(?P<m>\d{{1,2}}){_MONTHS}\s+(?P<d>\d{{1,2}}){_DAYS}",
        zh.full, None, None,
    ),
    (
        r"(?:(?P<y>(?:19|20)\d\d)|(?P<yw>[Tt]his|[Ll]ast))\s+year\s+(?P<m>\d{1,2})"
        rf"{_MONTHS}(?!\s+\d)",
        zh.month_year, None, None,
    ),
    # Without a year a plural is a duration ("in 3 months"): these take the singular only.
    (r"(?P<m>\d{1,2})\s+month\s+(?P<d>\d{1,2})\s+day\b", zh.month_day, None, DIGIT_BEFORE),
    (r"(?P<m>\d{1,2})\s+month\b(?!\s+\d)", zh.month, _IN_BEFORE, None),
)  # fmt: skip
# Each row's matches count a month.
HINTS: tuple[tuple[str, ...], ...] = (tuple(f"{n} month" for n in range(10)),) * len(ROWS)

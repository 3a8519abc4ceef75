"""The period a results report covers, which dates the events it tells as happening in it
("报告期内", "during the quarter"): the report says which period in its title or first lines.

A half year has no precision of its own, so it dates to its year, the finest that holds it.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention
from service.extract.period_ends import after_period_dates, quarter_end, report_window

# The words that tell an event happened in the report's period; the noun says which period
# ("the year" of a quarterly report is its year).
_IN_PERIOD = re.compile(
    r"报告期(?:内|间)|本报告期"
    r"|\b(?:during|in|over|throughout)\s+the\s+(?P<noun>quarter|period|year|half)\b"
    # Not a period the phrase goes on to name: "in the year ended…", "in the period from…".
    r"(?!\s+(?:ended|ending|from|before|after|of|to|when|in which|\d))",
    re.IGNORECASE,
)
# (A pattern led by "the ", which the regex engine skips ahead to, costs half the tests of
# each phrase.) British reports capitalise the term they define: "during the Period".
_HINTS = re.compile("the (?:[Qq]uarter|[Pp]eriod|[Yy]ear|[Hh]alf)")
_HEAD = 400

_ORDINAL = r"first|second|third|fourth|1st|2nd|3rd|4th"
_QUARTER = re.compile(
    rf"\b(?P<q>{_ORDINAL})[\s-]+quarter(?:\s+of)?,?\s+(?P<y>20\d\d)\b"
    rf"|\b(?P<y2>20\d\d)\s+(?P<q2>{_ORDINAL})[\s-]+quarter\b"
    r"|\bQ(?P<n>[1-4])\s*(?P<y3>20\d\d)\b"
    # "Quarter ended 30 September 2025", "the quarter ended June 30, 2025".
    r"|\bquarter\s+ended\s+(?:\d{1,2}\s+)?(?P<m>[A-Z][a-z]+)\s+(?:\d{1,2},?\s+)?(?P<y4>20\d\d)\b"
    r"|(?P<y5>20\d\d)年?(?:第)?(?P<q5>[一二三四])季(?:度|报)|(?P<y6>20\d\d)年?Q(?P<n6>[1-4])",
    re.IGNORECASE,
)
# A year's or a half year's report (a half year dates to its year).
_YEAR = re.compile(
    r"\b(?:full[\s-]year|annual|first[\s-]half|half[\s-]year|interim|H[12])\s+(?P<y>20\d\d)\b"
    r"|\b(?P<y2>20\d\d)\s+(?:full[\s-]year|annual|first[\s-]half|half[\s-]year|interim)\b"
    r"|\bsix\s+months\s+ended\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?(?P<y3>20\d\d)\b"
    r"|(?P<y4>20\d\d)年?(?:年度|度|全年|年报|中期|半年|上半年|中报)",
    re.IGNORECASE,
)
# A fiscal year need not be the calendar year its quarters are numbered in.
_FISCAL = re.compile(r"\bfiscal\b|\bFY\s*'?\d", re.IGNORECASE)


def period_dates(
    title: str,
    text: str,
    published: dt.date | None,
    spans: list[tuple[int, int]],
    dates: list[DateMention],
) -> list[DateMention]:
    """A date for each mention of the report's period, or of the time after it, in `spans`
    (none if no report); `dates` are the others found there."""
    # (The phrases run in lower case; a search of the text costs less than lowering it.)
    hinted = "报告期" in text or _HINTS.search(text) is not None
    if not hinted and "quarter" not in text and "period" not in text:
        return []
    quarter, year, end = _periods(f"{title}\n{text[:_HEAD]}", published)
    found = after_period_dates(text, end, published, spans, dates)
    if (quarter is None and year is None) or not hinted or _IN_PERIOD.search(text) is None:
        return found
    for start, end_ in spans:
        for match in _IN_PERIOD.finditer(text, start, end_):
            noun = (match["noun"] or "").lower()
            value = {"quarter": quarter, "year": year, "half": year}.get(noun, quarter or year)
            if value:
                found.append(
                    DateMention(match.start(), match.end(), value, cal.precision_of(value))
                )
    return sorted(found, key=lambda d: d.start)


def _periods(head: str, published: dt.date | None) -> tuple[str | None, str | None, dt.date | None]:
    """The report's quarter and year, each None when the head names none, or a fiscal one
    (only a quarter told by the day it ended is surely a calendar one), and the day its
    period ended."""
    fiscal = _FISCAL.search(head) is not None
    quarter = year = None
    window = report_window(head)
    if window is not None:
        value, precision = cal.window(*window)
        quarter = value if precision == "quarter" else None
        year = value if precision == "year" else None
    found = _QUARTER.search(head)
    if quarter is None and found and (found["m"] or not fiscal):
        parts = {k: v for k, v in found.groupdict().items() if v}
        year = next(v for k, v in parts.items() if k.startswith("y"))
        number = _quarter_number(parts)
        quarter = cal.quarter_value(int(year), number) if number else None
    found = None if fiscal else _YEAR.search(head)
    if found:
        year = next(v for v in found.groups() if v)
    end = window[1] if window is not None else quarter_end(quarter)
    if published is not None:
        quarter = None if cal.starts_after(quarter, published) else quarter
        year = None if cal.starts_after(year, published) else year
    return quarter, year, end


def _quarter_number(parts: dict[str, str]) -> int:
    if "m" in parts:
        month = cal.MONTHS.get(parts["m"][:3].lower(), 0)
        return (month + 2) // 3
    digits = parts.get("n") or parts.get("n6")
    if digits:
        return int(digits)
    word = parts.get("q") or parts.get("q2") or parts.get("q5") or ""
    return cal.ORDINALS.get(word.lower(), 0)

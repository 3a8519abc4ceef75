"""Periods of a fiscal year the text defines: "runs its fiscal year from April 1 to March
31", "reports on the financial year running from 1 July to 30 June". Its quarters and halves
("in the fiscal third quarter", "the first half of FY25") are then calendar windows, dated
at the finest precision that holds them: a quarter of a year starting in April, July or
October is a calendar quarter, a half within one calendar year dates to that year, and a
period across two years has no date.

A fiscal year is named after the calendar year in which it ends (FY25 of a July year ends in
June 2025) unless the text says it is named after the one in which it starts, as Japanese
companies' April years often are ("fiscal 2025 ends on March 31, 2026"), or tells the
months one holds ("FY2025 Q1 corresponds to April–June 2025"). A period named
without its year ("the fiscal second quarter") is one of the fiscal year holding the
publication date. With no definition in the text, nothing is read: a fiscal year's months
are not guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention

_MONTH = cal.NAMED_MONTH_GROUP
_YEAR_WORD = r"(?:fiscal|financial)\s+year"
# The definition: the months it runs from and to, or the month it ends in.
_DEFINED = re.compile(
    rf"\b{_YEAR_WORD}\b[^.;]{{0,40}}?\bfrom\s+(?:\d{{1,2}}\s+)?{_MONTH.format('first')}"
    rf"[^.;]{{0,12}}?\bto\s+(?:\d{{1,2}}\s+)?{_MONTH.format('last')}"
    rf"|\b{_YEAR_WORD}\s+(?:that\s+)?(?:ends|ended|ending|closes|closing)\s+(?:on\s+)?"
    rf"(?:\d{{1,2}}\s+)?{_MONTH.format('end')}",
    re.IGNORECASE,
)
# Named after the year it starts in: told so, or told by a fiscal year ending the year after.
_NAMED_BY_START = re.compile(
    r"\bnames?\s+(?:it|them|each|its\s+fiscal\s+years?)\s+(?:after|for)\s+the\s+(?:calendar\s+)?"
    r"year\s+in\s+which\s+(?:it|they)\s+(?:starts?|begins?)\b"
    r"|\bfiscal\s+(?P<named>20\d\d)\s+(?:ends|ended|runs|ran|closes)\s+(?:on\s+|to\s+|through\s+)?"
    r"[^.;]{0,20}?\b(?P<ends>20\d\d)\b"
    # Or by a year named after its end date: "the fiscal year ending March 31, 2026 (FY2025)".
    r"|\b(?:fiscal|financial)\s+year\s+(?:ending|ended|ends)\s+[^.;()]{0,20}?\b"
    r"(?P<ends2>20\d\d)\s*\((?:FY|fiscal\s+)\s*(?P<named2>(?:20)?\d\d)\)",
    re.IGNORECASE,
)
# Or by the calendar months it tells a fiscal year (or a period of it) holds: "FY2025 Q1
# corresponds to April–June 2025", "fiscal year 2025 (April 1, 2025 – March 31, 2026)".
_TOLD_MONTHS = re.compile(
    r"\b(?:fiscal\s+year|financial\s+year|fiscal|FY)\s*['’]?(?P<named>(?:20)?\d\d)\b"
    r"(?:\s+(?:[QH][1-4]|[1-4][QH]))?[^.;\d]{0,40}?\b"
    + _MONTH.format("month")
    + r"[^.;]{0,20}?\b(?P<year>20\d\d)\b",
    re.IGNORECASE,
)
_ORDINAL = r"(?P<{}>first|second|third|fourth|1st|2nd|3rd|4th)"
_FY = r"(?:fiscal(?:\s+year)?|financial\s+year|FY)\s*['’]?(?P<{}>(?:20)?\d\d)\b"
_UNIT = r"(?P<{}>quarter|half)"
# A period and its year ("the third quarter of FY25", "fiscal 2025's first half", "Q3
# FY2025") or the current year's ("the fiscal third quarter", "the first fiscal quarter").
_PERIOD = re.compile(
    rf"\b{_ORDINAL.format('o1')}[\s-]+{_UNIT.format('u1')}\s+of\s+(?:the\s+)?{_FY.format('y1')}"
    rf"|\b{_FY.format('y2')}(?:['’]s)?\s+{_ORDINAL.format('o2')}[\s-]+{_UNIT.format('u2')}\b"
    rf"|\b(?P<a3>Q|H)(?P<n3>[1-4])\s*{_FY.format('y3')}"
    # The year first, as Japanese results write it: "FY2025 Q1", "FY2025 1Q", "1Q FY2025".
    rf"|\b{_FY.format('y7')}\s+(?:(?P<a7>Q|H)(?P<n7>[1-4])|(?P<n9>[1-4])(?P<a9>Q|H))\b"
    rf"|\b(?P<n8>[1-4])(?P<a8>Q|H)\s*{_FY.format('y8')}"
    rf"|\b(?:fiscal|financial[\s-]year)\s+{_ORDINAL.format('o4')}[\s-]+{_UNIT.format('u4')}\b"
    rf"|\b{_ORDINAL.format('o5')}\s+(?:fiscal|financial)\s+{_UNIT.format('u5')}\b"
    rf"|\b{_ORDINAL.format('o6')}[\s-]+{_UNIT.format('u6')}\s+of\s+(?:the|this|its)\s+"
    rf"(?:current\s+)?{_YEAR_WORD}\b",
    re.IGNORECASE,
)
_HINTS = ("fiscal", "financial year")


def fiscal_dates(
    text: str, published: dt.date | None, spans: list[tuple[int, int]]
) -> list[DateMention]:
    """A date for each fiscal period named in `spans`, when the text defines its year."""
    lowered = text.lower()
    if not any(h in lowered for h in _HINTS):
        return []
    defined = _DEFINED.search(text)
    if defined is None:
        return []
    first = _first_month(defined)
    by_start = _named_by_start(text) or _told_by_start(text, first)
    found = []
    for start, end in spans:
        for match in _PERIOD.finditer(text, start, end):
            period = _period(match, first, by_start, published)
            if period is None:
                continue
            value, precision = cal.window(*period)
            after = published is not None and cal.starts_after(value, published)
            kind = "future" if after else ("absolute" if value else "unknown")
            found.append(DateMention(match.start(), match.end(), value, precision, kind))
    return found


def _first_month(defined: re.Match[str]) -> int:
    if defined["first"]:
        return cal.month_number(defined["first"])
    return cal.month_number(defined["end"]) % 12 + 1


def _named_by_start(text: str) -> bool:
    for told in _NAMED_BY_START.finditer(text):
        named, ends = told["named"] or told["named2"], told["ends"] or told["ends2"]
        if not named or int(ends) == int(named) % 100 + 2001:
            return True
    return False


def _told_by_start(text: str, first: int) -> bool:
    """Whether a fiscal year the text names holds calendar months of the year it is named
    by, from its first month on: a year named after its end holds none of them after it."""
    if first == 1:
        return False
    for told in _TOLD_MONTHS.finditer(text):
        named = int(told["named"]) % 100 + 2000
        month = int(told["year"]) * 12 + cal.month_number(told["month"]) - 1
        opening = named * 12 + first - 1
        if opening <= month < opening + 12:
            return True
    return False


def _period(
    match: re.Match[str], first: int, by_start: bool, published: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the period the match names."""
    parts = {k[:1]: v for k, v in match.groupdict().items() if v}
    unit = (parts.get("u") or {"Q": "quarter", "H": "half"}[parts["a"].upper()]).lower()
    number = int(parts["n"]) if "n" in parts else cal.ORDINALS[parts["o"].lower()]
    size = 3 if unit == "quarter" else 6
    if number * size > 12:
        return None
    if "y" in parts:
        named = int(parts["y"]) % 100 + 2000
        starts = named if by_start or first == 1 else named - 1
    elif published is not None:
        starts = published.year if published.month >= first else published.year - 1
        window = _window(starts, first, number, size)
        told = match.group().lower()
        if window[1] >= published and "current" not in told and "this " not in told:
            # A report tells its period's events after it ends: an unnamed year's period
            # not yet over is last year's ("accepted in the first half of the financial
            # year", told in the September after a June year end), but the current one's.
            return _window(starts - 1, first, number, size)
        return window
    else:
        return None
    return _window(starts, first, number, size)


def _window(starts: int, first: int, number: int, size: int) -> tuple[dt.date, dt.date]:
    """The first and last days of period `number` of `size` months of the fiscal year
    starting in month `first` of year `starts`."""
    opening = (first - 1) + (number - 1) * size
    year, month = starts + opening // 12, opening % 12 + 1
    closing = opening + size - 1
    last_year, last_month = starts + closing // 12, closing % 12 + 1
    following = dt.date(last_year + last_month // 12, last_month % 12 + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)

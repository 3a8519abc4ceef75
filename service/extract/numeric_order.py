"""The order a page writes its numeric dates in: "4/3/2025" is 3 April on a US page and
4 March on a British, European, Indian or Australian one.

A date whose first number cannot be a month ("19/08/2025") settles it for the whole page,
one whose second cannot be ("1/14/2025") the other way. When every date could be read
either way, the page's other habits tell its country: the dates it writes in words ("4
March 2025" against "March 4, 2025"), the place its dateline names ("LONDON —", "MUMBAI,"),
a past act that month first would put after publication ("issued on 4/3/2025" in a story
of 12 March), and, last, the regulators it names when all are of day-first countries.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.agencies import find_regulators
from service.extract.numeric_dates import NUMERIC
from service.extract.places import place_named

# "19/08/2025": a numeric date (the shape `numeric_dates` reads), its first number or its
# second maybe no month.
_NUMERIC_DATE = re.compile(r"(?<![\d/])" + NUMERIC)

# Countries whose pages write a day before its month. (The US writes the month first;
# Canada both ways; China, Japan, Korea and Taiwan write the year first.)
_DAY_FIRST = frozenset(
    {
        "UK", "EU", "AU", "NZ", "IN", "IE", "CH", "SG", "MY", "HK", "BR", "MX", "AR", "CL",
        "CO", "PE", "IL", "SA", "AE", "EG", "ZA", "NG", "KE", "PK", "BD", "TH", "ID", "NO",
        "IS", "TR", "RU", "UA", "RS", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "PT",
        "DK", "SE", "FI", "CZ", "GR", "HU", "RO",
    }
)  # fmt: skip
_MONTH_FIRST = frozenset({"US"})

_WRITTEN_DAY_FIRST = re.compile(
    rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:{cal.MONTH_NAMES})\s+(?:19|20)\d\d\b", re.IGNORECASE
)
_WRITTEN_MONTH_FIRST = re.compile(
    rf"\b(?:{cal.MONTH_NAMES}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)"
    r"\s+[0-3]?\d(?:st|nd|rd|th)?,\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# A dateline's place at a line's head: a city in capitals or title case, perhaps with its
# state or country after a comma ("CAMBRIDGE, England —", "MUMBAI,", "Sydney (AAP) -").
_DATELINE = re.compile(
    r"[ \t]*(?P<city>[A-Z][A-Za-z'.-]+(?:[ ][A-Z][A-Za-z'.-]+){0,3})"
    r"(?:,[ ](?P<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+){0,2}))?"
    r"[ \t]*(?:,|—|–|--|[ ]-[ ]|\()"
)
# Cities of day-first countries the trial-site gazetteer (`places`) leaves out.
_DATELINE_CITIES = {
    name: code
    for code, names in (
        ("IN", "Mumbai Delhi New Delhi Bengaluru Bangalore Hyderabad Chennai Pune Ahmedabad "
         "Kolkata Gurugram Gurgaon Noida"),
        ("NZ", "Auckland Wellington Christchurch"),
        ("SG", "Singapore"),
        ("ZA", "Johannesburg Cape Town"),
        ("IE", "Dublin Cork Galway"),
    )
    for name in names.split(" ")
}  # fmt: skip
# A clause telling what has happened ("was issued on", "validated the application on"), and
# one telling what is still to come, whose date may well lie after publication.
_PAST = re.compile(r"\b(?:was|were|had|has been|have been)\b|\b[a-z]{3,}ed\b")
_TO_COME = re.compile(
    r"\b(?:will|would|expect\w*|plan\w*|schedul\w*|due|target\w*|goal|PDUFA|deadline|"
    r"anticipat\w*|until|intends?|aims?)\b",
    re.IGNORECASE,
)


def writes_day_first(text: str, published: dt.date | None) -> bool:
    """Whether the page's numeric dates are read day first (see the module's note)."""
    if "/19" not in text and "/20" not in text:  # (every such date holds one)
        return False
    dates = list(_NUMERIC_DATE.finditer(text))
    firsts = any(int(m["a"]) > 12 for m in dates)
    seconds = any(int(m["b"]) > 12 for m in dates)
    if firsts or seconds:
        return firsts and not seconds
    for verdict in (_written_order(text), _dateline_order(text)):
        if verdict is not None:
            return verdict
    if published is not None and any(_past_after(text, m, published) for m in dates):
        return True
    return _regulators_day_first(text)


def _written_order(text: str) -> bool | None:
    """The order of the dates the page writes in words, when it uses only one."""
    days = _WRITTEN_DAY_FIRST.search(text) is not None
    months = _WRITTEN_MONTH_FIRST.search(text) is not None
    return days if days != months else None


def _dateline_order(text: str) -> bool | None:
    """The order of the country the dateline's place lies in, when it names one."""
    for line in text[:600].split("\n")[:4]:
        match = _DATELINE.match(line)
        if match is None:
            continue
        for name in (match["region"], match["city"]):
            code = _jurisdiction(name) if name else None
            if code in _DAY_FIRST:
                return True
            if code in _MONTH_FIRST:
                return False
    return None


def _jurisdiction(name: str) -> str | None:
    # "LONDON" is written in capitals on the wire: the gazetteer holds "London".
    spoken = name.title() if name.isupper() else name
    return place_named(spoken) or _DATELINE_CITIES.get(spoken)


def _past_after(text: str, match: re.Match[str], published: dt.date) -> bool:
    """A past act's date that month first lies after publication, day first not."""
    year, first, second = int(match["y"]), int(match["a"]), int(match["b"])
    try:
        month_first, day_first = dt.date(year, first, second), dt.date(year, second, first)
    except ValueError:
        return False
    if not day_first <= published < month_first:
        return False
    clause_start = max(text.rfind(c, 0, match.start()) for c in (". ", "\n", ";"))
    clause = text[clause_start + 1 : match.start()]
    return _PAST.search(clause) is not None and _TO_COME.search(clause) is None


def _regulators_day_first(text: str) -> bool:
    """Every regulator the page names is a day-first country's (the MHRA, the TGA)."""
    named = {r.jurisdiction for r in find_regulators(text) if r.strength == 2}
    return bool(named) and named <= _DAY_FIRST

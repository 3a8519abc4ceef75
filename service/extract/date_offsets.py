"""Dates told by their distance from the date before them: "two months later", "the
following year", "that autumn". A history told in order dates each step this way; the step
takes the date before it, moved by the distance, at the precision the phrase names."""

from __future__ import annotations

import re
from typing import NamedTuple

from service.extract import calendar as cal
from service.extract.counter_dates import NOT_A_DURATION
from service.extract.keywords import holds_one_of

_SEASON = r"(?:spring(?!\s+(?:from|up|into|to)\b)|summer|autumn|winter|fall(?=\s*[,.;]))"
_MONTH = rf"(?P<mon>{cal.MONTH_NAMES})"
_OFFSET = re.compile(
    # A month of a year so told: "in March of the following year", "May of the same year".
    rf"\b(?:{_MONTH}\s+(?:of\s+)?(?:the\s+(?P<month_of>following|next|previous|prior|same)"
    r"|that(?:\s+same)?)\s+year\b"
    # (Not "a year later than it had hoped": a delay, which dates nothing.)
    r"|(?P<n>\w+)\s+(?P<unit>month|quarter|year)s?\s+(?P<dir>later|earlier|afterwards?)"
    r"(?!\s+than\b)"
    # (Not "within the next year": a window from the news, told of a plan.)
    r"|(?<!in )(?<!within )(?<!over )(?<!during )the\s+(?:following|next|subsequent)\s+"
    r"(?P<next>month\b|quarter\b|year\b|" + _SEASON + r")"
    r"|the\s+(?:previous|prior|preceding)\s+(?P<prior>month|quarter|year)\b"
    # "the year after (that)" closing its phrase (not "the year after approval").
    r"|the\s+(?P<after>month|quarter|year)\s+after(?:\s+that)?(?=\s*[,.;)])"
    # The year of the date before: "later that year", "that autumn", "the same year".
    r"|(?:(?:later|earlier)\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+)year\b(?![-'’])"
    # Crude translation keeps 同年10月's order and counters: "the same year 10 months".
    r"(?:\s+(?P<cm>1[0-2]|0?[1-9])\s+months?\b(?:\s+(?P<cd>[12]\d|3[01]|0?[1-9])\s+days?\b)?"
    + NOT_A_DURATION
    + r")?"
    r"|(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?" + _SEASON + r")",
    re.IGNORECASE,
)
# One of these holds every match (checked first: most sentences hold none).
_HINTS = (
    "later", "earlier", "afterward", "following", "the next", "subsequent", "previous", "prior",
    "preceding", "year after", "month after", "quarter after",
    "that year", "same year", "that same", "that spring", "that summer", "that autumn",
    "that fall", "that winter",
)  # fmt: skip
# "A year later" counts one.
_ONE = ("a", "an", "one")


class Offset(NamedTuple):
    """An anaphor's span, the precision it names, its distance in months, and the month
    (and day) it names in the year it counts to (0 for none)."""

    start: int
    end: int
    precision: str
    months: int
    month: int = 0
    day: int = 0

    @property
    def suffix(self) -> str | None:
        """What the counted year takes ("-03" for "March of the following year")."""
        if not self.month:
            return None
        return f"-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


def find_offsets(text: str, lowered: str, regions: list[tuple[int, int]]) -> list[Offset]:
    """The anaphors counted from the date before them, in the regions."""
    if len(lowered) != len(text):
        lowered = text.lower()  # (the hints are tested at the text's offsets)
    found = []
    for start, end in regions:
        if not holds_one_of(lowered[start:end], _HINTS):
            continue
        for low, high in _windows(lowered, start, end):
            for match in _OFFSET.finditer(text, low, high):
                offset = _read(match)
                if offset is not None:
                    found.append(offset)
    return found


# Every match holds a hint, its words at most this far before and after it ("in
# September of the following year", "later that same autumn").
_BEFORE, _AFTER = 40, 30


def _windows(lowered: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches around the region's hints, merged: the pattern, which may start at any
    word, runs over these instead of the whole region. Its lookbehinds and word boundaries
    still see the text before a stretch."""
    spans = []
    for hint in _HINTS:
        at = lowered.find(hint, start, end)
        while at >= 0:
            spans.append((max(start, at - _BEFORE), min(end, at + len(hint) + _AFTER)))
            at = lowered.find(hint, at + 1, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


_YEARS = {"following": 1, "next": 1, "previous": -1, "prior": -1}


def _read(match: re.Match[str]) -> Offset | None:
    start, end = match.start(), match.end()
    if match["mon"]:
        years = _YEARS.get((match["month_of"] or "").lower(), 0)
        return Offset(start, end, "month", 12 * years, cal.month_number(match["mon"]))
    if match["n"]:
        word = match["n"].lower()
        count = 1 if word in _ONE else cal.NUMBER_WORDS.get(word) or _digits(word)
        if not count:
            return None
        sign = -1 if match["dir"].lower() == "earlier" else 1
        return _step(start, end, match["unit"], count * sign)
    # "The following spring" is the next year's: told after a date, the season is past.
    step = match["next"] or match["after"]
    if step:
        return _step(start, end, step, 1)
    if match["prior"]:
        return _step(start, end, match["prior"], -1)
    if match["cm"]:
        day = int(match["cd"] or 0)
        return Offset(start, end, "day" if day else "month", 0, int(match["cm"]), day)
    return Offset(start, end, "year", 0)


def _step(start: int, end: int, unit: str, count: int) -> Offset:
    """`count` months, quarters, or years (a season counts as its year)."""
    if unit.lower() == "month":
        return Offset(start, end, "month", count)
    if unit.lower() == "quarter":
        return Offset(start, end, "quarter", 3 * count)
    return Offset(start, end, "year", 12 * count)


def _digits(word: str) -> int:
    return int(word) if word.isdigit() and len(word) <= 2 else 0

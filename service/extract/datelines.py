"""Datelines: the day a story's head states, and a stated year that is a typo.

A release reprinted after its dateline means the dateline's day by "today"; a dateline whose
year contradicts a recent publication's is a typo for this year, corrected with the stated
value kept as a conflict (a lead's year is checked in `lead_years`).
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention
from service.extract.date_patterns import DAY_ROWS, HINTS, MONTH_ANCHORED, MONTH_WORD, PATTERNS
from service.extract.date_resolvers import numeric, numeric_day_first
from service.extract.keywords import holds_one_of

# Abbreviated places in a dateline ("Mass.", "N.Y.", "Calif."): their dots end no sentence.
_PLACE_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){1,3}|\b[A-Z][a-z]{1,4}\.")
# A wire service's tag may stand between the date and the dash ("/PRNewswire/", "(GLOBE NEWSWIRE)").
_DATELINE_TAIL = re.compile(
    r"(?:\s*(?:/[A-Za-z][\w ]{1,30}/|\([A-Z][\w ]{1,30}\)))?\s*(?:--|–|—|-)\s"
)


def ends_dateline(text: str, end: int) -> bool:
    """Whether a date ending at `end` is followed by a dateline's dash (the day told)."""
    return _DATELINE_TAIL.match(text, end) is not None


def day_up_to(mention: DateMention, dateline: DateMention) -> bool:
    """Whether a mention is a day no later than the dateline's: one the news may tell."""
    if mention.precision != "day" or mention.value is None or dateline.value is None:
        return False
    return mention.value <= dateline.value


def dateline_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a dateline at the head of the text states, when the story was published
    within a month after it."""
    if published is None:
        return None
    # Pages often put a headline and a byline above the dateline: look at the first lines.
    for head in text[:600].split("\n")[:4]:
        day = _stated_dateline(head[:120], published)
        if day is not None:
            return day
    return None


def _stated_dateline(head: str, published: dt.date) -> dt.date | None:
    # ISO, numeric ("10/03/2025") and full dates, month or day first ("June 5, 2024", "5 June
    # 2024"). Those naming a month need a month word.
    months = MONTH_WORD.search(head) is not None
    for row in DAY_ROWS:
        pattern, resolver, _, _ = PATTERNS[row]
        # The other rows' matches all hold a hint of digits ("20", "/20"): a head holding
        # none is not searched (the numeric row, opening with a class, scans slowly).
        if not months if MONTH_ANCHORED[row] else not _holds(head, HINTS[row]):
            continue
        match = pattern.search(head)
        if match is None or match.start() > 60:
            continue
        # "June 10, 2025, Acme today announced": a date opening the line is a dateline too.
        opening = match.start() == 0 and head.startswith(", ", match.end())
        if not opening and not _DATELINE_TAIL.match(head, match.end()):
            continue
        if resolver is numeric and _published_day_first(match, published):
            return None  # "Lyon, 09/10/2026 –" on 9 October: the page writes its day first
        value, precision, _ = resolver(match, published)
        if value is not None and precision == "day":
            day = dt.date.fromisoformat(value)
            if 0 < (published - day).days <= 31:
                return day
    return None


def _published_day_first(match: re.Match[str], published: dt.date) -> bool:
    """Whether a numeric dateline read day first is the publication day (a European page's
    "09/10/2026" is 9 October, which read month first falls within a month before it)."""
    return numeric_day_first(match, published)[0] == published.isoformat()


def _holds(head: str, hints: tuple[str, ...]) -> bool:
    # (A generator would cost more than the tests.)
    return holds_one_of(head, hints)


def check_dateline(text: str, mention: DateMention, published: dt.date | None) -> DateMention:
    """A dateline whose year contradicts a recent publication date is a typo for this year."""
    if published is None or mention.value is None or mention.precision not in ("day", "month"):
        return mention
    if mention.kind != "absolute":
        return mention  # ("同年2月1日" opening a line: a day of a year told before, not yet read)
    line_start = text.rfind("\n", 0, mention.start) + 1
    prefix = text[line_start : mention.start]
    if len(prefix) > 60 or "." in _PLACE_ABBREVIATION.sub("", prefix):
        return mention
    if not _DATELINE_TAIL.match(text, mention.end) or int(mention.value[:4]) == published.year:
        return mention
    if _in_timeline(text, line_start):
        return mention
    fixed = cal.in_year(mention.value, published.year)
    if fixed is None:
        return mention
    first_day = dt.date.fromisoformat(fixed if len(fixed) == 10 else fixed + "-01")
    if not 0 <= (published - first_day).days <= 62:
        return mention
    reason = "dateline year contradicts the publication date of a story reporting fresh news"
    return mention.corrected(fixed, reason)


# A line a timeline's entry opens: its date (a year, perhaps after a quarter or a month and a
# day) set off by a dash ("2016 - EC approval", "Q2 2021 - BLA submitted").
_TIMELINE_ENTRY = re.compile(
    r"[ \t]*(?:[-*•·][ \t]*)?(?:(?:Q[1-4]|H[12]|early|mid|late)\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?:\d{1,2},?\s+)?(?:19|20)\d\d\b[^\n]{0,14}?\s(?:--|–|—|-)\s"
)


def timeline_entry(text: str, at: int) -> bool:
    """The position lies on a timeline's entry: its line opens with a date set off by a
    dash, in a run of such lines (see `_in_timeline`)."""
    line_start = text.rfind("\n", 0, at) + 1
    opens = _TIMELINE_ENTRY.match(text, line_start)
    return opens is not None and opens.end() <= at and _in_timeline(text, line_start)


def _in_timeline(text: str, line_start: int) -> bool:
    """The line is one of a run of dated entries (see `_TIMELINE_ENTRY`): the line before or
    after it opens the same way, as no dateline's neighbour does ("March 2015 - FDA approves
    X" in a sidebar of a story published in April 2026 keeps its year)."""
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text.find("\n", line_start)
    return (line_start > 0 and _TIMELINE_ENTRY.match(text, before) is not None) or (
        after >= 0 and _TIMELINE_ENTRY.match(text, after + 1) is not None
    )

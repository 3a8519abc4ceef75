"""A day whose stated weekday contradicts its year: "on Friday, September 20, 2023" in a
release of September 2024 (that day was a Wednesday in 2023 and a Friday in 2024). The
weekday is the writer's own check on the date; of the two, the year is what slips (last
year's carried over, one digit mistyped), so publication's year, when it makes the weekday
true, is the one meant."""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention

_REASON = "the stated weekday contradicts the year and fits the year of publication"


def weekday_year(weekday_name: str, date: DateMention, published: dt.date | None) -> DateMention:
    """`date`, told right after `weekday_name`, in the year of publication when its stated
    year is a slip of that one (one off, or one digit off) that the weekday contradicts and
    publication's year makes true. A weekday wrong in the year of publication itself is the
    slip, not its year: that date is kept, as is any the weekday fits."""
    if published is None or date.value is None or date.precision != "day":
        return date
    if date.kind != "absolute" or date.conflict is not None:
        return date
    named = cal.WEEKDAYS.get(weekday_name[:3].lower())
    stated = dt.date.fromisoformat(date.value)
    if named is None or stated.weekday() == named or stated.year == published.year:
        return date
    if not cal.slipped_year(stated.year, published.year):
        return date
    moved = cal.in_year(date.value, published.year)
    if moved is None or dt.date.fromisoformat(moved).weekday() != named:
        return date
    return date.corrected(moved, _REASON)


# A day told after its preposition, perhaps with its weekday between ("on May 9", "on
# Friday, May 9"): the weekday only restates the day.
_PREPOSITION_BEFORE = re.compile(r" (?:on|in|last) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \Z")


def after_preposition(text: str, start: int) -> bool:
    """Whether the date at `start` follows "on", "in" or "last" (see `_PREPOSITION_BEFORE`)."""
    if text.endswith((" on ", " in ", " last "), 0, start):
        return True
    return _PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None

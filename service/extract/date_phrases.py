"""Date phrases told in words, not digits: "today", "the same day", "the day before", a
weekday; each row's pattern, and the length of its longest match (see `date_patterns.WIDTHS`)."""

from __future__ import annotations

from service.extract import date_resolvers as en
from service.extract.keywords import literal_alternation

WEEKDAY_NAME = r"(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


def phrases(*words: str) -> str:
    """An alternation of literal phrases, each also capitalised; literal-first for speed."""
    forms = {w for word in words for w in (word, word[0].upper() + word[1:])}
    return "(?:" + literal_alternation(forms) + r")\b"


_PERIODS = ("week", "month", "year")
# Rows of phrases (and weekdays), each with the length of its longest match (see WIDTHS).
_RELATIVE_WORDS = (
    "today", "this morning", "this afternoon", "this evening", "tonight", "yesterday",
    "over the weekend", "this weekend",
    "at the weekend", *(f"{when} {p}" for when in ("earlier this", "later this", "this", "last",
    "next") for p in _PERIODS),
    # A regulator's letter acts on the day it is dated: "We have approved your BLA …
    # effective this date."
    "effective this date", "effective as of this date",
)  # fmt: skip
# (Not "in the last week of January", a part of the month named after it.)
RELATIVE = phrases(*_RELATIVE_WORDS) + r"(?!\s+of\b)"
RECENT = phrases("recently", "recent weeks") + "|近日|日前|近期"
_ANAPHOR_WORDS = (
    *(f"{lead} same {p}" for lead in ("in the", "the", "that") for p in ("month", "day", "week")),
    *(f"{when} that {p}" for when in ("later", "earlier") for p in ("month", "day", "week")),
    "the same date", "that same date", "the very same day", "that very day",
    "at the same time", "simultaneously", "hours later",
)  # fmt: skip
# A part of the month told before: "late in the month", "at the end of the month" (a
# tracker's month, dated to it; the part cannot be narrowed to a day). Not "late in the month
# of June", which names its month.
_MONTH_PART_WORDS = (
    *(f"{when} {p} month" for when in ("late", "later", "early", "earlier") for p in ("in the",
      "that")),
    *(f"at the {part} of the month" for part in ("end", "start", "beginning", "close")),
)  # fmt: skip
# "the same day in December": the month only restates the day the anaphor names.
_DAY_RESTATED = r"(?:(?<=day) in [A-Z][a-z]{2,8}\b)?"
# Chinese names the day, week or month told before with 同 ("the same") or 当 ("that").
_ZH_ANAPHOR = "同一个?月|同一[天日周]|同[月日周]|当[天日月周]|同时"
ANAPHOR = (
    phrases(*_ANAPHOR_WORDS) + _DAY_RESTATED + "|" + phrases(*_MONTH_PART_WORDS)
    + r"(?!\s+of\b)|" + _ZH_ANAPHOR
)  # fmt: skip
_DAY_SHIFT_WORDS = tuple(k for k in en.DAY_SHIFTS if k.isascii())
DAY_SHIFT = phrases(*_DAY_SHIFT_WORDS) + "|前一[天日]|次日|翌日|第二天"
WEEKDAY = rf"{WEEKDAY_NAME}\b"
PHRASE_WIDTHS = {
    WEEKDAY: len("Wednesday"),
    RELATIVE: max(map(len, _RELATIVE_WORDS)),
    RECENT: len("recent weeks"),
    ANAPHOR: max(map(len, (*_ANAPHOR_WORDS, *_MONTH_PART_WORDS))) + len(" in September"),
    DAY_SHIFT: max(map(len, _DAY_SHIFT_WORDS)),
}

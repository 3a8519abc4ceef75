"""A date told as some months after a later one: a year typed one too low.

"Approved on 4 March 2024, roughly six months after the US approval in September 2024": a
day cannot come six months after one that follows it. When the next year puts it where the
stated interval says, no later than publication, the year is a typo: it is moved on, the
stated value kept as a conflict, as for the other year typos (`datelines`, `chronology`).
The later event may be named by its noun, dated where the text told it before ("the letter
of 21 October 2025 … resubmitted on 30 January 2025, three months after the letter").

The interval may instead follow the later date, restating it as counted from the one before
("submitted in May 2024, and accepted in July 2025, two months later"): the earlier date's
year is one too low when the next year puts it that far before the later one.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention
from service.extract.elapsed_dates import COUNT, count_of

# "roughly six months after", "two weeks after", "8 months after".
_AFTER = re.compile(
    r"\b(?:(?:roughly|about|around|some|nearly|almost|just|only|barely)\s+)?"
    rf"{COUNT}\s+(?P<unit>weeks?|months?)\s+after$",
    re.IGNORECASE,
)
_AFTER_WORDS = (" months after", " month after", " weeks after", " week after")
# How far the earlier date may be before the interval, and the later one after it.
_BEFORE_REACH = 40
_AFTER_REACH = 120
# (Not an abbreviation's dot: "the U.S. Food and Drug Administration".)
_SENTENCE_END = re.compile(r"(?<!\.[A-Z])\.\s|;\s")
# How far off the stated interval the corrected date may be, in months ("roughly").
_SLACK = 1
_REASON = (
    "the months told between the date and a later one put it a year on; its year is one too low"
)


def check_intervals(
    text: str, lowered: str, mentions: list[DateMention], published: dt.date | None
) -> list[DateMention]:
    """`mentions` with each date told as some months after a later one corrected (see the
    module); found from the interval's words, which few texts hold."""
    if published is None or (" after" not in lowered and " later" not in lowered):
        return mentions
    fixed = _restating(text, mentions, published)
    for match in _intervals(text, lowered):
        earlier = _date_before(text, mentions, match.start())
        later = _date_after(text, mentions, match.end())
        if later is None and earlier is not None:
            later = _named_date(text, lowered, mentions, match.end(), earlier.start)
        if earlier is None or later is None:
            continue
        moved = _moved(earlier, later, _months(match), published)
        if moved is not None:
            fixed[earlier.start] = moved
    return [fixed.get(m.start, m) for m in mentions] if fixed else mentions


# What joins a date to the interval restating it: "July 2025, two months later".
_APPOSITION = (", ", " — ", " – ", " (")


def _restating(
    text: str, mentions: list[DateMention], published: dt.date
) -> dict[int, DateMention]:
    """The earlier dates moved on by an interval that restates the date after them (see
    the module), by the earlier date's start."""
    fixed: dict[int, DateMention] = {}
    for earlier, later, interval in zip(mentions, mentions[1:], mentions[2:], strict=False):
        if interval.offset_months <= 0 or text[later.end : interval.start] not in _APPOSITION:
            continue
        if earlier.blocked or _SENTENCE_END.search(text, earlier.end, later.start):
            continue
        moved = _moved(earlier, later, -interval.offset_months, published)
        if moved is not None:
            fixed[earlier.start] = moved
    return fixed


def _intervals(text: str, lowered: str) -> list[re.Match[str]]:
    found = []
    for words in _AFTER_WORDS:
        at = lowered.find(words)
        while at >= 0:
            end = at + len(words)
            match = _AFTER.search(text, max(0, at - 30), end)
            if match is not None and (end == len(text) or not text[end].isalnum()):
                found.append(match)
            at = lowered.find(words, end)
    return found


def _date_before(text: str, mentions: list[DateMention], at: int) -> DateMention | None:
    found = [m for m in mentions if at - _BEFORE_REACH <= m.end <= at]
    if not found or _SENTENCE_END.search(text, found[-1].end, at):
        return None
    return found[-1]


def _date_after(text: str, mentions: list[DateMention], at: int) -> DateMention | None:
    found = [m for m in mentions if at <= m.start <= at + _AFTER_REACH]
    if not found or _SENTENCE_END.search(text, at, found[0].start):
        return None
    return found[0]


# The later event named by its noun, not dated: "three months after the letter".
_NAMED = re.compile(r"\s+(?:the|its|that|this)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,})\b")
# How near its date the noun stood when the text first told that event.
_NOUN_REACH = 40


def _named_date(
    text: str, lowered: str, mentions: list[DateMention], at: int, before: int
) -> DateMention | None:
    """The date of the event the interval names by its noun ("resubmitted on 30 January,
    three months after the letter"): the one beside that noun where the text last named it
    before (`before`), in its sentence ("the complete response letter of 21 October")."""
    named = _NAMED.match(lowered, at)
    if named is None:
        return None
    noun = re.compile(rf"\b{named.group('noun')}\b")
    told = [m.start() for m in noun.finditer(lowered, 0, before)]
    if not told:
        return None
    last = told[-1]
    near = [
        m
        for m in mentions
        if abs((m.start if m.start >= last else m.end) - last) <= _NOUN_REACH
        and not _SENTENCE_END.search(text, min(m.end, last), max(m.start, last))
    ]
    return min(near, key=lambda m: abs(m.start - last)) if near else None


def _months(match: re.Match[str]) -> int:
    count = count_of(match.group("n"))
    return count if match.group("unit").lower().startswith("month") else round(count / 4.3)


def _moved(
    earlier: DateMention, later: DateMention, months: int, published: dt.date
) -> DateMention | None:
    """The earlier date a year on, when that puts it `months` after the later one (before
    it, when negative) and no later than publication."""
    stated, after = earlier.value, later.value
    if stated is None or after is None or earlier.conflict is not None:
        return None
    if earlier.kind != "absolute" or earlier.precision not in ("day", "month"):
        return None
    if later.precision not in ("day", "month") or stated[:7] >= after[:7]:
        return None
    moved = cal.year_on(stated, published)
    if moved is None or abs(_month_number(moved) - _month_number(after) - months) > _SLACK:
        return None
    return earlier.corrected(moved, _REASON)


def _month_number(value: str) -> int:
    return int(value[:4]) * 12 + int(value[5:7])

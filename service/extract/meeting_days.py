"""A committee's act told both at its meeting and on a day: "stalled on Thursday, when the
CHMP adopted a negative opinion at the close of its July meeting", "周四，CHMP在7月例会上
给出负面意见". The meeting's month only holds the act; the day in it is the act's own."""

from __future__ import annotations

import re

from service.extract.dates import DateMention

# What a month names when a meeting follows it: "July meeting", "July 2025 plenary
# meeting", "7月例会", "7月的会议".
_MEETING_AFTER = re.compile(
    r"\s+(?:plenary\s+|monthly\s+)?(?:meeting|session|plenary)\b|的?(?:例会|会议|全体会议)",
    re.IGNORECASE,
)

# A day the news was told on ("the company said on Thursday") is not the act's.
_TOLD_BEFORE = re.compile(
    r"\b(?:said|announced|disclosed|reported|stated|confirmed)\s+(?:on\s+)?$|(?:宣布|公告|表示)$",
    re.IGNORECASE,
)


# An aside telling when the deciding body sat: "The CHMP, which met from 16 to 19 June,
# adopted…". Its date is the main act's time, not the aside's own news; the verb is one of
# sitting, straight before the date ("which met with the FDA in March" is an event).
_SAT_ASIDE = re.compile(
    r",\s+(?:which|who)\s+(?:had\s+)?(?:met|convened|sat|gathered)"
    r"\s+(?:(?:in|on|during|over|between|from|this|last|at\s+its)\s+)?$",
    re.IGNORECASE,
)


def sat_aside(text: str, opening: int, date: DateMention) -> bool:
    """Whether the aside opening at `opening` tells only when its subject met, the date
    straight after its verb."""
    return _SAT_ASIDE.match(text, opening, date.start) is not None


def without_meeting_months(text: str, pool: list[DateMention]) -> list[DateMention]:
    """The pool less a meeting's month (or year) that holds one of the pool's days."""
    days = [
        d.value
        for d in pool
        if d.precision == "day"
        and d.value
        and not _TOLD_BEFORE.search(text, max(0, d.start - 30), d.start)
    ]
    if not days:
        return pool
    return [
        d
        for d in pool
        if d.precision == "day"
        or not d.value
        or not any(day.startswith(d.value) for day in days)
        or not _MEETING_AFTER.match(text, d.end)
    ]

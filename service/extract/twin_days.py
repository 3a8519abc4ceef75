"""Twin days: one decision told twice, a year apart to the day, one of them a year typo.

A notice dated by its decision day ("Approval date: 19 September 2025") may retell a
decision further on with the year typed one too low ("the approval of X on 19 September
2024 makes it the first …"). Two decisions on a drug in one jurisdiction, of one kind, on
the same month and day a year apart, where the later one falls shortly before publication,
are one decision: the publication supports the later day, and the earlier is moved onto it,
its stated value kept as a conflict (as `chronology` moves a decision told before its own
application's steps). A year's distance that the text states ("a year to the day after",
"on the anniversary of", "去年") is a real one and is kept.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract.assembly import Candidate
from service.extract.chronology import redated, remerged
from service.extract.context import Context

_DECISIONS = frozenset({"approval", "rejection"})
_REASON = "the same decision is dated a year before its day shortly before publication"
# How long before publication its decision's day may fall (as `chronology` allows a telling).
_TOLD_WITHIN = 60
# A year's distance the text tells itself: a real second decision, not a slip.
_YEAR_APART = re.compile(
    r"\banniversary\b|\byear to the day\b|\b(?:a|one|1)[ -]year\b|\blast year\b|\byear ago\b"
    r"|周年|一年|去年|上一年",
    re.IGNORECASE,
)


def joined_twins(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with each decision a year before its twin (see the module) moved onto
    the twin's day, and merged again when one was."""
    published = ctx.article.published
    if published is None:
        return candidates
    fresh = {
        _key(c): c
        for c in candidates
        if c.type in _DECISIONS and _shortly_before(_day(c), published)
    }
    if not fresh:
        return candidates
    joined = [_joined(ctx, c, fresh) if c.type in _DECISIONS else c for c in candidates]
    return remerged(candidates, joined)


def _joined(
    ctx: Context, candidate: Candidate, fresh: dict[tuple[object, ...], Candidate]
) -> Candidate:
    day = _day(candidate)
    twin = fresh.get(_key(candidate))
    twin_day = _day(twin) if twin is not None else None
    if day is None or twin is None or twin_day is None or candidate.date is None:
        return candidate
    if candidate.date.conflict is not None or day[4:] != twin_day[4:]:
        return candidate
    if int(twin_day[:4]) - int(day[:4]) != 1:
        return candidate
    text = ctx.text
    for told in (candidate, twin):
        if _YEAR_APART.search(text, told.sentence.start, told.sentence.end):
            return candidate
    return redated(candidate, twin_day, _REASON)


def _key(candidate: Candidate) -> tuple[object, ...]:
    return (candidate.drug, candidate.type, candidate.jurisdiction)


def _day(candidate: Candidate) -> str | None:
    date = candidate.date
    if date is None or date.kind != "absolute" or date.precision != "day" or not date.value:
        return None
    return date.value


def _shortly_before(day: str | None, published: dt.date) -> bool:
    return day is not None and 0 <= (published - dt.date.fromisoformat(day)).days <= _TOLD_WITHIN

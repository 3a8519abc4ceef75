"""A list of months told in order: one year's months, as a review of the year tells them.

A year-end review goes month by month ("【1月】…", "【3月】…", …, "【12月】…") without
the year, which its frame names once. Each bare month read alone takes the last such month
before publication, so a review published in early January dates its January entry to the
new year and calls the next months plans. Months that head the lines of a list in calendar
order belong to one year: the latest in which the list's last month is not after
publication. The dates later on an entry's line in its own month ("11月18日") share it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from service.extract.date_mentions import DateMention
from service.extract.entry_order import LIST_MARK

# A month alone, or a day of it, as Chinese writes them without the year.
_BARE = re.compile(r"(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?")
# What may open an entry's line before its month: a bracket ("【1月】"), a bullet or a number.
_HEAD = re.compile(rf"[ \t]*(?:{LIST_MARK})?")
_HEAD_CHARS = 8
# Fewer entries show no order: two months in a row are any two dates.
_ENTRIES = 3


def place_month_entries(
    text: str,
    mentions: list[DateMention],
    published: dt.date | None,
    heads: list[DateMention] | None = None,
) -> list[DateMention]:
    """`mentions` with the months of an ordered list in one year (see the module); `heads`,
    the dates heading lines outside the mentions' spans, are entries too but not returned."""
    if published is None or "月" not in text:
        return mentions
    spans = {(m.start, m.end) for m in mentions}
    entries = sorted(
        [*mentions, *(h for h in heads or [] if (h.start, h.end) not in spans)],
        key=lambda m: m.start,
    )
    # An entry line's start: its month, and the year of it.
    years: dict[int, tuple[int, int]] = {}
    for run in _runs(text, entries):
        last = _month(text, run[-1])
        year = published.year if last <= published.month else published.year - 1
        years.update((_line_start(text, m.start), (year, _month(text, m))) for m in run)
    if not years:
        return mentions
    return [_placed(text, m, years) for m in mentions]


def _runs(text: str, mentions: list[DateMention]) -> list[list[DateMention]]:
    """The bare months heading lines, in runs that keep calendar order."""
    runs: list[list[DateMention]] = [[]]
    for mention in mentions:
        start = _line_start(text, mention.start)
        head = text[start : mention.start]
        if len(head) > _HEAD_CHARS or not _HEAD.fullmatch(head):
            continue
        if runs[-1] and _line_start(text, runs[-1][-1].start) == start:
            continue  # not the first date of its line
        bare = _BARE.fullmatch(text, mention.start, mention.end)
        if bare is None or bare["d"] or mention.blocked:
            runs.append([])  # a line headed by another kind of date ends the run
            continue
        if runs[-1] and _month(text, runs[-1][-1]) > int(bare["m"]):
            runs.append([])
        runs[-1].append(mention)
    return [run for run in runs if len(run) >= _ENTRIES]


def _placed(text: str, mention: DateMention, years: dict[int, tuple[int, int]]) -> DateMention:
    """The mention in its entry's year, when it is a bare month (or day) of the entry's month."""
    entry = years.get(_line_start(text, mention.start))
    bare = _BARE.fullmatch(text, mention.start, mention.end)
    if entry is None or bare is None or mention.kind not in ("absolute", "future"):
        return mention
    year, month = entry
    if int(bare["m"]) != month or not 1 <= month <= 12:
        return mention
    try:
        day = dt.date(year, month, int(bare["d"] or 1))
    except ValueError:
        return mention
    value = day.isoformat() if bare["d"] else day.isoformat()[:7]
    return replace(mention, value=value, precision="day" if bare["d"] else "month", kind="absolute")


def _month(text: str, mention: DateMention) -> int:
    bare = _BARE.fullmatch(text, mention.start, mention.end)
    return int(bare["m"]) if bare else 0


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1

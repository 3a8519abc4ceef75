"""A dated list's order: the one entry whose year breaks it has the year mistyped.

A list of events in date order (an annual report's numbered items for the year, a
regulator's page of approvals in the order given) dates each entry at its head ("5. 2024年
10月，…", "Approval date: 10/14/2025"). When every entry but one keeps that order, and the
year the one's neighbours share would put it in place ("2024年9月", "2014年10月", "2024年
11月"), its year was typed wrong in a digit: it takes the neighbours' year, the stated value
kept as a conflict, as for the other year typos (`datelines`, `chronology`, `late_years`).
A year alone is left as it is: it tells too little to place the entry between two others.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from service.extract import calendar as cal
from service.extract.date_mentions import DateMention

# What may stand before an entry's date on its line: a bracket ("【3月】"), a bullet, a number
# ("5.", "（3）", "2、") or a field's label ("Approval date:").
LIST_MARK = r"[【\[〔][ \t]*|[-•*·▪–][ \t]*|[(（]?\d{1,3}[.、)）][ \t]*"
_HEAD = re.compile(rf"[ \t]*(?:{LIST_MARK}|[A-Za-z][A-Za-z ]{{0,30}}:[ \t]*)?")
_HEAD_CHARS = 40
# How far a date opening an entry runs past its head ("September 30, 2025", "2025年10月").
_DATE_CHARS = 30
_DIGITS = re.compile(r"\d+")
# Fewer entries show no order: two neighbours and the entry are any three dates.
_ENTRIES = 4
_REASON = "the entry's year breaks the date order of its list; its neighbours' year fits it"


def order_entries(
    text: str,
    mentions: list[DateMention],
    published: dt.date | None,
    heads: list[DateMention] | None = None,
) -> list[DateMention]:
    """`mentions` with the year of an entry out of its list's order corrected (see the
    module); `heads`, the dates heading lines outside the mentions' spans, are the list's
    other entries, which place an entry but are not returned."""
    if published is None:
        return mentions
    entries = _merged(mentions, heads) if heads else mentions
    fixed: dict[int, DateMention] = {}
    for run in _runs(text, entries):
        if len(run) < _ENTRIES:
            continue
        for before, entry, after in zip(run, run[1:], run[2:], strict=False):
            moved = _moved(entry, before, after, published)
            if moved is None:
                continue
            values = [moved.value if m is entry else m.value for m in run]
            if _ordered(values):  # (a value of `run` is never None)
                fixed[entry.start] = moved
    if not fixed:
        return mentions
    return [fixed.get(m.start, m) for m in mentions]


def entry_heads(
    text: str, regions: list[tuple[int, int]], mentions: list[DateMention]
) -> list[tuple[int, int]]:
    """The heads of the lines outside `regions` that may open with a date, when one of
    `mentions` heads a line: a list's entries read only in part (the spans hold the
    event sentences) are placed by the others too."""
    if not any(_heads_line(text, m.start) for m in mentions):
        return []
    found = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        head = _HEAD.match(text, start, end)
        at = head.end() if head is not None else end  # (every line matches: all is optional)
        opens = at - start <= _HEAD_CHARS and at < end and text[at].isalnum()
        if opens and not _inside(at, regions):
            found.append((start, min(end, start + _HEAD_CHARS + _DATE_CHARS)))
        start = end + 1
    return found


def _heads_line(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return at - line_start <= _HEAD_CHARS and bool(_HEAD.fullmatch(text, line_start, at))


def _inside(at: int, regions: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in regions)


def _merged(mentions: list[DateMention], heads: list[DateMention]) -> list[DateMention]:
    """The mentions with the heads that overlap none of them, in order."""
    spans = [(m.start, m.end) for m in mentions]
    others = [h for h in heads if not any(h.start < e and s < h.end for s, e in spans)]
    return sorted([*mentions, *others], key=lambda m: m.start)


def _runs(text: str, mentions: list[DateMention]) -> list[list[DateMention]]:
    """The dates heading lines, in runs of lines headed alike (a list's entries)."""
    runs: list[list[DateMention]] = []
    shape: str | None = None
    line_start = -1
    for mention in mentions:
        if mention.blocked or text.rfind("\n", 0, mention.start) + 1 == line_start:
            continue  # a target's date, or not the first date of its line
        line_start = text.rfind("\n", 0, mention.start) + 1
        head = text[line_start : mention.start]
        if len(head) > _HEAD_CHARS or not _HEAD.fullmatch(head):
            continue
        if mention.kind != "absolute" or mention.value is None or "Q" in mention.value:
            shape = None  # a line headed by another kind of date ends the run
            continue
        kind = _DIGITS.sub("#", head.strip())
        if kind != shape or not runs:
            runs.append([])
        runs[-1].append(mention)
        shape = kind
    return runs


def _moved(
    entry: DateMention, before: DateMention, after: DateMention, published: dt.date
) -> DateMention | None:
    """The entry in its neighbours' year, when theirs is one and its own differs from it in
    one digit; None otherwise."""
    value, low, high = entry.value, before.value, after.value
    if value is None or low is None or high is None or entry.precision not in ("day", "month"):
        return None
    year = low[:4]
    if high[:4] != year or value[:4] == year or entry.conflict is not None:
        return None
    if not cal.one_digit_off(value[:4], year):
        return None
    moved = cal.in_year(value, int(year))
    if moved is None or cal.starts_after(moved, published):
        return None
    return entry.corrected(moved, _REASON)


def _ordered(values: list[str | None]) -> bool:
    """Whether the values run one way, earliest first or latest first, each compared with
    the next at the precision both have."""
    pairs = [(a[: min(len(a), len(b))], b[: min(len(a), len(b))]) for a, b in _pairs(values)]
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def _pairs(values: list[str | None]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in pairwise(values) if a is not None and b is not None]

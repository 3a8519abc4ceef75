"""Lists whose items open with a date and a product and tell no event of their own.

A roundup sets a month's decisions out one item a product, in date order: "1. Nov. 3 -
Brand (inn), Acme. For adults with …", "- 5 September: inn, Acme Bio. Flares of …". The
item has no verb: what happened to each is told once, above the list, by the heading right
over it ("Orphan designations", "COMMISSION DECISIONS, SEPTEMBER 2024") or by the lead
paragraph before it ("The FDA cleared eight novel medicines in November. Below, in date
order …"). Each item is that event, for its product, on its own date. An item that tells
an event of its own in its first sentence is read as prose instead.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

from service.extract.agencies import Regulator, find_regulators
from service.extract.dates import DateMention, find_dates
from service.extract.milestone_rows import TableEvent, action_type, step_attributes
from service.extract.milestone_tables import Row

if TYPE_CHECKING:
    from service.extract.assembly import Candidate
    from service.extract.context import Context

# A number or a bullet, a day and month in either order (maybe the year), a dash or a colon.
_ITEM = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)]|[-–•*·])[ \t]+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?[ \t]+\d{4})?)[ \t]*(?:[-–—:])[ \t]+(?P<body>\S[^\n]*)$",
    re.MULTILINE,
)
# The items a lead paragraph's event covers (a heading naming the event may head one alone).
_ITEMS = 2
_HEADING_WORDS = 8
_SENTENCE_ENDS = (".", "!", "?", ":", ";")
# A heading over a regulator's decisions lists its authorisations ("COMMISSION DECISIONS,
# SEPTEMBER 2024"): not decisions to come, nor a committee's (its opinions only advise).
_DECISIONS = re.compile(r"\bdecisions\b", re.IGNORECASE)
_NOT_DECIDED = re.compile(
    r"\b(?:pending|upcoming|expected|due|awaited|coming|CHMP|committee|advisory)\b", re.I
)


class _Item(NamedTuple):
    start: int  # the line's start
    end: int  # the line's end
    date: tuple[int, int]
    body: int  # where the product's words open, after the date


def dated_item_events(
    ctx: Context, generic: list[Candidate], told: list[Candidate]
) -> list[TableEvent]:
    """The events of the dated items, each the event its heading or its lead tells;
    `generic` are the events prose told of products it does not name, `told` the others."""
    if "\n" not in ctx.text:
        return []
    starts = [s.start for s in ctx.sentences]
    events: list[TableEvent] = []
    for run in _runs(ctx.text):
        events += _run_events(ctx, run, generic, told, starts)
    return events


def _runs(text: str) -> list[list[_Item]]:
    """The items, in runs with nothing but blank lines between them."""
    runs: list[list[_Item]] = []
    last_end = -1
    for match in _ITEM.finditer(text):
        item = _Item(match.start(), match.end(), match.span("date"), match.start("body"))
        if runs and not text[last_end : item.start].strip():
            runs[-1].append(item)
        else:
            runs.append([item])
        last_end = item.end
    return runs


def _run_events(
    ctx: Context,
    run: list[_Item],
    generic: list[Candidate],
    told: list[Candidate],
    starts: list[int],
) -> list[TableEvent]:
    headings, lead = _above(ctx.text, run[0].start)
    event = _heading_event(ctx, headings)
    if event is None and len(run) >= _ITEMS:
        event = _lead_event(lead, generic)
    if event is None:
        return []
    kind, regulator = event
    regulator = regulator or ctx.default_regulator
    if regulator is None:
        return []
    events = []
    for item in run:
        found = _item_event(ctx, item, kind, regulator, told, starts)
        if found is not None:
            events.append(found)
    return events


def _above(text: str, start: int) -> tuple[list[tuple[int, int]], tuple[int, int]]:
    """The heading lines above a run, nearest first (over any items of runs before it),
    and the lead paragraph's span: the prose lines up to the first of them."""
    headings: list[tuple[int, int]] = []
    end = start - 1
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line and not _ITEM.match(text, line_start):
            if len(line.split()) > _HEADING_WORDS or line.endswith(_SENTENCE_ENDS):
                paragraph = text.rfind("\n\n", 0, line_start)
                return headings, (paragraph + 1 if paragraph >= 0 else 0, end)
            headings.append((line_start, end))
        end = line_start - 1
    return headings, (0, 0)


def _heading_event(
    ctx: Context, headings: list[tuple[int, int]]
) -> tuple[tuple[str, dict[str, object]], Regulator | None] | None:
    """The event the nearest heading naming one tells ("Orphan designations", "Approvals",
    a regulator's "decisions"), and the regulator the headings name; none past a section's
    heading in capitals or one of decisions still to come."""
    regulator = None
    for start, end in headings:
        line = ctx.text[start:end]
        named = find_regulators(line if not line.isupper() else line.title())
        regulator = regulator or (max(named, key=lambda r: r.strength) if named else None)
    for start, end in headings:
        line = ctx.text[start:end]
        if _NOT_DECIDED.search(line):
            return None
        kind = action_type(line)
        if kind is None and _DECISIONS.search(line):
            kind = "approval"
        if kind is not None:
            return (kind, step_attributes(kind, line, line)), regulator
        if line.isupper():
            return None  # a section's heading in capitals: the headings above head others
    return None


def _lead_event(
    lead: tuple[int, int], generic: list[Candidate]
) -> tuple[tuple[str, dict[str, object]], Regulator | None] | None:
    """The event the lead paragraph tells of products it counts but does not name."""
    for candidate in generic:
        if lead[0] <= candidate.trigger.start < lead[1]:
            regulator = Regulator(0, 0, candidate.agency, candidate.jurisdiction, 1)
            return (candidate.type, dict(candidate.attributes)), regulator
    return None


def _item_event(
    ctx: Context,
    item: _Item,
    kind: tuple[str, dict[str, object]],
    regulator: Regulator,
    told: list[Candidate],
    starts: list[int],
) -> TableEvent | None:
    first = ctx.text.find(". ", item.body, item.end)
    first = item.end if first < 0 else first
    if any(item.start <= c.trigger.start < first for c in told):
        return None  # the item tells its own event
    named = [m for m in ctx.mentions_in(item.body, first) if not m.comparator]
    date = _date(ctx, item)
    if not named or date is None or date.kind == "future":
        return None
    type_, attributes = kind
    body = ctx.text[item.body : item.end]
    if type_ not in ("designation", "program_inclusion"):  # (the heading names which)
        attributes = {**attributes, **step_attributes(type_, body, body)}
    row = Row(item.start, item.end, body, item.date[0], item.date[1], (item.start, item.start))
    sentence = bisect_right(starts, item.date[0]) - 1
    return TableEvent(type_, row, sentence, date, named[0].drug, regulator, attributes)


def _date(ctx: Context, item: _Item) -> DateMention | None:
    """The item's date. A day written before its month alone ("5 September") is a date
    only after a preposition in prose; heading an item it is one, read as "on 5 September"."""
    published = ctx.article.published
    found = [d for d in find_dates(ctx.text, published, [item.date]) if d.value]
    if found:
        return found[0]
    start, end = item.date
    read = [d for d in find_dates("on " + ctx.text[start:end], published) if d.value]
    return dataclasses.replace(read[0], start=start, end=end) if read else None

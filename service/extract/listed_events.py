"""The events a line of prose tells of every product a table or a list below it sets out:
the rows of a notice's table of products (see `referred_tables`) and the items of a
committee's list of the applications it started to review (see `evaluation_lists`). The
products' lines tell no event; the prose's event, regulator and date are each one's.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from service.extract.agencies import Regulator
from service.extract.approval_lists import item_pathway
from service.extract.dates import DateMention, find_dates
from service.extract.evaluation_lists import evaluation_lists
from service.extract.milestone_rows import TableEvent, step_attributes
from service.extract.milestone_tables import Row
from service.extract.referred_tables import referred_events

if TYPE_CHECKING:
    from service.extract.context import Context

_ACCEPTANCE = "application_acceptance"


def listed_events(ctx: Context) -> list[TableEvent]:
    """The events of the listed products, in order."""
    if "|" not in ctx.text and ":" not in ctx.text:
        return []
    events = []
    for told in referred_events(ctx.text):
        prose = told.sentence
        events += _each(ctx, prose, told.type, {}, [row.drug for row in told.rows])
    for listed in evaluation_lists(ctx.text):
        lead = ctx.text[slice(*listed.lead)]
        attributes = step_attributes(_ACCEPTANCE, lead, lead)
        events += _each(ctx, listed.lead, _ACCEPTANCE, attributes, list(listed.items))
    for approved in ctx.approved_lists:
        for item in approved.items:
            pathway = item_pathway(ctx.text[slice(*item)])
            events += _each(ctx, approved.lead, "approval", pathway, [item], approved.dated)
    return events


def _each(
    ctx: Context,
    prose: tuple[int, int],
    kind: str,
    attributes: dict[str, object],
    cells: list[tuple[int, int]],
    dated: tuple[int, int] | None = None,
) -> list[TableEvent]:
    """One event per cell naming a drug, dated and placed by the prose (dated by `dated`
    when another line writes its date); none when the prose names no regulator and the
    article none either, or dates a plan."""
    regulator = _regulator(ctx, prose)
    date = _date(ctx, dated or prose)
    if regulator is None or (date is not None and date.kind == "future"):
        return []
    starts = [s.start for s in ctx.sentences]
    events = []
    for start, end in cells:
        named = [m.drug for m in ctx.mentions_in(start, end) if not m.comparator]
        if not named:
            continue
        line_end = ctx.text.find("\n", start)
        line_end = len(ctx.text) if line_end < 0 else line_end
        row = Row(start, line_end, ctx.text[start:end], line_end, line_end, prose)
        sentence = bisect_right(starts, start) - 1
        events.append(TableEvent(kind, row, sentence, date, named[0], regulator, attributes))
    return events


def _regulator(ctx: Context, prose: tuple[int, int]) -> Regulator | None:
    named = ctx.regulators_in(*prose)
    return max(named, key=lambda r: r.strength) if named else ctx.default_regulator


def _date(ctx: Context, prose: tuple[int, int]) -> DateMention | None:
    """The prose's first date ("as of August 14, 2025", "this month"); the prose may hold no
    event word the trigger scan knows, so its dates are read here."""
    found = [d for d in find_dates(ctx.text, ctx.article.published, [prose]) if not d.blocked]
    dated = [d for d in found if d.value is not None or d.kind == "future"]
    return dated[0] if dated else None

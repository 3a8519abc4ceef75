"""What a tracker's rows tell (see `tracker_tables`): each row's action cell names the
milestone of the drug its drug cell names, on the day its date cell gives, by the regulator
the action names ("MFDS approval", "orphan designation by the EC") or, where it names
none, the one its section's heading names ("UNITED STATES (FDA)"). One action may tell two
milestones ("NDA filed and given priority review"); an advisory vote, a positive opinion or a
moved goal date tells none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

from service.extract import calendar as cal
from service.extract.agencies import Regulator
from service.extract.date_mentions import DateMention
from service.extract.entry_events import section_of
from service.extract.implied_regulators import issuer_of
from service.extract.milestone_rows import TableEvent, action_type, step_attributes
from service.extract.milestone_tables import Row
from service.extract.tracker_steps_en import flag_steps, kind_step, same_use
from service.extract.tracker_steps_zh import row_step
from service.extract.tracker_tables import TrackerRow, action_head, action_of

if TYPE_CHECKING:
    from service.extract.context import Context

# A date cell's day written before its month ("4 Nov"); the month is checked by its name.
_DAY_MONTH = re.compile(r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>[A-Za-z]{3,9})\b\.?")
# Two steps told as one action: "NDA accepted with Priority Review", "accepted and granted
# priority review".
_JOINED = re.compile(r"\s+(?:with|and|plus|&|\+)\s+")


class _Placed(NamedTuple):
    row: TrackerRow
    drug: int | None
    regulator: Regulator | None


def tracker_events(ctx: Context) -> list[TableEvent]:
    """The milestones of the tracker's rows, in order."""
    if not ctx.trackers.rows:
        return []
    starts = [s.start for s in ctx.sentences]
    events = []
    for placed in _placed(ctx):
        row = placed.row
        if (
            placed.drug is None
            or placed.regulator is None
            or (row.action, row.step) == (None, None)
        ):
            continue
        date = _date(ctx, row)
        if date is not None and date.kind == "future":
            continue  # a date still to come: a plan
        cell = ctx.text[slice(*row.cells[row.action])] if row.action is not None else ""
        head = action_head(cell)
        low, high = (date.start, date.end) if date else (row.line[1],) * 2
        told = Row(*row.line, head, low, high, row.line)
        at = row.cells[row.action][0] if row.action is not None else row.line[0]
        sentence = bisect_right(starts, at) - 1
        for kind, attributes, day in _held(ctx, row, head, cell, date):
            events.append(
                TableEvent(kind, told, sentence, day, placed.drug, placed.regulator, attributes)
            )
    return events


def _held(
    ctx: Context, row: TrackerRow, head: str, cell: str, date: DateMention | None
) -> list[tuple[str, dict[str, object], DateMention | None]]:
    """The row's milestones, each with its date: its action's, on the row's day (not an
    approval of a use already licensed: see `same_use`), and the statuses its remarks list,
    granted on a day the row does not give."""
    held = [(kind, attributes, date) for kind, attributes in row_steps(row, head, cell)]
    if same_use(ctx.text[slice(*row.line)]):
        held = [step for step in held if step[0] != "approval"]
    for column in (c for c in row.flags if c < len(row.cells)):  # (a lost empty cell: none)
        held += [(*step, None) for step in flag_steps(ctx.text[slice(*row.cells[column])])]
    return held


def steps(head: str, cell: str) -> list[tuple[str, dict[str, object]]]:
    """The milestones an action tells, with what it says of each: each of its joined
    steps', else the whole action's. (An approval's pathway may be told in a step of its
    own: "Approval with conditions".)"""
    found: list[tuple[str, dict[str, object]]] = []
    parts = _JOINED.split(head)
    for part in parts if len(parts) > 1 else []:
        kind = action_type(part)
        if kind is not None:
            step = (kind, step_attributes(kind, head if kind == "approval" else part, cell))
            found += [] if step in found else [step]
    kind = action_type(head) if not found else None
    return [(kind, step_attributes(kind, head, cell))] if kind else found


def row_steps(row: TrackerRow, head: str, cell: str) -> list[tuple[str, dict[str, object]]]:
    """The milestones a row tells: its action's, or the step its header's date column names
    of the application its type cell names (see `tracker_steps_zh`)."""
    if row.step is None:
        return steps(head, cell)
    if row.action is None:
        return [(row.step, {})]  # the step an English header's date column names
    kind = row_step(row.step, cell) or kind_step(row.step, cell)
    return [(kind, step_attributes(kind, cell, cell))] if kind else []


def tracked_regulators(ctx: Context, drugs: list[int]) -> list[Regulator]:
    """The regulator whose section lists the drugs' rows, for prose about them that names
    none ("Correction: the X BLA was submitted on …"); none when their rows lie in several."""
    if not ctx.trackers.rows:
        return []
    found = {(p.regulator.agency, p.regulator.jurisdiction)
             for p in _placed(ctx) if p.drug in drugs and p.regulator is not None}  # fmt: skip
    if len(found) != 1:
        return []
    agency, place = found.pop()
    return [Regulator(0, 0, agency, place, 1)]


def product_rows(ctx: Context) -> tuple[list[tuple[int, int]], int]:
    """The lines of the tables (their rows and headers), and how many products the rows
    name."""
    if not ctx.trackers.rows:
        return [], 0
    drugs = {p.drug for p in _placed(ctx) if p.drug is not None}
    return [*(r.line for r in ctx.trackers.rows), *ctx.trackers.headers], len(drugs)


def _placed(ctx: Context) -> list[_Placed]:
    """Each row with its drug and its regulator, found once."""
    found = ctx.memo.get("tracker_rows")
    if isinstance(found, list):
        return found
    found = ctx.memo["tracker_rows"] = [
        _Placed(row, _drug(ctx, row), _regulator(ctx, row)) for row in ctx.trackers.rows
    ]
    return found


def _drug(ctx: Context, row: TrackerRow) -> int | None:
    """The drug the drug cell names; in a row with no header, or a header naming no drug's
    column, the first cell naming one besides the action's and the date's; else the name
    field of the record above its table (see `_record_drug`); else the page's one product
    (an application's record need not name it in its tables)."""
    cells = [row.cells[row.drug]] if row.drug is not None else [
        cell for index, cell in enumerate(row.cells) if index not in (row.action, row.date)
    ]  # fmt: skip
    for start, end in cells:
        named = [m.drug for m in ctx.mentions_in(start, end) if not m.comparator]
        if named:
            return named[0]
    found = _record_drug(ctx, row.line[0]) if row.drug is None else None
    if found is not None:
        return found
    page = {m.drug for m in ctx.drugs.mentions if not m.comparator}
    return page.pop() if len(page) == 1 else None


# A register's record names its product in a field ("Common name: x", "Active substance:
# x", "INN: x") above the table of the decisions taken on it, whose rows name it no more.
_NAME_FIELD = re.compile(
    r"[ \t]*(?:[\w-]+[ \t]+){0,3}(?:name|substance|ingredient|inn)s?[ \t]*:", re.IGNORECASE
)
_RECORD_LINES = 12


def _record_drug(ctx: Context, at: int) -> int | None:
    """The drug the name field of the record just above the table holding the line at `at`
    names; none past another table's lines (another record's)."""
    text, left = ctx.text, False
    end = at - 1
    for _ in range(_RECORD_LINES):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if "|" in line or "\t" in line:
            if left:
                return None
        elif line.strip():
            left = True
            field = _NAME_FIELD.match(line)
            named = ctx.mentions_in(start + field.end(), end) if field else ()
            drugs = [m.drug for m in named if not m.comparator]
            if drugs:
                return drugs[0]
        end = start - 1
    return None


def _regulator(ctx: Context, row: TrackerRow) -> Regulator | None:
    """The regulator the action names, else the regulator's cell, else the section's
    heading; else the issuer of a letter only one regulator sends, else the article's."""
    start = row.cells[row.action][0] if row.action is not None else row.line[0]
    head = action_of(ctx.text, row)
    named = ctx.regulators_in(start, start + len(head))
    if not named and row.agency is not None:
        named = ctx.regulators_in(*row.cells[row.agency])
    if named:
        return max(named, key=lambda r: r.strength)
    headings = ctx.trackers.headings
    return section_of(ctx, headings, row.line[0]) or issuer_of(head) or ctx.default_regulator


def _date(ctx: Context, row: TrackerRow) -> DateMention | None:
    if row.date is None:
        return None
    start, end = row.cells[row.date]
    found = ctx.dates_in(start, end)
    if found:
        return found[0] if found[0].value or found[0].kind == "future" else None
    return _day_first(ctx, start, end) or _year_month(ctx, start, end) or _month(ctx, start, end)


# A register's month of a year in a date cell ("2025-10"), which prose would not write: read
# in the cell alone (in prose it may be a span of years, "2019-20").
_YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])")


def _year_month(ctx: Context, start: int, end: int) -> DateMention | None:
    found = _YEAR_MONTH.fullmatch(ctx.text, start, end)
    if found is None:
        return None
    value = cal.month_value(int(found["y"]), int(found["m"]))
    published = ctx.article.published
    if published is not None and cal.starts_after(value, published):
        return DateMention(start, end, None, "unknown", "future")
    return DateMention(start, end, value, "month")


# A date cell's month alone, or its committee's meeting of that month ("October", "Oct.",
# "October meeting"), which prose dates only after a preposition.
_MONTH_CELL = re.compile(
    rf"(?i:(?P<m>{cal.MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    r"(?:\s+(?:meeting|session|plenary))?)\s*"
)


def _month(ctx: Context, start: int, end: int) -> DateMention | None:
    """A month alone in a date cell (see `_MONTH_CELL`): the latest such month not after
    publication."""
    found = _MONTH_CELL.fullmatch(ctx.text, start, end)
    month = cal.MONTHS.get(found["m"][:3].lower()) if found else None
    published = ctx.article.published
    if found is None or month is None or published is None:
        return None
    year = cal.infer_month_year(month, published)
    if year is None:
        return DateMention(start, end, None, "unknown", "future")
    return DateMention(start, end, cal.month_value(year, month), "month")


def _day_first(ctx: Context, start: int, end: int) -> DateMention | None:
    """A date cell's day before its month, without a year ("4 Nov"), which prose writes
    after "on" only and the date finder reads there alone: the latest such day not after
    publication, as for "Nov 4"."""
    found = _DAY_MONTH.match(ctx.text, start, end)
    published = ctx.article.published
    month = cal.MONTHS.get(found["m"][:3].lower()) if found else None
    if found is None or month is None or published is None:
        return None
    day = cal.infer_day(month, int(found["d"]), published)
    if day is None:
        return DateMention(found.start(), found.end(), None, "unknown", "future")
    return DateMention(found.start(), found.end(), cal.day_value(day), "day")

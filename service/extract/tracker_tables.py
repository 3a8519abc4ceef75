"""Tracker tables: a periodic log of regulatory actions set out as text rows, one a drug.

A monthly tracker or a newsletter's roundup lists each action as a row of cells, under
section headings that name the regulator or the region ("UNITED STATES (FDA)", "ASIA-
PACIFIC"): a header row names the columns ("Drug | Company | Action | Date", "Product |
Sponsor | Decision | Date"), then rows split the same way, by bars or tabs. Some write the
rows with no header, their cells split by semicolons ("drug (CODE-1); Company; NMPA approval,
indication; Oct 3"): a row is then a line of three cells or more, one of them only a date,
and the drug's, the action's and the date's cells are told by what they hold. A date cell may
carry a mark of its own ("Oct 9*": the day the company announced it). This module reads the
text only; `tracker_events` reads the names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from service.extract.column_labels import label_role
from service.extract.date_patterns import MONTH_NAME as _MON
from service.extract.milestone_rows import action_type, owns
from service.extract.table_captions import Caption, short_label_line
from service.extract.tracker_steps_en import column_role, date_step, flag_columns, header_step_en
from service.extract.tracker_steps_zh import header_step, zh_layout

_YEAR = r"(?:19|20)\d\d"
# A cell holding only a date, with a footnote's mark or a bracketed remark after it.
_DATE_CELL = re.compile(
    rf"(?:{_MON}\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+{_MON}(?:,?\s+{_YEAR})?"
    rf"|(?:mid-|early\s+|late\s+)?{_MON}(?:,?\s+{_YEAR})?"
    rf"|{_YEAR}-[01]\d-[0-3]\d|[0-3]?\d/[0-3]?\d/{_YEAR}"
    # Europe's dotted day first ("04.12.2025"); a register's month of a year ("2025-10").
    rf"|[0-3]?\d\.[01]?\d\.{_YEAR}|{_YEAR}-[01]\d)"
    r"[ \t]*[*†‡§]*(?:[ \t]*[\[(][^\])]*[\])])?",
    re.IGNORECASE,
)
_LABEL_WORDS = 4
# A longer label names no role ("FDA-approved use on approval date*"), but may head a column.
_LONG_LABEL_WORDS = 6
_CELLS = 3
_HEADING_WORDS = 8
_RULE_LINE = re.compile(r"[\s|:+=_-]*")
_LAST_BAR = re.compile(r"[ \t]*\|[ \t]*$", re.MULTILINE)
_PARENTHESIS = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[a-z]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


class TrackerRow(NamedTuple):
    """A row: its line, its cells, and which cell holds the drug, the action, the date and
    the regulator (None: the header names no such column; `tracker_events` looks)."""

    line: tuple[int, int]
    cells: tuple[tuple[int, int], ...]
    drug: int | None
    action: int | None
    date: int | None
    agency: int | None
    # The milestone the header's date column names ("承办日期"), which no cell tells.
    step: str | None = None
    # The columns of remarks listing the statuses the product held ("Orphan; Priority").
    flags: tuple[int, ...] = ()


class TrackerTables(NamedTuple):
    rows: tuple[TrackerRow, ...] = ()
    # The header rows, and the short lines outside the tables: the sections' headings.
    headers: tuple[tuple[int, int], ...] = ()
    headings: tuple[tuple[int, int], ...] = ()


NO_TRACKERS = TrackerTables()
_Layout = dict[str, int]


def read_trackers(text: str) -> TrackerTables:
    """The tracker rows of the text, its header rows and its headings."""
    if "|" not in text and "\t" not in text and text.count(";") < 2:
        return NO_TRACKERS
    rows: list[TrackerRow] = []
    headers: list[tuple[int, int]] = []
    layout: _Layout | None = None
    step: str | None = None
    flags: tuple[int, ...] = ()
    width = 0
    start = 0
    caption = Caption()
    for line in text.split("\n"):
        end = start + len(line)
        cells = _cells(line, start) if "|" in line or "\t" in line or ";" in line else []
        if _RULE_LINE.fullmatch(line):
            pass  # a blank line or a rule line goes on with the table above
        elif layout is not None and _fits(text, cells, width, layout):
            rows.append(_row((start, end), cells, layout, step)._replace(flags=flags))
        elif (header := _layout(text, cells, caption.step)) is not None:
            layout, width = header, len(cells)
            labels = [text[low:high] for low, high in cells]
            step = header_step(labels[header["date"]]) or header_step_en(labels, header)
            # (A caption names the step only where no column tells each row's.)
            step = step or (caption.step if "action" not in header else None)
            flags = flag_columns(labels, set(header.values()))
            headers.append((start, end))
        else:
            layout = None
            loose = _loose_row(text, (start, end), cells, caption.step) if cells else None
            rows += [loose] if loose else []
        caption.see(line, bool(cells))
        start = end + 1
    if not rows:
        return NO_TRACKERS
    return TrackerTables(tuple(rows), tuple(headers), _headings(text, rows, headers))


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The line's cells as spans, split at bars, else tabs, else semicolons outside
    brackets ("drug (CODE-1; Brand); Company; …"); none when fewer than `_CELLS`."""
    mark = "|" if "|" in line else "\t" if "\t" in line else ";"
    if line.count(mark) < _CELLS - 1:
        return []
    spans: list[tuple[int, int]] = []
    at = depth = 0
    for index, char in enumerate(line):
        depth += (char in "([") - (char in ")]")
        if char == mark and (mark != ";" or depth <= 0):
            spans.append((at, index))
            at = index + 1
    spans.append((at, len(line)))
    if mark == "|":
        # Markdown's outer bars open and close no cell.
        spans = spans[1:] if not line[: spans[0][1]].strip() else spans
        spans = spans[:-1] if not line[spans[-1][0] :].strip() else spans
    trimmed = [_trim(line, low, high, offset) for low, high in spans]
    return trimmed if len(trimmed) >= _CELLS else []


def _trim(line: str, low: int, high: int, offset: int) -> tuple[int, int]:
    cell = line[low:high]
    low += len(cell) - len(cell.lstrip())
    return offset + low, offset + low + len(cell.strip())


def _layout(text: str, cells: list[tuple[int, int]], caption: str | None) -> _Layout | None:
    """The columns a header row names, by role; None when the line is no header (it names
    no action's and date's column, or a cell is no short label). The step its `caption`
    names stands for a date column's label naming none ("Date granted")."""
    if cells and _CJK.search(text, cells[0][0], cells[-1][1]):
        return zh_layout(text, cells)
    layout: _Layout = {}
    for index, (start, end) in enumerate(cells):
        label = _PARENTHESIS.sub(" ", text[start:end]).lower()
        words = _WORD.findall(label)
        if not words or len(label.split()) > _LONG_LABEL_WORDS or any(c.isdigit() for c in label):
            return None
        short = len(label.split()) <= _LABEL_WORDS
        role = column_role(label) or (label_role(words) if short else None)
        if role is not None:
            layout.setdefault(role, index)
    if "ingredient" in layout:
        layout["drug"] = layout.pop("ingredient")
    if {"drug", "date"} <= layout.keys() and "action" not in layout:
        # No action's column: the date column's label names the step ("Approval date").
        named = date_step(_PARENTHESIS.sub(" ", text[slice(*cells[layout["date"]])]))
        return layout if named or caption else None
    # (A table with no drug's column may be of the page's one product: see `tracker_events`.)
    return layout if {"action", "date"} <= layout.keys() else None


def _fits(text: str, cells: list[tuple[int, int]], width: int, layout: _Layout) -> bool:
    """Whether a line is a row of the header's table: as many cells (an English page may add
    a cell its header does not name, its links), and, where no cell tells the action, a date
    alone in the date's cell ("Withdrawn 5/02/2025" is another step). A row ending on an
    empty cell ("… | Label (PDF) |") has lost it, its bar read as a Markdown outer bar."""
    lost = len(cells) == width - 1 and max(layout.values()) < len(cells)
    if len(cells) == width or (lost and _LAST_BAR.match(text, cells[-1][1])):
        return "action" in layout or bool(_DATE_CELL.fullmatch(text, *cells[layout["date"]]))
    if len(cells) < width or _CJK.search(text, cells[0][0], cells[-1][1]):
        return False
    return bool(_DATE_CELL.fullmatch(text, *cells[layout["date"]]))


def _row(
    line: tuple[int, int], cells: list[tuple[int, int]], layout: _Layout, step: str | None
) -> TrackerRow:
    return TrackerRow(
        line,
        tuple(cells),
        layout.get("drug"),
        layout.get("action"),
        layout["date"],
        layout.get("agency"),
        step,
    )


def _loose_row(
    text: str, line: tuple[int, int], cells: list[tuple[int, int]], caption: str | None
) -> TrackerRow | None:
    """A row with no header above it: a cell only a date, and a cell after the first that
    tells a regulatory step (the first names the drug, or its company), else a caption over
    it that does ("ARTG cancellations")."""
    dates = [i for i, cell in enumerate(cells) if _DATE_CELL.fullmatch(text, *cell)]
    if not dates:
        return _dated_step_row(text, line, cells)
    for index, cell in enumerate(cells[1:], start=1):
        if index not in dates and owns(action_head(text[cell[0] : cell[1]])):
            return TrackerRow(line, tuple(cells), None, index, dates[-1], None)
    return TrackerRow(line, tuple(cells), None, None, dates[-1], None, caption) if caption else None


# A last cell telling the row's step with its date: "withdrawn by the sponsor in October 2025".
_DATED_STEP = re.compile(rf"[a-z][^.;:|]*\s(?:on|in)\s+(?:{_DATE_CELL.pattern})", re.IGNORECASE)


def _dated_step_row(
    text: str, line: tuple[int, int], cells: list[tuple[int, int]]
) -> TrackerRow | None:
    """A row with no date's cell whose last cell, a short phrase, tells its step and dates
    it: that cell is the action's and the date's."""
    start, end = cells[-1]
    if not _DATED_STEP.fullmatch(text, start, end) or len(text[start:end].split()) > _HEADING_WORDS:
        return None
    if action_type(action_head(text[start:end])) is None:
        return None
    return TrackerRow(line, tuple(cells), None, len(cells) - 1, len(cells) - 1, None)


_HEAD_END = re.compile(r"[,;]\s|\s[-–—]\s")


def action_head(cell: str) -> str:
    """What an action cell says was done, before the indication and remarks after its
    first comma, semicolon or dash outside brackets ("Full approval, IgA nephropathy"), or
    after a colon closing a step's label ("New indication: adjuvant treatment of …")."""
    for found in _HEAD_END.finditer(cell):
        at = found.start()
        if cell.count("(", 0, at) <= cell.count(")", 0, at):
            cell = cell[:at]
            break
    label = cell.split(": ", 1)[0]
    return label if label != cell and action_type(label) is not None else cell


def _headings(
    text: str, rows: list[TrackerRow], headers: list[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """The short lines before the last row that are neither rows nor headers."""
    taken = {row.line[0] for row in rows} | {start for start, _ in headers}
    found = []
    start = 0
    last = rows[-1].line[0]
    while start < last:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if start not in taken and _heading(line):
            found.append((start, end))
        start = end + 1
    return tuple(found)


def _heading(line: str) -> bool:
    """A short line that ends no sentence and is no field ("Period: November 2025")."""
    return short_label_line(line, _HEADING_WORDS)


def told_lines(text: str, trackers: TrackerTables) -> list[tuple[int, int]]:
    """The header rows, and the rows whose action `tracker_events` tells (a trial's step,
    "IND cleared", stays the sentence reader's)."""
    told = (row.line for row in trackers.rows if row.step or owns(action_of(text, row)))
    return [*trackers.headers, *told]


def action_of(text: str, row: TrackerRow) -> str:
    """What the row's action cell says was done (see `action_head`); "" when it has none."""
    if row.action is None:
        return ""
    start, end = row.cells[row.action]
    return action_head(text[start:end])

"""Which dates of a table's row can be an event's: a pipeline table tells one step of a
programme per cell ("Phase 1-ready (IND cleared 07/2025) | first dosing Q1 2026").

A row read as a sentence holds its cells' dates all in one clause, so the nearest date may be
another cell's. The event's own cell, when it holds a date, dates it; and a column the header
names as what is to come ("Next expected events", "Upcoming milestones") dates plans, never an
event told in another column.
"""

from __future__ import annotations

import re

from service.extract.dates import DateMention
from service.extract.sentences import line_end

_CELL_BREAK = re.compile(r"[|\t]")
# A header's words for a column of what is still to come.
_PLANNED_COLUMN = re.compile(
    r"\b(?:next|expected|upcoming|planned|anticipated|target(?:ed)?|future|outlook|"
    r"catalysts?|guidance)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def row_dates(text: str, at: int, pool: list[DateMention]) -> list[DateMention]:
    """The pool's dates that can be those of an event whose words start at `at`: all of them
    outside a table's row."""
    start = text.rfind("\n", 0, at) + 1
    end = line_end(text, start)
    if not pool or not _CELL_BREAK.search(text, start, end):
        return pool
    own = _cell(text, start, at)
    # (None: a date outside the row, which this module leaves to the others.)
    columns = [_cell(text, start, d.start) if start <= d.start < end else None for d in pool]
    if own in columns:
        return [d for d, column in zip(pool, columns, strict=True) if column in (None, own)]
    planned = _planned_columns(text, start, end)
    paired = zip(pool, columns, strict=True)
    return [d for d, column in paired if column is None or column not in planned]


def _planned_columns(text: str, start: int, end: int) -> frozenset[int]:
    """The columns the table's header names as plans: the header is the first of the run of
    lines, with as many cells as this one, that ends at this line, when it holds no digit."""
    cells = len(_CELL_BREAK.findall(text, start, end))
    header = start
    while header > 0:
        above = text.rfind("\n", 0, header - 1) + 1
        line = text[above : header - 1]
        if not line.strip() or len(_CELL_BREAK.findall(line)) != cells:
            break
        header = above
    line = text[header : line_end(text, header)]
    if header == start or _DIGIT.search(line):
        return frozenset()
    labels = _CELL_BREAK.split(line)
    return frozenset(i for i, label in enumerate(labels) if _PLANNED_COLUMN.search(label))


def _cell(text: str, start: int, at: int) -> int:
    """The column of the cell holding `at`, counting the line's cell breaks before it."""
    return len(_CELL_BREAK.findall(text, start, at))

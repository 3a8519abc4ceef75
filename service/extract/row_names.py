"""The names a tracker's rows give their drugs in their drug cells (see `tracker_tables`).

A new substance may carry no stem the name finder knows, so the cell's word is a name
whatever its form. A row with no drug's column names its drug in its first cell, besides
its date's and its action's; after a brand there, in the next ("6 May 2025 | Brandex |
inn | Sponsor": a register's line gives the trade name before the ingredient).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.names import Name

if TYPE_CHECKING:
    from service.extract.tracker_tables import TrackerRow, TrackerTables

# A drug cell's nonproprietary name, before a bracket of its codes or brand ("talvorimab
# (TV-12; Brandex)"); not a word standing for a name not given.
# (A list's line may open on its bullet: "- inn | …".)
_CELL_NAME = re.compile(r"(?:[-*•–][ \t]+)?(?P<name>[a-z][a-z-]{3,}[a-z])[ \t]*(?:\(|$)")
# A labelled drug column may capitalise it, as a round-up's first cell does ("Halbrodene
# (Linder Neuro)"); a header-less row's capitalised word is its brand (see `_name_cells`).
_COLUMN_NAME = re.compile(r"(?:[-*•–][ \t]+)?(?P<name>[A-Za-z][a-z-]{3,}[a-z])[ \t]*(?:\(|$)")
_UNNAMED = frozenset(("undisclosed", "unnamed", "confidential", "pending", "various", "none"))
# A cell of a brand alone, or with its dosage form after a comma or in brackets
# ("Brandex", "Brandex, film-coated tablets").
_BRAND_CELL = re.compile(r"[A-Z][A-Za-z-]{2,}(?:[ \t]*[,(].*)?")


def cell_names(text: str, trackers: TrackerTables, offset: int) -> list[Name]:
    """The names of the drug cells, at `offset` past the text's start."""
    names = []
    for row in trackers.rows:
        form = _CELL_NAME if row.drug is None else _COLUMN_NAME
        for start, end in _name_cells(text, row):
            found = form.match(text, start, end)
            if found and found["name"].lower() not in _UNNAMED:
                names.append(Name(found["name"], "inn", offset + found.start("name")))
                break
    return names


def _name_cells(text: str, row: TrackerRow) -> list[tuple[int, int]]:
    """The cells that may name the row's drug: its drug cell, else its first cell besides
    its date's and action's, and the next when that one is a brand's."""
    if row.drug is not None:
        return [] if row.drug in (row.action, row.date) else [row.cells[row.drug]]
    others = [cell for i, cell in enumerate(row.cells) if i not in (row.action, row.date)]
    if len(others) > 1 and _BRAND_CELL.fullmatch(text, *others[0]):
        return others[:2]
    return others[:1]

"""English regulator lists read as tracker tables: the header names the step in its date
column and no cell holds a verb.

A regulator's page of its decisions sets each product out as a row under a header naming
the columns ("No. | Drug Name | Active Ingredient | Approval Date | Use", "Trade name |
Active ingredient | Sponsor | ARTG date | Indication | Notes"): every row tells the step its
date column's label names ("Approval date", "Date of NOC"), on that row's day. A column of
remarks ("Notes", "Remarks", "Review Priority; Orphan Status") lists the statuses the product
held ("Orphan drug; Priority review"): each designation or priority review it names was
granted, on a day the row does not give.
"""

from __future__ import annotations

import re

from service.extract.milestone_rows import action_type, row_type, step_attributes

# Words of a header's label for a column of remarks or of statuses held.
_FLAG_WORDS = frozenset((
    "notes", "note", "remarks", "remark", "comments", "comment", "flags", "priority",
    "orphan", "designation", "designations", "expedited",
))  # fmt: skip
_WORD = re.compile(r"[a-z]+")
_FLAG_SPLIT = re.compile(r"[;,]")
# The statuses a remark can tell; an approval's own pathway ("Conditional early approval")
# is its row's, no milestone of its own.
_FLAG_KINDS = ("designation", "priority_review")


def date_step(label: str) -> str | None:
    """The milestone a date column's label names ("Approval date", "Date of NOC"); none
    for a label naming no step ("Date", "Action date")."""
    return row_type(label)


def flag_columns(labels: list[str], taken: set[int]) -> tuple[int, ...]:
    """The columns, but those `taken` by another role, whose label names remarks or the
    statuses a product held."""
    return tuple(
        index
        for index, label in enumerate(labels)
        if index not in taken and _FLAG_WORDS & set(_WORD.findall(label.lower()))
    )


def flag_steps(cell: str) -> list[tuple[str, dict[str, object]]]:
    """The designations and priority reviews a remark names, each with what it says of it
    ("Orphan drug designation; Priority determination")."""
    found: list[tuple[str, dict[str, object]]] = []
    for part in _FLAG_SPLIT.split(cell):
        part = part.strip()
        kind = action_type(part) if part else None
        if kind in _FLAG_KINDS:
            assert kind is not None
            step = (kind, step_attributes(kind, part, part))
            found += [] if step in found else [step]
    return found

"""English regulator lists read as tracker tables: the header names the step in its date
column and no cell holds a verb.

A regulator's page of its decisions sets each product out as a row under a header naming
the columns ("No. | Drug Name | Active Ingredient | Approval Date | Use", "Trade name |
Active ingredient | Sponsor | ARTG date | Indication | Notes"): every row tells the step its
date column's label names ("Approval date", "Date of NOC"), on that row's day. A column of
remarks ("Notes", "Remarks", "Review Priority; Orphan Status") lists the statuses the product
held ("Orphan drug; Priority review"): each designation or priority review it names was
granted, on a day the row does not give. A column of the kind of approval each row is
("Approval Type"; on a register of one application's supplements "Supplement Categories or
Approval Type") makes every row an approval, a milestone only when of a new use ("Efficacy-New
Indication"), not a change to the label or the plant ("Labeling-Package Insert",
"Manufacturing (CMC)").
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
# The label of a column of kinds of approval (its last alternative: "… or Approval Type").
_KIND_LABEL = re.compile(r"(?:^|\bor )approval (?:types?|categor(?:y|ies)|kinds?)$")
_NEW_USE = re.compile(r"\bnew indications?\b")
# A row's word that its licence's use did not change: a new strength, pack or presentation of
# a product already licensed, a duplicate licence, a change to its label or its making.
_SAME_USE = re.compile(
    r"\bno (?:change|changes) (?:to|in) (?:the |its )?(?:indications?|uses?)\b"
    r"|\bnew (?:strengths?|packs?|pack sizes?|presentations?)\b|\bduplicate licen[cs]e"
    r"|\bmanufacturing change|\blabel(?:l)?ing (?:revision|change|update)"
    # A register's class of supplement by what it changed: "Labeling-Container/Carton
    # Labels", "Labeling-Package Insert", "Manufacturing (CMC)".
    r"|\blabel(?:l)?ing-[a-z]|\b(?:carton|container) labels?\b|\bmanufacturing \(CMC\)",
    re.IGNORECASE,
)
_NEW_USE_SAID = re.compile(r"\b(?:new|additional|extension of) (?:the )?indications?\b", re.I)


def date_step(label: str) -> str | None:
    """The milestone a date column's label names ("Approval date", "Date of NOC"); none
    for a label naming no step ("Date", "Action date")."""
    return row_type(label)


def column_role(label: str) -> str | None:
    """ "action" for the label of a column of kinds of approval."""
    return "action" if _KIND_LABEL.search(" ".join(label.lower().split())) else None


def header_step_en(labels: list[str], layout: dict[str, int]) -> str | None:
    """The step an English header (its column `labels`) tells of every row: approval, where
    a column gives each row's kind of approval; where no column tells the action, the one
    its date column's label names."""
    if "action" not in layout:
        return date_step(labels[layout["date"]])
    return "approval" if column_role(labels[layout["action"]]) else None


def kind_step(step: str, kind: str) -> str | None:
    """The milestone a row of kinds of approval tells: its approval, when of a new use."""
    return step if step == "approval" and _NEW_USE.search(kind.lower()) else None


def same_use(row: str) -> bool:
    """Whether a row of an approval says its product's use did not change ("New strength;
    no change to indications"): a licence already told, no new milestone."""
    return bool(_SAME_USE.search(row)) and not _NEW_USE_SAID.search(row)


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

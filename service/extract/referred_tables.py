"""Tables of products whose event a sentence outside them tells.

A regulator's notice may list the products it acts on in a table of their particulars only
("Application No. | Drug | Applicant"), with no column for the action or its date, and
state the action once, in prose referring to the table: "approval of the applications
listed in the table … is hereby withdrawn as of August 14, 2025". That sentence's event and
date are each row's. (A table with its own action and date columns is a tracker's: see
`tracker_tables`.) A request that the agency act ("requested that FDA withdraw approval of
the applications") or a plan ("will be withdrawn") is no event: only the finished wording
counts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from service.extract.names import Name

# A sentence referring to the table of the page: "listed in the table", "in the table below".
_REFERS = re.compile(
    r"\b(?:listed|named|identified|set out|shown|included)\s+(?:in|on)\s+the\s+"
    r"(?:above\s+|following\s+|below\s+)?(?:table|list)\b|\bin\s+the\s+table\s+(?:above|below)\b",
    re.IGNORECASE,
)
_NOUNS = r"(?:approvals?|authori[sz]ations?|registrations?|licen[cs]es?)"
# The event the sentence tells of the rows, in its finished form only (the agency acts, or
# its act is told done): by type.
_EVENTS = (
    (
        "withdrawal",
        re.compile(
            r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:hereby\s+)?"
            r"(?:withdrawn|revoked|rescinded)\b"
            rf"|\b(?:hereby\s+)?(?:withdraws|withdrew|is\s+withdrawing|revokes|revoked)\s+"
            rf"(?:the\s+)?{_NOUNS}\b",
            re.IGNORECASE,
        ),
    ),
)
# A header cell naming the column of the products ("Drug", "Product", "Drug Name"). Its other
# cells are short labels, none naming an action or a date (else the table is a tracker's).
_DRUG_LABEL = re.compile(
    r"(?:(?:trade|brand|proprietary|established|generic)\s+)?(?:drug|product|medicine)s?"
    r"(?:\s+name)?|(?:active\s+)?ingredients?",
    re.IGNORECASE,
)
_OTHER_LABEL = re.compile(r"[A-Za-z][\w./()-]*(?:\s+[\w./()-]+){0,3}")
_ACTION_OR_DATE = re.compile(
    r"\b(?:date|dated|action|decision|status|event|withdrawn|approved)\b", re.IGNORECASE
)
_CELLS = 2
# A drug cell opening with its one name, which no stem may mark as a drug's, before its
# dosage form: "Xname for Injection USP, 1 g/vial", "Xname Tablets, 5 mg".
_NAME_BEFORE_FORM = re.compile(
    r"(?P<name>[A-Za-z][a-z]{4,})\s+(?:for\s+)?(?:injection|tablets?|capsules?|oral|"
    r"ophthalmic|topical|nasal|solution|suspension|cream|ointment|powder)\b",
    re.IGNORECASE,
)


class ReferredRow(NamedTuple):
    line: tuple[int, int]
    drug: tuple[int, int]  # the drug cell


class ReferredEvent(NamedTuple):
    type: str
    sentence: tuple[int, int]
    rows: tuple[ReferredRow, ...]


def referred_events(text: str) -> list[ReferredEvent]:
    """Each sentence telling an event of the rows of a table it refers to, with the rows."""
    if "|" not in text or _REFERS.search(text) is None:
        return []
    rows = _rows(text)
    if not rows:
        return []
    found = []
    for refer in _REFERS.finditer(text):
        start = text.rfind("\n", 0, refer.start()) + 1
        end = text.find("\n", refer.end())
        end = len(text) if end < 0 else end
        if "|" in text[start:end]:
            continue
        low, high = _sentence(text, start, end, refer.start())
        for kind, pattern in _EVENTS:
            if pattern.search(text, low, high):
                found.append(ReferredEvent(kind, (low, high), rows))
                break
    return found


def referred_names(text: str, offset: int) -> list[Name]:
    """The names the drug cells of a referred table open with before a dosage form, at
    `offset` past the text's start (a new substance may carry no stem the name finder
    knows)."""
    events = referred_events(text)
    if not events:
        return []
    names = []
    for row in events[0].rows:
        found = _NAME_BEFORE_FORM.match(text, *row.drug)
        if found:
            names.append(Name(found["name"], "inn", offset + found.start("name")))
    return names


def _sentence(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence of the line from `start` to `end` holding the offset `at`."""
    low = max(text.rfind(". ", start, at) + 2, start)
    stop = text.find(". ", at, end)
    return low, end if stop < 0 else stop + 1


def _rows(text: str) -> tuple[ReferredRow, ...]:
    """The rows of the text's tables whose header names a drug's column and no action's or
    date's: the lines below it cut into as many cells."""
    rows: list[ReferredRow] = []
    column: int | None = None
    width = 0
    start = 0
    for line in text.split("\n"):
        cells = _cells(line, start)
        if column is not None and len(cells) == width:
            rows.append(ReferredRow((start, start + len(line)), cells[column]))
        elif (found := _header(text, cells)) is not None:
            column, width = found, len(cells)
        else:
            column = None
        start += len(line) + 1
    return tuple(rows)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    if line.count("|") < _CELLS - 1:
        return []
    spans, at = [], 0
    for part in line.split("|"):
        low = at + len(part) - len(part.lstrip())
        spans.append((offset + low, offset + low + len(part.strip())))
        at += len(part) + 1
    return [s for s in spans if s[1] > s[0]]


def _header(text: str, cells: list[tuple[int, int]]) -> int | None:
    """The drug column's index when the cells are a header of the kind read here."""
    labels = [text[low:high] for low, high in cells]
    if len(labels) < _CELLS or any(_ACTION_OR_DATE.search(label) for label in labels):
        return None
    if not all(_OTHER_LABEL.fullmatch(label) for label in labels):
        return None
    drugs = [i for i, label in enumerate(labels) if _DRUG_LABEL.fullmatch(label)]
    return drugs[0] if len(drugs) == 1 else None

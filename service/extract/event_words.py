"""A trigger: the words of a sentence that report an event, and the clause they sit in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.extract.sentences import Segment

Match = re.Match[str]


@dataclass(frozen=True)
class Trigger:
    type: str
    start: int
    end: int
    clause: Segment
    attributes: dict[str, str] = field(default_factory=dict)
    bare: bool = False
    distinct: bool = False
    follow: bool = False
    sentence_start: int = 0
    # A step taken again ("resubmitted the NDA"): another event than the first time.
    again: bool = False


def clause_of(clauses: list[Segment], position: int) -> Segment:
    for clause in clauses:
        if clause.start <= position < clause.end:
            return clause
    return clauses[-1]

"""A regulator's list of the applications whose review it started: one lead, one item each.

A committee's monthly highlights list the files it started to evaluate under a lead ending
on a colon ("This month the CHMP started its evaluation of the following initial marketing
authorisation applications:"), then one bulleted item a product ("- x, for the treatment of
…"), naming no verb of its own. Each item is an application accepted for review (validated,
its evaluation begun), on the date the lead gives ("this month"); the lead names the
application's type.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# The lead: a review started ("started its evaluation of the following"), or files told
# accepted ("the following applications were validated"), its line ending on a colon.
_LEAD = re.compile(
    r"[^\n]*?\b(?:(?:started|began|commenced|opened)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:evaluation|review|assessment)s?\s+of\s+the\s+following\b"
    r"|the\s+following\b[^\n:]{0,80}?\bapplications?\s+(?:were|have\s+been)\s+"
    r"(?:validated|accepted(?:\s+for\s+(?:review|evaluation))?)\b)[^\n]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# An item: a bullet, a dash or a number opening its line.
_ITEM = re.compile(r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]+(?P<body>\S[^\n]*)")


class EvaluationList(NamedTuple):
    lead: tuple[int, int]
    # Each item's body, up to its line's end.
    items: tuple[tuple[int, int], ...]


def evaluation_lists(text: str) -> list[EvaluationList]:
    """The text's lists of applications taken into review, each lead with its items."""
    if ":" not in text:
        return []
    found = []
    for lead in _LEAD.finditer(text):
        items = []
        at = lead.end() + 1
        while at < len(text):
            item = _ITEM.match(text, at)
            if item is None:
                break
            items.append((item.start("body"), item.end("body")))
            at = item.end() + 1
        if items:
            found.append(EvaluationList((lead.start(), lead.end()), tuple(items)))
    return found

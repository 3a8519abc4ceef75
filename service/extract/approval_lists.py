"""A notice's numbered list of the products it approved: one lead, one item each.

A ministry's notice of approvals (Japan's MHLW lists them so) states the decision once, in a
lead telling that "the following products … were approved … on the date above", then sets
out each product as a numbered item of fields ("1. Brand Tablets 50 mg", "Applicant: X",
"Active ingredient: inn", "Remarks: orphan drug; priority review item"). Each item is an
approval on the lead's day: the date its own words give after the verb, or, when it
points back ("on the date above"), the one the labelled date line above it writes
("Approval date: September 19, 2025"). Only the finished wording counts: products "to be
approved", "deliberated" or whose approval is "expected" are listed under another lead.
The list ends at the first line that is neither an item nor a line indented under one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# The lead: the listed products told approved, in the finished passive.
_LEAD = re.compile(
    r"\bthe\s+following\s+(?:\w+\s+){0,2}(?:products?|drugs?|medicines?|items?|applications?"
    r"|medicinal\s+products?)\b[^\n]{0,300}?\b(?:were|have\s+been|has\s+been)\s+approved\b",
    re.IGNORECASE,
)
# A lead pointing back to a date written above it.
_DATE_ABOVE = re.compile(r"\b(?:on|as\s+of)\s+the\s+(?:date\s+above|above\s+date)\b", re.I)
# A labelled line dating the notice's decision ("Approval date: …", "Date of approval: …").
_DATE_LINE = re.compile(
    r"^[ \t]*(?:approval\s+date|date\s+of\s+approval|date\s+approved)[ \t]*:[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# An item: a number opening its line.
_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
_SENTENCE_END = re.compile(r"[.;](?=\s|$)")
# An item's remark on the route of its approval ("conditional early approval system
# applied").
_PATHWAYS = (
    ("conditional", re.compile(r"\bconditional\b[^\n;.]{0,30}?\bapprov", re.I)),
    ("accelerated", re.compile(r"\baccelerated\s+approv", re.I)),
)


class ApprovalList(NamedTuple):
    # The lead's sentence, and where its decision's date is written.
    lead: tuple[int, int]
    dated: tuple[int, int]
    # The date line above the lead that it points back to, if any.
    date_line: tuple[int, int] | None
    # Each item, from its number to its last line's end.
    items: tuple[tuple[int, int], ...]


def approval_lists(text: str) -> list[ApprovalList]:
    """The text's numbered lists of products its lead tells approved."""
    if "approved" not in text:
        return []
    found = []
    for lead in _LEAD.finditer(text):
        start = text.rfind("\n", 0, lead.start()) + 1
        close = _SENTENCE_END.search(text, lead.end())
        end = close.end() if close else len(text)
        items = _items(text, text.find("\n", end))
        if not items:
            continue
        date_line = None
        dated = (lead.end(), end)
        if _DATE_ABOVE.search(text, lead.end(), end):
            lines = list(_DATE_LINE.finditer(text, 0, start))
            if not lines:
                continue
            date_line = dated = lines[-1].span()
        found.append(ApprovalList((start, end), dated, date_line, tuple(items)))
    return found


def _items(text: str, at: int) -> list[tuple[int, int]]:
    """The numbered items from the line after `at` on: each runs over the lines indented
    under it (blank lines between them skipped), to the next item or an unindented line."""
    items: list[tuple[int, int]] = []
    while 0 <= at < len(text):
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if _ITEM.match(line):
            items.append((start, end))
        elif line.strip():
            if not items or not line[:1].isspace():
                break
            items[-1] = (items[-1][0], end)
        at = end
    return items


def item_pathway(item: str) -> dict[str, object]:
    """The pathway an item's words name for its approval, as an attribute."""
    found = next((name for name, pattern in _PATHWAYS if pattern.search(item)), None)
    return {"pathway": found} if found else {}

"""Priority review named as the route an approval came by: "the FDA approved X in March 2024
following Priority Review", "approved after a priority review", "通过优先审评审批程序获批".
The review was granted earlier, on a day the sentence does not give: the approval's date
is not the review's (the review is background, undated)."""

from __future__ import annotations

import re

# The approval, then the route word just before the review: "approved … following (a)".
_ROUTE_BEFORE = re.compile(
    r"\b(?:approv\w*|authori[sz](?:ed|ation)|licensed)\b[^.;]{0,120}?\b"
    r"(?:following|after|through|via)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?:U\.S\.|US|FDA|FDA['’]s|agency['’]s|an?)\s+)?\Z",
    re.IGNORECASE,
)
# A review with a grant of its own told after it: "following a priority review granted in
# October" dates the review itself.
_OWN_GRANT_AFTER = re.compile(
    r"\s*(?:designation\s+|status\s+)?(?:that\s+(?:was|it)\s+)?"
    r"(?:granted|given|awarded|received|obtained)\b",
    re.IGNORECASE,
)
_REACH = 160


def told_as_route(text: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the priority review at `start`-`end` is named as the route of an approval told
    before it in its clause (see `_ROUTE_BEFORE`), with no grant of its own after it."""
    if text.endswith("通过", 0, start):
        return True  # (Chinese: "通过优先审评审批程序获批", the route of the approval after it.)
    low = max(clause_start, start - _REACH)
    if _ROUTE_BEFORE.search(text[low:start]) is None:
        return False
    return _OWN_GRANT_AFTER.match(text, end) is None

"""A lead's event retold by the abbreviation the lead defined for it: "has granted Rare
Pediatric Disease Designation (RPDD) to X. The RPDD was granted on 31 July" (the day of
the grant, not of the announcement)."""

from __future__ import annotations

import re

# The retelling's opening, up to its date: the abbreviation as subject of a granting verb.
_RETOLD_BY_ACRONYM = re.compile(
    r"(?:The|This|That) (?P<acronym>[A-Z][A-Za-z]{1,6}) (?:was|were) (?:\w+ly )?"
    r"(?:granted|issued|given|awarded|received|confirmed)\b[^.;]{0,40}$"
)
# The kind nouns a defined abbreviation may stand for (as `borrowed_dates` reads them).
_KIND_NOUN = r"(?:designation|status|approval|authori[sz]ation|licen[cs]e|clearance)"


def acronym_kind(text: str, start: int, end: int) -> str | None:
    """The kind noun (lower case) of the event a span from a sentence's start to its date
    retells by an abbreviation defined earlier in the text ("… Designation (RPDD) …");
    None where the span is no such retelling or the abbreviation was never so defined."""
    opening = _RETOLD_BY_ACRONYM.match(text, start, end)
    if opening is None:
        return None
    acronym = re.escape(opening.group("acronym"))
    definition = re.compile(rf"\b({_KIND_NOUN})\s*\({acronym}\)", re.IGNORECASE)
    defined = definition.search(text, 0, start)
    return None if defined is None else defined.group(1).lower()

"""Drugs named by a listing's layout: a regulator's list item opens with the drug's
nonproprietary name, lower-case, and its sponsor in brackets ("- x (Sponsor Pty Ltd),
indication; …"), so the word is a drug's name whatever its stem."""

from __future__ import annotations

import re

# A company's noun in the brackets: the sponsor, not a code or a brand.
_SPONSOR = (
    r"Pty|Ltd|Limited|Inc|Corp(?:oration)?|GmbH|AG|plc|LLC|K\.K\.|S\.A\.|B\.V\.|"
    r"Pharma(?:ceuticals?)?|Therapeutics|Biotherapeutics|Biosciences|Biotech|Bio|Biologics|"
    r"Laboratories|Healthcare|Medicines"
)
# The item's marker (a dash, bullet or number) at a line's start, then the name and "(".
_ITEM = re.compile(
    r"^[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]+([a-z]{6,}(?:-[a-z]{4})?)[ \t]*\("
    rf"[^()\n]*\b(?:{_SPONSOR})(?![A-Za-z])[^()\n]*\)",
    re.MULTILINE,
)


def sponsored_words(source: str) -> set[str]:
    """The lower-case words that open a list item before their sponsor's name."""
    if "(" not in source:
        return set()
    return {match.group(1) for match in _ITEM.finditer(source)}

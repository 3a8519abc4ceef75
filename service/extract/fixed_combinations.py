"""Fixed-dose combinations: one product made of two drugs ("a fixed-dose combination of x
and y"), named by its ingredients joined with a slash ("x/y"), and not either drug alone.

A regimen of two products given together ("X in combination with Y") is each product's
event (see `regimens`); a pill holding both is a third product with events of its own, and
the brand copy gives it in apposition ("approved Brand, Acme's fixed-dose combination of x
and y") is that product's name.
"""

from __future__ import annotations

import re

from service.extract.name_clusters import Clusters
from service.extract.places import REGIONS

_FIXED = re.compile(
    r"\b(?:fixed[- ]dose|fixed|single[- ](?:tablet|pill|capsule)|co-?formulated)\s+"
    r"combination\s+(?:\(FDCs?\)\s+)?(?:(?:tablets?|pills?|capsules?|product)\s+)?of\s+"
    r"(?P<first>[a-z][a-z-]{4,})\s+and\s+(?P<second>[a-z][a-z-]{4,})\b",
    re.IGNORECASE,
)
# The brand the combination is told in apposition to, written just before: "Brand, Acme
# Pharma's once-daily …", "Brand, a …", "Brand (a …".
_APPOSED = re.compile(
    r"(?<=[a-z]\s)(?P<brand>[A-Z][a-z]{3,}[A-Za-z]*)"
    r"(?:,\s+|\s*\(\s*)(?:(?:a|an|the)\s+|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+)"
    r"(?:[\w-]+\s+){0,3}$"
)
_HINT = "combination"


def link_combinations(source: str, clusters: Clusters) -> None:
    """Each fixed-dose combination of two named drugs becomes the drug "x/y" (its "x and y"
    a form of it), and a brand written in apposition to it one of its names."""
    if _HINT not in source:
        return
    for match in _FIXED.finditer(source):
        first, second = match["first"], match["second"]
        if first.lower() not in clusters.parent or second.lower() not in clusters.parent:
            continue
        combined = clusters.add(f"{first.lower()}/{second.lower()}", "inn")
        clusters.union(clusters.add(f"{first} and {second}", "brand"), combined)
        brand = _APPOSED.search(source, max(0, match.start() - 80), match.start())
        if brand and brand["brand"] not in REGIONS:
            clusters.union(clusters.add(brand["brand"], "brand"), combined)

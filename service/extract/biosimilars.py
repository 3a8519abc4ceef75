"""Biosimilars: a biologic's copy carries its reference product's INN with the FDA's
four-letter suffix ("x-abcd"). Copy mostly writes one product's name with and without the
suffix, so the two forms are one drug; but where the text tells of a biosimilar and ties
the suffixed name and the bare INN to names of their own ("Brand (x-abcd) … the reference
product, Other (x)") or calls the suffixed name a biosimilar, it is the copy's own name, a
drug apart from its reference product."""

from __future__ import annotations

import re
from collections import Counter

from service.extract.name_clusters import Clusters

_SUFFIXED = re.compile(r"([a-z]{5,})-[a-z]{4}")
# How near the word "biosimilar" a suffixed name is told as one ("the biosimilar x-abcd",
# "x-abcd, a biosimilar to Brand").
_NEAR = 40


def biosimilar_names(lowered: str, clusters: Clusters) -> frozenset[str]:
    """The suffixed names (lower case) the text gives a biosimilar apart from its INN."""
    if "biosimilar" not in lowered:
        return frozenset()
    found = set()
    roots: dict[str, str] = {}
    sizes: Counter[str] = Counter()
    for key in clusters.parent:
        match = _SUFFIXED.fullmatch(key)
        if match is None or match.group(1) not in clusters.parent:
            continue
        if not roots:  # (once, and only for a text with a suffixed name and its INN)
            roots = {k: clusters.find(k) for k in clusters.parent}
            sizes = Counter(roots.values())
        if _tied_apart(roots, sizes, key, match.group(1)) or _called_biosimilar(lowered, key):
            found.add(key)
    return frozenset(found)


def _tied_apart(roots: dict[str, str], sizes: Counter[str], suffixed: str, bare: str) -> bool:
    """Each form already linked to another name (`sizes`: each root's group size), and not
    the same one."""
    own, other = roots[suffixed], roots[bare]
    return own != other and min(sizes[own], sizes[other]) > 1


def _called_biosimilar(lowered: str, key: str) -> bool:
    at = lowered.find(key)
    while at >= 0:
        if "biosimilar" in lowered[max(0, at - _NEAR) : at + len(key) + _NEAR]:
            return True
        at = lowered.find(key, at + 1)
    return False

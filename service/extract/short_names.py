"""A cell or gene therapy's short name ("cilta-cel", "tab-cel", "pz-cel"): the first
letters of its INN, or its words' initials, and "-cel". Copy gives the full name once and
the short one after, not always side by side: the short name is linked to the one INN of
the text it abbreviates, which stays the canonical name."""

from __future__ import annotations

import re

from service.extract.name_clusters import Clusters
from service.extract.names import Name

_SHORT = re.compile(r"(?<![A-Za-z0-9-])([A-Za-z][a-z]{1,9})-cel(?![A-Za-z0-9-])")
# The stems a cell therapy's INN ends in: -leucel, -temcel, -racel all end so.
_CELL_ENDING = "cel"
_SHORTEST_FULL = 9


def short_form_names(source: str, names: list[Name]) -> list[Name]:
    """Each short "-cel" name abbreviating one INN of `names`, read as a brand: a short
    name ranks below its INN, which stays the canonical name."""
    if "-cel" not in source:
        return []
    inns = {n.text.lower() for n in names if n.kind == "inn" and _full(n.text.lower())}
    found = []
    for match in _SHORT.finditer(source):
        prefix = match.group(1).lower()
        if sum(_abbreviates(prefix, inn) for inn in inns) == 1:
            found.append(Name(match.group(), "brand", match.start()))
    return found


def link_short_forms(source: str, clusters: Clusters) -> None:
    """Join each short "-cel" name to the one INN of the text it abbreviates."""
    if "-cel" not in source:
        return
    inns = [k for k, kind in clusters.kind.items() if kind == "inn" and _full(k)]
    for match in _SHORT.finditer(source):
        key = match.group().lower()
        full = [k for k in inns if _abbreviates(match.group(1).lower(), k)]
        if key in clusters.parent and len(full) == 1:
            # Read as an INN by its stem, it still ranks below the INN it abbreviates.
            clusters.kind.pop(key, None)
            clusters.union(key, full[0])


def _full(key: str) -> bool:
    return key.endswith(_CELL_ENDING) and "-" not in key and len(key) >= _SHORTEST_FULL


def _abbreviates(prefix: str, inn: str) -> bool:
    """ "tevro" of "tevrolacabtagene autoleucel", "pz" of "prademagene zamikeracel"."""
    if inn.startswith(prefix) and len(prefix) >= 3:
        return True
    words = inn.split()
    return len(words) == len(prefix) > 1 and "".join(w[0] for w in words) == prefix

"""Regulators named together: "Japan and China", "Health Canada and Australia's TGA"."""

from __future__ import annotations

import re

from service.extract.agencies import Regulator

# A closing bracket may end the first name: "美国食品药品监督管理局（FDA）和欧盟委员会".
_COORDINATION = re.compile(r"^[\s)）]*(?:,|and|or|, and|&|和|及|、|与)\s*(?:the\s+)?$")
_POSSESSIVE = re.compile(r"['’]s\s+")


def coordinated(text: str, regulators: list[Regulator], anchor: Regulator) -> list[Regulator]:
    """The anchor plus regulators joined to it by "and" / commas ("Japan and China")."""
    ordered = sorted(regulators, key=lambda r: r.start)
    index = ordered.index(anchor)
    group = [anchor]
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(ordered):
            neighbour = ordered[current + step]
            left, right = sorted((ordered[current], neighbour), key=lambda r: r.start)
            gap = text[left.end : right.start]
            # A country's possessive before its regulator: "Health Canada and Australia's TGA".
            owned = left.jurisdiction == right.jurisdiction and _POSSESSIVE.fullmatch(gap)
            if not _COORDINATION.match(gap) and not owned:
                break
            group.append(neighbour)
            current += step
    seen: dict[str, Regulator] = {}
    for regulator in sorted(group, key=lambda r: r.start):
        seen.setdefault(regulator.jurisdiction, regulator)
    return list(seen.values())

"""Regulators and countries: which agency and jurisdiction a phrase points to."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# (pattern, agency, jurisdiction, strength): strength 2 names a regulator, 1 only a country.
_TABLE: tuple[tuple[str, str, str, int], ...] = (
    (r"(?:U\.S\.|US|United States) Food and Drug Administration|Food and Drug Administration"
     r"|\bFDA\b|\bCDER\b|\bCBER\b|Center for (?:Drug|Biologics) Evaluation and Research"
     r"|美国食品药品监督管理局|美国食品药物管理局", "FDA", "US", 2),
    (r"National Medical Products Administration|\bNMPA\b|\bCDE\b"
     r"|Center for Drug Evaluation(?! and Research)|China's drug regulator"
     r"|国家药品监督管理局|国家药监局|药品审评中心|药审中心|国家食品药品监督管理总局", "NMPA", "CN", 2),
    (r"European Medicines Agency|\bEMA\b|\bCHMP\b|Committee for Medicinal Products for Human Use"
     r"|European Commission|欧洲药品管理局|欧盟委员会", "EMA", "EU", 2),
    (r"Pharmaceuticals and Medical Devices Agency|\bPMDA\b|Ministry of Health,? Labou?r and Welfare"
     r"|\bMHLW\b|厚生劳动省", "PMDA", "JP", 2),
    (r"Medicines and Healthcare products Regulatory Agency|\bMHRA\b|英国药品和保健品监管局",
     "MHRA", "UK", 2),
    (r"Health Canada|加拿大卫生部", "HC", "CA", 2),
    (r"Ministry of Food and Drug Safety|\bMFDS\b|韩国食品药品安全部", "MFDS", "KR", 2),
    (r"Therapeutic Goods Administration|\bTGA\b|澳大利亚药品管理局", "TGA", "AU", 2),
    (r"Swissmedic", "Swissmedic", "CH", 2),
    (r"\bU\.S\.|\bUS\b|United States|\bAmerica\b|美国", "FDA", "US", 1),
    (r"\bChina(?:'s)?\b|\bChinese\b|\bCTR\d{8}\b|中国|国内|我国", "NMPA", "CN", 1),
    (r"\bEU\b|European Union|\bEurope\b|欧盟|欧洲", "EMA", "EU", 1),
    (r"\bJapan(?:ese)?\b|日本", "PMDA", "JP", 1),
    (r"\bUK\b|United Kingdom|\bBritain(?:'s)?\b|\bBritish\b|英国", "MHRA", "UK", 1),
    (r"\bCanad(?:a|ian)\b|加拿大", "HC", "CA", 1),
    (r"\bSouth Korea\b|\bKorea(?:n)?\b|韩国", "MFDS", "KR", 1),
    (r"\bAustralia(?:n)?\b|澳大利亚", "TGA", "AU", 1),
    (r"\bSwitzerland\b|\bSwiss\b", "Swissmedic", "CH", 1),
)  # fmt: skip
# One alternation scanned once; at a given position the first (regulator) entry wins.
_COMBINED = re.compile("|".join(f"(?P<r{i}>{row[0]})" for i, row in enumerate(_TABLE)))
_COORDINATION = re.compile(r"^\s*(?:,|and|or|, and|&|和|及|、|与)\s*(?:the\s+)?$")
# Country words inside institution names say nothing about where a regulator acted.
_NOT_JURISDICTION = re.compile(
    r"(?:Society|Academy|Association|College|Institute|Journal|Congress) of[\w ]{0,20}$"
)


@dataclass(frozen=True)
class Regulator:
    start: int
    end: int
    agency: str
    jurisdiction: str
    strength: int


def find_regulators(text: str) -> list[Regulator]:
    """Non-overlapping regulator and country mentions, longest first at each position."""
    kept: list[Regulator] = []
    for match in _COMBINED.finditer(text):
        _, agency, jurisdiction, strength = _TABLE[int(str(match.lastgroup)[1:])]
        if _NOT_JURISDICTION.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        kept.append(Regulator(match.start(), match.end(), agency, jurisdiction, strength))
    return kept


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
            if not _COORDINATION.match(text[left.end : right.start]):
                break
            group.append(neighbour)
            current += step
    seen: dict[str, Regulator] = {}
    for regulator in sorted(group, key=lambda r: r.start):
        seen.setdefault(regulator.jurisdiction, regulator)
    return list(seen.values())


def dominant(regulators: list[Regulator]) -> Regulator | None:
    """The jurisdiction an article is mostly about (regulator names weigh more than countries)."""
    if not regulators:
        return None
    weights: Counter[str] = Counter()
    first: dict[str, Regulator] = {}
    for regulator in regulators:
        weights[regulator.jurisdiction] += 3 if regulator.strength == 2 else 1
        if regulator.strength == 2 or regulator.jurisdiction not in first:
            first.setdefault(regulator.jurisdiction, regulator)
    best = max(weights, key=lambda j: (weights[j], -first[j].start))
    return first[best]

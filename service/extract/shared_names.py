"""Short names two regulators share: which one an article means by the bare name.

"SFDA" was China's State Food and Drug Administration and is Saudi Arabia's Food and Drug
Authority; "the FDA" and "the Food and Drug Administration" are Thailand's regulator's
names as much as the US one's (not Taiwan's: its copy calls its own the TFDA, and the US
one the FDA); "the Commission" is Mexico's Federal Commission
for the Protection against Sanitary Risks (COFEPRIS) as much as the European one. An
article that spells one local regulator out and names the other's country nowhere else
means the local one by the bare name ("the Saudi Food and Drug Authority (SFDA) … the SFDA
granted"). Where it names both, the table's reading stands.
"""

from __future__ import annotations

from collections.abc import Sequence

# A hit as `agencies` finds it: (start, end, agency, jurisdiction, strength).
Hit = tuple[int, int, str, str, int]

# The bare name as the table matches it, the jurisdiction the table reads it as, and the
# local regulators' jurisdictions that go by it too.
_SHARED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("SFDA", "CN", ("SA",)),
    ("FDA", "US", ("TH",)),
    ("Food and Drug Administration", "US", ("TH",)),
    ("Commission", "EU", ("MX",)),
)
_HOMES = {home for _, home, _ in _SHARED}


def local_readings(text: str, hits: Sequence[Hit]) -> dict[int, str]:
    """The hits (by index) that are a bare shared name meaning the article's local
    regulator, with that regulator's jurisdiction."""
    named = {hit[3] for hit in hits if hit[4] == 2}
    if not any(local in named for _, _, locals_ in _SHARED for local in locals_):
        return {}
    bare = [i for i, hit in enumerate(hits) if hit[3] in _HOMES and _shared(text, hit)]
    readings: dict[int, str] = {}
    for i in bare:
        name, home = text[hits[i][0] : hits[i][1]], hits[i][3]
        if _named_otherwise(text, hits, home):
            continue
        locals_ = [j for n, h, js in _SHARED if (n, h) == (name, home) for j in js if j in named]
        if len(locals_) == 1:
            readings[i] = locals_[0]
    return readings


def _shared(text: str, hit: Hit) -> bool:
    name = text[hit[0] : hit[1]]
    return any((name, hit[3]) == (n, home) for n, home, _ in _SHARED)


def _named_otherwise(text: str, hits: Sequence[Hit], home: str) -> bool:
    """Whether the article names the home jurisdiction by more than a shared bare name
    ("the US", "the European Commission")."""
    return any(hit[3] == home and not _shared(text, hit) for hit in hits)

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

# The bare name as the table matches it and the jurisdiction the table reads it as, with
# the local regulators' jurisdictions that go by it too.
_SHARED: dict[tuple[str, str], tuple[str, ...]] = {
    ("SFDA", "CN"): ("SA",),
    ("FDA", "US"): ("TH",),
    ("Food and Drug Administration", "US"): ("TH",),
    ("Commission", "EU"): ("MX",),
}
_LOCALS = frozenset(local for locals_ in _SHARED.values() for local in locals_)


def local_readings(text: str, hits: Sequence[Hit]) -> dict[int, str]:
    """The hits (by index) that are a bare shared name meaning the article's local
    regulator, with that regulator's jurisdiction; none for a home jurisdiction the article
    names by more than a shared bare name ("the US", "the European Commission")."""
    named = {hit[3] for hit in hits if hit[4] == 2}
    if not _LOCALS & named:
        return {}
    bare = {
        i: locals_
        for i, (start, end, _, home, _) in enumerate(hits)
        if (locals_ := _SHARED.get((text[start:end], home))) is not None
    }
    otherwise = {hit[3] for i, hit in enumerate(hits) if i not in bare}
    readings: dict[int, str] = {}
    for i, locals_ in bare.items():
        if hits[i][3] in otherwise:
            continue
        found = [local for local in locals_ if local in named]
        if len(found) == 1:
            readings[i] = found[0]
    return readings

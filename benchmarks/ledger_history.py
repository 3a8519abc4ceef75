"""A synthetic ledger for the projections benchmark: valid domain events over many drugs.

Each drug gets its milestones, then more sources (mostly agreeing on the date), a
correction, an alias or a retraction; the histories are interleaved across drugs as a
live log would be, a few drugs are merged, and everything is appended through the
store's batch path (`append_all`, many streams per transaction, hash chain on).
"""

from __future__ import annotations

import random
from typing import Any

from service.domain.drugs import milestone_key
from service.store.events import AppendRequest, NewEvent
from service.store.log import EventStore

PLAN = [
    ("ind_clearance", "US", {}),
    ("trial_initiation", "CN", {"phase": "3"}),
    ("designation", "US", {"designation": "orphan_drug"}),
    ("program_inclusion", "CN", {"program": "SPARK Plan"}),
    ("application_submission", "CN", {"application": "NDA"}),
    ("application_acceptance", "CN", {"application": "NDA"}),
    ("priority_review", "CN", {}),
    ("approval", "CN", {"pathway": "conditional"}),
]


def _source(article: str, day: str | None) -> dict[str, Any]:
    return {
        "article_id": article,
        "url": f"https://news.example/{article}",
        "outlet": "bench",
        "published": "2025-06-01",
        "quote": "a sentence that says it happened",
        "span": None,
        "date": day,
        "date_precision": "day" if day else "unknown",
    }


def _recorded(i: int, n: int, plan: tuple[str, str, dict[str, Any]], day: str) -> dict[str, Any]:
    slug = f"benchinib-{i}"
    kind, jur, attrs = plan
    return {
        "milestone_id": milestone_key(slug, kind, jur, attrs), "slug": slug, "drug": slug,
        "aliases": [f"BX-{i}"], "company": f"Company {i % 997}", "milestone_type": kind,
        "jurisdiction": jur, "agency": "NMPA" if jur == "CN" else "FDA", "date": day,
        "date_precision": "day", "indication": "solid tumors", "attributes": attrs,
        "source": _source(f"{slug}-{n}", day), "confidence": 0.9,
    }  # fmt: skip


def _follow_up(
    slug: str, i: int, k: int, mid: str, day: str, roll: float, rng: random.Random
) -> tuple[str, dict[str, Any]]:
    """Another source (mostly agreeing on the date), a correction, an alias or a retraction."""
    if roll < 0.8:
        other = day if rng.random() < 0.85 else f"{day[:8]}{rng.randint(1, 28):02d}"
        return "MilestoneCorroborated", {
            "milestone_id": mid,
            "source": _source(f"{slug}-c{k}", other),
            "confidence": 0.8,
        }
    if roll < 0.9:
        return "MilestoneCorrected", {
            "milestone_id": mid,
            "changes": {"indication": "NTRK fusion-positive solid tumors"},
            "reason": "analyst",
        }
    if roll < 0.95:
        return "DrugAliasLinked", {
            "drug": slug,
            "alias": f"Brand{i}-{k}",
            "company": None,
            "reason": "",
            "article_id": None,
        }
    return "MilestoneRetracted", {"milestone_id": mid, "reason": "misread"}  # fmt: skip


def drug_events(i: int, per_drug: int, rng: random.Random) -> list[tuple[str, str, dict[str, Any]]]:
    """One drug's history: its milestones, then more sources, a correction, an alias."""
    slug = f"benchinib-{i}"
    out: list[tuple[str, str, dict[str, Any]]] = []
    ids = []
    for n, plan in enumerate(PLAN[: max(1, min(len(PLAN), per_drug // 2))]):
        day = f"{2020 + n // 2}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        data = _recorded(i, n, plan, day)
        ids.append((data["milestone_id"], day))
        out.append(("MilestoneRecorded", slug, data))
    while len(out) < per_drug:
        mid, day = rng.choice(ids)
        kind, data = _follow_up(slug, i, len(out), mid, day, rng.random(), rng)
        out.append((kind, slug, data))
    return out


def generate(store: EventStore, events: int, drugs: int, seed: int = 1) -> int:
    """Interleave every drug's history (order within a drug kept) and append in big batches."""
    rng = random.Random(seed)
    per_drug = max(1, events // drugs)
    keyed = []
    for i in range(drugs):
        for k, item in enumerate(drug_events(i, per_drug, rng)):
            keyed.append((k + rng.random() * 3, item))
    keyed.sort(key=lambda pair: pair[0])
    merges = [
        (
            "DrugsMerged",
            f"benchinib-{i - 1}",
            {
                "into": f"benchinib-{i - 1}",
                "merged": f"benchinib-{i}",
                "reason": "bench",
                "article_id": None,
            },
        )
        for i in range(1, drugs, 1000)
    ]
    items = [item for _, item in keyed] + merges
    for start in range(0, len(items), 5000):
        chunk = items[start : start + 5000]
        store.append_all(
            [AppendRequest(f"drug-{slug}", [NewEvent(kind, data)]) for kind, slug, data in chunk]
        )
    return len(items)

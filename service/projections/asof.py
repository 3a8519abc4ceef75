"""The ledger as it stood: a drug's streams folded up to a time or position (the one fold).

The drugs to read are the live drug and every record merged into it (found in the
read models); which of them were one drug *then* is decided by the fold itself, so a
merge recorded after the cut-off is not applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, select

from service.projections.fold import FOLDED_EVENTS, LedgerFold, Line
from service.projections.queries import resolve
from service.projections.tables import drugs
from service.projections.view import JSON, drug_status, ordered
from service.store.database import read_only
from service.store.events import StoredEvent
from service.store.log import EventStore


@dataclass(frozen=True)
class LedgerView:
    slug: str
    as_of: datetime | None
    position: int
    lines: list[Line]
    events: dict[int, StoredEvent]

    def items(self) -> list[JSON]:
        return [item for _, item in ordered(self.lines)]

    def status(self) -> JSON:
        return drug_status(self.items())

    def audit_items(self) -> list[JSON]:
        """Each line with the stored events behind it (ids, positions, hashes)."""
        out = []
        for line, item in ordered(self.lines):
            positions = sorted(
                {s["position"] for s in line.sources}
                | {c["position"] for c in line.corrections}
                | ({line.retraction["position"]} if line.retraction else set())
            )
            item = dict(item)
            item["events"] = [_brief(self.events[p]) for p in positions if p in self.events]
            out.append(item)
        return out


def _brief(event: StoredEvent) -> JSON:
    return {
        "event_id": str(event.event_id),
        "position": event.position,
        "stream": event.stream,
        "type": event.type,
        "recorded_at": event.recorded_at.isoformat(),
        "hash": event.hash,
        "prev_hash": event.prev_hash,
        "actor": (event.metadata or {}).get("actor"),
    }


def _family(engine: Engine, live: str) -> list[str]:
    """The live drug and every drug record merged into it, directly or not."""
    family = [live]
    frontier = [live]
    with read_only(engine).connect() as conn:
        while frontier:
            found = conn.scalars(
                select(drugs.c.slug).where(drugs.c.merged_into.in_(frontier))
            ).all()
            frontier = [slug for slug in found if slug not in family]
            family.extend(frontier)
    return family


def _cut(
    events: Iterable[StoredEvent], as_of: datetime | None, position: int | None
) -> list[StoredEvent]:
    limit = as_of.astimezone(UTC) if as_of is not None else None
    kept = [
        e
        for e in events
        if e.type in FOLDED_EVENTS
        and (position is None or e.position <= position)
        and (limit is None or e.recorded_at <= limit)
    ]
    return sorted(kept, key=lambda e: e.position)


def ledger_as_of(
    engine: Engine, name: str, as_of: datetime | None = None, position: int | None = None
) -> LedgerView | None:
    """A drug's timeline as the ledger stood at `as_of` / `position` (None: now)."""
    with read_only(engine).connect() as conn:
        live = resolve(conn, name)
    if live is None:
        return None
    store = EventStore(engine)
    stored: list[StoredEvent] = []
    for slug in _family(engine, live):
        stored.extend(store.read_stream(f"drug-{slug}"))
    events = _cut(stored, as_of, position)
    fold = LedgerFold()
    fold.apply_all(events)
    asked = name if name in fold.registry.drugs else live
    slug = fold.registry.follow(asked)
    if slug not in fold.registry.drugs:
        return None
    cutoff = events[-1].position if events else 0
    return LedgerView(slug, as_of, cutoff, fold.drug_lines(slug), {e.position: e for e in events})


def ledgers_as_of(engine: Engine, as_of: datetime | None = None, batch: int = 5000) -> LedgerFold:
    """The whole ledger folded up to `as_of`, for `milestones replay --as-of` (no table touched)."""
    store = EventStore(engine)
    fold = LedgerFold()
    limit = as_of.astimezone(UTC) if as_of is not None else None
    for event in store.scan(0, types=sorted(FOLDED_EVENTS), batch_size=batch):
        if limit is not None and event.recorded_at > limit:
            continue
        fold.apply(event)
    return fold

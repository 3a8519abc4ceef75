"""Walks the hash chain and reports the first event that does not match."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine

from service.store.chain import GENESIS_HASH, event_hash
from service.store.events import StoredEvent
from service.store.log import EventStore

BATCH_SIZE = 5000


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_position: int | None = None
    reason: str | None = None

    def summary(self) -> str:
        if self.ok:
            return f"hash chain intact: {self.checked} events checked"
        return (
            f"hash chain BROKEN at position {self.first_bad_position}: {self.reason} "
            f"({self.checked} events checked before it)"
        )


def check_events(stored: Iterable[StoredEvent]) -> ChainReport:
    """Checks events as stored (never upcast), in position order from position 1."""
    expected_position, prev_hash, checked = 1, GENESIS_HASH, 0
    for event in stored:
        reason = _fault(event, expected_position, prev_hash)
        if reason is not None:
            return ChainReport(False, checked, min(event.position, expected_position), reason)
        expected_position, prev_hash, checked = event.position + 1, event.hash, checked + 1
    return ChainReport(True, checked)


def _fault(event: StoredEvent, expected_position: int, prev_hash: str) -> str | None:
    if event.position != expected_position:
        return f"expected position {expected_position}, found {event.position} (gap)"
    if event.prev_hash != prev_hash:
        return "prev_hash does not match the previous event's hash"
    recomputed = event_hash(
        position=event.position,
        event_id=event.event_id,
        stream=event.stream,
        stream_version=event.stream_version,
        type=event.type,
        schema_version=event.schema_version,
        data=event.data,
        metadata=event.metadata,
        recorded_at=event.recorded_at,
        idempotency_key=event.idempotency_key,
        prev_hash=event.prev_hash,
    )
    if recomputed != event.hash:
        return "hash does not match the event's contents (altered in place?)"
    return None


def verify_chain(engine: Engine, batch_size: int = BATCH_SIZE) -> ChainReport:
    """Streams the stored events (never upcast) from one snapshot and checks the chain."""
    return check_events(EventStore(engine).scan(batch_size=batch_size))

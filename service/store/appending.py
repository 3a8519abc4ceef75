"""What an append writes, decided once for every back-end from the log's current state.

Idempotency: an event whose idempotency_key is already stored (or appears earlier
in the same call) is not written again; the stored event is returned in its
place. The expected_version check applies only when a request still has events
to write, so retrying an append that already committed returns the stored events
instead of failing. Requests in one `append_all` are checked in order, each
against the stream version left by the ones before it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from service.store.chain import check_json, event_hash
from service.store.events import AppendRequest, ConcurrencyError, NewEvent, StoredEvent


@dataclass
class AppendPlan:
    """`results` answers the caller (request order); `new` is what to insert."""

    results: list[StoredEvent] = field(default_factory=list)
    new: list[StoredEvent] = field(default_factory=list)


def validate(requests: Sequence[AppendRequest]) -> None:
    """Refuse unstorable events before any lock is taken."""
    for request in requests:
        for event in request.events:
            where = f"{request.stream} {event.type}"
            check_json(event.data, f"{where} data")
            check_json(event.metadata, f"{where} metadata")
            if not isinstance(event.data, dict) or not isinstance(event.metadata, dict):
                raise ValueError(f"{where}: data and metadata must be JSON objects")


def keys_of(requests: Sequence[AppendRequest]) -> list[str]:
    return [e.idempotency_key for r in requests for e in r.events if e.idempotency_key]


def plan_append(
    requests: Sequence[AppendRequest],
    *,
    head: tuple[int, str],
    versions: Mapping[str, int],
    known: Mapping[str, StoredEvent],
    now: datetime,
) -> AppendPlan:
    position, prev_hash = head
    current = dict(versions)
    seen = dict(known)
    plan = AppendPlan()
    for request in requests:
        checked = False
        for event in request.events:
            stored = seen.get(event.idempotency_key) if event.idempotency_key else None
            if stored is None:
                if not checked:
                    _check_version(request, current.get(request.stream, 0))
                    checked = True
                position += 1
                version = current.get(request.stream, 0) + 1
                current[request.stream] = version
                stored = _stored(request.stream, event, position, version, prev_hash, now)
                prev_hash = stored.hash
                plan.new.append(stored)
                if event.idempotency_key:
                    seen[event.idempotency_key] = stored
            plan.results.append(stored)
    return plan


def _check_version(request: AppendRequest, actual: int) -> None:
    expected = request.expected_version
    if expected is not None and expected != actual:
        raise ConcurrencyError(request.stream, expected, actual)


def _stored(
    stream: str, event: NewEvent, position: int, version: int, prev_hash: str, now: datetime
) -> StoredEvent:
    digest = event_hash(
        position=position,
        event_id=event.event_id,
        stream=stream,
        stream_version=version,
        type=event.type,
        schema_version=event.schema_version,
        data=event.data,
        metadata=event.metadata,
        recorded_at=now,
        idempotency_key=event.idempotency_key,
        prev_hash=prev_hash,
    )
    return StoredEvent(
        position=position,
        event_id=event.event_id,
        stream=stream,
        stream_version=version,
        type=event.type,
        schema_version=event.schema_version,
        data=event.data,
        metadata=event.metadata,
        recorded_at=now,
        idempotency_key=event.idempotency_key,
        prev_hash=prev_hash,
        hash=digest,
    )

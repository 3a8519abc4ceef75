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
from typing import NamedTuple

from service.store.chain import InvalidEventData, digest, format_time, storable_json
from service.store.events import (
    AppendRequest,
    ConcurrencyError,
    NewEvent,
    StoredEvent,
    stored_event,
)


class Pending(NamedTuple):
    """An event to insert, with its data and metadata as the canonical JSON it was hashed from
    and its event id as 32 hex digits (SQLite's column)."""

    event: StoredEvent
    data_json: str
    metadata_json: str
    event_hex: str


@dataclass
class AppendPlan:
    """`results` answers the caller (request order); `new` is what to insert."""

    results: list[StoredEvent] = field(default_factory=list)
    new: list[Pending] = field(default_factory=list)


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
    stamp = format_time(now)
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
                pending = _pending(request.stream, event, position, version, prev_hash, now, stamp)
                stored = pending.event
                prev_hash = stored.hash
                plan.new.append(pending)
                if event.idempotency_key:
                    seen[event.idempotency_key] = stored
            plan.results.append(stored)
    return plan


def _check_version(request: AppendRequest, actual: int) -> None:
    expected = request.expected_version
    if expected is not None and expected != actual:
        raise ConcurrencyError(request.stream, expected, actual)


def _pending(
    stream: str,
    event: NewEvent,
    position: int,
    version: int,
    prev_hash: str,
    now: datetime,
    stamp: str,
) -> Pending:
    # The append hot path: every call positional, nothing computed twice.
    data, metadata, key = event.data, event.metadata, event.idempotency_key
    event_id, type, schema_version = event.event_id, event.type, event.schema_version
    try:
        data_json = storable_json(data, _unnamed)
        metadata_json = storable_json(metadata, _unnamed)
    except InvalidEventData:  # again, naming the value in the message
        storable_json(data, lambda: f"{stream} {type} data")
        storable_json(metadata, lambda: f"{stream} {type} metadata")
        raise
    # The id's two spellings from one formatting (uuid's str and .hex each format it).
    event_hex = f"{event_id.int:032x}"
    id_text = (
        f"{event_hex[:8]}-{event_hex[8:12]}-{event_hex[12:16]}-{event_hex[16:20]}-{event_hex[20:]}"
    )
    hash = digest(
        prev_hash, data_json, id_text, key, metadata_json, position, stamp, schema_version,
        stream, version, type,
    )  # fmt: skip
    stored = stored_event(
        position, event_id, stream, version, type, schema_version, data, metadata, now, key,
        prev_hash, hash,
    )  # fmt: skip
    # (Pending(...) would run Python; tuple.__new__ does not.)
    return _tuple_new(Pending, (stored, data_json, metadata_json, event_hex))


def _unnamed() -> str:
    return "event"


_tuple_new = tuple.__new__

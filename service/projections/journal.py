"""The event log as the API pages it: filters, and one event with its provenance and hash."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine

from service.store.events import StoredEvent
from service.store.log import EventStore

JSON = dict[str, Any]


def list_events(
    engine: Engine,
    after: int = 0,
    types: Sequence[str] | None = None,
    stream: str | None = None,
    limit: int = 100,
) -> list[StoredEvent]:
    store = EventStore(engine)
    if stream is None:
        return store.read_all(after, limit, types or None)
    # A stream is one drug's or one article's history: small enough to read whole.
    wanted = set(types or ())
    found = [
        e
        for e in store.read_stream(stream)
        if e.position > after and (not wanted or e.type in wanted)
    ]
    return found[:limit]


def get_event(engine: Engine, event_id: str) -> StoredEvent | None:
    try:
        wanted = uuid.UUID(event_id)
    except ValueError:
        return None
    return EventStore(engine).get(wanted)


def event_json(event: StoredEvent) -> JSON:
    return {
        "position": event.position,
        "event_id": str(event.event_id),
        "stream": event.stream,
        "stream_version": event.stream_version,
        "type": event.type,
        "schema_version": event.schema_version,
        "data": event.data,
        "metadata": event.metadata,
        "recorded_at": event.recorded_at.isoformat(),
        "idempotency_key": event.idempotency_key,
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }


def provenance(event: StoredEvent) -> JSON:
    """Who or what wrote the event, and from which source, as far as the event says."""
    meta = event.metadata or {}
    source = event.data.get("source") if isinstance(event.data, dict) else None
    return {
        "actor": meta.get("actor"),
        "extractor": meta.get("extractor"),
        "extractor_version": meta.get("extractor_version"),
        "causation_id": meta.get("causation_id"),
        "correlation_id": meta.get("correlation_id"),
        "source": source,
    }

"""The event log on SQLite and PostgreSQL (SQLAlchemy Core).

Appends are serialized: PostgreSQL takes a transaction-level advisory lock,
SQLite's `BEGIN IMMEDIATE` (see `database.make_engine`) takes the write lock.
Holding it, the writer reads the last (position, hash), so positions are
max + 1 (gap-free, no sequence to leak numbers on rollback) and commit in
position order: a reader following `position > N` never skips an event.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Select, func, select, text
from sqlalchemy.exc import IntegrityError

from service.store.appending import AppendPlan, keys_of, plan_append, validate
from service.store.chain import GENESIS_HASH, utc
from service.store.database import read_only
from service.store.events import (
    AppendRequest,
    DuplicateEventId,
    NewEvent,
    StoredEvent,
)
from service.store.tables import events
from service.store.upcasting import Upcasters, UpcasterTable

NOTIFY_CHANNEL = "milestone_events"
# Any constant shared by every writer; spells "mile" so it is findable in pg_locks.
APPEND_LOCK_KEY = 0x6D696C65
_KEY_CHUNK = 500


def row_to_event(row: Sequence[Any]) -> StoredEvent:
    return StoredEvent(
        position=row[0],
        event_id=row[1],
        stream=row[2],
        stream_version=row[3],
        type=row[4],
        schema_version=row[5],
        data=row[6],
        metadata=row[7],
        recorded_at=utc(row[8]),
        idempotency_key=row[9],
        prev_hash=row[10],
        hash=row[11],
    )


def event_row(event: StoredEvent) -> dict[str, Any]:
    return {
        "position": event.position,
        "event_id": event.event_id,
        "stream": event.stream,
        "stream_version": event.stream_version,
        "type": event.type,
        "schema_version": event.schema_version,
        "data": event.data,
        "metadata": event.metadata,
        "recorded_at": event.recorded_at,
        "idempotency_key": event.idempotency_key,
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }


class EventStore:
    """`EventLog` on a SQLAlchemy engine; `upcasters` are applied to every read."""

    def __init__(self, engine: Engine, upcasters: UpcasterTable | None = None) -> None:
        self._engine = engine
        self._reader = read_only(engine)
        self._postgres = engine.dialect.name == "postgresql"
        self._upcasters = Upcasters(upcasters)

    # -- writing ---------------------------------------------------------------------

    def append(
        self, stream: str, events: Sequence[NewEvent], expected_version: int | None = None
    ) -> list[StoredEvent]:
        return self.append_all([AppendRequest(stream, events, expected_version)])

    def append_all(self, requests: Sequence[AppendRequest]) -> list[StoredEvent]:
        if not any(request.events for request in requests):
            return []
        validate(requests)
        try:
            with self._engine.begin() as conn:
                plan = self._plan(conn, requests)
                if plan.new:
                    conn.execute(events.insert(), [event_row(e) for e in plan.new])
                    if self._postgres:
                        last = str(plan.new[-1].position)
                        conn.execute(
                            text("SELECT pg_notify(:c, :p)"), {"c": NOTIFY_CHANNEL, "p": last}
                        )
        except IntegrityError as exc:
            raise self._explain(exc, requests) from exc
        return self._upcasters.apply_all(plan.results)

    def _plan(self, conn: Connection, requests: Sequence[AppendRequest]) -> AppendPlan:
        if self._postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": APPEND_LOCK_KEY})
        streams = list(dict.fromkeys(r.stream for r in requests if r.events))
        head, versions = _head_and_versions(conn, streams)
        keys = keys_of(requests)
        known = _known(conn, keys) if keys else {}
        return plan_append(
            requests, head=head, versions=versions, known=known, now=datetime.now(UTC)
        )

    def _explain(self, exc: IntegrityError, requests: Sequence[AppendRequest]) -> Exception:
        ids = [e.event_id for r in requests for e in r.events]
        with self._reader.connect() as conn:
            taken = conn.execute(select(events.c.event_id).where(events.c.event_id.in_(ids)))
            first = taken.scalar()
        return DuplicateEventId(first) if first is not None else exc

    # -- reading ---------------------------------------------------------------------

    def read_stream(self, stream: str, after_version: int = 0) -> list[StoredEvent]:
        query = (
            select(events)
            .where(events.c.stream == stream, events.c.stream_version > after_version)
            .order_by(events.c.stream_version)
        )
        return self._fetch(query)

    def read_all(
        self, after_position: int = 0, limit: int = 1000, types: Sequence[str] | None = None
    ) -> list[StoredEvent]:
        return self._fetch(_all_query(after_position, types).limit(limit))

    def scan(
        self, after_position: int = 0, types: Sequence[str] | None = None, batch_size: int = 2000
    ) -> Iterator[StoredEvent]:
        """Every event after `after_position`, streamed from one consistent snapshot."""
        with self._reader.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(
                _all_query(after_position, types)
            )
            for rows in result.partitions():
                yield from self._upcasters.apply_all([row_to_event(row) for row in rows])

    def get(self, event_id: uuid.UUID) -> StoredEvent | None:
        found = self._fetch(select(events).where(events.c.event_id == event_id))
        return found[0] if found else None

    def head_position(self) -> int:
        with self._reader.connect() as conn:
            last = conn.execute(_last_row(events.c.position)).scalar()
        return int(last or 0)

    def _fetch(self, query: Select[Any]) -> list[StoredEvent]:
        with self._reader.connect() as conn:
            rows = conn.execute(query).all()
        return self._upcasters.apply_all([row_to_event(row) for row in rows])


def _all_query(after_position: int, types: Sequence[str] | None) -> Select[Any]:
    query = select(events).where(events.c.position > after_position)
    if types is not None:
        query = query.where(events.c.type.in_(list(types)))
    return query.order_by(events.c.position)


def _last_row(*columns: Any) -> Select[Any]:
    return select(*columns).order_by(events.c.position.desc()).limit(1)


def _head_and_versions(
    conn: Connection, streams: list[str]
) -> tuple[tuple[int, str], dict[str, int]]:
    """One round trip for the usual single-stream append, two for several streams."""
    if len(streams) == 1:
        version = (
            select(func.max(events.c.stream_version))
            .where(events.c.stream == streams[0])
            .scalar_subquery()
        )
        row = conn.execute(_last_row(events.c.position, events.c.hash, version)).first()
        if row is None:
            return (0, GENESIS_HASH), {}
        return (row[0], row[1]), ({streams[0]: row[2]} if row[2] else {})
    row = conn.execute(_last_row(events.c.position, events.c.hash)).first()
    head = (row[0], row[1]) if row is not None else (0, GENESIS_HASH)
    found = conn.execute(
        select(events.c.stream, func.max(events.c.stream_version))
        .where(events.c.stream.in_(streams))
        .group_by(events.c.stream)
    )
    return head, {stream: version for stream, version in found}


def _known(conn: Connection, keys: list[str]) -> dict[str, StoredEvent]:
    known: dict[str, StoredEvent] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), _KEY_CHUNK):
        chunk = unique[start : start + _KEY_CHUNK]
        rows = conn.execute(select(events).where(events.c.idempotency_key.in_(chunk)))
        for row in rows:
            event = row_to_event(row)
            known[str(event.idempotency_key)] = event
    return known

"""The event log on SQLite and PostgreSQL.

Appends are serialized: PostgreSQL takes a transaction-level advisory lock,
SQLite `BEGIN IMMEDIATE` (or an autocommit INSERT) takes the write lock. Holding
it, the writer reads the last (position, hash), so positions are max + 1
(gap-free, no sequence to leak numbers on rollback) and commit in position
order: a reader following `position > N` never skips an event. Connections come
from the engine's pool (on a SQLite file, once: see `connections`); the
statements run on the driver itself (see `drivers`).
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from service.store.appending import AppendPlan, keys_of, plan_append
from service.store.chain import utc
from service.store.connections import KeptConnections
from service.store.drivers import APPEND_LOCK_KEY, NOTIFY_CHANNEL, State
from service.store.events import (
    AppendRequest,
    DuplicateEventId,
    NewEvent,
    StoredEvent,
    build_stored_event,
)
from service.store.postgres import PostgresDriver
from service.store.sqlite import SqliteDriver, sqlite_driver
from service.store.upcasting import Upcasters, UpcasterTable

__all__ = ["APPEND_LOCK_KEY", "NOTIFY_CHANNEL", "EventStore", "row_to_event"]


def row_to_event(row: Sequence[Any]) -> StoredEvent:
    """A row of a SQLAlchemy Core `select(events)` (columns in table order) as a StoredEvent."""
    values = list(row)
    values[8] = utc(values[8])
    return build_stored_event(values)


# One PostgreSQL driver per engine: its append hints outlive the many short-lived
# EventStore(engine) objects that services create per call.
_POSTGRES_DRIVERS: weakref.WeakKeyDictionary[Engine, PostgresDriver] = weakref.WeakKeyDictionary()


def _postgres_driver(engine: Engine) -> PostgresDriver:
    driver = _POSTGRES_DRIVERS.get(engine)
    if driver is None:
        driver = _POSTGRES_DRIVERS[engine] = PostgresDriver()
    return driver


def _shape(requests: Sequence[AppendRequest]) -> tuple[list[str], list[str], int]:
    """The streams written to, the idempotency keys to look up, and the event count."""
    if len(requests) == 1:  # the usual call, spared the generators below
        events = requests[0].events
        keys = [e.idempotency_key for e in events if e.idempotency_key]
        return [requests[0].stream], keys, len(events)
    streams = list(dict.fromkeys(r.stream for r in requests if r.events))
    return streams, keys_of(requests), sum(len(request.events) for request in requests)


class EventStore:
    """`EventLog` on a SQLAlchemy engine; `upcasters` are applied to every read."""

    def __init__(self, engine: Engine, upcasters: UpcasterTable | None = None) -> None:
        self._engine = engine
        self._driver: SqliteDriver | PostgresDriver
        self._kept: KeptConnections | None = None
        if engine.dialect.name == "postgresql":
            self._driver = _postgres_driver(engine)
        else:
            self._driver = sqlite_driver(engine)
            self._kept = self._driver.kept
        self._integrity_error: type[Exception] = engine.dialect.loaded_dbapi.IntegrityError
        self._upcasters = Upcasters(upcasters)

    def _connection(self) -> AbstractContextManager[Any]:
        if self._kept is not None:
            return self._kept.lease(self._engine)
        return self._pooled()

    @contextmanager
    def _pooled(self) -> Iterator[Any]:
        pooled = self._engine.raw_connection()
        try:
            yield pooled.driver_connection
        finally:
            pooled.close()

    # -- writing ---------------------------------------------------------------------

    def append(
        self, stream: str, events: Sequence[NewEvent], expected_version: int | None = None
    ) -> list[StoredEvent]:
        return self.append_all([AppendRequest(stream, events, expected_version)])

    def append_all(self, requests: Sequence[AppendRequest]) -> list[StoredEvent]:
        streams, keys, count = _shape(requests)
        if not count:
            return []

        def plan(state: State) -> AppendPlan:
            head, versions, known = state
            return plan_append(
                requests, head=head, versions=versions, known=known, now=datetime.now(UTC)
            )

        try:
            with self._connection() as conn:
                decided = self._driver.append(conn, streams, keys, plan, count)
        except self._integrity_error as exc:
            raise self._explain(exc, requests) from exc
        return self._upcasters.apply_all(decided.results)

    def _explain(self, exc: Exception, requests: Sequence[AppendRequest]) -> Exception:
        for event_id in dict.fromkeys(e.event_id for r in requests for e in r.events):
            if self.get(event_id) is not None:
                return DuplicateEventId(event_id)
        return exc

    # -- reading ---------------------------------------------------------------------

    def read_stream(self, stream: str, after_version: int = 0) -> list[StoredEvent]:
        sql = self._driver.select(
            f"stream = {self._driver.mark} AND stream_version > {self._driver.mark}",
            order="stream_version",
        )
        return self._query(sql, [stream, after_version])

    def read_all(
        self, after_position: int = 0, limit: int = 1000, types: Sequence[str] | None = None
    ) -> list[StoredEvent]:
        where, params = self._after(after_position, types)
        return self._query(self._driver.select(where, limit=True), [*params, max(limit, 0)])

    def scan(
        self, after_position: int = 0, types: Sequence[str] | None = None, batch_size: int = 2000
    ) -> Iterator[StoredEvent]:
        """Every event after `after_position`, streamed from one consistent snapshot."""
        where, params = self._after(after_position, types)
        with (
            self._connection() as conn,
            self._driver.stream(conn, self._driver.select(where), params, batch_size) as rows,
        ):
            # One event at a time, not a decoded batch: events the caller has done
            # with die young, so the garbage collector's passes find little alive
            # (a third of the read's cost when batches of thousands were kept).
            yield from self._upcasters.apply_each(map(self._driver.decode, rows))

    def get(self, event_id: uuid.UUID) -> StoredEvent | None:
        sql = self._driver.select(f"event_id = {self._driver.mark}")
        found = self._query(sql, [self._driver.key(event_id)])
        return found[0] if found else None

    def head_position(self) -> int:
        sql = "SELECT position FROM events ORDER BY position DESC LIMIT 1"
        with self._connection() as conn:
            rows = self._driver.rows(conn, sql, ())
        return int(rows[0][0]) if rows else 0

    def _after(self, after_position: int, types: Sequence[str] | None) -> tuple[str, list[Any]]:
        where, params = f"position > {self._driver.mark}", [after_position]
        if types is not None:
            if not types:
                return "1 = 0", []
            clause, values = self._driver.in_list("type", list(types))
            where, params = f"{where} AND {clause}", [*params, *values]
        return where, params

    def _query(self, sql: str, params: Sequence[Any]) -> list[StoredEvent]:
        with self._connection() as conn:
            rows = self._driver.rows(conn, sql, params)
        decode = self._driver.decode
        return self._upcasters.apply_all([decode(row) for row in rows])

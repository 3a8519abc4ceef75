"""The event log's statements on psycopg 3 (the shared parts are in `drivers`)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC
from typing import Any

from psycopg import ClientCursor
from psycopg.errors import UndefinedFunction
from psycopg.pq import TransactionStatus

from service.store.appending import AppendPlan, Pending
from service.store.drivers import APPEND_LOCK_KEY, COLUMNS, NOTIFY_CHANNEL, Driver, Planner, loads
from service.store.events import StoredEvent, stored_event
from service.store.hints import AppendHints


class PostgresDriver(Driver):
    mark = "%s"

    def __init__(self) -> None:
        # Hints for the one-round-trip append (see `_append_guessed`).
        self._hints = AppendHints()
        self._guessing = True

    def select(self, where: str, order: str = "position", limit: bool = False) -> str:
        # JSON as text, parsed here: psycopg's loader would re-detect the encoding
        # of every value; the JSON column's text is what was written, canonical.
        columns = COLUMNS.replace("data, metadata", "data::text, metadata::text")
        tail = " LIMIT %s" if limit else ""
        return f"SELECT {columns} FROM events WHERE {where} ORDER BY {order}{tail}"

    def decode(self, row: Sequence[Any]) -> StoredEvent:
        p, i, s, v, t, sv, data, meta, at, key, prev, h = row
        if at.tzinfo is not UTC:  # a session outside make_engine's UTC default
            at = at.astimezone(UTC)
        return stored_event(p, i, s, v, t, sv, loads(data), loads(meta), at, key, prev, h)

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} = ANY(%s)", [list(values)]

    def append(
        self, conn: Any, streams: list[str], keys: list[str], plan: Planner, count: int
    ) -> AppendPlan:
        """One round trip for one event (three if the hints were stale), three for a batch.

        `count` is how many events the requests hold; no pipeline mode.

        Statements go several to a message (simple protocol, client-side binding)
        where their parameters are small. psycopg's pipeline mode would save the
        COMMIT's round trip for batches but polls the socket while it waits,
        taking CPU from the server on a small machine.
        """
        _idle(conn)
        conn.autocommit = True  # BEGIN and COMMIT are ours to send
        try:
            guessable = count == 1  # one stream, one event: cheap to plan twice if need be
            decided = self._append_guessed(conn, streams, plan) if guessable else None
            if decided is None:
                decided = self._append(conn, streams, keys, plan)
            self._hints.remember(decided)
            return decided
        except BaseException:
            if conn.info.transaction_status != TransactionStatus.IDLE and not conn.closed:
                conn.execute("ROLLBACK")
            raise
        finally:
            if not conn.closed:
                conn.autocommit = False

    def _append(self, conn: Any, streams: list[str], keys: list[str], plan: Planner) -> AppendPlan:
        queries = [*_LOCKED, *self.state_queries(streams, keys)]
        results = _many(conn, queries)[2:]  # round trip 1: the lock, then the state
        decided = plan(self.state(streams, keys, results))
        new = decided.new
        if len(new) == 1:  # round trip 2: the row, its notification and the COMMIT
            row = self.encode(new[0], new[0].event.recorded_at)
            _many(conn, [(_INSERT_ONE_AND_NOTIFY, row), ("COMMIT", ())])
        elif new:  # round trips 2 and 3: every row in one statement (binary arrays)
            conn.execute(_INSERT_AND_NOTIFY, self._columns(new))
            conn.execute("COMMIT")
        else:
            conn.execute("COMMIT")
        return decided

    def _append_guessed(self, conn: Any, streams: list[str], plan: Planner) -> AppendPlan | None:
        """One statement, so one round trip in autocommit: planned from the hints.

        `events_append_one` (migration 0001) re-reads, under the append lock, the
        head (position and hash), the stream's version and the idempotency key;
        if any differs from what the plan assumed it writes nothing, and None
        sends the caller to the path that plans from the table itself.
        """
        if not self._guessing:
            return None
        decided = self._hints.plan_one(streams[0], plan)
        if decided is None:
            return None
        row = self.encode(decided.new[0], decided.new[0].event.recorded_at)
        try:
            written = conn.execute(_APPEND_ONE, row).fetchone()[0]
        except UndefinedFunction:  # a database migrated before the function existed
            self._guessing = False
            return None
        return decided if written else None

    def _columns(self, new: list[Pending]) -> list[Any]:
        events = [pending.event for pending in new]
        return [
            events[0].recorded_at,  # one timestamp per transaction
            [e.position for e in events],
            [e.event_id for e in events],
            [e.stream for e in events],
            [e.stream_version for e in events],
            [e.type for e in events],
            [e.schema_version for e in events],
            [pending.data_json for pending in new],
            [pending.metadata_json for pending in new],
            [e.idempotency_key for e in events],
            [e.prev_hash for e in events],
            [e.hash for e in events],
        ]

    def rows(self, conn: Any, sql: str, params: Sequence[Any]) -> list[Any]:
        with _autocommit(conn):
            return list(conn.execute(sql, params).fetchall())

    @contextmanager
    def stream(self, conn: Any, sql: str, params: Sequence[Any], size: int) -> Iterator[Any]:
        _idle(conn)
        # A named (server-side) cursor: one snapshot, rows fetched `size` at a time.
        with conn.transaction(), conn.cursor(name=f"scan_{uuid.uuid4().hex}") as cursor:
            cursor.itersize = size
            cursor.execute(sql, params)
            yield cursor


_INSERT_AND_NOTIFY = f"""
WITH inserted AS (
    INSERT INTO events ({COLUMNS})
    SELECT u.p, u.e, u.s, u.v, u.t, u.sv, u.d::json, u.m::json, %b, u.k, u.ph, u.h
    FROM unnest(
        %b::bigint[], %b::uuid[], %b::text[], %b::int[], %b::text[], %b::int[],
        %b::text[], %b::text[], %b::text[], %b::text[], %b::text[]
    ) AS u(p, e, s, v, t, sv, d, m, k, ph, h)
    RETURNING position
)
SELECT pg_notify('{NOTIFY_CHANNEL}', max(position)::text) FROM inserted
"""


_INSERT_ONE_AND_NOTIFY = f"""
WITH inserted AS (
    INSERT INTO events ({COLUMNS})
    VALUES (%s, %s, %s, %s, %s, %s, %s::json, %s::json, %s, %s, %s, %s)
    RETURNING position
)
SELECT pg_notify('{NOTIFY_CHANNEL}', max(position)::text) FROM inserted
"""


_LOCKED: list[tuple[str, Sequence[Any]]] = [
    # READ COMMITTED whatever the session default: the statements after the lock
    # take their snapshots once it is granted, not when the transaction began.
    ("BEGIN ISOLATION LEVEL READ COMMITTED", ()),
    (f"SELECT pg_advisory_xact_lock({APPEND_LOCK_KEY})", ()),
]

_APPEND_ONE = (
    "SELECT events_append_one(%s::bigint, %s::uuid, %s::text, %s::int, %s::text, %s::int,"
    " %s::json, %s::json, %s::timestamptz, %s::text, %s::text, %s::text)"
)


def _many(conn: Any, queries: list[tuple[str, Sequence[Any]]]) -> list[list[Any]]:
    """Runs the statements in one message; returns each one's rows."""
    cursor = ClientCursor(conn)
    cursor.execute(";".join(sql for sql, _ in queries), [p for _, ps in queries for p in ps])
    results = [cursor.fetchall() if cursor.description else []]
    while cursor.nextset():
        results.append(cursor.fetchall() if cursor.description else [])
    return results


def _idle(conn: Any) -> None:
    """A pooled connection may come back mid-transaction (e.g. after a pre-ping)."""
    if conn.info.transaction_status != TransactionStatus.IDLE:
        conn.rollback()


@contextmanager
def _autocommit(conn: Any) -> Iterator[None]:
    # A lone SELECT is its own snapshot: no BEGIN/ROLLBACK round trips around it.
    _idle(conn)
    conn.autocommit = True
    try:
        yield
    finally:
        conn.autocommit = False

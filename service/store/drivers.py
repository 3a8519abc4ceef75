"""The log's statements on each back-end's own driver (sqlite3, psycopg 3).

The hot paths skip SQLAlchemy's statement layer: one append is a handful of
statements, and on PostgreSQL they travel several to a message, so an append
costs two round trips (lock + state, then insert + notify + commit; three for a
batch, whose rows go in binary arrays).
Rows are written in exactly the form SQLAlchemy's types use for the `events`
table (UUID hex and ISO timestamps on SQLite), so Core queries read them too.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from json.scanner import c_make_scanner  # type: ignore[attr-defined]
from typing import Any

from psycopg import ClientCursor
from psycopg.pq import TransactionStatus

from service.store.appending import AppendPlan, Pending
from service.store.chain import GENESIS_HASH
from service.store.events import StoredEvent, build_stored_event

COLUMNS = (
    "position, event_id, stream, stream_version, type, schema_version, data, metadata, "
    "recorded_at, idempotency_key, prev_hash, hash"
)
NOTIFY_CHANNEL = "milestone_events"
# Any constant shared by every writer; spells "mile" so it is findable in pg_locks.
APPEND_LOCK_KEY = 0x6D696C65
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
_scan = c_make_scanner(json.JSONDecoder())


def _loads(text: str) -> Any:
    """json.loads minus its whitespace handling: the log writes canonical JSON."""
    try:
        return _scan(text, 0)[0]
    except StopIteration:  # not canonical (written by hand?): the full parser explains
        return json.loads(text)


State = tuple[tuple[int, str], dict[str, int], dict[str, StoredEvent]]
Planner = Callable[[State], AppendPlan]


class Driver:
    """Statements shared by both back-ends; subclasses supply placeholders and codecs."""

    mark = "?"

    def select(self, where: str, order: str = "position", limit: bool = False) -> str:
        tail = f" LIMIT {self.mark}" if limit else ""
        return f"SELECT {COLUMNS} FROM events WHERE {where} ORDER BY {order}{tail}"

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} IN ({','.join(self.mark * len(values))})", list(values)

    def decode(self, row: Sequence[Any]) -> StoredEvent:
        raise NotImplementedError

    def encode(self, pending: Pending, recorded_at: Any) -> tuple[Any, ...]:
        e = pending.event
        return (
            e.position,
            self.key(e.event_id),
            e.stream,
            e.stream_version,
            e.type,
            e.schema_version,
            pending.data_json,
            pending.metadata_json,
            recorded_at,
            e.idempotency_key,
            e.prev_hash,
            e.hash,
        )

    def encode_all(self, new: list[Pending]) -> list[tuple[Any, ...]]:
        # Every event of one append shares its transaction's timestamp.
        recorded_at = self.time(new[0].event.recorded_at)
        return [self.encode(pending, recorded_at) for pending in new]

    def time(self, moment: datetime) -> Any:
        return moment

    def key(self, event_id: uuid.UUID) -> Any:
        return event_id

    def state_queries(self, streams: list[str], keys: list[str]) -> list[tuple[str, Sequence[Any]]]:
        """The last (position, hash) with each stream's version, then any known keys.

        One statement for the usual single-stream append: the stream's version
        rides along as a scalar subquery on the head row.
        """
        where, params = self.in_list("stream", streams)
        version = f"SELECT max(stream_version) FROM events WHERE {where}"
        if len(streams) != 1:
            version = "NULL"
            params = []
        head = f"SELECT position, hash, ({version}) FROM events ORDER BY position DESC LIMIT 1"
        queries: list[tuple[str, Sequence[Any]]] = [(head, params)]
        if len(streams) != 1:
            where, params = self.in_list("stream", streams)
            grouped = (
                f"SELECT stream, max(stream_version) FROM events WHERE {where} GROUP BY stream"
            )
            queries.append((grouped, params))
        if keys:
            where, params = self.in_list("idempotency_key", keys)
            queries.append((self.select(where), params))
        return queries

    def state(self, streams: list[str], keys: list[str], results: list[list[Any]]) -> State:
        head_rows, *rest = results
        if not head_rows:  # an empty log: no versions, no keys
            return (0, GENESIS_HASH), {}, {}
        position, last_hash, version = head_rows[0]
        versions = {streams[0]: version} if version else {}
        if len(streams) != 1:
            versions = {stream: version for stream, version in rest.pop(0)}
        known = [self.decode(row) for row in (rest[0] if keys else [])]
        return (position, last_hash), versions, {str(e.idempotency_key): e for e in known}

    @property
    def insert(self) -> str:
        return f"INSERT INTO events ({COLUMNS}) VALUES ({','.join(self.mark * 12)})"


class SqliteDriver(Driver):
    def __init__(self) -> None:
        # Events appended together share one timestamp: parse each text once.
        self._last_time: tuple[str, datetime] = ("", datetime.min)

    def decode(self, row: Sequence[Any]) -> StoredEvent:
        p, i, s, v, t, sv, data, meta, at, key, prev, h = row
        last_text, moment = self._last_time
        if at != last_text:
            moment = datetime.fromisoformat(at).replace(tzinfo=UTC)
            self._last_time = (at, moment)
        return build_stored_event(
            (p, uuid.UUID(i), s, v, t, sv, _loads(data), _loads(meta), moment, key, prev, h)
        )

    def key(self, event_id: uuid.UUID) -> Any:
        return event_id.hex

    def time(self, moment: datetime) -> Any:
        return moment.strftime(_SQLITE_TIME)

    def append(self, conn: Any, streams: list[str], keys: list[str], plan: Planner) -> AppendPlan:
        conn.execute("BEGIN IMMEDIATE")  # the write lock: appends are serialized
        try:
            results = [
                conn.execute(sql, params).fetchall()
                for sql, params in self.state_queries(streams, keys)
            ]
            decided = plan(self.state(streams, keys, results))
            if decided.new:
                conn.executemany(self.insert, self.encode_all(decided.new))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return decided

    def query(self, conn: Any, sql: str, params: Sequence[Any]) -> list[StoredEvent]:
        return [self.decode(row) for row in conn.execute(sql, params).fetchall()]

    @contextmanager
    def stream(self, conn: Any, sql: str, params: Sequence[Any], size: int) -> Iterator[Any]:
        cursor = conn.execute(sql, params)
        try:
            yield cursor
        finally:
            cursor.close()


class PostgresDriver(Driver):
    mark = "%s"

    def select(self, where: str, order: str = "position", limit: bool = False) -> str:
        # JSONB as text, parsed here: psycopg's loader would re-detect the encoding
        # of every value; the text parse is the cheaper half of reading.
        columns = COLUMNS.replace("data, metadata", "data::text, metadata::text")
        tail = " LIMIT %s" if limit else ""
        return f"SELECT {columns} FROM events WHERE {where} ORDER BY {order}{tail}"

    def decode(self, row: Sequence[Any]) -> StoredEvent:
        p, i, s, v, t, sv, data, meta, at, key, prev, h = row
        if at.tzinfo is not UTC:  # a session outside make_engine's UTC default
            at = at.astimezone(UTC)
        return build_stored_event((p, i, s, v, t, sv, _loads(data), _loads(meta), at, key, prev, h))

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} = ANY(%s)", [list(values)]

    def append(self, conn: Any, streams: list[str], keys: list[str], plan: Planner) -> AppendPlan:
        """Two round trips for one event, three for a batch; no pipeline mode.

        Statements go several to a message (simple protocol, client-side binding)
        where their parameters are small. psycopg's pipeline mode would save the
        COMMIT's round trip for batches but polls the socket while it waits,
        taking CPU from the server on a small machine.
        """
        _idle(conn)
        conn.autocommit = True  # BEGIN and COMMIT are ours to send
        try:
            return self._append(conn, streams, keys, plan)
        except BaseException:
            if conn.info.transaction_status != TransactionStatus.IDLE and not conn.closed:
                conn.execute("ROLLBACK")
            raise
        finally:
            if not conn.closed:
                conn.autocommit = False

    def _append(self, conn: Any, streams: list[str], keys: list[str], plan: Planner) -> AppendPlan:
        queries: list[tuple[str, Sequence[Any]]] = [
            ("BEGIN", ()),
            (f"SELECT pg_advisory_xact_lock({APPEND_LOCK_KEY})", ()),
        ]
        queries += self.state_queries(streams, keys)
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

    def query(self, conn: Any, sql: str, params: Sequence[Any]) -> list[StoredEvent]:
        with _autocommit(conn):
            rows = conn.execute(sql, params).fetchall()
        return [self.decode(row) for row in rows]

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
    SELECT u.p, u.e, u.s, u.v, u.t, u.sv, u.d::jsonb, u.m::jsonb, %b, u.k, u.ph, u.h
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
    VALUES (%s, %s, %s, %s, %s, %s, %s::jsonb, %s::jsonb, %s, %s, %s, %s)
    RETURNING position
)
SELECT pg_notify('{NOTIFY_CHANNEL}', max(position)::text) FROM inserted
"""


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

"""The event log's statements on sqlite3 (the shared parts are in `drivers`).

One driver per connection pool (see `sqlite_driver`), so what it remembers
outlives the many short-lived EventStore(engine) objects services create:

- the connections it keeps (`KeptConnections`): a checkout from SQLAlchemy's
  pool and its reset on return cost more than the rest of a one-event append;
- the head (position, hash) and stream versions last written through it, from
  which a one-event append is planned and written in one INSERT that the
  database refuses if they no longer hold (`_append_guessed`), as PostgreSQL's
  `events_append_one` does.
"""

from __future__ import annotations

import sqlite3
import uuid
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.pool import Pool, QueuePool

from service.store.appending import AppendPlan
from service.store.checkpoints import Checkpointer, checkpointer, file_database
from service.store.connections import KeptConnections
from service.store.drivers import COLUMNS, Driver, Planner, loads
from service.store.events import StoredEvent, stored_event
from service.store.hints import AppendHints

_TIME = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's DateTime text on SQLite
_new = object.__new__
_set = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown  # (an enum member lookup costs a descriptor call)
# The view whose INSTEAD OF trigger (migration 0001) inserts a row only if it
# continues the log and its stream: a one-event append in one checked statement.
_APPEND_ONE = f"INSERT INTO events_append_one ({COLUMNS}) VALUES ({', '.join('?' * 12)})"


def _uuid(hex32: str) -> uuid.UUID:
    """uuid.UUID(hex) minus its parsing of URN/brace/dash forms: SQLite holds 32 hex digits."""
    if len(hex32) != 32:
        return uuid.UUID(hex32)
    value: uuid.UUID = _new(uuid.UUID)
    _set(value, "int", int(hex32, 16))
    _set(value, "is_safe", _UNKNOWN)
    return value


class SqliteDriver(Driver):
    hex_ids = True

    def __init__(
        self, keep_connections: bool = True, checkpoints: Checkpointer | None = None
    ) -> None:
        # Events appended together share one timestamp: parse each text once.
        self._last_time: tuple[str, datetime] = ("", datetime.min)
        self._kept = KeptConnections() if keep_connections else None
        self._checkpoints = checkpoints
        self._hints = AppendHints()
        self._guessing: bool | None = None  # None: trigger not looked for yet

    @property
    def kept(self) -> KeptConnections | None:
        """None where the pool's own connections must be used (e.g. ":memory:")."""
        return self._kept

    def decode(self, row: Sequence[Any]) -> StoredEvent:
        p, i, s, v, t, sv, data, meta, at, key, prev, h = row
        last_text, moment = self._last_time
        if at != last_text:
            moment = datetime.fromisoformat(at).replace(tzinfo=UTC)
            self._last_time = (at, moment)
        return stored_event(
            p, _uuid(i), s, v, t, sv, loads(data), loads(meta), moment, key, prev, h
        )

    def key(self, event_id: uuid.UUID) -> Any:
        return event_id.hex

    def time(self, moment: datetime) -> Any:
        if moment.year < 1000:  # strftime does not pad the year to four digits
            return moment.strftime(_TIME)
        return moment.isoformat(" ", "microseconds")[:26]  # a third of strftime's cost

    def append(
        self, conn: Any, streams: list[str], keys: list[str], plan: Planner, count: int
    ) -> AppendPlan:
        decided = self._append_guessed(conn, streams, plan) if count == 1 else None
        if decided is None:
            decided = self._append(conn, streams, keys, plan)
        self._hints.remember(decided)
        if decided.new and self._checkpoints is not None:
            self._checkpoints.nudge()
        return decided

    def _append(self, conn: Any, streams: list[str], keys: list[str], plan: Planner) -> AppendPlan:
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

    def _append_guessed(self, conn: Any, streams: list[str], plan: Planner) -> AppendPlan | None:
        """One INSERT in autocommit, planned from the hints; None if they no longer hold.

        The INSERT takes the write lock as it starts. The unique constraints
        refuse a position, stream version or idempotency key already taken, and
        the view's trigger a row that would not continue the log or the stream
        (a log cut back behind the hints); either way nothing is written.
        """
        if self._hints.head is None or not self._can_guess(conn):
            return None
        decided = self._hints.plan_one(streams[0], plan)
        if decided is None:
            return None
        [pending] = decided.new
        try:
            conn.execute(_APPEND_ONE, self.encode(pending, self.time(pending.event.recorded_at)))
        except sqlite3.IntegrityError:  # a stale hint, or a duplicate the planned path explains
            return None
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            self._guessing = False  # the view was dropped since it was looked for
            return None
        return decided

    def _can_guess(self, conn: Any) -> bool:
        """Only where the view exists (a database migrated before it had none)."""
        if self._guessing is None:
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'events_append_one'"
            ).fetchall()
            self._guessing = bool(found)
        return self._guessing

    def rows(self, conn: Any, sql: str, params: Sequence[Any]) -> list[Any]:
        return list(conn.execute(sql, params).fetchall())

    @contextmanager
    def stream(self, conn: Any, sql: str, params: Sequence[Any], size: int) -> Iterator[Any]:
        cursor = conn.execute(sql, params)
        try:
            yield cursor
        finally:
            cursor.close()


_DRIVERS: weakref.WeakKeyDictionary[Pool, SqliteDriver] = weakref.WeakKeyDictionary()


def sqlite_driver(engine: Engine) -> SqliteDriver:
    """The driver of `engine`'s pool, shared by engines made from it (`read_only`).

    Only a file database's QueuePool is bypassed: a ":memory:" database lives in
    its pool's one connection per thread.
    """
    pool = engine.pool
    driver = _DRIVERS.get(pool)
    if driver is None:
        path = file_database(engine.url.database)
        driver = _DRIVERS[pool] = SqliteDriver(
            keep_connections=isinstance(pool, QueuePool),
            checkpoints=checkpointer(path) if path is not None else None,
        )
    return driver

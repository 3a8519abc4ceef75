"""The event log's statements on sqlite3 (the shared parts are in `drivers`)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from service.store.appending import AppendPlan
from service.store.drivers import Driver, Planner, loads
from service.store.events import StoredEvent, stored_event

_TIME = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's DateTime text on SQLite
_new = object.__new__
_set = object.__setattr__


def _uuid(hex32: str) -> uuid.UUID:
    """uuid.UUID(hex) minus its parsing of URN/brace/dash forms: SQLite holds 32 hex digits."""
    if len(hex32) != 32:
        return uuid.UUID(hex32)
    value: uuid.UUID = _new(uuid.UUID)
    _set(value, "int", int(hex32, 16))
    _set(value, "is_safe", uuid.SafeUUID.unknown)
    return value


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
        return stored_event(
            p, _uuid(i), s, v, t, sv, loads(data), loads(meta), moment, key, prev, h
        )

    def key(self, event_id: uuid.UUID) -> Any:
        return event_id.hex

    def time(self, moment: datetime) -> Any:
        return moment.strftime(_TIME)

    def append(
        self, conn: Any, streams: list[str], keys: list[str], plan: Planner, count: int
    ) -> AppendPlan:
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

    def rows(self, conn: Any, sql: str, params: Sequence[Any]) -> list[Any]:
        return list(conn.execute(sql, params).fetchall())

    @contextmanager
    def stream(self, conn: Any, sql: str, params: Sequence[Any], size: int) -> Iterator[Any]:
        cursor = conn.execute(sql, params)
        try:
            yield cursor
        finally:
            cursor.close()

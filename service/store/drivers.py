"""The log's statements on each back-end's own driver (sqlite3, psycopg 3).

The hot paths skip SQLAlchemy's statement layer: one append is a handful of
statements, and on PostgreSQL they travel several to a message. A one-event
append there is one round trip (`events_append_one`, planned from what the store
last saw and re-checked under the lock), else two (lock + state, then insert +
notify + commit; three for a batch, whose rows go in binary arrays). SQLite
appends one event the same way, in one checked INSERT (see `sqlite`).
Rows are written in exactly the form SQLAlchemy's types use for the `events`
table (UUID hex and ISO timestamps on SQLite), so Core queries read them too.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from json.scanner import c_make_scanner  # type: ignore[attr-defined]
from typing import Any

import orjson

from service.store.appending import AppendPlan, Pending
from service.store.chain import GENESIS_HASH
from service.store.events import StoredEvent

COLUMNS = (
    "position, event_id, stream, stream_version, type, schema_version, data, metadata, "
    "recorded_at, idempotency_key, prev_hash, hash"
)
NOTIFY_CHANNEL = "milestone_events"
# Any constant shared by every writer; spells "mile" so it is findable in pg_locks.
APPEND_LOCK_KEY = 0x6D696C65
_scan = c_make_scanner(json.JSONDecoder())
_orjson_loads = orjson.loads
# orjson reads an integer beyond 64 bits as a float; json keeps it an int. Such
# an integer is a run of 19 or more digits: every digit maps to 0 to find one.
_ZEROED_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19


def loads(text: str) -> Any:
    """json.loads, by orjson where it is sure to give the same value (tests pin it)."""
    try:
        raw = text.encode()
        if len(raw) < 19 or raw.translate(_ZEROED_DIGITS).find(_LONG_RUN) < 0:  # (`in` is slower)
            return _orjson_loads(raw)
    except (UnicodeEncodeError, orjson.JSONDecodeError):  # NaN, 1e400, a lone surrogate...
        pass
    try:
        return _scan(text, 0)[0]  # json.loads minus its whitespace handling
    except StopIteration:  # not canonical (written by hand?): the full parser explains
        return json.loads(text)


State = tuple[tuple[int, str], dict[str, int], dict[str, StoredEvent]]
Planner = Callable[[State], AppendPlan]


class Driver:
    """Statements shared by both back-ends; subclasses supply placeholders and codecs."""

    mark = "?"
    hex_ids = False  # event_id column: 32 hex digits (SQLite) or the UUID itself

    def select(self, where: str, order: str = "position", limit: bool = False) -> str:
        tail = f" LIMIT {self.mark}" if limit else ""
        return f"SELECT {COLUMNS} FROM events WHERE {where} ORDER BY {order}{tail}"

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} IN ({','.join(self.mark * len(values))})", list(values)

    def decode(self, row: Sequence[Any]) -> StoredEvent:
        raise NotImplementedError

    def rows(self, conn: Any, sql: str, params: Sequence[Any]) -> list[Any]:
        """One SELECT's rows, outside any explicit transaction."""
        raise NotImplementedError

    def encode(self, pending: Pending, recorded_at: Any) -> tuple[Any, ...]:
        e = pending.event
        return (
            e.position,
            pending.event_hex if self.hex_ids else e.event_id,
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

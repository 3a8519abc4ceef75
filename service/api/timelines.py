"""The current-timeline read: the stored document of a live drug in one indexed statement.

This is the API's hottest read, so it skips what it does not need. SQLAlchemy's
Connection (checkout, autobegin, result processing) and the pool's checkout and
return cost several times the statement itself, so the statement is compiled once for
the engine's dialect and run on one driver connection the reader holds from the pool.
A single SELECT sees one consistent snapshot on both back-ends: no transaction is
opened (on PostgreSQL the held connection is autocommit, which saves psycopg's BEGIN
and the ROLLBACK after it). The stored JSON (aliases, status, rendered items) is
spliced into the response as text, never decoded and re-encoded.

Freshness: every read goes to the database, so a change is served as soon as the
projector has committed it. Nothing is cached between requests.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, PoolProxiedConnection, Text, bindparam, cast, select

from service.projections.tables import drugs

_merged_in = drugs.alias("merged_in")
# The live row, its stored JSON as text (PostgreSQL's driver would parse a json
# column), and one row per record merged into it (usually none: the outer join then
# yields the one row).
_DOCUMENT = (
    select(
        drugs.c.slug,
        drugs.c.canonical,
        drugs.c.company,
        drugs.c.merged_into,
        drugs.c.last_position,
        cast(drugs.c.aliases, Text),
        cast(drugs.c.status, Text),
        drugs.c.timeline,
        _merged_in.c.slug,
    )
    .select_from(drugs.outerjoin(_merged_in, _merged_in.c.merged_into == drugs.c.slug))
    .where(drugs.c.slug == bindparam("slug"))
)


class _Gone(Exception):
    """The held connection was lost (a server restart, an idle timeout)."""


@dataclass(frozen=True)
class TimelineDocument:
    """A live drug's timeline response as JSON text, and the position it reflects."""

    slug: str
    last_position: int
    body: str


class TimelineReader:
    """Reads timeline documents on one held driver connection, one statement at a time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        compiled = _DOCUMENT.compile(dialect=engine.dialect)
        self.sql = str(compiled)
        self.positional = compiled.positiontup is not None  # qmark (SQLite) or named
        self.autocommit = engine.dialect.name == "postgresql"
        self.held: PoolProxiedConnection | None = None
        self.lock = threading.Lock()  # the event loop reads; a stray thread must wait

    def read(self, slug: str) -> TimelineDocument | None:
        """None for an unknown or merged slug: resolve it, then read the live one."""
        params: Any = (slug,) if self.positional else {"slug": slug}
        with self.lock:
            try:
                rows = self._fetch(params)
            except _Gone:
                rows = self._fetch(params)  # the server dropped the held connection: once more
        return document(rows)

    def _fetch(self, params: Any) -> list[Any]:
        conn = self.held or self._hold()
        try:
            cursor = conn.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(self.sql, params)
                return list(cursor.fetchall())
            finally:
                cursor.close()
        except Exception as exc:
            # Whatever went wrong, go on with a new connection rather than one in an
            # unknown state; only a lost connection is worth a second try.
            dialect = self.engine.dialect
            gone = isinstance(exc, dialect.loaded_dbapi.Error) and dialect.is_disconnect(
                exc, conn.dbapi_connection, None
            )
            self.held = None
            conn.invalidate()
            conn.close()
            if gone:
                raise _Gone from exc
            raise

    def _hold(self) -> PoolProxiedConnection:
        conn = self.engine.raw_connection()
        if self.autocommit:
            conn.dbapi_connection.autocommit = True  # type: ignore[union-attr]
        self.held = conn
        return conn

    def release(self) -> None:
        """Give the held connection back (at shutdown), transactional as the pool expects."""
        with self.lock:
            conn, self.held = self.held, None
            if conn is None:
                return
            if self.autocommit:
                conn.dbapi_connection.autocommit = False  # type: ignore[union-attr]
            conn.close()


def document(rows: list[Any]) -> TimelineDocument | None:
    if not rows or rows[0][3] is not None:
        return None
    live, name, company, _, last, aliases, status, items, _ = rows[0]
    merged = sorted(row[8] for row in rows if row[8] is not None)
    drug = (
        f'{{"slug": {json.dumps(live)}, "name": {json.dumps(name)}, "aliases": {aliases}, '
        f'"company": {json.dumps(company)}, "merged": {json.dumps(merged)}, "status": {status}}}'
    )
    items = items or "[]"
    body = f'{{"drug": {drug}, "as_of": null, "position": {last}, "items": {items}, "next": null}}'
    return TimelineDocument(live, int(last), body)

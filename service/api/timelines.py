"""The current-timeline read: the stored document of a live drug in one indexed statement.

This is the API's hottest read, so it skips what it does not need. SQLAlchemy's
Connection (checkout, autobegin, result processing) and the pool's checkout and
return cost several times the statement itself, so the statement is compiled once for
the engine's dialect and run on a driver connection the reading thread holds from the
pool.
A single SELECT sees one consistent snapshot on both back-ends: no transaction is
opened (on PostgreSQL the held connections are autocommit, which saves psycopg's
BEGIN and the ROLLBACK after it). The stored JSON (aliases, status, rendered items) is
spliced into the response as text, never decoded and re-encoded.

Freshness: every read goes to the database, so a change is served as soon as the
projector has committed it. Nothing is cached between requests.
"""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor
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


READ_THREADS = 4


class TimelineReader:
    """Reads timeline documents on a few threads of its own, each holding one connection.

    Reads run off the event loop, so a slow statement (a busy or distant server)
    delays only the requests queued behind it, never every request the server holds.
    The threads are few and the reader's own rather than the shared thread pool's: few
    threads contend less for the GIL, and each keeps its connection between reads.
    """

    def __init__(self, engine: Engine, threads: int = READ_THREADS) -> None:
        self.engine = engine
        compiled = _DOCUMENT.compile(dialect=engine.dialect)
        self.sql = str(compiled)
        self.positional = compiled.positiontup is not None  # qmark (SQLite) or named
        self.autocommit = engine.dialect.name == "postgresql"
        self.threads = threads
        self.executor: ThreadPoolExecutor | None = None
        self.local = threading.local()  # each thread's held connection
        self.held: list[PoolProxiedConnection] = []  # every thread's, for release()
        self.guard = threading.Lock()

    async def read(self, slug: str) -> TimelineDocument | None:
        """None for an unknown or merged slug: resolve it, then read the live one."""
        with self.guard:
            if self.executor is None:
                self.executor = ThreadPoolExecutor(self.threads, "timeline-read")
            executor = self.executor
        return await asyncio.get_running_loop().run_in_executor(executor, self.read_now, slug)

    def read_now(self, slug: str) -> TimelineDocument | None:
        """The same read on the calling thread (with a connection of that thread's own)."""
        params: Any = (slug,) if self.positional else {"slug": slug}
        try:
            rows = self._fetch(params)
        except _Gone:
            rows = self._fetch(params)  # the server dropped the held connection: once more
        return document(rows)

    def _fetch(self, params: Any) -> list[Any]:
        conn: PoolProxiedConnection = getattr(self.local, "conn", None) or self._hold()
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
            self._drop(conn)
            if gone:
                raise _Gone from exc
            raise

    def _hold(self) -> PoolProxiedConnection:
        conn = self.engine.raw_connection()
        if self.autocommit:
            conn.dbapi_connection.autocommit = True  # type: ignore[union-attr]
        self.local.conn = conn
        with self.guard:
            self.held.append(conn)
        return conn

    def _drop(self, conn: PoolProxiedConnection) -> None:
        self.local.conn = None
        with self.guard:
            self.held.remove(conn)
        conn.invalidate()
        conn.close()

    def release(self) -> None:
        """At shutdown: stop the threads, give the connections back as the pool expects."""
        with self.guard:
            executor, self.executor = self.executor, None
        if executor is not None:
            executor.shutdown(wait=True)
        with self.guard:
            held, self.held = self.held, []
        for conn in held:
            try:
                if self.autocommit:
                    conn.dbapi_connection.autocommit = False  # type: ignore[union-attr]
            except self.engine.dialect.loaded_dbapi.Error:
                conn.invalidate()  # lost meanwhile: the pool must not get it back
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

"""The current-timeline read: the stored document of a live drug, by indexed statements.

This is the API's hottest read, so it skips what it does not need. SQLAlchemy's
Connection (checkout, autobegin, result processing) and the pool's checkout and
return cost several times the statement itself, so the statement is compiled once per
batch size for the engine's dialect and run on a driver connection the reading thread
holds from the pool.
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
import os
import queue
import threading
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, PoolProxiedConnection, String, Text, bindparam, cast, select

from service.projections.tables import drugs

_merged_in = drugs.alias("merged_in")
# The live row, its stored JSON as text (PostgreSQL's driver would parse a json
# column), and one row per record merged into it (usually none: the outer join then
# yields the one row).
_DOCUMENT = select(
    drugs.c.slug,
    drugs.c.canonical,
    drugs.c.company,
    drugs.c.merged_into,
    drugs.c.last_position,
    cast(drugs.c.aliases, Text),
    cast(drugs.c.status, Text),
    drugs.c.timeline,
    _merged_in.c.slug,
).select_from(
    drugs.outerjoin(_merged_in, _merged_in.c.merged_into == drugs.c.slug)
)  # WHERE drugs.slug IN (...): one statement per batch size (see TimelineReader)


class _Gone(Exception):
    """The held connection was lost (a server restart, an idle timeout)."""


@dataclass(frozen=True)
class TimelineDocument:
    """A live drug's timeline response as JSON text, and the position it reflects."""

    slug: str
    last_position: int
    body: str


# A request waiting for its read: the slug and the future its handler awaits.
_Waiting = tuple[str, "asyncio.Future[TimelineDocument | None]"]
# One reader thread per core, two to four: the threads mostly wait on the database, and
# requests that queue meanwhile are read in one batch, so threads beyond the cores only
# contend for the GIL (on two cores, two threads served the timeline benchmark 60% of the
# bare endpoint's rate on PostgreSQL where four served 53%, and 80% against 68% on SQLite).
READ_THREADS = max(2, min(4, os.cpu_count() or 2))
MAX_BATCH = 16  # slugs read in one statement


class TimelineReader:
    """Reads timeline documents on a few threads of its own, each holding one connection.

    Reads run off the event loop, so a slow statement (a busy or distant server)
    delays only the requests queued behind it, never every request the server holds.
    The threads are few and the reader's own rather than the shared thread pool's: few
    threads contend less for the GIL, and each keeps its connection between reads.

    Requests that arrive while the threads are busy are read together: a thread takes
    every slug waiting (up to MAX_BATCH) into one statement and hands the answers back
    to the event loop in one wake-up. Under load that spares most of the per-read cost
    (a thread hand-off each way, the driver's execute, a round trip to the server); an
    idle server still reads each request on its own, at once.
    """

    def __init__(self, engine: Engine, threads: int = READ_THREADS) -> None:
        self.engine = engine
        self.dialect = engine.dialect
        self.statements: dict[int, tuple[str, bool]] = {}  # per batch size: SQL, positional
        self.autocommit = engine.dialect.name == "postgresql"
        self.threads = threads
        self.workers: list[threading.Thread] = []
        self.waiting: queue.SimpleQueue[_Waiting | None] = queue.SimpleQueue()
        self.local = threading.local()  # each thread's held connection
        self.held: list[PoolProxiedConnection] = []  # every thread's, for release()
        self.guard = threading.Lock()

    async def read(self, slug: str) -> TimelineDocument | None:
        """None for an unknown or merged slug: resolve it, then read the live one."""
        if not self.workers:
            self._start()
        future: asyncio.Future[TimelineDocument | None] = asyncio.get_running_loop().create_future()
        self.waiting.put((slug, future))
        return await future

    def read_now(self, slug: str) -> TimelineDocument | None:
        """The same read on the calling thread (with a connection of that thread's own)."""
        return self.read_many([slug]).get(slug)

    def read_many(self, slugs: list[str]) -> dict[str, TimelineDocument | None]:
        """Each slug's document (None if unknown or merged), in one statement."""
        sql, positional = self._statement(len(slugs))
        params: Any = tuple(slugs) if positional else {f"s{i}": s for i, s in enumerate(slugs)}
        try:
            rows = self._fetch(sql, params)
        except _Gone:
            rows = self._fetch(sql, params)  # the server dropped the held connection: once more
        grouped: dict[str, list[Any]] = {slug: [] for slug in slugs}
        for row in rows:
            grouped[row[0]].append(row)
        return {slug: document(found) for slug, found in grouped.items()}

    def _statement(self, size: int) -> tuple[str, bool]:
        found = self.statements.get(size)
        if found is None:
            marks = [bindparam(f"s{i}", type_=String) for i in range(size)]
            compiled = _DOCUMENT.where(drugs.c.slug.in_(marks)).compile(dialect=self.dialect)
            found = self.statements[size] = (str(compiled), compiled.positiontup is not None)
        return found

    def _start(self) -> None:
        with self.guard:
            if self.workers:
                return
            self.workers = [
                threading.Thread(target=self._serve, name=f"timeline-read-{n}", daemon=True)
                for n in range(self.threads)
            ]
            for worker in self.workers:
                worker.start()

    def _serve(self) -> None:
        """A reader thread: take what is waiting, read it, settle it, until told to stop."""
        while (first := self.waiting.get()) is not None:
            batch, stop = [first], False
            while len(batch) < MAX_BATCH and not self.waiting.empty():
                item = self.waiting.get()
                if item is None:
                    stop = True  # this thread's stop: serve what it took, then end
                    break
                batch.append(item)
            self._answer(batch)
            if stop:
                return

    def _answer(self, batch: list[_Waiting]) -> None:
        found: dict[str, TimelineDocument | None] = {}
        error: BaseException | None = None
        try:
            found = self.read_many(list(dict.fromkeys(slug for slug, _ in batch)))
        except Exception as exc:  # each waiting request gets it, as a single read would
            error = exc
        loops: dict[asyncio.AbstractEventLoop, list[_Waiting]] = {}
        for item in batch:
            loops.setdefault(item[1].get_loop(), []).append(item)
        for loop, items in loops.items():
            with suppress(RuntimeError):  # that loop closed: nobody is waiting any more
                loop.call_soon_threadsafe(_settle, items, found, error)

    def _fetch(self, sql: str, params: Any) -> list[Any]:
        conn: PoolProxiedConnection = getattr(self.local, "conn", None) or self._hold()
        try:
            cursor = conn.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(sql, params)
                return list(cursor.fetchall())
            finally:
                cursor.close()
        except Exception as exc:
            # Whatever went wrong, go on with a new connection rather than one in an
            # unknown state; only a lost connection is worth a second try.
            dialect = self.dialect
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
            workers, self.workers = self.workers, []
        for _ in workers:
            self.waiting.put(None)
        for worker in workers:
            worker.join()
        with self.guard:
            held, self.held = self.held, []
        for conn in held:
            try:
                if self.autocommit:
                    conn.dbapi_connection.autocommit = False  # type: ignore[union-attr]
            except self.dialect.loaded_dbapi.Error:
                conn.invalidate()  # lost meanwhile: the pool must not get it back
            conn.close()


def _settle(
    items: list[_Waiting],
    found: dict[str, TimelineDocument | None],
    error: BaseException | None,
) -> None:
    """On the event loop: answer each waiting request (one gone meanwhile is skipped)."""
    for slug, future in items:
        if future.done():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(found.get(slug))


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

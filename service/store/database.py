"""Engines for the two supported back-ends, configured the same way everywhere."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError

from service.store.checkpoints import checkpointer, file_database, set_backstop


def normalise_url(url: str | URL) -> URL:
    """`postgresql://` means psycopg 3 here, never psycopg2."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside the single writer; busy_timeout makes
    # concurrent writers wait instead of failing with "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
    set_backstop(dbapi_connection)  # checkpoints run on their own thread (`checkpoints`)
    # Let SQLAlchemy's begin() issue BEGIN itself (pysqlite's implicit
    # transactions would otherwise defer the write lock).
    dbapi_connection.isolation_level = None


def _begin_sqlite(conn: Any) -> None:
    # Readers may ask for a deferred BEGIN (`sqlite_read_only` execution option)
    # so that a long scan never holds the write lock.
    deferred = conn.get_execution_options().get("sqlite_read_only", False)
    conn.exec_driver_sql("BEGIN DEFERRED" if deferred else "BEGIN IMMEDIATE")


def _after_commit(nudge: Callable[[], None]) -> Callable[[Connection], None]:
    """Wake the checkpoint thread after a commit that may have written (not after reads)."""

    def committed(conn: Connection) -> None:
        if not conn.get_execution_options().get("sqlite_read_only", False):
            nudge()

    return committed


def read_only(engine: Engine) -> Engine:
    """The same engine, but on SQLite its transactions take no write lock."""
    return engine.execution_options(sqlite_read_only=True)


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        path = file_database(database)
        if path is not None:
            event.listen(engine, "commit", _after_commit(checkpointer(path).nudge))
        return engine
    # Every timestamp the service handles is UTC; a UTC session makes the driver
    # hand back datetimes in UTC instead of the server's zone.
    connect_args = kwargs.setdefault("connect_args", {})
    connect_args.setdefault("options", "-c timezone=UTC")
    if kwargs.pop("pool_pre_ping", True):
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "checkin", _note_checkin)
        event.listen(engine, "checkout", _ping_if_idle)
        return engine
    return create_engine(parsed, **kwargs)


# SQLAlchemy's pre-ping costs two round trips on every checkout (psycopg opens a
# transaction for it) and leaves that transaction open. Ping only connections
# that sat idle long enough for the server to have gone away, and close the
# transaction the ping opened.
IDLE_BEFORE_PING = 5.0


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["checked_in_at"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    idle_since = record.info.get("checked_in_at")
    if idle_since is None or time.monotonic() - idle_since < IDLE_BEFORE_PING:
        return
    try:
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT 1")
        cursor.close()
        dbapi_connection.rollback()
    except Exception as exc:  # any driver error means the connection is gone
        raise DisconnectionError(f"pooled connection failed its ping: {exc}") from exc

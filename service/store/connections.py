"""SQLite connections the event store keeps for itself, outside SQLAlchemy's pool.

A checkout from the pool and its reset on return cost more than the rest of a
one-event append. The store takes connections from the engine's pool once,
configured by its connect events (WAL, busy_timeout, autocommit), detaches them
and keeps them on a free list: a connection is only ever used by one thread at
a time, and never by a forked child (the list starts empty in a new process).
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from sqlalchemy import Engine

# Connections kept idle at most; beyond this a returned one is closed.
MAX_IDLE = 8
# A forked child's copies of its parent's connections: kept referenced, never
# closed, since closing the last handle on a WAL database may checkpoint and
# delete the WAL file the parent is still using.
_ABANDONED: list[Any] = []


class Lease:
    """`with kept.lease(engine) as conn:` a kept connection, given back afterwards.

    A class, not @contextmanager: every store call takes one, and a generator-based
    context manager costs several times more to enter and leave.
    """

    __slots__ = ("_conn", "_engine", "_kept")

    def __init__(self, kept: KeptConnections, engine: Engine) -> None:
        self._kept = kept
        self._engine = engine

    def __enter__(self) -> Any:
        self._conn = self._kept.take(self._engine)
        return self._conn

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self._kept.give_back(self._conn)
        else:
            self._kept.give_back_after_error(self._conn)


class KeptConnections:
    def __init__(self) -> None:
        self._idle: list[Any] = []
        self._pid = os.getpid()

    def lease(self, engine: Engine) -> Lease:
        return Lease(self, engine)

    def take(self, engine: Engine) -> Any:
        if self._pid != os.getpid():
            # A forked child must not use its parent's SQLite handles, nor close them.
            _ABANDONED.extend(self._idle)
            self._idle, self._pid = [], os.getpid()
        try:
            return self._idle.pop()  # atomic: threads never get the same connection
        except IndexError:
            pooled = engine.raw_connection()
            conn = pooled.driver_connection
            pooled.detach()  # ours now: the pool forgets it and will not close it
            return conn

    def give_back(self, conn: Any) -> None:
        if len(self._idle) < MAX_IDLE and self._pid == os.getpid():
            self._idle.append(conn)
        else:
            conn.close()

    def give_back_after_error(self, conn: Any) -> None:
        """Keep the connection only if it is sound and outside any transaction."""
        try:
            if conn.in_transaction:
                conn.rollback()
        except sqlite3.Error:
            conn.close()
            return
        self.give_back(conn)
